"""Full-text search latency (p50/p99) at 1k, 10k and 100k stored articles, as `/articles query:` runs it.

Side by side: ranked by the search index (tantivy; the default) and by SQLite's FTS5 alone
(NEWSDESK_SEARCH_INDEX=false). Each query goes through `Library.search` for 100 hits (all words, then
any word when nothing has them all) and `Library.search_snippets` for the first page's ten, as
`/articles query:` runs them, on the libraries of bench/library.py. The queries are words and phrases of the corpus, from rare to very common,
plus a few that match nothing.

Run: `.venv/bin/python -m bench.search [--sizes 1000,10000,100000] [--rounds 5]`
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from typing import TYPE_CHECKING

from .library import BENCH_GUILD, built_library, settings_for

if TYPE_CHECKING:
    from bot.library import Library

PAGE = 10  # hits on the first page of /articles, the only snippets made before it answers

QUERIES = [
    "minister",
    "inflation",
    "prices",
    "central bank",
    '"the"',  # in quotes: alone, a common word is refused (it would match every article)
    "said",
    "government said",
    "interest rates",
    "climate change",
    "election",
    "football",
    "company shares",
    "zzyzx quux",
    "told reporters",
    "economy growth",
    "president",
    "police",
    "percent",
    "water",
    "market",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


async def first_page(library: Library, query: str, limit: int) -> None:
    """What `/articles query:` runs before it answers: the ranked hits, then the first page's snippets."""
    hits, _ = await library.search(query, guild_id=BENCH_GUILD, limit=limit, snippets=False)
    await library.search_snippets(query, [h.info.id for h in hits[:PAGE]])


async def measure(n: int, rounds: int, limit: int, *, index: bool) -> list[float]:
    from bot.library import Library
    from bot.store import Store

    library = await Library.open(settings_for(await built_library(n), search_index=index))
    try:
        if index and isinstance(library.store, Store):
            start = time.perf_counter()
            await library.store.search_index_ready()  # a first run builds the index: not what we time
            print(f"{'':>10} index ready in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        for query in QUERIES:  # warm the page cache
            await first_page(library, query, limit)
        times = []
        for _ in range(rounds):
            for query in QUERIES:
                start = time.perf_counter()
                await first_page(library, query, limit)
                times.append(time.perf_counter() - start)
        return times
    finally:
        await library.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=100, help="hits per search (/articles asks for 100)")
    parser.add_argument(
        "--engine",
        choices=("both", "index", "fts5"),
        default="both",
        help="the search index (the default for SQLite), FTS5 alone (NEWSDESK_SEARCH_INDEX=false), or both",
    )
    parser.add_argument("--per-query", action="store_true", help="also print the median of each query")
    args = parser.parse_args(argv)
    print(f"{'articles':>10} {'ranked by':<14} {'searches':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    engines = {"search index": True, "FTS5 (bm25)": False}
    if args.engine != "both":
        engines = {k: v for k, v in engines.items() if v == (args.engine == "index")}
    for n in (int(s) for s in args.sizes.split(",")):
        for engine, index in engines.items():
            times = asyncio.run(measure(n, args.rounds, args.limit, index=index))
            ms = [t * 1000 for t in times]
            print(
                f"{n:>10,} {engine:<14} {len(ms):>9} {percentile(ms, 50):8.2f} {percentile(ms, 99):8.2f}"
                f" {max(ms):8.2f}"
            )
            if args.per_query:
                for i, query in enumerate(QUERIES):
                    mine = ms[i :: len(QUERIES)]
                    print(f"{'':>10} {query!r:<22} median {statistics.median(mine):8.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
