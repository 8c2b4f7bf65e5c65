"""Waiting, from a test, for something the bot does outside the double's sight (a log line, a file)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def eventually(condition: Callable[[], bool], within: float = 10) -> None:
    """Return once `condition()` holds; fail after `within` seconds. Not a timing assertion: a bound."""
    async with asyncio.timeout(within):
        while not condition():  # noqa: ASYNC110 - there is no event to wait on from outside the bot
            await asyncio.sleep(0.02)
