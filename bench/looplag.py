"""Event-loop lag while a 100,000-word article is added: the longest stall of the loop.

A probe coroutine sleeps 2 ms again and again and records how much later than asked it wakes up,
while `Library.add_text` adds a 100k-word real-text article (normalise, hash, analyse, store) to a
library of 10,000 articles (a copy of bench/library.py's). The loop is the one the bot would run on;
the worst oversleep is the longest time the bot could not answer anyone.

Run: `.venv/bin/python -m bench.looplag [--words 100000] [--runs 2]`
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from .corpus import article
from .library import BENCH_GUILD, library_db, settings_for

PROBE_SECONDS = 0.002


async def probe(lags: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        start = time.perf_counter()
        await asyncio.sleep(PROBE_SECONDS)
        lags.append(time.perf_counter() - start - PROBE_SECONDS)


async def one_run(db: Path, words: int, seed: int) -> tuple[float, float, float, float]:
    from bot.library import Library

    library = await Library.open(settings_for(db))
    try:
        text = article(words, seed=seed)
        lags: list[float] = []
        stop = asyncio.Event()
        await asyncio.sleep(0.5)  # let start-up work (worker processes) settle
        task = asyncio.create_task(probe(lags, stop))
        await asyncio.sleep(0.05)
        start = time.perf_counter()
        result = await library.add_text(text, guild_id=BENCH_GUILD, title=f"Long read {seed}")
        took = time.perf_counter() - start
        stop.set()
        await task
        assert result.created
        return max(lags), statistics.quantiles(lags, n=100)[98], took, len(lags)
    finally:
        await library.close()


async def idle_lag(seconds: float) -> float:
    """The worst oversleep with nothing running: what the machine itself (other processes) costs."""
    lags: list[float] = []
    stop = asyncio.Event()
    task = asyncio.create_task(probe(lags, stop))
    await asyncio.sleep(seconds)
    stop.set()
    await task
    return max(lags)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--articles", type=int, default=10_000, help="library size to add into")
    args = parser.parse_args(argv)
    source = library_db(args.articles)
    print(f"idle loop, 5 s, nothing added: max lag {asyncio.run(idle_lag(5.0)) * 1000:.1f} ms")
    print(f"{'run':>4} {'max lag ms':>11} {'p99 lag ms':>11} {'add took s':>11} {'probes':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            db = Path(tmp) / f"lag{run}.db"
            shutil.copy(source, db)
            worst, p99, took, probes = asyncio.run(one_run(db, args.words, seed=900 + run))
            print(f"{run + 1:>4} {worst * 1000:11.1f} {p99 * 1000:11.1f} {took:11.2f} {probes:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
