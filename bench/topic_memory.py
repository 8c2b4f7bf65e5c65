"""Memory of a library-wide topic question (/sentiment without an article) over many large articles.

For each of `--articles` large articles (real paragraphs, bench/corpus.py) and each of a few topics,
asks what `Library.topic` asks for a topic that is not one of the article's stored topics:
`topic_sentiment(sentences, topic)`, which builds (and caches) the article's topic index. Prints the
process's resident memory (RSS, from /proc/self/status) before and after, its peak, and what the index
cache holds. `--unbounded` lifts the cache's character budget, as before the budget (512 whole indexes).

Run: `.venv/bin/python -m bench.topic_memory [--articles 50] [--words 60000] [--unbounded]`
(run each setting in its own process: peak RSS is per process).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from bot.analysis import normalize_text, split_sentences, topic_sentiment
from bot.analysis.topic_match import INDEX_CACHE

from .corpus import article

_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[A-Z])")
TOPICS = ("interest rates", "drought", "small businesses")


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _distinct(i: int, words: int) -> str:
    """A large article whose sentences no other article shares (the corpus reuses paragraphs, and
    shared sentences would share their cached terms, hiding the memory a real library takes)."""
    paragraphs = article(words, seed=500 + i).split("\n")
    return "\n".join(
        " ".join(f"Dispatch {i}-{j}-{k}: {s}" for k, s in enumerate(_SENTENCE_END.split(p)))
        for j, p in enumerate(paragraphs)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--words", type=int, default=60_000, help="words per article")
    parser.add_argument("--unbounded", action="store_true", help="no character budget (512 indexes)")
    args = parser.parse_args(argv)
    if args.unbounded:
        INDEX_CACHE.max_chars = sys.maxsize
    library = [split_sentences(normalize_text(_distinct(i, args.words))) for i in range(args.articles)]
    chars = sum(len(s.text) for sentences in library for s in sentences)
    before = _status_mb("VmRSS")
    start = time.perf_counter()
    for topic in TOPICS:
        for sentences in library:
            topic_sentiment(sentences, topic)
    elapsed = time.perf_counter() - start
    print(
        f"{args.articles} articles x {args.words:,} words ({chars / 1e6:.1f} M characters), "
        f"{len(TOPICS)} topics, cache budget "
        f"{'none' if args.unbounded else f'{INDEX_CACHE.max_chars / 1e6:.0f} M characters'}"
    )
    print(f"  RSS before the questions   {before:8.0f} MB")
    print(f"  RSS after                  {_status_mb('VmRSS'):8.0f} MB")
    print(f"  peak RSS of the process    {_status_mb('VmHWM'):8.0f} MB")
    print(f"  index cache holds          {INDEX_CACHE.chars / 1e6:8.1f} M characters of articles")
    print(f"  time for the questions     {elapsed:8.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
