"""The store, on each backend (SQLite and PostgreSQL): whole analyses round-trip through rows, one
transaction per article, scoping, full-text search, speakers."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.analysis import analyze, normalize_text
from bot.store import LibraryStore, open_store
from bot.store.query import SearchQuery, parse_query

from .factories import article_fields

GUILD_A, GUILD_B = 111, 222

SCHAUBLE_TEXT = (
    '"The euro is safe," said Wolfgang Schäuble, the German finance minister.\n'
    '"We will not waver," he added. Officials said talks would go on.'
)


# Any: the tests also count rows through the store's driver (`db`), which LibraryStore does not offer.
Store = Any


@pytest.fixture
async def store(database: str) -> AsyncIterator[LibraryStore]:
    s = await open_store(database)
    yield s
    await s.close()


async def count(store: Store, table: str) -> int:
    return int(await store.db.fetchval(f"SELECT count(*) FROM {table}"))


async def test_analysis_round_trips_exactly(store: Store) -> None:
    fields = article_fields(
        SCHAUBLE_TEXT,
        "Euro safe, says Schäuble",
        GUILD_A,
        experts=[
            ("Wolfgang Schäuble", "the German finance minister", ["The euro is safe,", "We will not waver,"])
        ],
        unnamed=[("Officials", ["talks would go on"])],
        topics=["euro", "talks"],
    )
    article_id, created = await store.add_article(**fields)
    assert created
    info = await store.info(article_id, GUILD_A)
    assert info is not None
    stored = await store.load(info)
    assert stored.text == fields["text"]
    assert stored.analysis == fields["analysis"]
    assert info.title == "Euro safe, says Schäuble" and info.added_by == 42 and info.source == "test"
    assert info.added_at.tzinfo is not None and not info.is_seed


async def test_the_rules_that_explain_quotes_and_roles_survive_the_store(store: Store) -> None:
    text = normalize_text(
        "“We will appeal,” said Dana Whitfield, the union's spokeswoman. She said the ruling ignored the contract."
    )
    fields = article_fields(text, "Union to appeal", GUILD_A)
    fields["analysis"] = analyze(text, title="Union to appeal")
    article_id, _ = await store.add_article(**fields)
    info = await store.info(article_id, GUILD_A)
    assert info is not None
    stored = (await store.load(info)).analysis
    (expert,) = stored.experts
    assert expert.role_rule == "appositive"
    assert [q.rule for q in expert.quotes] == ["speaker_after_quote", "clause_after_verb"]
    # The topic terms are stored apart, read by topic questions only.
    assert stored == dataclasses.replace(fields["analysis"], topic_terms=None)
    assert await store.topic_terms(article_id) == fields["analysis"].topic_terms is not None


async def test_failure_midway_through_an_insert_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fields = article_fields(
        SCHAUBLE_TEXT,
        "Doomed",
        GUILD_A,
        experts=[("Wolfgang Schäuble", None, ["The euro is safe,"])],
        topics=["euro"],
    )

    async def explode(*args: object) -> None:
        raise RuntimeError("disk on fire")

    # Sentences, speakers and quotes are written before topics: the failure comes after them.
    monkeypatch.setattr(type(store), "_insert_topics", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        await store.add_article(**fields)
    for table in ("articles", "sentences", "speakers", "quotes", "topics"):
        assert await count(store, table) == 0, table
    assert await store.search(SearchQuery(("euro",)), GUILD_A, 10, 0) == ([], 0)
    assert await store.speaker_quotes("wolfgang schauble", GUILD_A, word=False) == []

    monkeypatch.undo()
    article_id, created = await store.add_article(**fields)
    assert created and await count(store, "quotes") == 1
    hits, total = await store.search(SearchQuery(("euro",)), GUILD_A, 10, 0)
    assert total == 1 and hits[0].info.id == article_id


async def test_same_text_in_other_case_and_spacing_is_a_duplicate_in_the_same_guild(store: Store) -> None:
    first, created = await store.add_article(**article_fields("Markets rallied on Friday.", "One", GUILD_A))
    assert created
    again, created = await store.add_article(
        **article_fields("MARKETS   rallied\non friday.", "Two", GUILD_A)
    )
    assert (again, created) == (first, False)
    other, created = await store.add_article(**article_fields("Markets rallied on Friday.", "One", GUILD_B))
    assert created and other != first
    assert await count(store, "articles") == 2


async def test_concurrent_adds_of_one_text_store_it_once(store: Store) -> None:
    results = await asyncio.gather(
        *(store.add_article(**article_fields("Rates were held steady.", "Rates", GUILD_A)) for _ in range(5))
    )
    assert sorted(created for _, created in results) == [False] * 4 + [True]
    assert len({article_id for article_id, _ in results}) == 1


async def test_guilds_never_see_each_others_articles(store: Store) -> None:
    shared, _ = await store.add_article(**article_fields("Shared turbines story.", "Shared turbines", None))
    a_id, _ = await store.add_article(
        **article_fields(
            SCHAUBLE_TEXT + " Turbines too.",
            "A's turbines",
            GUILD_A,
            experts=[("Wolfgang Schäuble", None, ["The euro is safe,"])],
        )
    )
    b_id, _ = await store.add_article(**article_fields("B has turbines as well.", "B's turbines", GUILD_B))

    for guild, own, foreign in ((GUILD_A, a_id, b_id), (GUILD_B, b_id, a_id)):
        assert await store.info(foreign, guild) is None
        assert await store.info(own, guild) is not None
        assert await store.info(shared, guild) is not None
        listed, total = await store.list_articles(guild, 10, 0)
        assert {i.id for i in listed} == {own, shared} and total == 2
        hits, total = await store.search(SearchQuery(("turbines",)), guild, 10, 0)
        assert {h.info.id for h in hits} == {own, shared} and total == 2
        assert [i.id for i in await store.find_by_title("turbines", guild, 10)] == sorted(
            {own, shared}, reverse=True
        )
        latest = await store.latest(guild)
        assert latest is not None and latest.id == own
    assert await store.speaker_quotes("wolfgang schauble", GUILD_B, word=False) == []
    assert len(await store.speaker_quotes("wolfgang schauble", GUILD_A, word=False)) == 1
    # The shared scope (no guild) sees only shared articles.
    listed, total = await store.list_articles(None, 10, 0)
    assert [i.id for i in listed] == [shared] and total == 1


async def test_search_ranks_title_and_frequent_matches_first(store: Store) -> None:
    once, _ = await store.add_article(
        **article_fields(
            "A long report on farming, weather and one mention of solar panels.", "Farming", None
        )
    )
    often, _ = await store.add_article(
        **article_fields("Solar panels everywhere. Solar prices fell. Solar jobs grew.", "Energy notes", None)
    )
    titled, _ = await store.add_article(
        **article_fields("Prices and panels in a short note.", "Solar boom", None)
    )
    hits, total = await store.search(SearchQuery(("solar",)), None, 10, 0)
    assert total == 3
    ids = [h.info.id for h in hits]
    assert ids.index(titled) < ids.index(once) and ids.index(often) < ids.index(once)
    assert all(a.rank <= b.rank for a, b in itertools.pairwise(hits))
    assert "**Solar**" in next(h.snippet for h in hits if h.info.id == often)
    page, total = await store.search(SearchQuery(("solar",)), None, 1, 1)
    assert total == 3 and [h.info.id for h in page] == [ids[1]]
    assert await store.search(SearchQuery(("solar",)), None, 10, 5) == ([], 3)  # a page past the end


async def test_search_without_snippets_then_snippets_of_the_page_shown(store: Store) -> None:
    ids = [
        (await store.add_article(**article_fields(text, title, GUILD_A)))[0]
        for text, title in [
            ("The harbour ferries ran late. Ferries are old.", "Ferries"),
            ("A council note on buses, with one line on ferries at the end.", "Buses"),
        ]
    ]
    hits, total = await store.search(SearchQuery(("ferries",)), GUILD_A, 10, 0, snippets=False)
    assert total == 2 and {h.info.id for h in hits} == set(ids) and all(h.snippet == "" for h in hits)
    found = await store.snippets(
        SearchQuery(
            (
                "FERRIES",
                "buses",
            )
        ),
        ids,
    )
    assert set(found) == set(ids) and all("**" in s for s in found.values())
    assert "**buses**" in found[ids[1]].casefold()
    assert await store.snippets(SearchQuery(("ferries",)), []) == {}


async def test_search_ignores_case_and_accents(store: Store) -> None:
    article_id, _ = await store.add_article(**article_fields("Le café de Zürich a fermé.", "Café", None))
    for word in ("CAFE", "zurich", "Zürich"):
        hits, _ = await store.search(SearchQuery((word,)), None, 10, 0)
        assert [h.info.id for h in hits] == [article_id], word


async def test_speaker_index_merges_case_and_accents(store: Store) -> None:
    first, _ = await store.add_article(
        **article_fields(
            SCHAUBLE_TEXT, "One", GUILD_A, experts=[("Wolfgang Schäuble", "minister", ["The euro is safe,"])]
        )
    )
    second, _ = await store.add_article(
        **article_fields(
            '"No more bailouts," said WOLFGANG SCHAUBLE on Monday.',
            "Two",
            GUILD_A,
            experts=[("WOLFGANG SCHAUBLE", None, ["No more bailouts,"])],
        )
    )
    quotes = await store.speaker_quotes("wolfgang schauble", GUILD_A, word=False)
    assert [(q.article.id, q.text) for q in quotes] == [
        (second, "No more bailouts,"),
        (first, "The euro is safe,"),
    ]
    assert await store.speaker_quotes("schauble", GUILD_A, word=False) == []
    assert len(await store.speaker_quotes("schauble", GUILD_A, word=True)) == 2
    names = await store.speaker_names("sch", GUILD_A)
    assert {key for key, _, _ in names} == {"wolfgang schauble"}


async def test_unnamed_sources_are_stored_but_not_in_the_speaker_index(store: Store) -> None:
    await store.add_article(
        **article_fields(SCHAUBLE_TEXT, "One", GUILD_A, unnamed=[("Officials", ["talks would go on"])])
    )
    assert await store.speaker_quotes("officials", GUILD_A, word=False) == []
    assert await store.speaker_names("off", GUILD_A) == []


async def test_deleting_an_article_removes_its_rows_and_index_entries(store: Store) -> None:
    fields = article_fields(
        SCHAUBLE_TEXT,
        "Gone",
        GUILD_A,
        experts=[("Wolfgang Schäuble", None, ["The euro is safe,"])],
        topics=["euro"],
    )
    article_id, _ = await store.add_article(**fields)
    await store.delete_article(article_id)
    for table in ("articles", "sentences", "speakers", "quotes", "topics"):
        assert await count(store, table) == 0, table
    assert await store.search(SearchQuery(("euro",)), GUILD_A, 10, 0) == ([], 0)
    # Ids are never reused, so an old reference cannot silently point at a new article.
    new_id, _ = await store.add_article(**fields)
    assert new_id > article_id


async def test_separate_connections_adding_one_text_at_once_store_it_once(database: str) -> None:
    # Two processes (each with its own store) adding the same text at the same moment.
    stores = [await open_store(database) for _ in range(3)]
    try:
        results = await asyncio.gather(
            *(
                s.add_article(**article_fields("Ports reopened at dawn.", "Ports", GUILD_A))
                for s in stores * 2
            )
        )
        assert sorted(created for _, created in results) == [False] * 5 + [True]
        assert len({article_id for article_id, _ in results}) == 1
        for s in stores:
            assert (await s.list_articles(GUILD_A, 10, 0))[1] == 1
    finally:
        for s in stores:
            await s.close()


@pytest.mark.parametrize(
    "terms", [["AND", "OR", "NOT"], ["or"], ["a", "b"], ["_"], ["x" * 300], ["NEAR"], ['say"s', "-x*"]]
)
async def test_search_words_are_never_syntax(store: Store, terms: list[str]) -> None:
    await store.add_article(**article_fields("Near the port, a or b: not news.", "Port", None))
    hits, total = await store.search(SearchQuery(tuple(terms)), None, 10, 0)
    assert total == len(hits)
    hits, total = await store.search(SearchQuery(tuple(terms)), None, 10, 0, any_term=True)
    assert total == len(hits)


@pytest.mark.parametrize("typed", ['"a \\"b" -"NEAR"', '-"*" "(" OR', 'x -"y z" NOT "q'])
async def test_phrases_and_exclusions_are_never_syntax(store: Store, typed: str) -> None:
    await store.add_article(**article_fields("Near the port, a or b: not news.", "Port", None))
    hits, total = await store.search(parse_query(typed), None, 10, 0)
    assert total == len(hits)


async def test_search_finds_other_forms_of_a_word_phrases_and_leaves_out_exclusions(store: Store) -> None:
    def found(result: tuple[list[Any], int]) -> set[int]:
        return {h.info.id for h in result[0]}

    plummeted, _ = await store.add_article(
        **article_fields("Share prices plummeted after the interest rates rose.", "Markets", None)
    )
    rates, _ = await store.add_article(
        **article_fields("Rates of interest were steady; the farmers were raising prices.", "Farms", None)
    )
    assert found(await store.search(parse_query("plummet"), None, 10, 0)) == {plummeted}
    assert found(await store.search(parse_query("price"), None, 10, 0)) == {plummeted, rates}
    assert found(await store.search(parse_query('"interest rates"'), None, 10, 0)) == {plummeted}
    assert found(await store.search(parse_query("prices -plummet"), None, 10, 0)) == {rates}
    hits, _ = await store.search(parse_query("plummet"), None, 10, 0)
    assert "**plummeted**" in hits[0].snippet


async def test_snippet_marks_matches_of_any_spelling(store: Store) -> None:
    await store.add_article(
        **article_fields("The council met. " * 20 + "Le café de Zürich a fermé hier.", "Cafés", None)
    )
    hits, _ = await store.search(SearchQuery(("zurich",)), None, 10, 0)
    assert len(hits) == 1 and "**Zürich**" in hits[0].snippet
    assert hits[0].snippet.startswith("…")
