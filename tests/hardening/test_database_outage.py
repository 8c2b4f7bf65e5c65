"""Database outages are told, not hidden: a hung PostgreSQL (its processes stopped) or a locked SQLite
library gives "thinking…" in time and then one sentence saying the library is unavailable; adds that
fail so do not count toward the add cooldown; `newsdesk health` reports the database; a read-only
library warns at start and answers adds with the reason. Through the real client and the loopback
Discord, on real PostgreSQL and SQLite."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli.run_cmd import check_health
from bot.errors import InputError
from bot.library import Library
from bot.settings import Settings
from tests.backends import PG_URL
from tests.cogs.replies import add_file_reply, assert_one_sentence_error, embed_text
from tests.discord_double import DiscordDouble, is_ephemeral
from tests.discord_double.fixtures import ADMIN_ID, MANAGE_GUILD, BotFactory, new_guild_id

SEED_TITLE = "Chinese SMEs going global"
UNAVAILABLE = "The library is unavailable right now; please try again shortly."
ARTICLE = (
    "Harbour fees rose on Monday, port officials said. The increase follows a year of record freight.\n"
    '"We expect traffic to keep growing," said Anna Berg, director of the port authority.\n'
)


async def postmaster(url: str) -> int:
    """The process id of the PostgreSQL server behind `url` (from its data directory)."""
    import asyncpg

    db = await asyncpg.connect(url)
    try:
        directory = Path(str(await db.fetchval("SHOW data_directory")))
    finally:
        await db.close()
    return int((directory / "postmaster.pid").read_text().split()[0])


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


@contextlib.contextmanager
def paused(server: int) -> Iterator[None]:
    """The server hung: its main process stopped first (so it starts no new backend), then every
    backend; all resumed whatever happens."""
    stopped = [server]
    os.kill(server, signal.SIGSTOP)
    try:
        for pid in children(server):
            os.kill(pid, signal.SIGSTOP)
            stopped.append(pid)
        yield
    finally:
        for pid in reversed(stopped):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def health(monkeypatch: pytest.MonkeyPatch, bot: Any, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from bot.app import health_file

    monkeypatch.setenv("NEWSDESK_HEALTH_FILE", str(health_file(bot.settings)))
    code = check_health(argparse.Namespace(max_age=120))
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def own_guild(discord_double: DiscordDouble) -> int:
    """A server of this test's own, with ADMIN_ID as an admin: add cooldowns start from nothing."""
    guild = new_guild_id()
    discord_double.add_guild(guild, "Outage desk")
    discord_double.add_member(guild, ADMIN_ID, permissions=MANAGE_GUILD, name="editor")
    return guild


@pytest.mark.skipif(not PG_URL, reason="needs the test PostgreSQL server (scripts/with-postgres.sh)")
async def test_a_hung_postgresql_is_acknowledged_then_told_and_health_says_so(
    bot_factory: BotFactory,
    discord_double: DiscordDouble,
    fresh_pg_schema: str,
    own_guild: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bot = await bot_factory(database=fresh_pg_schema, query_timeout=4.0, search_index=False)
    server = await postmaster(PG_URL)
    await bot._heartbeat()
    assert health(monkeypatch, bot, capsys)[0] == 0
    with paused(server):
        record = await discord_double.slash("summary", {}, guild_id=own_guild, user_id=ADMIN_ID)
        assert record.deferred, "a slow read shows thinking… within Discord's three seconds"
        assert assert_one_sentence_error(await record.reply()) == UNAVAILABLE
        await bot._heartbeat()
        code, said = health(monkeypatch, bot, capsys)
        assert code == 1 and "database" in said, said
    record = await discord_double.slash("summary", {}, guild_id=own_guild, user_id=ADMIN_ID)
    assert SEED_TITLE in embed_text(await record.reply())
    await bot._heartbeat()
    assert health(monkeypatch, bot, capsys)[0] == 0


async def test_adds_failing_on_a_locked_sqlite_library_say_so_and_do_not_use_up_the_cooldown(
    bot_factory: BotFactory, discord_double: DiscordDouble, tmp_path: Path, own_guild: int
) -> None:
    database = tmp_path / "library.db"
    bot = await bot_factory(database=database, query_timeout=1.0)
    blocker = sqlite3.connect(database, isolation_level=None)
    try:
        blocker.execute("BEGIN EXCLUSIVE")  # another writer holding the library
        for n in range(4):  # more than the three adds a minute allowed
            sentence = assert_one_sentence_error(
                await add_file_reply(discord_double, f"{ARTICLE}Note {n}.", guild_id=own_guild)
            )
            assert sentence == UNAVAILABLE
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    message = await add_file_reply(discord_double, ARTICLE, guild_id=own_guild)
    assert not is_ephemeral(message), message
    assert "Added to the library" in embed_text(message)
    assert bot.library is not None


@pytest.mark.skipif(not PG_URL, reason="needs the test PostgreSQL server (scripts/with-postgres.sh)")
async def test_a_read_only_library_warns_at_start_and_answers_adds_with_the_reason(
    bot_factory: BotFactory,
    discord_double: DiscordDouble,
    fresh_pg_schema: str,
    own_guild: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    first = await bot_factory(database=fresh_pg_schema, search_index=False)  # creates the tables
    await first.close()
    read_only = f"{fresh_pg_schema}&default_transaction_read_only=on"
    with caplog.at_level(logging.WARNING, logger="bot"):
        await bot_factory(database=read_only, search_index=False)
    assert any("read-only" in r.getMessage() for r in caplog.records), caplog.text
    sentence = assert_one_sentence_error(await add_file_reply(discord_double, ARTICLE, guild_id=own_guild))
    assert "read-only" in sentence


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A small file system of its own (tmpfs), filled to the last byte; skipped where mounting is
    not allowed."""
    mount = tmp_path / "full"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {made.stderr.decode().strip()}")
    try:
        with contextlib.suppress(OSError), (mount / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


async def test_a_full_disk_at_start_says_the_disk_is_full(full_disk: Path, seeds_dir: Path) -> None:
    settings = Settings(database=str(full_disk / "library.db"), seeds_dir=seeds_dir)
    with pytest.raises(InputError, match=r"^The disk holding the library .* is full"):
        await Library.open(settings)
