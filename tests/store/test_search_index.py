"""The SQLite store's search index (tantivy): the same answers as FTS5, caught up with changes made by
any process, rebuilt when missing or damaged, and never in the way when it cannot be used."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import tantivy

from bot.store import Store
from bot.store.query import SearchQuery, parse_query
from bot.store.search_index import index_dir

from .factories import article_fields

GUILD_A, GUILD_B = 111, 222

ARTICLES = [
    ("Solar panels everywhere. Solar prices fell. Solar jobs grew.", "Energy notes", GUILD_A),
    ("A long report on farming, weather and one mention of solar panels.", "Farming", GUILD_A),
    ("Prices and panels in a short note.", "Solar boom", None),
    ("The central bank raised interest rates; prices of bread rose in Zürich.", "Rates", GUILD_B),
    ("Wind farms and solar parks in the U.S. and the EU.", "Renewables", GUILD_B),
]
QUERIES = [
    "solar",
    "prices",
    "solar prices",
    "zurich",
    "U.S.",
    "bank wind",
    "nothing",
    "panel",  # stemmed: "panels"
    "raising rate",
    '"solar panels"',
    "solar -prices",
    '"interest rates" bread',
    'solar NOT "panels everywhere"',
]


@pytest.fixture
async def indexed(tmp_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(tmp_path / "library.db")
    yield store
    await store.close()


async def fill(store: Store) -> list[int]:
    return [
        (await store.add_article(**article_fields(text, title, guild)))[0] for text, title, guild in ARTICLES
    ]


def ids(result: tuple[list, int]) -> tuple[set[int], int]:
    hits, total = result
    return {h.info.id for h in hits}, total


async def test_index_finds_what_fts5_finds_in_every_scope(indexed: Store, tmp_path: Path) -> None:
    await fill(indexed)
    assert await indexed.search_index_ready()
    plain = await Store.open(tmp_path / "library.db", search_index=False)
    try:
        for text in QUERIES:
            query = parse_query(text)
            for guild in (GUILD_A, GUILD_B, None):
                for any_term in (False, True):
                    want = ids(await plain.search(query, guild, 10, 0, any_term=any_term))
                    got = ids(await indexed.search(query, guild, 10, 0, any_term=any_term))
                    assert got == want, (text, guild, any_term)
        # Both find other forms of a word: "panels" for "panel", "raised" and "rates" for "raising rate".
        assert ids(await indexed.search(parse_query("panel"), GUILD_A, 10, 0))[1] == 3
        assert ids(await indexed.search(parse_query("raising rate"), GUILD_B, 10, 0))[1] == 1
    finally:
        await plain.close()


async def test_index_ranks_title_and_frequent_matches_first_and_pages(indexed: Store) -> None:
    often, once, titled, *_ = await fill(indexed)
    assert await indexed.search_index_ready()
    hits, total = await indexed.search(SearchQuery(("solar",)), GUILD_A, 10, 0)
    order = [h.info.id for h in hits]
    assert total == 3 and order.index(titled) < order.index(once) and order.index(often) < order.index(once)
    assert all(a.rank <= b.rank for a, b in itertools.pairwise(hits))
    assert "**Solar**" in next(h.snippet for h in hits if h.info.id == often)
    page, total = await indexed.search(SearchQuery(("solar",)), GUILD_A, 1, 1)
    assert total == 3 and [h.info.id for h in page] == [order[1]]
    assert await indexed.search(SearchQuery(("solar",)), GUILD_A, 10, 5) == ([], 3)


async def test_changes_by_another_process_reach_the_index(indexed: Store, tmp_path: Path) -> None:
    await fill(indexed)
    assert await indexed.search_index_ready()
    # Another process (the CLI, say) adds and removes articles with no index of its own.
    other = await Store.open(tmp_path / "library.db", search_index=False)
    try:
        new, _ = await other.add_article(**article_fields("Geothermal plants opened.", "Heat", GUILD_A))
        farming = ids(await indexed.search(SearchQuery(("farming",)), GUILD_A, 10, 0))[0].pop()
        await other.delete_article(farming)
    finally:
        await other.close()
    assert ids(await indexed.search(SearchQuery(("geothermal",)), GUILD_A, 10, 0)) == ({new}, 1)
    assert ids(await indexed.search(SearchQuery(("farming",)), GUILD_A, 10, 0)) == (set(), 0)
    assert await indexed.search_index_ready()


async def test_a_deleted_or_damaged_index_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    store = await Store.open(path)
    await fill(store)
    assert await store.search_index_ready()
    want = ids(await store.search(SearchQuery(("solar",)), GUILD_A, 10, 0))
    await store.close()
    for damage in ("delete", "garbage"):
        if damage == "delete":
            shutil.rmtree(index_dir(path))
        else:
            for file in index_dir(path).iterdir():
                file.write_bytes(b"\x00not an index\xff" * 10)
        store = await Store.open(path)
        try:
            assert ids(await store.search(SearchQuery(("solar",)), GUILD_A, 10, 0)) == want, damage
            assert await store.search_index_ready()
        finally:
            await store.close()


async def test_index_locked_by_another_process_falls_back_to_fts5(indexed: Store, tmp_path: Path) -> None:
    await fill(indexed)
    assert await indexed.search_index_ready()
    # Another process holding the index's writer: this one cannot replay changes into it.
    foreign = tantivy.Index.open(str(index_dir(tmp_path / "library.db")))
    writer = foreign.writer(heap_size=15_000_000, num_threads=1)
    try:
        new, _ = await indexed.add_article(**article_fields("Tidal power plans.", "Tides", GUILD_A))
        assert ids(await indexed.search(SearchQuery(("tidal",)), GUILD_A, 10, 0)) == ({new}, 1)
        assert not await indexed.search_index_ready()
    finally:
        writer.rollback()
        del writer
    assert await indexed.search_index_ready()
    assert ids(await indexed.search(SearchQuery(("tidal",)), GUILD_A, 10, 0)) == ({new}, 1)


async def test_an_index_left_from_another_library_is_rebuilt_not_believed(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    old = await Store.open(path)
    await fill(old)
    for _ in range(3):  # the old library's log runs well ahead of the new one's
        gone, _ = await old.add_article(**article_fields("Temporary note on tides.", "Temp", GUILD_A))
        await old.delete_article(gone)
    assert await old.search_index_ready()
    await old.close()
    for suffix in ("", "-wal", "-shm"):  # the operator starts a new library; the index folder stays
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # noqa: ASYNC240 (a test arranging files)
    new = await Store.open(path)
    try:
        fresh, _ = await new.add_article(**article_fields("Glaciers retreated again.", "Ice", GUILD_A))
        assert ids(await new.search(SearchQuery(("solar",)), GUILD_A, 10, 0)) == (set(), 0)
        assert ids(await new.search(SearchQuery(("glaciers",)), GUILD_A, 10, 0)) == ({fresh}, 1)
        assert await new.search_index_ready()
        assert ids(await new.search(SearchQuery(("solar",)), GUILD_A, 10, 0)) == (set(), 0)
    finally:
        await new.close()


async def test_closing_during_a_rebuild_leaves_an_index_the_next_start_completes(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    plain = await Store.open(path, search_index=False)
    for n in range(120):  # enough that the first start's rebuild is still running when it closes
        await plain.add_article(
            **article_fields(f"Harbour note {n} on ferries and tides.", f"Note {n}", GUILD_A)
        )
    await plain.close()
    store = await Store.open(path)  # starts rebuilding the missing index in the background
    await store.close()  # returns only once the worker thread has stopped
    store = await Store.open(path)
    try:
        assert await store.search_index_ready()
        assert ids(await store.search(SearchQuery(("ferries",)), GUILD_A, 200, 0))[1] == 120
    finally:
        await store.close()
