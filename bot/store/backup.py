"""A consistent copy of a running SQLite library, by SQLite's online backup API.

The copy is one snapshot: it is read in a single read transaction, which in WAL mode never waits for
the bot's writes nor holds them up, and what a write had not committed when it began is not in it.
The search index beside the library is left out: it is derived data, rebuilt from the copy after a
restore. (A PostgreSQL library is backed up with PostgreSQL's own pg_dump.)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.errors import InputError


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    articles: int
    size_bytes: int


def backup_sqlite(source: Path, destination: Path) -> BackupReport:
    """Copy the library at `source` to the new file `destination` (refused if it exists). Blocking."""
    if not source.is_file():
        raise InputError(f"There is no library at {source} to back up.")
    if destination.exists():
        raise InputError(f"{destination} already exists; give the backup a new file name.")
    if not destination.parent.is_dir():
        raise InputError(f"The folder {destination.parent} does not exist.")
    partial = destination.with_name(destination.name + ".partial")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            articles = int(dst.execute("SELECT count(*) FROM articles").fetchone()[0])
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise InputError(f"The copy of {source} failed its integrity check; nothing was written.")
        finally:
            dst.close()
            src.close()
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        raise InputError(f"Could not back up {source}: {exc}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return BackupReport(destination, articles, destination.stat().st_size)
