"""Schema migrations: numbered .sql files per database (bot/store/migrations/sqlite/, .../postgres/),
applied in order by one runner, each in its own transaction with the version checked inside it, so
processes opening a new database at once apply every migration exactly once.

A file is `NNNN_what.sql`; its first line, a `-- comment`, says what it does. The two databases
number their migrations independently (their schemas differ where the databases do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from bot.errors import InputError

from .driver import Driver

DIALECTS = ("sqlite", "postgres")
_FILE_NAME = re.compile(r"(\d{4})_\w+\.sql")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


def load(dialect: str) -> tuple[Migration, ...]:
    """The migrations of one database, in order; their numbers must run 1, 2, 3, … without a gap."""
    found = []
    for entry in (resources.files(__package__) / "migrations" / dialect).iterdir():
        match = _FILE_NAME.fullmatch(entry.name)
        if match is None:
            continue
        sql = entry.read_text(encoding="utf-8")
        description = sql.split("\n", 1)[0].removeprefix("--").strip()
        found.append(Migration(int(match.group(1)), description, sql))
    found.sort(key=lambda m: m.version)
    assert [m.version for m in found] == list(range(1, len(found) + 1)), f"{dialect} migrations skip a number"
    return tuple(found)


MIGRATIONS: dict[str, tuple[Migration, ...]] = {dialect: load(dialect) for dialect in DIALECTS}


def latest_version(dialect: str) -> int:
    return MIGRATIONS[dialect][-1].version


async def migrate(db: Driver, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the latest); returns the version reached."""
    migrations = MIGRATIONS[db.dialect]
    latest = migrations[-1].version
    target = latest if target is None else target
    current = await db.schema_version()
    if current > latest:
        raise InputError(
            f"The library database is at schema version {current}, newer than this Newsdesk "
            f"understands ({latest}); upgrade Newsdesk."
        )
    for migration in migrations:
        if current < migration.version <= target:
            async with db.migration() as connection:
                # Another process may have applied it while this one waited.
                if await db.schema_version(connection) < migration.version:
                    await db.apply_script(connection, migration.sql, migration.version)
            current = migration.version
    return await db.schema_version()
