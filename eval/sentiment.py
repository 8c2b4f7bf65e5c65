"""Sentiment figures beside TextBlob and VADER run the same way (README "Sentiment quality").

    python -m eval.sentiment [--benchmarks ../shared/benchmarks]

- NewsMTSC dev_mt / dev_rw (pronoun targets left out): macro-F1 of the target model, and of TextBlob's
  and VADER's whole-sentence polarity (neutral within +-0.05).
- NYT snippets dev: Pearson r of the whole-text polarity with the human mean (fitted on this file:
  the honest figure is the cross-validated one `make train` prints), TextBlob and VADER.
- Topic polarity accuracy on eval/real.jsonl (dev and blind splits, scores only) and eval/dev.jsonl:
  Newsdesk, and TextBlob / VADER reading the very sentences Newsdesk finds about each topic (mean
  polarity; a topic not found reads neutral for all three).
Needs the dev extra (vaderSentiment). Reads ../shared/benchmarks only here, never at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bot.analysis import analyze, polarity_label, text_sentiment, topic_sentiment
from bot.analysis.sentiment import tokens
from bot.analysis.target_sentiment import CLASSES, read_target
from scripts.train_target_sentiment import PRONOUNS

HERE = Path(__file__).resolve().parent


def _macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    scores = []
    for label in CLASSES:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred, n_gold = predicted.count(label), gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def newsmtsc(folder: Path, vader: Callable[[str], float]) -> None:
    print("NewsMTSC (macro-F1, pronoun targets left out)   Newsdesk  TextBlob  VADER")
    for name in ("dev_mt", "dev_rw"):
        rows = [json.loads(line) for line in (folder / f"{name}.jsonl").read_text().splitlines() if line]
        rows = [r for r in rows if r["target"].lower() not in PRONOUNS]
        gold = [r["label"] for r in rows]
        ours: list[str] = []
        for r in rows:
            first = len(tokens(r["sentence"][: r["start"]]))
            count = max(1, len(tokens(r["sentence"][r["start"] : r["end"]])))
            reading = read_target(r["sentence"], list(range(first, first + count)))
            assert reading is not None, "the shipped model is missing"
            probabilities = (reading.negative, reading.neutral, reading.positive)
            ours.append(CLASSES[probabilities.index(max(probabilities))])
        blob = [polarity_label(TextBlob(r["sentence"]).sentiment.polarity) for r in rows]
        vad = [polarity_label(vader(r["sentence"])) for r in rows]
        print(
            f"  {name:8} (n={len(rows)})"
            f"{_macro_f1(gold, ours):27.3f}{_macro_f1(gold, blob):10.3f}{_macro_f1(gold, vad):7.3f}"
        )


def nyt(path: Path, vader: Callable[[str], float]) -> None:
    rows = [line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ratings = [float(r[1]) for r in rows]

    def r(values: list[float]) -> float:
        return float(np.corrcoef(values, ratings)[0, 1])

    ours = r([text_sentiment([row[2]])[0] for row in rows])
    blob = r([TextBlob(row[2]).sentiment.polarity for row in rows])
    vad = r([vader(row[2]) for row in rows])
    print("NYT snippets dev (Pearson r)                    Newsdesk  TextBlob  VADER")
    print(f"  dev (n={len(rows)}), in-sample: see make train for CV {ours:8.3f}{blob:10.3f}{vad:7.3f}")


def topics(records: list[dict[str, Any]], vader: Callable[[str], float]) -> tuple[float, float, float, int]:
    right = [0, 0, 0]
    total = 0
    for record in records:
        analysis = analyze(record["text"], title=record.get("title"))
        for topic in record["topics"]:
            gold = topic["polarity_label"]
            found = topic_sentiment(analysis.sentences, topic["topic"], title=analysis.title)
            sentences = found.sentences if found else []
            readings = [
                found.polarity if found else 0.0,
                float(np.mean([TextBlob(s).sentiment.polarity for s in sentences])) if sentences else 0.0,
                float(np.mean([vader(s) for s in sentences])) if sentences else 0.0,
            ]
            for k, value in enumerate(readings):
                right[k] += polarity_label(value) == gold
            total += 1
    return right[0] / total, right[1] / total, right[2] / total, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--benchmarks", type=Path, default=HERE.parent.parent / "shared" / "benchmarks")
    args = parser.parse_args(argv)
    analyzer = SentimentIntensityAnalyzer()

    def vader(text: str) -> float:
        return float(analyzer.polarity_scores(text)["compound"])

    if (args.benchmarks / "newsmtsc").is_dir():
        newsmtsc(args.benchmarks / "newsmtsc", vader)
    if (args.benchmarks / "nyt_snippets" / "dev.tsv").is_file():
        nyt(args.benchmarks / "nyt_snippets" / "dev.tsv", vader)
    print("Topic polarity accuracy                          Newsdesk  TextBlob  VADER")
    sets: list[tuple[str, list[dict[str, Any]]]] = []
    real = HERE / "real.jsonl"
    if real.is_file():
        records = [json.loads(line) for line in real.read_text(encoding="utf-8").splitlines() if line]
        for split in ("dev", "blind"):
            sets.append((f"real {split}", [r for r in records if r.get("split", "dev") == split]))
    for name in ("dev", "check", "holdout"):
        path = HERE / f"{name}.jsonl"
        sets.append(
            (name, [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line])
        )
    for name, records in sets:
        ours, blob, vad, n = topics(records, vader)
        print(f"  {name:12} ({n} topics){ours:26.3f}{blob:10.3f}{vad:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
