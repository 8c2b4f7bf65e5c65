"""`newsdesk migrate-db SQLITE_PATH POSTGRES_URL`: copy a SQLite library into PostgreSQL."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import InputError

if TYPE_CHECKING:
    from bot.store.transfer import CopyReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    description = (
        "Copy a SQLite library (every article, its analysis and its id; seed markings) into a "
        "PostgreSQL database, creating its tables if needed. Safe to run again: what is already "
        "there is left alone. Then point NEWSDESK_DB at the PostgreSQL URL."
    )
    parser = sub.add_parser(
        "migrate-db", help="copy a SQLite library into PostgreSQL", description=description
    )
    parser.add_argument("sqlite", metavar="SQLITE_PATH", help="the library file (NEWSDESK_DB until now)")
    parser.add_argument("postgres", metavar="POSTGRES_URL", help="postgresql://user:password@host:5432/db")
    parser.set_defaults(func=migrate_db)


def migrate_db(args: argparse.Namespace) -> int:
    from bot.settings import redact_url, sqlite_path
    from bot.store import is_postgres_url

    path = sqlite_path(args.sqlite)
    if not path.is_file():
        raise InputError(f"No SQLite library at {path}.")
    if not is_postgres_url(args.postgres):
        raise InputError(f"{redact_url(args.postgres)} is not a postgresql:// URL.")
    report = asyncio.run(_copy(path, args.postgres))
    print(
        f"{report.articles} articles in {path}: {report.copied} copied, {report.renumbered} copied "
        f"with a new id (theirs was taken), {report.present} already in PostgreSQL; "
        f"{report.seeds} seed files marked."
    )
    return 0


async def _copy(path: Path, url: str) -> CopyReport:
    from bot.store.postgres import PostgresStore
    from bot.store.store import Store
    from bot.store.transfer import copy_library

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() and (done % 100 == 0 or done == total):
            print(f"  {done}/{total}", file=sys.stderr, flush=True)

    source = await Store.open(path)
    try:
        target = await PostgresStore.open(url)
        try:
            return await copy_library(source, target, progress)
        finally:
            await target.close()
    finally:
        await source.close()
