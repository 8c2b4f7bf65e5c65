"""Fit the whole-text polarity model to the NYT snippets' human ratings (`make train`).

    python -m scripts.train_text_polarity [--benchmarks ../shared/benchmarks] [--dry-run]

A ridge regression over the lexicon scores of bot/analysis/text_polarity.py and the sentences' words,
fitted on nyt_snippets/dev.tsv (cjhutto/vaderSentiment, MIT), the only file of rated texts here, and on
the sentences of newsmtsc/train.jsonl (fhamborg/NewsMTSC, MIT) at a small weight: each rated by the mean
of its targets' labels (-1 / 0 / +1, scaled by NEWSMTSC_SCALE). Those 7,700 news sentences teach words
the snippets never rate. The figure that counts is the 5-fold cross-validated Pearson r on the snippets,
folds split by editorial (the snippets of one editorial share words and topics, and the hidden half of
the set holds other editorials), two shuffles; NewsMTSC rows only ever train. Printed beside TextBlob,
VADER (the vaderSentiment package) and the lexicon of sentiment.py on the same file. The model written
is then fitted on all of it. Needs the dev extra (scikit-learn, vaderSentiment).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer
from sklearn.linear_model import Ridge
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.analysis.sentiment import sentiment
from bot.analysis.text_polarity import MODEL_FILE, dense_features, words_of

ROOT = Path(__file__).resolve().parent.parent
ALPHA = 30.0
DENSE_SCALE = 3.0  # the lexicon scores weigh as several words each under the same penalty
MIN_COUNT = 3
NEWSMTSC_SCALE = 1.5  # a sentence all of whose targets are treated positively rates +1.5 of -4..4
NEWSMTSC_WEIGHT = 0.2  # each such sentence counts a fifth of a rated snippet
FOLDS = 5


def newsmtsc_sentences(path: Path) -> tuple[list[str], np.ndarray]:
    """Each distinct NewsMTSC training sentence with the mean of its targets' labels, scaled."""
    values = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}
    labels: dict[str, list[float]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                labels[row["sentence"]].append(values[row["label"]])
    texts = list(labels)
    return texts, np.array([NEWSMTSC_SCALE * sum(labels[t]) / len(labels[t]) for t in texts])


def editorial_folds(ids: list[str], seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) row indices of FOLDS folds, each editorial ("12" of "12_3") wholly in one fold."""
    editorials = sorted({i.split("_")[0] for i in ids})
    np.random.RandomState(seed).shuffle(editorials)
    fold = {e: k % FOLDS for k, e in enumerate(editorials)}
    of_row = np.array([fold[i.split("_")[0]] for i in ids])
    return [(np.where(of_row != k)[0], np.where(of_row == k)[0]) for k in range(FOLDS)]


def _design(texts: list[str], dense: np.ndarray, vectorizer: CountVectorizer, fit: bool) -> csr_matrix:
    words = vectorizer.fit_transform(texts) if fit else vectorizer.transform(texts)
    return hstack([words, csr_matrix(dense * DENSE_SCALE)]).tocsr()


def _vectorizer() -> CountVectorizer:
    stop = frozenset(ENGLISH_STOP_WORDS)
    return CountVectorizer(
        analyzer=lambda text: [w for w in words_of(text) if w not in stop], binary=True, min_df=MIN_COUNT
    )


@dataclass(frozen=True)
class Data:
    """The rated snippets (ids, texts, ratings, lexicon scores) and the NewsMTSC sentences that only train."""

    ids: list[str]
    texts: list[str]
    ratings: np.ndarray
    dense: np.ndarray
    extra: list[str]
    extra_ratings: np.ndarray
    extra_dense: np.ndarray

    def fit(self, rows: np.ndarray) -> tuple[Ridge, CountVectorizer]:
        """The model fitted on the snippets `rows` and every NewsMTSC sentence, at NEWSMTSC_WEIGHT."""
        vectorizer = _vectorizer()
        texts = [self.texts[i] for i in rows] + self.extra
        x = _design(texts, np.vstack([self.dense[rows], self.extra_dense]), vectorizer, fit=True)
        sample = np.concatenate([np.ones(len(rows)), np.full(len(self.extra), NEWSMTSC_WEIGHT)])
        target = np.concatenate([self.ratings[rows], self.extra_ratings])
        return Ridge(alpha=ALPHA).fit(x, target, sample_weight=sample), vectorizer

    def r(self, predicted: np.ndarray | list[float]) -> float:
        return float(np.corrcoef(predicted, self.ratings)[0, 1])


def load(benchmarks: Path) -> Data | str:
    """The training data, or what is missing."""
    path = benchmarks / "nyt_snippets" / "dev.tsv"
    extra_path = benchmarks / "newsmtsc" / "train.jsonl"
    for needed in (path, extra_path):
        if not needed.is_file():
            return f"{needed} not found; pass --benchmarks."
    rows = [line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r[2] for r in rows]
    extra, extra_ratings = newsmtsc_sentences(extra_path)
    return Data(
        [r[0] for r in rows],
        texts,
        np.array([float(r[1]) for r in rows]),
        np.array([dense_features(t) for t in texts]),
        extra,
        extra_ratings,
        np.array([dense_features(t) for t in extra]),
    )


def report(data: Data) -> None:
    """Pearson r of TextBlob, VADER, the lexicon and the model cross-validated by editorial."""
    texts = data.texts
    vader = SentimentIntensityAnalyzer()
    print(f"NYT snippets dev (n={len(texts)}), Pearson r with the human mean rating:")
    print(f"  TextBlob            {data.r([TextBlob(t).sentiment.polarity for t in texts]):.3f}")
    print(f"  VADER (package)     {data.r([vader.polarity_scores(t)['compound'] for t in texts]):.3f}")
    print(f"  lexicon (ours)      {data.r([sentiment(t)[0] for t in texts]):.3f}")
    for seed in (0, 1):
        predicted = np.zeros(len(texts))
        for train, test in editorial_folds(data.ids, seed):
            model, vectorizer = data.fit(train)
            x = _design([texts[i] for i in test], data.dense[test], vectorizer, False)
            predicted[test] = model.predict(x)
        print(f"  model, {FOLDS}-fold CV by editorial {data.r(predicted):.3f}   (shuffle {seed})")


def write(data: Data) -> Path:
    """Fit on every snippet and write the weights the bot reads."""
    model, vectorizer = data.fit(np.arange(len(data.texts)))
    names = vectorizer.get_feature_names_out()
    coef = model.coef_
    out = ROOT / "bot" / "analysis" / "data" / MODEL_FILE
    with out.open("w", encoding="utf-8") as handle:
        handle.write(
            "# whole-text polarity weights; fitted on NYT snippets dev (cjhutto/vaderSentiment, MIT) and "
            "NewsMTSC train sentences (fhamborg/NewsMTSC, MIT)\n"
        )
        handle.write(f"<intercept>\t{model.intercept_:.5f}\n")
        dense_weights = coef[len(names) :] * DENSE_SCALE
        handle.write("\t".join(["<dense>", *(f"{w:.5f}" for w in dense_weights)]) + "\n")
        for name, weight in zip(names, coef[: len(names)], strict=True):
            if abs(weight) >= 1e-3:
                handle.write(f"{name}\t{weight:.4f}\n")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--dry-run", action="store_true", help="report figures, do not write the model")
    args = parser.parse_args(argv)
    data = load(args.benchmarks)
    if isinstance(data, str):
        print(data, file=sys.stderr)
        return 2
    report(data)
    if not args.dry_run:
        out = write(data)
        print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
