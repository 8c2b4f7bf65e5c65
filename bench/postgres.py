"""SQLite and PostgreSQL side by side: the same library, the same reads, p50/p99 latency of each.

The library is a SQLite file of stored articles (by default the 1,000- and 10,000-article libraries
that bench/library.py builds, when present; else one built here from bench/corpus.py), copied into
PostgreSQL with the code behind `newsdesk migrate-db`. Then both answer, through `Library`, what the
slash commands ask: full-text searches (all words, then any), loading an article by id, a speaker's
quotes, the article list and title autocomplete, one request at a time and `--concurrency` at once.

Run: `scripts/with-postgres.sh .venv/bin/python -m bench.postgres [--sizes 1000,10000]`
(the throwaway server of scripts/with-postgres.sh runs with fsync off: fine for reads), or give a
server with `--pg postgresql://...` (the database is emptied first: use a scratch one).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.library import Library
from bot.settings import Settings

from .library import RESULTS

ROOT = Path(__file__).resolve().parent.parent
GUILD = 300_000_000_000_000_001  # bench/library.py's server
QUERIES = [
    "minister",
    "inflation",
    "central bank",
    '"the"',  # in quotes: alone, a common word is refused (it would match every article)
    "said",
    "interest rates",
    "climate change",
    "election",
    "company shares",
    "zzyzx quux",
    "told reporters",
    "president",
    "police",
    "percent",
    "market",
]
SPEAKERS = ["smith", "minister", "john", "wang", "lopez"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def settings(database: str) -> Settings:
    return Settings(database=database, seeds_dir=ROOT / "seeds", max_analysis_seconds=0)


async def build_sqlite(path: Path, n: int) -> None:
    """A library of `n` articles: 50 analysed articles of bench/corpus.py and titled variants of them."""
    from bench.corpus import article, paragraphs
    from bot.analysis import analyze, normalize_text
    from bot.store import content_hash

    bases = []
    for i in range(min(50, n)):
        text = normalize_text(article(400, seed=20_000 + i))
        title = f"{text.split('.')[0][:70]} ({i})"
        bases.append((title, text, await asyncio.to_thread(analyze, text, title)))
    pool = paragraphs()
    library = await Library.open(settings(str(path)))
    try:
        store = library.store
        for i in range(n):
            title, text, analysis = bases[i % len(bases)]
            v = i // len(bases)
            if v:
                title, text = f"{title} · {v}", normalize_text(text + "\n" + pool[v % len(pool)])
            await store.add_article(
                guild_id=GUILD,
                title=title,
                source="bench",
                added_by=None,
                text=text,
                content_hash=content_hash(text),
                analysis=analysis,
            )
    finally:
        await library.close()


def sqlite_library(n: int) -> Path:
    theirs = RESULTS / f"library_{n}.db"  # bench/library.py's, when it has built it
    if theirs.exists():
        return theirs
    ours = RESULTS / f"pg_side_by_side_{n}.db"
    if not ours.exists():
        print(f"building a {n:,}-article SQLite library in {ours}", file=sys.stderr)
        RESULTS.mkdir(parents=True, exist_ok=True)
        asyncio.run(build_sqlite(ours, n))
    return ours


async def copy_to_postgres(path: Path, url: str) -> float:
    import asyncpg

    from bot.store.postgres import PostgresStore
    from bot.store.store import Store
    from bot.store.transfer import copy_library

    db = await asyncpg.connect(url)
    try:  # a scratch database: start from nothing
        await db.execute("DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench")
        await db.execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
    finally:
        await db.close()
    start = time.perf_counter()
    source, target = await Store.open(path), await PostgresStore.open(url)
    try:
        report = await copy_library(source, target)
    finally:
        await source.close()
        await target.close()
    print(f"  copied {report.copied:,} articles to PostgreSQL", file=sys.stderr)
    return time.perf_counter() - start


Op = Callable[[Library, random.Random, list[int]], Awaitable[object]]


async def _search(lib: Library, rng: random.Random, ids: list[int]) -> object:
    return await lib.search(rng.choice(QUERIES), guild_id=GUILD, limit=25)


async def _load(lib: Library, rng: random.Random, ids: list[int]) -> object:
    return await lib.resolve(rng.choice(ids), guild_id=GUILD)


async def _quotes(lib: Library, rng: random.Random, ids: list[int]) -> object:
    from bot.errors import InputError

    try:
        return await lib.quotes_by(rng.choice(SPEAKERS), guild_id=GUILD)
    except InputError:  # a word of several people's names: the answer names them, as /quotes does
        return None


async def _list(lib: Library, rng: random.Random, ids: list[int]) -> object:
    return await lib.list_articles(guild_id=GUILD, limit=25, offset=rng.randrange(0, 200))


async def _autocomplete(lib: Library, rng: random.Random, ids: list[int]) -> object:
    return await lib.autocomplete_articles(rng.choice(["the", "min", "ban", "pol", "sa"]), guild_id=GUILD)


OPS: dict[str, Op] = {
    "search": _search,
    "load article": _load,
    "quotes by": _quotes,
    "list page": _list,
    "autocomplete": _autocomplete,
}


async def measure(database: str, requests: int, concurrency: int) -> dict[str, list[float]]:
    library = await Library.open(settings(database))
    try:
        ids = [i.id for i in (await library.list_articles(guild_id=GUILD, limit=100))[0]]
        times: dict[str, list[float]] = {}
        for name, op in OPS.items():
            rng = random.Random(7)
            for _ in range(10):  # warm caches and connections
                await op(library, rng, ids)
            samples: list[float] = []

            async def worker(seed: int, count: int, op: Op = op, samples: list[float] = samples) -> None:
                worker_rng = random.Random(seed)
                for _ in range(count):
                    start = time.perf_counter()
                    await op(library, worker_rng, ids)
                    samples.append((time.perf_counter() - start) * 1000)

            await asyncio.gather(*(worker(s, requests // concurrency) for s in range(concurrency)))
            times[name] = samples
        return times
    finally:
        await library.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--pg", default=os.environ.get("NEWSDESK_TEST_PG_URL", ""), metavar="URL")
    parser.add_argument("--requests", type=int, default=200, help="per operation and backend")
    parser.add_argument("--concurrency", default="1,16", help="requests in flight")
    args = parser.parse_args(argv)
    if not args.pg:
        parser.error("give --pg postgresql://... or run under scripts/with-postgres.sh")
    separator = "&" if "?" in args.pg else "?"
    pg_url = f"{args.pg}{separator}search_path=bench%2Cpublic"
    print(
        f"{'articles':>8} {'in flight':>9} {'operation':<13} {'SQLite p50':>10} {'p99':>7}   {'Postgres p50':>12} {'p99':>7}  (ms)"
    )
    for n in (int(s) for s in args.sizes.split(",")):
        path = sqlite_library(n)
        seconds = asyncio.run(copy_to_postgres(path, pg_url))
        print(f"  ({n:,} articles copied with migrate-db's code in {seconds:.1f} s)", file=sys.stderr)
        for concurrency in (int(c) for c in args.concurrency.split(",")):
            lite = asyncio.run(measure(str(path), args.requests, concurrency))
            pg = asyncio.run(measure(pg_url, args.requests, concurrency))
            for name in OPS:
                print(
                    f"{n:>8,} {concurrency:>9} {name:<13} {statistics.median(lite[name]):10.2f}"
                    f" {percentile(lite[name], 99):7.2f}   {statistics.median(pg[name]):12.2f}"
                    f" {percentile(pg[name], 99):7.2f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
