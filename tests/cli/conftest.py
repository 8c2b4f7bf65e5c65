"""The CLI tests' working folder."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def tmp(tmp_path: Path, seeds_dir: Path) -> Path:
    """A working folder with a copy of the seeds in tmp/seeds (from the shared fixture)."""
    assert seeds_dir == tmp_path / "seeds"
    return tmp_path
