"""A damaged search index never takes the bot down and never hides articles: with the index's files
truncated, overwritten, missing an article or its worker killed under the running bot, the next search
still finds the seed article (SQLite answers), the bot keeps answering, and the index is rebuilt while
it runs. Through the real client and the loopback Discord."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
from pathlib import Path
from typing import Any

import pytest
import tantivy

from bot.store.index_check import damage
from bot.store.query import parse_query
from bot.store.search_index import index_dir
from tests.cogs.replies import embed_text
from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import GUILD_ID, MEMBER_ID

Bot = tuple[Any, DiscordDouble]
SEED_TITLE = "Chinese SMEs going global"
SEED_ID = 1
REBUILD_SECONDS = 60  # generous: the machine running the tests may be busy


def worker(bot: Any) -> Any:
    return bot.library.store._search_index.index


def segment_files(bot: Any) -> list[Path]:
    directory = index_dir(bot.library.store.path)
    files = [f for f in directory.iterdir() if re.fullmatch(r"[0-9a-f]{32}\..+", f.name)]
    assert files, "the index has data files"
    return files


async def index_finds_the_seed(bot: Any) -> None:
    """The index itself (not SQLite) answers with the seed again: rebuilt while the bot runs."""
    deadline = asyncio.get_running_loop().time() + REBUILD_SECONDS
    while True:
        try:
            if await bot.library.store.search_index_ready():
                hits, _ = await asyncio.to_thread(
                    worker(bot).search, parse_query("entrepreneur"), None, 10, 0, any_term=False
                )
                if [article_id for article_id, _ in hits] == [SEED_ID]:
                    return
        except OSError:
            pass  # the worker is restarting
        assert asyncio.get_running_loop().time() < deadline, "the index was not rebuilt"
        await asyncio.sleep(0.2)


async def search_finds_the_seed(double: DiscordDouble) -> None:
    record = await double.slash("articles", {"query": "entrepreneur"}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    message = await record.reply()
    assert not is_ephemeral(message), message
    assert SEED_TITLE in embed_text(message)


async def bot_keeps_answering(double: DiscordDouble) -> None:
    record = await double.slash("summary", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert SEED_TITLE in embed_text(await record.reply())


@pytest.fixture
async def indexed_bot(running_bot: Bot) -> Bot:
    bot, double = running_bot
    await index_finds_the_seed(bot)
    return bot, double


def truncate(files: list[Path]) -> None:
    for file in files:
        os.truncate(file, 0)


def overwrite(files: list[Path]) -> None:
    for file in files:
        with file.open("r+b") as handle:
            handle.write(os.urandom(file.stat().st_size))


@pytest.mark.parametrize("harm", [truncate, overwrite], ids=["truncated", "overwritten"])
async def test_damaged_index_files_under_a_running_bot(indexed_bot: Bot, harm: Any) -> None:
    bot, double = indexed_bot
    before = worker(bot).pid
    harm(segment_files(bot))
    await search_finds_the_seed(double)
    await bot_keeps_answering(double)
    await index_finds_the_seed(bot)
    assert worker(bot).pid != before, "the worker that held the damaged files was replaced"
    assert damage(index_dir(bot.library.store.path)) is None


async def test_a_fault_that_kills_the_index_worker_leaves_the_bot_answering(indexed_bot: Bot) -> None:
    bot, double = indexed_bot
    # SIGBUS is what reading a truncated memory-mapped file delivers; it used to end the whole bot.
    os.kill(worker(bot).pid, signal.SIGBUS)
    await search_finds_the_seed(double)
    await bot_keeps_answering(double)
    await index_finds_the_seed(bot)


async def test_an_index_missing_an_article_its_record_claims_is_caught_and_rebuilt(indexed_bot: Bot) -> None:
    bot, double = indexed_bot
    # Whole files and a progress record that agrees with the library, but the seed gone from it.
    foreign = tantivy.Index.open(str(index_dir(bot.library.store.path)))
    writer = foreign.writer(heap_size=15_000_000, num_threads=1)
    writer.delete_documents_by_term("id", SEED_ID)
    writer.commit()
    writer.wait_merging_threads()
    del writer, foreign
    await search_finds_the_seed(double)  # the index's empty answer is checked against SQLite's
    await index_finds_the_seed(bot)


async def test_a_deleted_index_comes_back_while_the_bot_runs(indexed_bot: Bot) -> None:
    bot, double = indexed_bot
    for file in index_dir(bot.library.store.path).iterdir():
        file.unlink()
    await search_finds_the_seed(double)
    await index_finds_the_seed(bot)


async def test_an_unusable_index_folder_is_a_warning(
    bot_factory: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "library.db"
    index_dir(database).write_text("a file where the index folder should be")
    with caplog.at_level(logging.WARNING, logger="bot.store"):
        bot = await bot_factory(database=database)
        deadline = asyncio.get_running_loop().time() + 30
        while not any(
            "search index" in r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING
        ):
            assert asyncio.get_running_loop().time() < deadline, caplog.text
            await asyncio.sleep(0.1)
    assert (await bot.library.search("entrepreneur", guild_id=GUILD_ID))[1] == 1
