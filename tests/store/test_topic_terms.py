"""Topic questions read the per-sentence terms stored when an article was added, on both databases: an
article stored before there were any (an old library, upgraded) or stored with terms derived another
way gets them derived at its first question and stored, and answers exactly as from its text."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from bot.analysis import TopicTerms, derive_topic_terms, terms_fit, topic_sentiment
from bot.analysis.topic_index import INDEX_CACHE
from bot.library import Library
from bot.settings import Settings

from ..backends import PG_URL
from .test_upgrade import FIXTURES, GUILD

ARTICLE = (
    "The central bank raised interest rates again on Tuesday, its fourth rise this year.\n"
    "Small and medium-sized enterprises (SMEs) said the higher interest rates would hurt their plans "
    "to hire, and several SMEs warned of layoffs.\n"
    "Economists praised the bank for acting firmly against inflation, which has eased since spring.\n"
    "Farmers, meanwhile, worried about the drought that has cut harvests across the south."
)


def _old_sqlite_library(tmp_path: Path) -> str:
    """A SQLite library the code before topic terms wrote (schema 5, tests/store/fixtures)."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript((FIXTURES / "sqlite_library_v5.sql").read_text(encoding="utf-8"))
    return str(path)


async def _old_postgres_library(url: str) -> str:
    """The same written by that code into PostgreSQL (schema 1), in the schema `url` uses."""
    import asyncpg

    schema = parse_qs(urlsplit(url).query)["search_path"][0].split(",")[0]
    dump = (FIXTURES / "postgres_library_v1.sql").read_text(encoding="utf-8")
    admin = await asyncpg.connect(PG_URL)
    try:
        await admin.execute(dump.replace("CREATE SCHEMA newsdesk_old;", "").replace("newsdesk_old", schema))
    finally:
        await admin.close()
    return url


async def _answers_after_the_upgrade(database: str, tmp_path: Path) -> None:
    settings = Settings(database=database, seeds_dir=tmp_path / "no-seeds", search_index=False)
    async with await Library.open(settings) as library:
        article = await library.resolve(1, guild_id=GUILD)
        assert await library.store.topic_terms(1) is None  # stored before there were any
        expected = topic_sentiment(
            article.analysis.sentences, "finance minister", title=article.analysis.title
        )
        assert expected is not None and expected.sentence_indices == [0]
        assert await library.topic(article, "finance minister") == expected
        stored = await library.store.topic_terms(1)
        assert stored is not None and terms_fit(stored, tuple(s.text for s in article.analysis.sentences))
        # Asked again, and across the library: read from the store, the same answer.
        assert await library.topic(article, "finance minister") == expected
        across = await library.topic_across_library("finance minister", guild_id=GUILD)
        assert [(info.id, found) for info, found in across] == [(1, expected)]
        assert await library.topic(article, "harvest") is None  # not discussed: still not


async def test_an_old_sqlite_library_answers_topic_questions_after_the_upgrade(tmp_path: Path) -> None:
    await _answers_after_the_upgrade(_old_sqlite_library(tmp_path), tmp_path)


async def test_an_old_postgres_library_answers_topic_questions_after_the_upgrade(
    fresh_pg_schema: str, tmp_path: Path
) -> None:
    await _answers_after_the_upgrade(await _old_postgres_library(fresh_pg_schema), tmp_path)


async def test_terms_stored_at_ingest_are_read_and_terms_of_another_format_are_derived_again(
    library: Library,
) -> None:
    added = await library.add_text(ARTICLE, guild_id=GUILD, title="Rates rise again")
    article_id = added.article.info.id
    texts = tuple(s.text for s in added.article.analysis.sentences)
    stored = await library.store.topic_terms(article_id)
    assert stored == derive_topic_terms(texts)  # written with the article
    assert stored is not None and stored.expansions["sme"][1] == "Small and medium-sized enterprises"
    cached = INDEX_CACHE.chars
    answers = {t: await library.topic(added.article, t) for t in ("interest rates", "SMEs", "drought")}
    assert INDEX_CACHE.chars == cached  # read from the store: no article index built and kept
    sentences, title = added.article.analysis.sentences, added.article.analysis.title
    assert answers == {t: topic_sentiment(sentences, t, title=title) for t in answers}  # as from the text
    assert all(answers.values()), answers
    # Terms derived some other way (an older Newsdesk): never matched against, derived again.
    blank = TopicTerms("0-older", [""] * len(texts), [""] * len(texts), {})
    assert await library.store.save_topic_terms(article_id, blank)
    assert await library.topic(added.article, "SMEs") == answers["SMEs"]
    assert await library.store.topic_terms(article_id) == stored
    await library.remove(article_id, guild_id=GUILD)
    assert await library.store.topic_terms(article_id) is None
    assert not await library.store.save_topic_terms(article_id, stored)  # gone: nothing written
