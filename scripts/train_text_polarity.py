"""Fit the whole-text polarity model to the NYT snippets' human ratings (`make train`).

    python -m scripts.train_text_polarity [--benchmarks ../shared/benchmarks] [--dry-run]

A ridge regression over the lexicon scores of bot/analysis/text_polarity.py and the snippets' words,
fitted on nyt_snippets/dev.tsv (cjhutto/vaderSentiment, MIT): the only labelled file here, so the
figure that counts is the 5-fold cross-validated Pearson r it prints (two shuffles), beside TextBlob,
VADER (the vaderSentiment package) and the lexicon of sentiment.py on the same file. The model written
is then fitted on the whole file. Needs the dev extra (scikit-learn, vaderSentiment).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.analysis.sentiment import sentiment
from bot.analysis.text_polarity import MODEL_FILE, dense_features, words_of

ROOT = Path(__file__).resolve().parent.parent
ALPHA = 30.0
DENSE_SCALE = 3.0  # the lexicon scores weigh as several words each under the same penalty
MIN_COUNT = 3


def _design(texts: list[str], dense: np.ndarray, vectorizer: CountVectorizer, fit: bool) -> csr_matrix:
    words = vectorizer.fit_transform(texts) if fit else vectorizer.transform(texts)
    return hstack([words, csr_matrix(dense * DENSE_SCALE)]).tocsr()


def _vectorizer() -> CountVectorizer:
    stop = frozenset(ENGLISH_STOP_WORDS)
    return CountVectorizer(
        analyzer=lambda text: [w for w in words_of(text) if w not in stop], binary=True, min_df=MIN_COUNT
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--dry-run", action="store_true", help="report figures, do not write the model")
    args = parser.parse_args(argv)
    path = args.benchmarks / "nyt_snippets" / "dev.tsv"
    if not path.is_file():
        print(f"{path} not found; pass --benchmarks.", file=sys.stderr)
        return 2
    rows = [line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r[2] for r in rows]
    ratings = np.array([float(r[1]) for r in rows])
    dense = np.array([dense_features(t) for t in texts])

    def r(predicted: np.ndarray | list[float]) -> float:
        return float(np.corrcoef(predicted, ratings)[0, 1])

    vader = SentimentIntensityAnalyzer()
    print(f"NYT snippets dev (n={len(texts)}), Pearson r with the human mean rating:")
    print(f"  TextBlob            {r([TextBlob(t).sentiment.polarity for t in texts]):.3f}")
    print(f"  VADER (package)     {r([vader.polarity_scores(t)['compound'] for t in texts]):.3f}")
    print(f"  lexicon (ours)      {r([sentiment(t)[0] for t in texts]):.3f}")
    for seed in (0, 1):
        predicted = np.zeros(len(texts))
        for train, test in KFold(5, shuffle=True, random_state=seed).split(texts):
            vectorizer = _vectorizer()
            x = _design([texts[i] for i in train], dense[train], vectorizer, fit=True)
            model = Ridge(alpha=ALPHA).fit(x, ratings[train])
            predicted[test] = model.predict(_design([texts[i] for i in test], dense[test], vectorizer, False))
        print(f"  model, 5-fold CV    {r(predicted):.3f}   (shuffle {seed})")
    if args.dry_run:
        return 0

    vectorizer = _vectorizer()
    model = Ridge(alpha=ALPHA).fit(_design(texts, dense, vectorizer, fit=True), ratings)
    names = vectorizer.get_feature_names_out()
    coef = model.coef_
    out = ROOT / "bot" / "analysis" / "data" / MODEL_FILE
    with out.open("w", encoding="utf-8") as handle:
        handle.write(
            "# whole-text polarity weights; fitted on NYT snippets dev (cjhutto/vaderSentiment, MIT)\n"
        )
        handle.write(f"<intercept>\t{model.intercept_:.5f}\n")
        dense_weights = coef[len(names) :] * DENSE_SCALE
        handle.write("\t".join(["<dense>", *(f"{w:.5f}" for w in dense_weights)]) + "\n")
        for name, weight in zip(names, coef[: len(names)], strict=True):
            if abs(weight) >= 1e-3:
                handle.write(f"{name}\t{weight:.4f}\n")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
