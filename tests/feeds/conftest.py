"""Fixtures for the feed tests: the local news site, and the feed service over each backend's library."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.feeds import FeedService
from bot.library import Library

from .feedsite import FeedSite, serve


@pytest.fixture
async def site() -> AsyncIterator[FeedSite]:
    async with serve(FeedSite()) as running:
        yield running


@pytest.fixture
async def feeds(library: Library) -> FeedService:
    return await FeedService.open(library)
