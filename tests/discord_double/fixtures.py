"""Pytest fixtures: one DiscordDouble per test session, and the real Newsdesk bot running against it."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from .double import DiscordDouble
from .payloads import snowflake

__all__ = [
    "ADMIN_ID",
    "GUILD_ID",
    "MEMBER_ID",
    "OWNER_ID",
    "TOKEN",
    "bot_factory",
    "discord_double",
    "pytest_collection_modifyitems",
    "running_bot",
]

GUILD_ID = 200_000_000_000_000_001
OWNER_ID = 200_000_000_000_000_002
ADMIN_ID = 200_000_000_000_000_003  # has Manage Server
MEMBER_ID = 200_000_000_000_000_004  # no special permissions
MANAGE_GUILD = 1 << 5
TOKEN = "fake-token.for-the-loopback-double"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_DOUBLE_FIXTURES = {"discord_double", "running_bot", "bot_factory"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run every test and async fixture that touches the double on the session event loop.

    The double and the bots live on that loop; a test or fixture on another loop would deadlock
    waiting for them. This saves each test module from repeating `loop_scope="session"`.
    """
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None or not _DOUBLE_FIXTURES & set(getattr(item, "fixturenames", ())):
            continue
        if inspect.iscoroutinefunction(getattr(item, "obj", None)):
            item.add_marker(pytest.mark.asyncio(loop_scope="session"), append=False)
        for fixturedefs in info.name2fixturedefs.values():
            for fixturedef in fixturedefs:
                if _is_async(fixturedef) and _needs_double(fixturedef, info.name2fixturedefs):
                    func = getattr(fixturedef.func, "__func__", fixturedef.func)  # also for fixture methods
                    if getattr(func, "_loop_scope", None) is None:
                        func._loop_scope = "session"  # what pytest_asyncio.fixture(loop_scope=...) sets


def _is_async(fixturedef: Any) -> bool:
    func = fixturedef.func
    return fixturedef.argname not in _DOUBLE_FIXTURES and (
        inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func)
    )


def _needs_double(fixturedef: Any, name2fixturedefs: dict[str, Any], depth: int = 0) -> bool:
    if depth > 20:
        return False
    for argname in fixturedef.argnames:
        if argname in _DOUBLE_FIXTURES:
            return True
        for child in name2fixturedefs.get(argname, ()):
            if child is not fixturedef and _needs_double(child, name2fixturedefs, depth + 1):
                return True
    return False


@pytest_asyncio.fixture(loop_scope="session", scope="session")
async def discord_double() -> AsyncIterator[DiscordDouble]:
    """The loopback Discord, with server GUILD_ID holding OWNER_ID, ADMIN_ID (Manage Server) and MEMBER_ID."""
    double = DiscordDouble()
    await double.start()
    restore = double.patch_discord()
    double.add_guild(GUILD_ID, "Newsroom", owner_id=OWNER_ID)
    double.add_member(GUILD_ID, ADMIN_ID, permissions=MANAGE_GUILD, name="editor")
    double.add_member(GUILD_ID, MEMBER_ID, name="reader")
    try:
        yield double
    finally:
        restore()
        await double.stop()


BotFactory = Callable[..., Awaitable[Any]]


@pytest_asyncio.fixture(loop_scope="session")
async def bot_factory(discord_double: DiscordDouble, tmp_path: Path) -> AsyncIterator[BotFactory]:
    """`await bot_factory(**settings)` starts a real NewsdeskBot (fresh SQLite db in tmp_path) and waits for ready."""
    from bot.app import create_bot
    from bot.settings import Settings

    started: list[tuple[Any, asyncio.Task[None]]] = []
    unknown_before = len(discord_double.unknown_requests)
    # Commands another test synced (to a server, say) must not shadow what this test's bot syncs.
    discord_double.forget_commands()

    async def start(*, setup: Callable[[Any], Awaitable[None]] | None = None, **overrides: Any) -> Any:
        seeds = tmp_path / f"seeds{len(started)}"
        shutil.copytree(SEEDS, seeds)
        values: dict[str, Any] = {
            "discord_token": TOKEN,
            "database": tmp_path / f"newsdesk{len(started)}.db",
            "seeds_dir": seeds,
            **overrides,
        }
        settings = Settings(**values)
        # on_ready fires this long after the last GUILD_CREATE; Discord's 2 s would slow every test.
        bot = create_bot(settings, guild_ready_timeout=0.05)
        if setup is not None:
            bot.setup_hook = _chain(bot.setup_hook, setup, bot)  # type: ignore[method-assign]
        try:
            await bot.login(TOKEN)
        except BaseException:
            await bot.close()  # closes the HTTP session and, if setup_hook got that far, the library
            raise
        task = asyncio.create_task(bot.connect(reconnect=True))
        started.append((bot, task))
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait({ready, task}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
        if ready not in done:
            ready.cancel()
            if task.done():
                task.result()  # raises what stopped the bot
            raise AssertionError("the bot did not become ready within 10 s")
        return bot

    try:
        yield start
    finally:
        for bot, task in reversed(started):
            await bot.close()
            # The test already saw whatever went wrong; closing must not mask it.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 10)
    unknown = discord_double.unknown_requests[unknown_before:]
    # Real Discord would have served these; a silent 404 here could hide a broken feature.
    assert not unknown, f"the bot called endpoints the double does not serve (add them to rest.py): {unknown}"


def _chain(original: Callable[[], Awaitable[None]], extra: Callable[[Any], Awaitable[None]], bot: Any) -> Any:
    async def setup_hook() -> None:
        await extra(bot)
        await original()

    return setup_hook


@pytest_asyncio.fixture(loop_scope="session")
async def running_bot(bot_factory: BotFactory, discord_double: DiscordDouble) -> tuple[Any, DiscordDouble]:
    """(bot, double): the real bot, logged in, identified, commands synced globally, ready."""
    bot = await bot_factory()
    return bot, discord_double


def new_guild_id() -> int:
    """A fresh server id, for tests that need a server of their own."""
    return snowflake()
