"""Real-text articles of any length for benchmarks, built by reshuffling the labelled news articles."""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

EVAL_SET = Path(__file__).resolve().parent.parent / "eval" / "dev.jsonl"


@lru_cache(maxsize=1)
def paragraphs() -> list[str]:
    """Every paragraph of the labelled articles (real news prose, quotes and all)."""
    out: list[str] = []
    for line in EVAL_SET.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out += [p for p in json.loads(line)["text"].split("\n") if p.strip()]
    return out


def article(words: int, seed: int = 0) -> str:
    """An article of about `words` words: real paragraphs drawn in a seeded random order."""
    rng = random.Random(seed)
    pool = paragraphs()
    chosen: list[str] = []
    count = 0
    while count < words:
        paragraph = rng.choice(pool)
        chosen.append(paragraph)
        count += len(paragraph.split())
    return "\n".join(chosen)


def titled_articles(n: int, words: int = 400, seed: int = 0) -> list[tuple[str, str]]:
    """`n` distinct (title, text) pairs, for filling a library."""
    out = []
    for i in range(n):
        text = article(words, seed=seed + i)
        first = text.split(".")[0][:80]
        out.append((f"{first} #{i}", text))
    return out
