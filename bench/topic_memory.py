"""Memory of library-wide topic questions (/sentiment and `newsdesk sentiment --topic` without an
article) over a library of many large articles.

A SQLite library of `--articles` distinct large articles (real paragraphs, bench/corpus.py) is built
once and kept under bench/results/. Each article is stored with its sentences and, unless `--old`,
the topic terms an article gets when it is added (the rest of its analysis is left empty: a topic
question reads only these). Then a fresh process opens the library and asks `Library.topic_across_library`
for a few topics, as the bot does, and prints its resident memory (RSS, /proc/self/status) before and
after the questions and its peak while asking them.

  (default)      topic terms read from the store: no article index is built or cached
  --old          a library stored before there were topic terms: the first questions derive them from
                 each article's text and store them (what an upgraded library does once)
  --from-text    the way before topic terms were stored: each article's index built from its text and
                 kept in the index cache (at most topic_index.INDEX_CACHE_CHARS of articles)
  --unbounded    as --from-text with no character budget on the cache (512 whole indexes)

Run: `.venv/bin/python -m bench.topic_memory [--articles 50] [--words 60000] [--old | --from-text | --unbounded]`
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .corpus import article
from .library import RESULTS

_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[A-Z])")
TOPICS = ("interest rates", "drought", "small businesses")
GUILD = 400_000_000_000_000_001
FORMAT = 1  # bump when the way the library is built changes, so a cached one is rebuilt


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> None:
    """Linux: the process's peak RSS (VmHWM) counts again from now."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _fresh(path: Path) -> Path:
    """`path`, with what an interrupted build left there removed."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def _distinct(i: int, words: int) -> str:
    """A large article whose sentences no other article shares (the corpus reuses paragraphs, and
    shared sentences would share their cached terms, hiding the memory a real library takes)."""
    paragraphs = article(words, seed=500 + i).split("\n")
    return "\n".join(
        " ".join(f"Dispatch {i}-{j}-{k}: {s}" for k, s in enumerate(_SENTENCE_END.split(p)))
        for j, p in enumerate(paragraphs)
    )


def _library_path(articles: int, words: int, old: bool) -> Path:
    from bot.analysis.topic_stored import terms_format

    kind = "old" if old else terms_format()
    return RESULTS / f"topic_library_{FORMAT}_{articles}x{words}_{kind}.db"


async def _build(path: Path, articles: int, words: int, old: bool) -> None:
    from bot.analysis import ArticleAnalysis, Summary, derive_topic_terms, normalize_text, split_sentences
    from bot.store import Store, content_hash
    from bot.store.sql_store import NewArticle

    start = time.perf_counter()
    tmp = _fresh(path.with_suffix(".tmp.db"))
    store = await Store.open(tmp, search_index=False)
    try:
        for i in range(articles):
            text = normalize_text(_distinct(i, words))
            sentences = split_sentences(text)
            terms = None if old else derive_topic_terms(tuple(s.text for s in sentences))
            analysis = ArticleAnalysis(
                f"Dispatches {i}", len(text.split()), sentences, [], [], Summary([], [], 0.0, []), [], [], []
            )
            analysis.topic_terms = terms
            new = NewArticle(
                GUILD, f"Dispatches {i}", "bench corpus", None, text, content_hash(text), analysis
            )
            async with store.transaction() as db:
                await store._insert(db, new)
            print(f"  {i + 1}/{articles} articles", file=sys.stderr, end="\r")
    finally:
        await store.close()
    tmp.rename(path)
    print(f"built {path.name} in {time.perf_counter() - start:.0f} s", file=sys.stderr)


async def _ask(path: Path, mode: str) -> dict[str, Any]:
    """The questions, in this (fresh) process: RSS before, after, and its peak while asking."""
    from bot.analysis import split_sentences, topic_sentiment
    from bot.analysis.topic_index import INDEX_CACHE
    from bot.analysis.topic_stored import terms_format
    from bot.library import Library
    from bot.settings import Settings

    # What a bot that has answered a topic question has loaded (TextBlob, the models, the word lists).
    terms_format()
    topic_sentiment(split_sentences("Rates rose. Farmers feared the drought."), "drought")
    if mode == "unbounded":
        INDEX_CACHE.max_chars = sys.maxsize
    INDEX_CACHE.clear()
    no_seeds = path.parent / "no-seeds"  # the library holds the bench articles only
    settings = Settings(database=str(path), seeds_dir=no_seeds, search_index=False, query_timeout=600.0)
    async with await Library.open(settings) as library:
        if mode in ("from-text", "unbounded"):

            async def no_stored_terms(_: Any) -> None:
                return None  # topic_sentiment then builds the article's index from its text, cached

            library._topic_terms = no_stored_terms  # type: ignore[assignment,method-assign]
        _reset_peak()
        before = _status_mb("VmRSS")
        start = time.perf_counter()
        answered = [len(await library.topic_across_library(t, guild_id=GUILD)) for t in TOPICS]
        elapsed = time.perf_counter() - start
        return {
            "before": before,
            "after": _status_mb("VmRSS"),
            "peak": _status_mb("VmHWM"),
            "answered": answered,
            "seconds": elapsed,
            "cache": INDEX_CACHE.chars,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--words", type=int, default=60_000, help="words per article")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--old", action="store_true", help="a library stored before topic terms")
    mode.add_argument("--from-text", action="store_true", help="indexes built from text and cached")
    mode.add_argument("--unbounded", action="store_true", help="as --from-text, no cache budget")
    parser.add_argument("--ask", type=Path, help=argparse.SUPPRESS)  # the measuring child process
    parser.add_argument("--mode", default="stored", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ask is not None:
        print(json.dumps(asyncio.run(_ask(args.ask, args.mode))))
        return 0
    path = _library_path(args.articles, args.words, args.old)
    if args.old:  # the old library is changed by the questions (they store its terms): a copy each run
        source = path
        path = path.with_name(path.stem + "_copy.db")
    else:
        source = path
    if not source.exists():
        RESULTS.mkdir(parents=True, exist_ok=True)
        asyncio.run(_build(source, args.articles, args.words, args.old))
    if args.old:
        path.write_bytes(source.read_bytes())
    mode_name = (
        "from-text" if args.from_text else "unbounded" if args.unbounded else "old" if args.old else "stored"
    )
    child = subprocess.run(
        [sys.executable, "-m", "bench.topic_memory", "--ask", str(path), "--mode", mode_name],
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(child.stdout.strip().splitlines()[-1])
    print(
        f"{args.articles} articles x {args.words:,} words, topics {', '.join(TOPICS)}: "
        f"answered in {', '.join(map(str, found['answered']))} articles; mode: {mode_name}"
    )
    print(f"  RSS before the questions   {found['before']:8.0f} MB")
    print(f"  RSS after                  {found['after']:8.0f} MB")
    print(
        f"  peak RSS while asking      {found['peak']:8.0f} MB  (+{found['peak'] - found['before']:.0f} MB)"
    )
    print(f"  index cache holds          {found['cache'] / 1e6:8.1f} M characters of articles")
    print(f"  time for the questions     {found['seconds']:8.1f} s")
    if args.old:
        path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
