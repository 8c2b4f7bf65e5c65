"""Ingest throughput into SQLite: articles per second, with the analysis and without it.

* with analysis: `Library.add_text` on distinct real-text articles (normalise, hash, analyse, store),
  one after another, as `/article add` and `newsdesk add` do;
* without analysis: the same articles pre-analysed, then stored with `Store.add_article` (one
  transaction and one fsync each, synchronous=FULL), and in batches of 1,000 per transaction
  (how bench/library.py fills its libraries).

Each run starts from an empty library in a temporary folder.

Run: `.venv/bin/python -m bench.ingest [--articles 200] [--words 400]`
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import cast

from bot.analysis import analyze, normalize_text
from bot.store import Store, content_hash
from bot.store.sql_store import NewArticle

from .corpus import article
from .library import settings_for


async def run(n: int, words: int) -> list[tuple[str, float]]:
    from bot.library import Library

    texts = [normalize_text(article(words, seed=50_000 + i)) for i in range(n)]
    titles = [f"{t.split('.')[0][:70]} ({i})" for i, t in enumerate(texts)]
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        library = await Library.open(settings_for(Path(tmp) / "a.db", seeds_dir=Path(tmp) / "none"))
        try:
            start = time.perf_counter()
            for text, title in zip(texts, titles, strict=True):
                await library.add_text(text, guild_id=1, title=title)
            rows.append(("add_text (analysis included)", n / (time.perf_counter() - start)))
        finally:
            await library.close()

        start = time.perf_counter()
        analysed = [analyze(text, title) for text, title in zip(texts, titles, strict=True)]
        rows.append(("analyze() alone, in-process", n / (time.perf_counter() - start)))

        library = await Library.open(settings_for(Path(tmp) / "b.db", seeds_dir=Path(tmp) / "none"))
        try:
            start = time.perf_counter()
            for text, title, analysis in zip(texts, titles, analysed, strict=True):
                await library.store.add_article(
                    guild_id=1,
                    title=title,
                    source=None,
                    added_by=None,
                    text=text,
                    content_hash=content_hash(text),
                    analysis=analysis,
                )
            rows.append(("store only, 1 per transaction", n / (time.perf_counter() - start)))
        finally:
            await library.close()

        library = await Library.open(settings_for(Path(tmp) / "c.db", seeds_dir=Path(tmp) / "none"))
        store = cast(Store, library.store)
        try:
            start = time.perf_counter()
            async with store.transaction() as db:
                for text, title, analysis in zip(texts, titles, analysed, strict=True):
                    await store._insert(
                        db, NewArticle(1, title, None, None, text, content_hash(text), analysis)
                    )
            rows.append(("store only, 1 transaction", n / (time.perf_counter() - start)))
        finally:
            await library.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args(argv)
    rows = asyncio.run(run(args.articles, args.words))
    print(f"{args.articles} articles of ~{args.words} words")
    print(f"{'path':<34} {'articles/s':>11} {'ms/article':>11}")
    for name, rate in rows:
        print(f"{name:<34} {rate:11.1f} {1000 / rate:11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
