"""The library service: adding, duplicates, finding, removing, scoping, speakers, topics and seeds."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import threading
from pathlib import Path

import pytest

import bot.library.articles as library_module
from bot.errors import InputError, NotFoundError
from bot.library import Library
from bot.settings import Settings
from tests.store.factories import article_fields

GUILD_A, GUILD_B = 111, 222
SEED_TITLE = "Chinese SMEs going global"
WIND = (
    "Wind power overtakes coal\n"
    "Wind farms produced more electricity than coal plants last year, the grid operator said.\n"
    "Critics warned that wind power remains unreliable in calm winters.\n"
)
HARBOUR = (
    "The harbour reopened on Monday after repairs.\nTraders were delighted with the busy market.\n"
    "Fishing boats that had moored in the next town all winter began to come back on Tuesday."
)
# Articles under 20 words are refused (bot/ingest/language.py): short test stories end with this.
MORE = (
    " The council will publish the full figures, and the names of the firms involved, in its annual report."
)


async def test_fresh_library_holds_the_seed_for_every_scope(library: Library) -> None:
    for guild in (None, GUILD_A, GUILD_B):
        seed = await library.resolve(None, guild_id=guild)
        assert seed.info.title == SEED_TITLE and seed.info.is_seed
        assert seed.info.source == "China Daily, 2012"
        assert "Martin Cauchon" in seed.text
        assert len(seed.analysis.sentences) > 5


async def test_add_text_then_find_it_by_id_title_fragment_and_as_latest(library: Library) -> None:
    result = await library.add_text(WIND, guild_id=GUILD_A, title=None, source="wind.txt", added_by=7)
    assert result.created
    info = result.article.info
    assert info.title == "Wind power overtakes coal"  # the heading line
    assert (info.guild_id, info.added_by, info.source) == (GUILD_A, 7, "wind.txt")
    assert result.article.text == WIND.strip()
    for ref in (info.id, str(info.id), f"#{info.id}", "overtakes", "WIND POWER", None):
        assert (await library.resolve(ref, guild_id=GUILD_A)).info.id == info.id, ref
    # The other guild sees the seed as its latest, and not this article at all.
    assert (await library.resolve(None, guild_id=GUILD_B)).info.is_seed
    with pytest.raises(NotFoundError):
        await library.resolve(info.id, guild_id=GUILD_B)
    with pytest.raises(NotFoundError, match="overtakes"):
        await library.resolve("overtakes", guild_id=GUILD_B)


async def test_untitled_text_gets_its_opening_words_as_title(library: Library) -> None:
    result = await library.add_text(HARBOUR, guild_id=GUILD_A)
    assert result.article.info.title == "The harbour reopened on Monday after repairs."


async def test_adding_the_same_text_again_returns_the_existing_article(library: Library) -> None:
    first = await library.add_text(WIND, guild_id=GUILD_A, title="Wind")
    again = await library.add_text(WIND.upper().replace(" ", "  "), guild_id=GUILD_A, title="Other")
    assert not again.created and again.article.info.id == first.article.info.id
    assert again.article.info.title == "Wind"
    elsewhere = await library.add_text(WIND, guild_id=GUILD_B, title="Wind")
    assert elsewhere.created and elsewhere.article.info.id != first.article.info.id
    seed = await library.resolve(None, guild_id=None)
    copy = await library.add_text(seed.text, guild_id=GUILD_A)
    assert not copy.created and copy.article.info.id == seed.info.id


async def test_analysis_runs_off_the_event_loop(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    # Without an analysis time cap analysis runs in a thread (with one, in worker processes:
    # tests/hardening/test_analysis_time_cap.py).
    threads: list[int] = []
    real = library_module.analyze_readable

    def spy(text: str, title: str | None = None) -> object:
        threads.append(threading.get_ident())
        return real(text, title)

    monkeypatch.setattr(library_module, "analyze_readable", spy)
    async with await Library.open(dataclasses.replace(settings, max_analysis_seconds=0)) as library:
        await library.add_text(HARBOUR, guild_id=GUILD_A)
    assert threads and threads[0] != threading.get_ident()


async def test_empty_and_oversized_text_are_refused(library: Library, settings: Settings) -> None:
    with pytest.raises(InputError, match="no readable text"):
        await library.add_text(" \n\t ", guild_id=GUILD_A)
    with pytest.raises(InputError, match="limit"):
        await library.add_text("x" * (settings.max_article_chars + 1), guild_id=GUILD_A)
    assert (await library.list_articles(guild_id=GUILD_A))[1] == 1  # the seed only


async def test_add_file_markdown_and_html(library: Library) -> None:
    md = await library.add_file(
        b"# Budget passes\n\nThe council *approved* the budget." + MORE.encode(), "b.md", guild_id=GUILD_A
    )
    assert md.article.info.title == "Budget passes" and "*" not in md.article.text
    html = (
        b"<html><head><title>Port news</title></head><body><p>Ships returned to port today."
        + MORE.encode()
        + b"</p></body></html>"
    )
    page = await library.add_file(html, "port.html", guild_id=GUILD_A, title="Given title")
    assert (
        page.article.info.title == "Given title"
        and page.article.text == "Ships returned to port today." + MORE
    )
    assert page.article.info.source == "port.html"
    with pytest.raises(InputError, match="binary"):
        await library.add_file(b"\x00\x01" * 50, "data.bin", guild_id=GUILD_A)


async def test_add_file_over_the_download_cap_is_refused(tmp_path: Path, seeds_dir: Path) -> None:
    settings = Settings(database=tmp_path / "x.db", seeds_dir=seeds_dir, max_download_bytes=100)  # type: ignore[call-arg]
    async with await Library.open(settings) as lib:
        with pytest.raises(InputError, match="limit is 100"):
            await lib.add_file(b"word " * 100, "big.txt", guild_id=GUILD_A)


async def test_remove_own_article_but_never_seeds_or_other_scopes(library: Library) -> None:
    mine = (await library.add_text(WIND, guild_id=GUILD_A)).article.info
    shared = (await library.add_text(HARBOUR, guild_id=None, title="Harbour")).article.info
    with pytest.raises(NotFoundError):
        await library.remove(mine.id, guild_id=GUILD_B)
    with pytest.raises(InputError, match="seed"):
        await library.remove(SEED_TITLE, guild_id=GUILD_A)
    with pytest.raises(InputError, match="shared with every server"):
        await library.remove(shared.id, guild_id=GUILD_A)
    removed = await library.remove(f"#{mine.id}", guild_id=GUILD_A)
    assert removed.id == mine.id
    with pytest.raises(NotFoundError):
        await library.resolve(mine.id, guild_id=GUILD_A)
    assert (await library.remove("harbour", guild_id=None)).id == shared.id


async def test_remove_by_an_ambiguous_title_fragment_asks_for_the_id(library: Library) -> None:
    await library.add_text("First report on rates." + MORE, guild_id=GUILD_A, title="Rates report one")
    await library.add_text("Second report on rates." + MORE, guild_id=GUILD_A, title="Rates report two")
    with pytest.raises(InputError, match="several articles"):
        await library.remove("rates report", guild_id=GUILD_A)
    assert (await library.list_articles(guild_id=GUILD_A))[1] == 3


async def test_list_and_search_newest_first_and_paged(library: Library) -> None:
    ids = [
        (
            await library.add_text(
                f"Story number {n} about trade." + MORE, guild_id=GUILD_A, title=f"Trade {n}"
            )
        ).article.info.id
        for n in range(3)
    ]
    page, total = await library.list_articles(guild_id=GUILD_A, limit=2, offset=0)
    assert total == 4 and [i.id for i in page] == ids[::-1][:2]
    hits, total = await library.search("trade", guild_id=GUILD_A)
    assert total == 3 and {h.info.id for h in hits} == set(ids)
    hits, total = await library.search("trade zzzunknown", guild_id=GUILD_A)
    assert total == 3  # no article has every word: any word will do


@pytest.mark.parametrize(
    "query", ['"AND OR *(', "NEAR(", "title:chinese", "chinese -", "chinese*", "a\"b'c", '-"*" x NOT']
)
async def test_hostile_search_syntax_never_errors(library: Library, query: str) -> None:
    hits, total = await library.search(query, guild_id=GUILD_A)
    assert total == len(hits)


@pytest.mark.parametrize("query", ['"*( )', "the AND a", "-chinese", "NOT chinese"])
async def test_search_with_no_words_is_an_input_error(library: Library, query: str) -> None:
    with pytest.raises(InputError, match="at least one word"):
        await library.search(query, guild_id=GUILD_A)


async def test_summary_length_comes_from_stored_scores(library: Library) -> None:
    seed = await library.resolve(None, guild_id=GUILD_A)
    for n in (1, 3, 5):
        summary = await library.summary(seed, n)
        assert len(summary.sentences) == n
        assert all(s in seed.text for s in summary.sentences)
    with pytest.raises(InputError, match="between 1 and"):
        await library.summary(seed, 0)


async def test_quotes_by_merges_spellings_within_the_guild(library: Library) -> None:
    store = library.store
    text = '"The euro is safe," said Wolfgang Schäuble.'
    await store.add_article(
        **article_fields(
            text, "One", GUILD_A, experts=[("Wolfgang Schäuble", "minister", ["The euro is safe,"])]
        )
    )
    text2 = '"No more bailouts," said WOLFGANG SCHAUBLE.'
    await store.add_article(
        **article_fields(text2, "Two", GUILD_A, experts=[("WOLFGANG SCHAUBLE", None, ["No more bailouts,"])])
    )
    await store.add_article(
        **article_fields(text, "Three", GUILD_B, experts=[("Wolfgang Schäuble", None, ["The euro is safe,"])])
    )
    for name in ("wolfgang schauble", "Wolfgang Schäuble", "SCHÄUBLE"):
        quotes = await library.quotes_by(name, guild_id=GUILD_A)
        assert sorted(q.text for q in quotes) == ["No more bailouts,", "The euro is safe,"], name
        assert {q.article.guild_id for q in quotes} == {GUILD_A}
    assert await library.quotes_by("Nobody Atall", guild_id=GUILD_A) == []
    newest = await library.quotes_by("schauble", guild_id=GUILD_A, limit=1)
    assert [q.text for q in newest] == ["No more bailouts,"]
    assert await library.autocomplete_speakers("schä", guild_id=GUILD_A) == ["Wolfgang Schäuble"]
    assert await library.autocomplete_speakers("wolf", guild_id=GUILD_B) == ["Wolfgang Schäuble"]
    assert await library.autocomplete_speakers("x", guild_id=GUILD_A) == []


async def test_speakers_are_found_without_their_titles_and_by_their_surname(
    library: Library,
) -> None:
    text = '"Rates will rise," said Dr. Jane Smith. "Not yet," said John Smith. "Maybe," said Ann Okafor.'
    await library.store.add_article(
        **article_fields(
            text,
            "Rates",
            GUILD_A,
            experts=[
                ("Jane Smith", "economist", ["Rates will rise,"]),
                ("John Smith", None, ["Not yet,"]),
                ("Ann Okafor", None, ["Maybe,"]),
            ],
        )
    )
    for typed in (
        "Dr. Jane Smith",
        "dr jane smith",
        "Professor Jane Smith",
        "Former Chief Economist Jane Smith",
    ):
        assert [q.text for q in await library.quotes_by(typed, guild_id=GUILD_A)] == ["Rates will rise,"], (
            typed
        )
    assert [q.text for q in await library.quotes_by("Ms. Okafor", guild_id=GUILD_A)] == ["Maybe,"]
    assert [q.text for q in await library.quotes_by("Ms Okafor", guild_id=GUILD_A)] == ["Maybe,"]
    both = await library.quotes_by("Smith", guild_id=GUILD_A)  # two people: each under their own name
    assert sorted((q.speaker, q.text) for q in both) == [
        ("Jane Smith", "Rates will rise,"),
        ("John Smith", "Not yet,"),
    ]
    for typed in ("Mr. Martin Cauchon", "Dr Wang Yiwu"):  # the seed's speakers, with courtesy titles
        assert await library.quotes_by(typed, guild_id=GUILD_A), typed


async def test_speaker_autocomplete_offers_people_not_places_or_firms(library: Library) -> None:
    text = '"Calm," said Nepal. "Up," said Wall Street. "Down," said based company. "Fine," said Ursula von der Leyen.'
    await library.store.add_article(
        **article_fields(
            text,
            "Mixed",
            GUILD_A,
            experts=[
                ("Nepal", None, ["Calm,"]),
                ("Wall Street", None, ["Up,"]),
                ("based company", None, ["Down,"]),
                ("Ursula von der Leyen", None, ["Fine,"]),
            ],
        )
    )
    offered = await library.autocomplete_speakers("", guild_id=GUILD_A)
    assert sorted(offered) == ["Martin Cauchon", "Ursula von der Leyen", "Wang Yiwu"]
    assert await library.autocomplete_speakers("wall", guild_id=GUILD_A) == []
    assert await library.autocomplete_speakers("ne", guild_id=GUILD_A) == []


async def test_topics_stored_and_measured_on_demand(library: Library) -> None:
    store = library.store
    article_id, _ = await store.add_article(**article_fields(WIND, "Wind", GUILD_A, topics=["wind power"]))
    article = await library.resolve(article_id, guild_id=GUILD_A)
    stored = await library.topic(article, "WIND POWER")
    assert stored is not None and stored.polarity == 0.25  # the stored value, not a new measurement
    assert await library.autocomplete_topics(article, "pow") == ["wind power"]
    assert await library.autocomplete_topics(None, "wi", guild_id=GUILD_A) == ["wind power"]
    assert await library.autocomplete_topics(None, "wi", guild_id=GUILD_B) == []
    with pytest.raises(InputError):
        await library.topic(article, "  ")


async def test_topic_across_library_only_in_articles_that_mention_it(library: Library) -> None:
    wind = (await library.add_text(WIND, guild_id=GUILD_A)).article.info
    await library.add_text(HARBOUR, guild_id=GUILD_A)
    other_guild = (await library.add_text(WIND + "Extra line.", guild_id=GUILD_B)).article.info
    found = await library.topic_across_library("coal", guild_id=GUILD_A)
    assert [info.id for info, _ in found] == [wind.id]
    assert other_guild.id not in [info.id for info, _ in found]


async def test_autocomplete_articles_by_title_and_id(library: Library) -> None:
    wind = (await library.add_text(WIND, guild_id=GUILD_A)).article.info
    assert [i.id for i in await library.autocomplete_articles("overt", guild_id=GUILD_A)] == [wind.id]
    assert next(i.id for i in await library.autocomplete_articles(str(wind.id), guild_id=GUILD_A)) == wind.id
    assert await library.autocomplete_articles("overt", guild_id=GUILD_B) == []
    everything = await library.autocomplete_articles("", guild_id=GUILD_A)
    assert next(i.id for i in everything) == wind.id and len(everything) == 2


async def test_concurrent_adds_from_many_users(library: Library) -> None:
    texts = [f"Report {n}: exports rose by {n} percent in the quarter." + MORE for n in range(12)]
    results = await asyncio.gather(*(library.add_text(t, guild_id=GUILD_A) for t in texts + texts))
    assert sum(r.created for r in results) == 12
    assert (await library.list_articles(guild_id=GUILD_A))[1] == 13


# ---- seeds ------------------------------------------------------------------------------------


def the_seed(seeds_dir: Path) -> Path:
    return next(seeds_dir.glob("*.txt"))


def empty_folder(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


async def test_seed_indexing_is_idempotent_and_follows_changes(settings: Settings, seeds_dir: Path) -> None:
    async with await Library.open(settings) as lib:
        seed_id = (await lib.resolve(None, guild_id=None)).info.id
    async with await Library.open(settings) as lib:
        assert await lib.index_seeds() == 0
        items, total = await lib.list_articles(guild_id=None)
        assert total == 1 and items[0].id == seed_id

    txt = the_seed(seeds_dir)
    txt.write_text(txt.read_text(encoding="utf-8") + "\nA correction was appended later.\n", encoding="utf-8")
    async with await Library.open(settings) as lib:
        items, total = await lib.list_articles(guild_id=None)
        assert total == 1 and items[0].id != seed_id and items[0].title == SEED_TITLE
        seed = await lib.resolve(None, guild_id=None)
        assert seed.text.endswith("A correction was appended later.")

    sidecar = txt.with_suffix(".json")
    sidecar.write_text(
        json.dumps({"title": "Renamed seed", "source": "Daily", "year": 2013}), encoding="utf-8"
    )
    async with await Library.open(settings) as lib:
        info = (await lib.resolve(None, guild_id=None)).info
        assert (info.title, info.source) == ("Renamed seed", "Daily, 2013")


async def test_broken_seeds_are_skipped_not_fatal(settings: Settings, seeds_dir: Path) -> None:
    (seeds_dir / "empty.txt").write_bytes(b"")
    (seeds_dir / "bad.txt").write_text("A seed whose sidecar is broken.", encoding="utf-8")
    (seeds_dir / "bad.json").write_text("{not json", encoding="utf-8")
    async with await Library.open(settings) as lib:
        titles = {i.title for i in (await lib.list_articles(guild_id=None))[0]}
    assert titles == {SEED_TITLE, "A seed whose sidecar is broken."}


async def test_removed_seed_file_leaves_the_library(settings: Settings, seeds_dir: Path) -> None:
    async with await Library.open(settings) as lib:
        assert (await lib.list_articles(guild_id=None))[1] == 1
    empty_folder(seeds_dir)
    async with await Library.open(settings) as lib:
        assert (await lib.list_articles(guild_id=None))[1] == 0
        with pytest.raises(NotFoundError, match="empty"):
            await lib.resolve(None, guild_id=None)


async def test_a_bare_number_reads_a_title_but_never_removes_by_title(library: Library) -> None:
    top = (
        await library.add_text("The ten biggest stories." + MORE, guild_id=GUILD_A, title="Top 10 stories")
    ).article.info
    assert (await library.resolve("10", guild_id=GUILD_A)).info.id == top.id
    with pytest.raises(NotFoundError, match="No article #10"):
        await library.remove("10", guild_id=GUILD_A)
    assert (await library.resolve(top.id, guild_id=GUILD_A)).info.id == top.id


async def test_text_too_short_or_not_in_english_is_refused_before_analysis(library: Library) -> None:
    german = (
        "Die Bundesregierung hat am Dienstag einen Gesetzentwurf vorgelegt, der die Mieten in den großen"
        " Städten begrenzen soll. Die Opposition kritisierte den Plan als zu zaghaft und kündigte Widerstand"
        " im Bundestag an."
    )
    with pytest.raises(InputError, match="looks like German, not English"):
        await library.add_text(german, guild_id=GUILD_A)
    with pytest.raises(InputError, match="has 4 words"):
        await library.add_text("Markets fell on Monday.", guild_id=GUILD_A)
    # An English story quoting a sentence in French stays English.
    quoting = HARBOUR + '\nThe visiting minister said: "Le port est magnifique." Then she left for Calais.'
    assert (await library.add_text(quoting, guild_id=GUILD_A)).created
    assert (await library.list_articles(guild_id=GUILD_A))[1] == 2  # the seed and the harbour story


def test_the_seed_articles_read_as_english_articles() -> None:
    from bot.ingest.language import check_readable

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        check_readable(seed.read_text(encoding="utf-8"), seed.name)
