"""Pytest fixtures for running store and library tests on both backends: `backend` and `database`.

`backend` is parametrised: "sqlite" and "postgres". The postgres runs use the server that
NEWSDESK_TEST_PG_URL names (scripts/with-postgres.sh, which `make test` uses, starts a throwaway one);
each test gets a schema of its own in that database, dropped afterwards. Without the variable the
postgres runs are skipped, unless NEWSDESK_REQUIRE_POSTGRES=1 (CI), where they fail instead.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

__all__ = ["BACKENDS", "PG_URL", "backend", "database", "pg_schema_url", "require_postgres"]

BACKENDS = ("sqlite", "postgres")
PG_URL = os.environ.get("NEWSDESK_TEST_PG_URL", "")
NO_SERVER = (
    "NEWSDESK_TEST_PG_URL is not set, so there is no PostgreSQL server for the postgres store tests "
    "(scripts/with-postgres.sh starts a throwaway one; `make test` uses it when PostgreSQL is installed)"
)


def require_postgres() -> str:
    """The test server's URL; skips the test (fails it in CI) when there is none."""
    if not PG_URL:
        if os.environ.get("NEWSDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(NO_SERVER + ", but NEWSDESK_REQUIRE_POSTGRES=1")
        pytest.skip(NO_SERVER)
    return PG_URL


async def _admin(statements: list[str]) -> None:
    import asyncpg

    db = await asyncpg.connect(PG_URL)
    try:
        for statement in statements:
            await db.execute(statement)
    finally:
        await db.close()


def pg_schema_url(schema: str) -> str:
    """The test server's URL with `schema` first on the search path: an empty database of its own."""
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}search_path={quote(schema + ',public')}"


def _run(statements: list[str]) -> None:
    # Sync fixtures run outside any event loop; asyncpg connections are bound to the loop they
    # were made on, so this one lives and dies in a loop of its own.
    asyncio.run(_admin(statements))


@pytest.fixture
def fresh_pg_schema() -> Iterator[str]:
    """A new, empty schema on the test server (dropped at the end); yields a URL that uses it."""
    require_postgres()
    schema = f"test_{secrets.token_hex(6)}"
    # The extension lives in public, shared by every test schema (dropping one must not take it).
    _run(["CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public", f"CREATE SCHEMA {schema}"])
    try:
        yield pg_schema_url(schema)
    finally:
        _run([f"DROP SCHEMA {schema} CASCADE"])


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        require_postgres()
    return str(request.param)


@pytest.fixture
def database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """The NEWSDESK_DB value of an empty library on `backend`."""
    if backend == "postgres":
        return str(request.getfixturevalue("fresh_pg_schema"))
    return str(tmp_path / "data" / "library.db")
