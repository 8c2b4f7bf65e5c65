"""NEWSDESK_MAX_ANALYSIS_SECONDS: an analysis past the cap is refused in one sentence, its worker
process is stopped, the event loop keeps answering meanwhile, and the next add works."""

from __future__ import annotations

import asyncio
import dataclasses
import os
from pathlib import Path

import pytest

from bot import deadline
from bot.errors import InputError
from bot.library import Library
from bot.settings import Settings, load_settings
from tests.hardening.workers import never_finishes, worker_pid

GUILD = 101

PARAGRAPH = (
    'The minister said "prices will fall next year", according to officials. '
    "Analysts at the central bank expect growth to slow, while traders in the harbour disagreed."
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed but not yet reaped child is a zombie: dead for our purpose.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


async def test_a_stuck_analysis_is_refused_its_worker_stopped_and_the_loop_keeps_answering() -> None:
    workers = set(await asyncio.gather(*(deadline.run_within(30, "Warm-up", worker_pid) for _ in range(4))))
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    beating = asyncio.create_task(heartbeat())
    try:
        with pytest.raises(InputError) as refused:
            await deadline.run_within(1, "The article", never_finishes, "text")
    finally:
        beating.cancel()
    message = str(refused.value)
    assert message == "The article took longer than the 1-second analysis limit; try a shorter text."
    assert ticks > 0  # the event loop ran other work while the analysis was stuck
    await _eventually(lambda: not any(_alive(pid) for pid in workers))
    # A fresh pool answers the next analysis.
    assert await deadline.run_within(30, "Next", worker_pid) not in workers


async def _eventually(condition: object, within: float = 10) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + within
    while not condition():  # type: ignore[operator]
        assert loop.time() < end, "condition never became true"
        await asyncio.sleep(0.05)


async def test_an_article_over_the_analysis_cap_is_refused_and_nothing_is_stored(
    settings: Settings,
) -> None:
    article = "\n\n".join(f"{PARAGRAPH} Item {i}." for i in range(400))
    capped = dataclasses.replace(settings, max_analysis_seconds=0.01)
    async with await Library.open(settings) as library:
        before = (await library.list_articles(guild_id=GUILD))[1]
    async with await Library.open(capped) as library:
        with pytest.raises(
            InputError, match=r"^The article took longer than the 0\.01-second analysis limit"
        ):
            await library.add_text(article, guild_id=GUILD, title="Long")
        assert (await library.list_articles(guild_id=GUILD))[1] == before
    async with await Library.open(settings) as library:
        added = await library.add_text(article, guild_id=GUILD, title="Long")
        assert added.created and added.article.analysis.sentences


def test_the_cap_is_a_setting_and_zero_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_MAX_ANALYSIS_SECONDS", "7.5")
    assert load_settings().max_analysis_seconds == 7.5
    monkeypatch.setenv("NEWSDESK_MAX_ANALYSIS_SECONDS", "0")
    assert load_settings().max_analysis_seconds == 0


async def test_without_a_cap_analysis_runs_in_a_thread() -> None:
    assert await deadline.run_within(0, "Local", worker_pid) == os.getpid()
