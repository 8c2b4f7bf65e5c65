"""Reads that once differed between the two databases (each fixed on SQLite alone), now one code on
both: a large article is rebuilt off the event loop, a speaker's quotes share their article's info,
and a page of the article list agrees with its total while articles come and go."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.store import LibraryStore, codec, open_store
from bot.store.reads import LOAD_IN_THREAD_SENTENCES

from .factories import article_fields

GUILD = 111


@pytest.fixture
async def store(database: str) -> AsyncIterator[LibraryStore]:
    s = await open_store(database)
    yield s
    await s.close()


async def test_a_large_article_is_rebuilt_off_the_event_loop_and_whole(
    store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilt_in: list[threading.Thread] = []
    rebuild = codec.rebuild_article

    def watched(*parts: Any) -> Any:
        rebuilt_in.append(threading.current_thread())
        return rebuild(*parts)

    monkeypatch.setattr(codec, "rebuild_article", watched)
    long_text = " ".join(
        f"Sentence number {i} of a long report." for i in range(LOAD_IN_THREAD_SENTENCES + 20)
    )
    fields = {
        "long": article_fields(long_text, "Long", GUILD),
        "short": article_fields("A short note.", "Short", GUILD),
    }
    for name, field in fields.items():
        article_id, _ = await store.add_article(**field)
        info = await store.info(article_id, GUILD)
        assert info is not None
        stored = await store.load(info)
        assert stored.text == field["text"] and stored.analysis == field["analysis"], name
    main = threading.main_thread()
    assert [thread is main for thread in rebuilt_in] == [False, True]  # the long one in a worker


async def test_quotes_of_one_article_share_its_info(store: LibraryStore) -> None:
    text = '"Rates will hold," said Ada Lind. "Growth is slow," she added. "Prices are steady," Lind said.'
    fields = article_fields(
        text, "Rates", GUILD, experts=[("Ada Lind", "economist", ["Rates will hold,", "Growth is slow,"])]
    )
    first, _ = await store.add_article(**fields)
    second, _ = await store.add_article(
        **article_fields(
            '"Prices are steady," said Ada Lind.',
            "Prices",
            GUILD,
            experts=[("Ada Lind", None, ["Prices are steady,"])],
        )
    )
    quotes = await store.speaker_quotes("ada lind", GUILD, word=False)
    assert [q.article.id for q in quotes] == [second, first, first]
    assert quotes[1].article is quotes[2].article and quotes[0].article is not quotes[1].article


async def test_a_page_of_the_list_agrees_with_its_total_while_articles_come_and_go(database: str) -> None:
    writer, reader = await open_store(database), await open_store(database)
    try:
        for i in range(6):
            await writer.add_article(
                **article_fields(f"Standing article number {i}.", f"Standing {i}", GUILD)
            )

        async def churn() -> None:
            for i in range(15):
                article_id, _ = await writer.add_article(
                    **article_fields(f"Passing article number {i}.", f"Passing {i}", GUILD)
                )
                await writer.delete_article(article_id)

        async def look() -> list[tuple[int, int]]:
            seen = []
            for _ in range(40):
                items, total = await reader.list_articles(GUILD, 100, 0)
                seen.append((len(items), total))
                await asyncio.sleep(0)
            return seen

        _, seen = await asyncio.gather(churn(), look())
        assert all(shown == total for shown, total in seen), seen
    finally:
        await writer.close()
        await reader.close()
