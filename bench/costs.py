"""What the rate-limited commands cost, to set their cooldowns from (cogs/admin.py, cogs/sentiment.py).

- `/article add`: `Library.add_text` (normalising, the language check, analysis, storing) of an article
  the size of a full paste form (4,000 characters, ~650 words), of a long news story (2,000 words),
  and of the largest text Newsdesk takes (NEWSDESK_MAX_ARTICLE_CHARS, 1,000,000 characters).
- library-wide `/sentiment topic:`: `Library.topic_across_library` on the bench library (it reads up
  to 50 matching articles and measures the topic in each), over several topics.

Timed in-process (analysis in a thread, as with NEWSDESK_MAX_ANALYSIS_SECONDS=0), so the figure is
the CPU one command takes from the bot's analysis workers or its event loop's threads.

Run: `.venv/bin/python -m bench.costs [--articles 10000] [--runs 3]`
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from .corpus import article
from .library import BENCH_GUILD, built_library, settings_for

TOPICS = ["inflation", "election", "climate change", "police", "football", "interest rates"]
SIZES = {
    "paste form (4,000 chars)": 4_000,
    "long story (2,000 words)": 12_500,
    "largest (1,000,000 chars)": 1_000_000,
}


async def add_costs(runs: int) -> None:
    from bot.library import Library

    with tempfile.TemporaryDirectory() as folder:
        settings = settings_for(Path(folder) / "lib.db", max_analysis_seconds=0)
        library = await Library.open(settings)
        try:
            for label, chars in SIZES.items():
                times = []
                for run in range(1 if chars > 100_000 else runs):
                    text = article(chars // 5, seed=100 + run)[:chars]
                    start = time.perf_counter()
                    await library.add_text(text, guild_id=BENCH_GUILD, title=f"{label} {run}")
                    times.append(time.perf_counter() - start)
                print(f"/article add, {label:<28} {statistics.median(times) * 1000:8.0f} ms")
        finally:
            await library.close()


async def sentiment_costs(articles: int, runs: int) -> None:
    from bot.library import Library

    library = await Library.open(settings_for(await built_library(articles), max_analysis_seconds=0))
    try:
        times = []
        for _ in range(runs):
            for topic in TOPICS:
                start = time.perf_counter()
                await library.topic_across_library(topic, guild_id=BENCH_GUILD)
                times.append(time.perf_counter() - start)
        print(
            f"/sentiment topic: (library-wide, {articles:,} articles): median"
            f" {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {len(times)}"
        )
    finally:
        await library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="library size for /sentiment")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(add_costs(args.runs))
    asyncio.run(sentiment_costs(args.articles, args.runs))


if __name__ == "__main__":
    main()
