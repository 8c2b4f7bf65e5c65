"""200 concurrent writers and 1,000 concurrent readers on one SQLite library, through four Library
instances (four writer connections contending for the one file, as several CLI runs and the bot
would): no reader or writer sees an error ("database is locked" or any other), and every add that
was acknowledged is there, whole, when the file is opened again."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from bot.library import Library
from bot.settings import Settings

WRITERS = 200
READERS = 1_000
LIBRARIES = 4
GUILDS = (501, 502)


def text_for(n: int) -> str:
    return (
        f"Writer{n} report: the harbour authority said traffic rose in March.\n"
        f"“Exports led the growth,” said Ana Ruiz, director of the port. Item {n} closes here."
    )


async def test_200_writers_and_1000_readers_see_no_error_and_lose_nothing(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    # The query timeout is set well past what 1,200 operations could need on a loaded machine: this test
    # is about errors and lost writes under contention, not latency (bench/ measures that). On a machine
    # running several test suites at once an operation has read "unavailable" with the default 10 s.
    config = Settings(
        database=tmp_path / "library.db",
        seeds_dir=tmp_path / "seeds",
        query_timeout=120.0,
    )
    libraries = [await Library.open(config) for _ in range(LIBRARIES)]
    rng = random.Random(7)
    acknowledged: dict[int, tuple[int, int]] = {}

    async def write(n: int) -> None:
        library = libraries[n % LIBRARIES]
        guild = GUILDS[n % 2]
        added = await library.add_text(text_for(n), guild_id=guild, title=f"Report {n}", added_by=n)
        assert added.created
        acknowledged[n] = (added.article.info.id, guild)

    async def read(n: int) -> None:
        library = libraries[n % LIBRARIES]
        guild = GUILDS[n % 2]
        match n % 4:
            case 0:
                await library.list_articles(guild_id=guild, limit=25, offset=rng.randrange(50))
            case 1:
                await library.search("harbour exports", guild_id=guild)
            case 2:
                await library.quotes_by("Ana Ruiz", guild_id=guild)
            case _:
                await library.autocomplete_articles("Report", guild_id=guild)

    jobs = [write(n) for n in range(WRITERS)] + [read(n) for n in range(READERS)]
    rng.shuffle(jobs)
    try:
        outcomes = await asyncio.gather(*jobs, return_exceptions=True)
    finally:
        for library in libraries:
            await library.close()
    errors = [repr(o) for o in outcomes if isinstance(o, BaseException)]
    assert errors == [], f"{len(errors)} of {len(jobs)} operations failed, e.g. {errors[:3]}"
    assert len(acknowledged) == WRITERS

    async with await Library.open(config) as library:
        for n, (article_id, guild) in acknowledged.items():
            article = await library.resolve(article_id, guild_id=guild)
            assert article.text == text_for(n) and article.analysis.sentences
        for guild in GUILDS:
            assert (await library.list_articles(guild_id=guild))[1] == WRITERS // 2
            _hits, total = await library.search("Writer0", guild_id=guild)
            assert total == (1 if guild == GUILDS[0] else 0)
