"""Sharding: bot processes, each holding some of Discord's shards, over one PostgreSQL library.

The loopback Discord runs here; each bot is `newsdesk run` in a process of its own (tests/sharded_bot.py),
pointed at it. Discord sends a server's interactions to the process holding the server's shard.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest

from tests.cogs.replies import add_file, embed_text
from tests.discord_double import DiscordDouble, eventually
from tests.discord_double.fixtures import ADMIN_ID, MEMBER_ID, TOKEN, BotFactory
from tests.discord_double.gateway import shard_of

ROOT = Path(__file__).resolve().parent.parent
SHARDS = 2
SEED_TITLE = "Chinese SMEs going global"
FERRY = (
    "Harbour City opened a new ferry terminal on Monday after three years of construction.\n"
    "The terminal doubles the number of daily crossings to the islands.\n"
    '"This is the best thing to happen to the waterfront in decades," said Maria Lopez, the mayor.\n'
)


def guild_on_shard(shard: int, n: int = 0) -> int:
    """A server id that Discord routes to `shard` of SHARDS."""
    guild_id = (71_000_000_000 + 2 * n + shard) << 22
    assert shard_of(guild_id, SHARDS) == shard
    return guild_id


Start = Callable[[str, str], Awaitable[Path]]


@pytest.fixture
async def bot_process(
    discord_double: DiscordDouble, fresh_pg_schema: str, tmp_path: Path
) -> AsyncIterator[tuple[Start, Callable[[str], Awaitable[None]]]]:
    """(start(name, shard_ids) -> its log file, stop(name)): bot processes sharing one PostgreSQL library."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    processes: dict[str, asyncio.subprocess.Process] = {}

    async def start(name: str, shard_ids: str) -> Path:
        log = tmp_path / f"{name}.log"
        health = tmp_path / f"{name}.alive"
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DISCORD_TOKEN": TOKEN,
            "NEWSDESK_DB": fresh_pg_schema,
            "NEWSDESK_SEEDS": str(seeds),
            "NEWSDESK_SHARD_COUNT": str(SHARDS),
            "NEWSDESK_SHARD_IDS": shard_ids,
            "NEWSDESK_HEALTH_FILE": str(health),
            "NEWSDESK_TEST_DOUBLE_API": discord_double.api_base,
            "NEWSDESK_TEST_DOUBLE_GATEWAY": discord_double.gateway_url,
        }
        with log.open("wb") as out:
            processes[name] = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.sharded_bot", cwd=tmp_path, env=env, stdout=out, stderr=out
            )
        process = processes[name]

        def ready() -> bool:
            if process.returncode is not None:
                raise AssertionError(f"bot {name} exited: {log.read_text(errors='replace')}")
            return health.exists()

        # The heartbeat file appears once every shard of the process is connected and ready.
        await eventually(ready, within=90)
        return log

    async def stop(name: str) -> None:
        process = processes.pop(name)
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()

    try:
        yield start, stop
    finally:
        for name in list(processes):
            with contextlib.suppress(ProcessLookupError):
                await stop(name)


@pytest.fixture
def sharded_guilds(discord_double: DiscordDouble) -> Iterator[tuple[int, int]]:
    """Two servers, one on each shard, with an admin and a member."""
    guilds = (guild_on_shard(0), guild_on_shard(1))
    for guild_id in guilds:
        discord_double.add_guild(guild_id, f"Shard {shard_of(guild_id, SHARDS)} news")
        discord_double.add_member(guild_id, ADMIN_ID, permissions=1 << 5, name="editor")
        discord_double.add_member(guild_id, MEMBER_ID, name="reader")
    yield guilds
    for guild_id in guilds:
        discord_double.remove_guild(guild_id)


async def titles(double: DiscordDouble, guild_id: int) -> str:
    record = await double.slash("articles", {}, guild_id=guild_id, user_id=MEMBER_ID)
    return embed_text(await record.reply())


def holder(double: DiscordDouble, guild_id: int) -> list[int]:
    """[shard id, count] of the gateway session Discord sends this server's interactions to."""
    session = double.gateway.session_for(guild_id)
    assert session is not None
    return [session.shard_id, session.shard_count]


async def test_one_process_runs_every_shard_discord_recommends(
    bot_factory: BotFactory, discord_double: DiscordDouble, sharded_guilds: tuple[int, int]
) -> None:
    discord_double.shard_count = SHARDS
    try:
        bot = await bot_factory()
    finally:
        discord_double.shard_count = 1
    assert bot.shard_count == SHARDS and set(bot.shards) == set(range(SHARDS))
    assert set(sharded_guilds) <= {guild.id for guild in bot.guilds}
    for guild_id in sharded_guilds:
        assert holder(discord_double, guild_id) == [shard_of(guild_id, SHARDS), SHARDS]
        assert SEED_TITLE in await titles(discord_double, guild_id)


async def test_processes_split_the_shards_and_share_one_library(
    discord_double: DiscordDouble,
    bot_process: tuple[Start, Callable[[str], Awaitable[None]]],
    sharded_guilds: tuple[int, int],
) -> None:
    start, stop = bot_process
    on_zero, on_one = sharded_guilds
    await asyncio.gather(start("a", "0"), start("b", "1"))
    identified = {tuple(i["shard"]) for i in discord_double.gateway.identifies[-2:]}
    assert identified == {(0, SHARDS), (1, SHARDS)}

    # Both processes indexed the seeds at the same moment; the shared library holds them once.
    for guild_id in (on_zero, on_one):
        assert (await titles(discord_double, guild_id)).count(SEED_TITLE) == 1

    # Process a (shard 0) adds an article in its server; process b's server does not see it.
    assert holder(discord_double, on_zero) == [0, SHARDS]
    added = await add_file(discord_double, FERRY, title="Ferry terminal opens", guild_id=on_zero)
    assert "Added to the library: Ferry terminal opens" in embed_text(added)
    assert holder(discord_double, on_one) == [1, SHARDS]
    assert "Ferry terminal opens" not in await titles(discord_double, on_one)

    # Process a goes away; b takes over its shard and answers about the article a added.
    await stop("a")
    await stop("b")
    await start("b", "0,1")
    assert holder(discord_double, on_zero) == [0, SHARDS]
    assert discord_double.gateway.shards[0].identify["shard"] == [0, SHARDS]
    record = await discord_double.slash("summary", {}, guild_id=on_zero, user_id=MEMBER_ID)
    summary = embed_text(await record.reply())
    assert "Summary: Ferry terminal opens" in summary and "ferry terminal" in summary
    assert "Ferry terminal opens" in await titles(discord_double, on_zero)
    assert "Ferry terminal opens" not in await titles(discord_double, on_one)


async def test_two_processes_on_one_host_keep_a_heartbeat_each(
    bot_factory: BotFactory,
    discord_double: DiscordDouble,
    sharded_guilds: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.app import health_file
    from bot.cli import main

    # Two bots with a shard each and their libraries side by side: the default heartbeat of each
    # lives in the same folder, where they used to share one file.
    first = await bot_factory(shard_count=SHARDS, shard_ids=(0,))
    second = await bot_factory(shard_count=SHARDS, shard_ids=(1,))
    await first._heartbeat()
    await second._heartbeat()
    assert health_file(first.settings) != health_file(second.settings)
    assert health_file(first.settings).parent == health_file(second.settings).parent == tmp_path
    await second.close()  # a stopped bot removes its heartbeat
    monkeypatch.setenv("NEWSDESK_DB", str(first.settings.db_path))
    monkeypatch.setenv("NEWSDESK_SHARD_COUNT", str(SHARDS))
    monkeypatch.setenv("NEWSDESK_SHARD_IDS", "0")
    assert main(["health"]) == 0, "the process still running is healthy"
    monkeypatch.setenv("NEWSDESK_SHARD_IDS", "1")
    assert main(["health"]) == 1, "the stopped one is not"
