"""Fit how much more a word read against a topic counts than one read for it (topic_evidence.NEGATIVITY).

    python -m scripts.fit_negativity [--benchmarks ../shared/benchmarks]

Reads NewsMTSC train (fhamborg/NewsMTSC, MIT; sentence-target pairs labelled by how the sentence treats
the target) and, for each target labelled positive or negative whose sentence holds rated words near it,
the lexicon's reading of the target as a topic's sentence is read (topic_evidence.assess_about). Prints,
for each weight of the negative side, how often the reading's sign is the label's (a reading of 0 is
wrong). Our real-news articles are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.analysis.sentiment import score_sentence
from bot.analysis.topic_evidence import NEGATIVITY, assess_about

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)


def _readings(path: Path, weight: float) -> list[tuple[float, bool]]:
    """(polarity sum, labelled positive) of each polar target with rated words near it."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if row is None or row["label"] == "neutral":
            continue
        names = set(score_sentence(row["target"]).named)
        found = assess_about(row["sentence"], names.__contains__, negativity=weight)
        if found.weight:
            rows.append((found.polarity_sum, row["label"] == "positive"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    args = parser.parse_args(argv)
    path = args.benchmarks / "newsmtsc" / "train.jsonl"
    if not path.is_file():
        print(f"{path} not found; pass --benchmarks.", file=sys.stderr)
        return 2
    print(f"NewsMTSC train, polar targets with rated words near them (shipped NEGATIVITY {NEGATIVITY}):")
    for weight in WEIGHTS:
        rows = _readings(path, weight)
        right = sum((total > 0) == positive for total, positive in rows if total)
        print(f"  {weight:4}: sign right {right / len(rows):.3f} of {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
