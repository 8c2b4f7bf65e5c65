"""Shared pytest setup: the loopback Discord fixtures (see tests/discord_double), the store backends
(tests/backends.py) and a temporary library on each of them."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.library import Library
from bot.settings import Settings

pytest_plugins = ["tests.discord_double.fixtures", "tests.backends"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A private copy of the project's seeds, so a test may change them."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def settings(database: str, seeds_dir: Path) -> Settings:
    """Settings for an empty library on each backend (see tests/backends.py); 127.0.0.1 is allow-listed
    for the local test web server."""
    return Settings(
        database=database,
        seeds_dir=seeds_dir,
        url_allowlist=("127.0.0.1",),
        fetch_timeout=5.0,
    )


@pytest.fixture
async def library(settings: Settings) -> AsyncIterator[Library]:
    """An open library holding only the seed article, on each backend."""
    async with await Library.open(settings) as lib:
        yield lib
