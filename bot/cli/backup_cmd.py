"""`newsdesk backup PATH`: a consistent copy of the library, safe to take while the bot runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.errors import InputError

PG_DUMP_HINT = (
    "The library is in PostgreSQL; back it up with PostgreSQL's own tool: pg_dump --format=custom"
    " --file=newsdesk.dump DATABASE_URL (restore with pg_restore)."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    description = (
        "Copy the SQLite library (NEWSDESK_DB) to a new file, consistently, even while the bot is "
        "running. The search index is left out: Newsdesk rebuilds it after a restore. To restore, stop "
        "the bot and put the copy where NEWSDESK_DB points."
    )
    parser = sub.add_parser(
        "backup", help="copy the library to a new file, bot running or not", description=description
    )
    parser.add_argument("path", metavar="PATH", help="the new file (or an existing folder to put it in)")
    parser.set_defaults(func=backup)


def backup(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from bot.settings import load_settings
    from bot.store.backup import backup_sqlite

    settings = load_settings()
    if settings.db_path is None:
        raise InputError(PG_DUMP_HINT)
    destination = Path(args.path)
    if destination.is_dir():
        destination = destination / f"newsdesk-{datetime.now(UTC):%Y%m%d-%H%M%S}.db"
    report = backup_sqlite(settings.db_path, destination)
    print(
        f"Backed up {report.articles:,} article{'s' if report.articles != 1 else ''} to {report.path}"
        f" ({report.size_bytes / 1024 / 1024:.1f} MB). The search index is not in it; Newsdesk rebuilds"
        " it after a restore."
    )
    return 0
