"""Shared pytest setup: the loopback Discord fixtures (see tests/discord_double) and a temporary library."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.library import Library
from bot.settings import Settings

pytest_plugins = ["tests.discord_double.fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A private copy of the project's seeds, so a test may change them."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, seeds_dir: Path) -> Settings:
    """Settings for a library in tmp_path; 127.0.0.1 is allow-listed for the local test web server."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        db_path=tmp_path / "data" / "library.db",
        seeds_dir=seeds_dir,
        url_allowlist=("127.0.0.1",),
        fetch_timeout=5.0,
    )


@pytest.fixture
async def library(settings: Settings) -> AsyncIterator[Library]:
    """An open library holding only the seed article."""
    async with await Library.open(settings) as lib:
        yield lib
