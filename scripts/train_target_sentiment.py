"""Train the target-sentiment model on NewsMTSC and write it to bot/analysis/data (`make train`).

    python -m scripts.train_target_sentiment [--benchmarks ../shared/benchmarks] [--c 0.5] [--dry-run]

Trains a logistic regression on the features of bot/analysis/target_features.py over NewsMTSC's
train.jsonl (fhamborg/NewsMTSC, MIT), prints macro-F1 on dev_mt and dev_rw (pronoun targets left
out, as the benchmark README reports them) beside sentence-level TextBlob and VADER, and writes the
weights. Needs the dev extra (scikit-learn, vaderSentiment); never imported by the bot.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.analysis.sentiment import score_sentence, tokens
from bot.analysis.target_features import quoted_positions, target_features
from bot.analysis.target_sentiment import CLASSES, MODEL_FILE

ROOT = Path(__file__).resolve().parent.parent
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "him",
        "her",
        "his",
        "hers",
        "them",
        "their",
        "theirs",
        "it",
        "its",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "himself",
        "herself",
        "themselves",
    ]
)
MIN_COUNT = 2  # a feature seen once in training is noise, and would only grow the shipped file


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def features_of(row: dict[str, Any]) -> dict[str, float]:
    sentence, start, end = row["sentence"], row["start"], row["end"]
    first = len(tokens(sentence[:start]))
    count = max(1, len(tokens(sentence[start:end])))
    return target_features(score_sentence(sentence), range(first, first + count), quoted_positions(sentence))


def sentence_label(polarity: float, threshold: float = 0.05) -> str:
    return "positive" if polarity > threshold else "negative" if polarity < -threshold else "neutral"


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    return float(f1_score(gold, predicted, labels=list(CLASSES), average="macro"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--c", type=float, default=0.03, help="inverse regularisation strength")
    parser.add_argument("--dry-run", action="store_true", help="report figures, do not write the model")
    args = parser.parse_args(argv)
    folder = args.benchmarks / "newsmtsc"
    if not folder.is_dir():
        print(f"NewsMTSC not found under {args.benchmarks}; pass --benchmarks.", file=sys.stderr)
        return 2
    train = load(folder / "train.jsonl")
    devs = {name: load(folder / f"{name}.jsonl") for name in ("dev_mt", "dev_rw")}

    vectorizer = DictVectorizer()
    train_x = [features_of(r) for r in train]
    counts: dict[str, int] = {}
    for feats in train_x:
        for name in feats:
            counts[name] = counts.get(name, 0) + 1
    train_x = [{k: v for k, v in f.items() if counts[k] >= MIN_COUNT} for f in train_x]
    x = vectorizer.fit_transform(train_x)
    model = LogisticRegression(C=args.c, max_iter=3000, class_weight="balanced")
    model.fit(x, [r["label"] for r in train])

    vader = SentimentIntensityAnalyzer()
    print(f"{'set':8} {'model':>6} {'TextBlob':>9} {'VADER':>6}   (macro-F1, pronoun targets left out)")
    for name, rows in devs.items():
        rows = [r for r in rows if r["target"].lower() not in PRONOUNS]
        gold = [r["label"] for r in rows]
        predicted = list(model.predict(vectorizer.transform([features_of(r) for r in rows])))
        textblob = [sentence_label(TextBlob(r["sentence"]).sentiment.polarity) for r in rows]
        vaders = [sentence_label(vader.polarity_scores(r["sentence"])["compound"]) for r in rows]
        print(
            f"{name:8} {macro_f1(gold, predicted):6.3f} {macro_f1(gold, textblob):9.3f} "
            f"{macro_f1(gold, vaders):6.3f}   n={len(rows)}"
        )
    if args.dry_run:
        return 0

    order = [list(model.classes_).index(c) for c in CLASSES]
    names = vectorizer.get_feature_names_out()
    out = ROOT / "bot" / "analysis" / "data" / MODEL_FILE
    # mtime 0: the same training gives the same bytes
    with (
        gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as raw,
        io.TextIOWrapper(raw, encoding="utf-8") as handle,
    ):
        handle.write(f"# target sentiment weights ({' '.join(CLASSES)}); trained on NewsMTSC (MIT)\n")
        handle.write("\t".join(["<intercept>", *(f"{model.intercept_[k]:.4f}" for k in order)]) + "\n")
        for j, name in enumerate(names):
            weights = [model.coef_[k, j] for k in order]
            if max(abs(w) for w in weights) >= 1e-3:
                handle.write("\t".join([name, *(f"{w:.4f}" for w in weights)]) + "\n")
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
