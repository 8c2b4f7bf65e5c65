"""A write the library gave up waiting for is honest about it: one that had not begun to commit never
lands later (the caller heard "unavailable, try again"), one that had may still land, and the caller
is told so. On a real SQLite file held by another writer, and on PostgreSQL with a commit held back."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.library import Library
from bot.outage import MAY_STILL_SAVE, UNAVAILABLE, LibraryUnavailable
from bot.settings import Settings

GUILD = 4242
HELD = 4242  # the advisory lock key the PostgreSQL test holds the commit back with
HARBOUR = (
    "Harbour fees rose on Monday, port officials said. The increase follows a year of record freight"
    " through the northern docks.\n"
    '"We expect traffic to keep growing," said Anna Berg, director of the port authority.\n'
)
FERRY = (
    "The island ferry will run every half hour from June, the transport office said on Tuesday, after"
    " a summer of long queues at both piers.\n"
    '"Nobody should wait two hours for a crossing," said Tomas Weber, the council\'s transport lead.\n'
)


async def texts_in(library: Library) -> list[str]:
    infos, _ = await library.list_articles(guild_id=GUILD, limit=50)
    return [(await library.store.load(info)).text for info in infos if info.guild_id == GUILD]


@contextlib.contextmanager
def another_writer(database: Path) -> Iterator[None]:
    """Another process writing to the file for the block: the library's writes wait for its lock."""
    blocker = sqlite3.connect(database, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        yield
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


async def test_an_add_given_up_before_it_committed_never_lands_later(tmp_path: Path) -> None:
    database = tmp_path / "library.db"
    settings = Settings(database=database, seeds_dir=tmp_path / "no-seeds", query_timeout=2.0)
    async with await Library.open(settings) as library:
        with another_writer(database):
            with pytest.raises(LibraryUnavailable) as told:
                await library.add_text(HARBOUR, guild_id=GUILD)
            assert str(told.value) == UNAVAILABLE
        # the other writer is done: the given-up add gets the lock now
        # The next add waits behind the given-up one, which rolled back instead of committing.
        assert (await library.add_text(FERRY, guild_id=GUILD)).created
        assert [t.startswith("The island ferry") for t in await texts_in(library)] == [True]
        again = await library.add_text(HARBOUR, guild_id=GUILD)
        assert again.created  # not "already in the library": trying again was right


async def writing_begun(library: Library) -> None:
    """Until the add has analysed its text and asked SQLite for the write lock (which waits)."""
    driver = library.store.unguarded.db
    async with asyncio.timeout(120):
        while not driver._write_lock.locked():  # noqa: ASYNC110 - the driver's lock, taken just before BEGIN
            await asyncio.sleep(0.01)
    await asyncio.sleep(0.3)  # BEGIN IMMEDIATE is on aiosqlite's thread, waiting for the blocker


async def test_an_add_cancelled_while_another_writer_holds_the_file_leaves_the_library_writable(
    tmp_path: Path,
) -> None:
    database = tmp_path / "library.db"
    settings = Settings(database=database, seeds_dir=tmp_path / "no-seeds", query_timeout=30.0)
    async with await Library.open(settings) as library:
        with another_writer(database):
            adding = asyncio.create_task(library.add_text(HARBOUR, guild_id=GUILD))
            await writing_begun(library)
            adding.cancel()  # the command is cancelled, as at the bot's shutdown
            with pytest.raises(asyncio.CancelledError):
                await adding
        # The cancelled add never lands, and it leaves no transaction open that refuses later writes.
        assert (await library.add_text(FERRY, guild_id=GUILD)).created
        assert [t.startswith("The island ferry") for t in await texts_in(library)] == [True]


async def test_an_add_given_up_while_committing_says_it_may_still_be_saved_and_it_is(
    fresh_pg_schema: str, tmp_path: Path
) -> None:
    import asyncpg

    settings = Settings(
        database=fresh_pg_schema, seeds_dir=tmp_path / "no-seeds", search_index=False, query_timeout=3.0
    )
    async with await Library.open(settings) as library:
        admin = await asyncpg.connect(fresh_pg_schema)  # the test's schema first on its search path
        try:
            # A check deferred to COMMIT that waits for a lock this test holds: the commit hangs, as on
            # a stalled disk or a synchronous replica that does not answer.
            await admin.execute(
                f"""
                CREATE FUNCTION held_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_advisory_xact_lock({HELD}); RETURN NULL; END $$;
                CREATE CONSTRAINT TRIGGER held_commit AFTER INSERT ON articles
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION held_commit();
                SELECT pg_advisory_lock({HELD});
                """
            )
            with pytest.raises(LibraryUnavailable) as told:
                await library.add_text(HARBOUR, guild_id=GUILD)
            assert str(told.value) == MAY_STILL_SAVE
            await admin.execute(f"SELECT pg_advisory_unlock({HELD})")
            async with asyncio.timeout(10):
                while not await texts_in(library):  # noqa: ASYNC110 - it commits in a task nobody awaits
                    await asyncio.sleep(0.05)
            assert [t.startswith("Harbour fees rose") for t in await texts_in(library)] == [True]
        finally:
            await admin.close()
