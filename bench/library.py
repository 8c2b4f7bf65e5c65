"""Large libraries of real stored articles for the benchmarks, cached under bench/results/.

`BASES` distinct real-text articles (bench/corpus.py) are analysed once, in a process pool. A library
of n articles stores them and then variants: base k with one or two more real paragraphs appended,
under its own title. A variant keeps its base's analysis (the appended paragraphs are searchable but
not analysed), so filling 100,000 articles takes minutes, not hours of analysis.

Everything is written through the store API (`Store.transaction` + the same insert the library uses),
1,000 articles per transaction, into `bench/results/library_<n>.db`; the seed articles of `seeds/` are
indexed first, as a running bot would have them. Reruns reuse the file.

Run: `.venv/bin/python -m bench.library 1000 10000 100000` (builds what is missing).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import cast

from bot.analysis import ArticleAnalysis, analyze, normalize_text
from bot.settings import Settings
from bot.store import Store, content_hash
from bot.store.sql_store import NewArticle

from .corpus import article, paragraphs

ROOT = Path(__file__).resolve().parent.parent
# NEWSDESK_BENCH_RESULTS: another folder for the built libraries (CI's smoke pass starts from none).
RESULTS = Path(os.environ.get("NEWSDESK_BENCH_RESULTS") or Path(__file__).resolve().parent / "results")
SEEDS = ROOT / "seeds"
# The server whose library the benchmarks fill (and where the latency benchmark's users are).
BENCH_GUILD = 300_000_000_000_000_001
BASES = 300
BASE_WORDS = 400
BATCH = 1000
FORMAT = 2  # bump when the way libraries are built changes, so cached files are rebuilt


def _analysed(i: int) -> tuple[str, str, ArticleAnalysis]:
    text = normalize_text(article(BASE_WORDS, seed=10_000 + i))
    title = f"{text.split('.')[0][:70]} ({i})"
    return title, text, analyze(text, title)


def bases(count: int = BASES) -> list[tuple[str, str, ArticleAnalysis]]:
    """`count` distinct analysed articles, cached in bench/results/bases_<count>.pickle."""
    cache = RESULTS / f"bases_{count}.pickle"
    if cache.exists():
        loaded: list[tuple[str, str, ArticleAnalysis]] = pickle.loads(cache.read_bytes())
        return loaded
    RESULTS.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        out = list(pool.map(_analysed, range(count), chunksize=10))
    print(f"analysed {count} base articles in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    cache.write_bytes(pickle.dumps(out))
    return out


def variant(base: tuple[str, str, ArticleAnalysis], v: int) -> tuple[str, str]:
    """Title and text of variant `v` of a base article (v = 0: the base itself)."""
    title, text, _ = base
    if v == 0:
        return title, text
    pool = paragraphs()
    extra = [pool[v % len(pool)]] + ([pool[(v // len(pool)) - 1]] if v >= len(pool) else [])
    return f"{title} · {v}", normalize_text(text + "\n" + "\n".join(extra))


def db_path(n: int) -> Path:
    return RESULTS / f"library_{n}.db"


def settings_for(db: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {"database": db, "seeds_dir": SEEDS, **overrides}
    return Settings(**values)  # type: ignore[arg-type]


async def _fill(path: Path, n: int) -> None:
    from bot.library import Library

    analysed = bases()
    tmp = path.with_suffix(".tmp.db")
    library = await Library.open(settings_for(tmp))  # indexes the seeds, as a running bot would
    store = cast(Store, library.store)  # the SQLite store: its batch insert is what we time
    seen: set[str] = set()
    written = 0
    i = 0
    start = time.perf_counter()
    try:
        while written < n:
            async with store.transaction() as db:
                for _ in range(min(BATCH, n - written)):
                    while True:
                        base = analysed[i % len(analysed)]
                        title, text = variant(base, i // len(analysed))
                        i += 1
                        key = content_hash(text)
                        if key not in seen:
                            break
                    seen.add(key)
                    article = NewArticle(BENCH_GUILD, title, "bench corpus", None, text, key, base[2])
                    await store._insert(db, article)
                    written += 1
            print(f"  {written:,}/{n:,} articles", file=sys.stderr, end="\r")
    finally:
        await library.close()
    print(f"stored {n:,} articles in {time.perf_counter() - start:.1f} s -> {path}", file=sys.stderr)
    tmp.rename(path)


async def built_library(n: int) -> Path:
    """The path of a library of `n` bench articles (plus the seeds), building it on first use; for
    benchmarks already inside an event loop (a fresh clone has none built)."""
    path = db_path(n)
    if not path.exists():
        _forget_partial(path)
        await _fill(path, n)
    return path


def _forget_partial(path: Path) -> None:
    """Remove what an interrupted build left behind."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path.with_suffix(".tmp.db")) + suffix).unlink(missing_ok=True)


def library_db(n: int) -> Path:
    """`built_library` for callers outside an event loop."""
    return asyncio.run(built_library(n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10_000])
    args = parser.parse_args(argv)
    for n in args.sizes:
        print(library_db(n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
