"""Embed builders against the real seed analysis and against content far beyond Discord's limits."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analysis.models import ArticleAnalysis, TopicSentiment
from bot.analysis.topics import topic_extremes
from bot.render import embeds, listings
from bot.store.models import AddResult, SearchHit, SpeakerQuote, StoredArticle

from .conftest import assert_within_limits, make_info


def all_text(*items: object) -> str:
    return "\n".join(str(e.to_dict()) for e in items)  # type: ignore[attr-defined]


def test_summary_of_the_seed_says_how_much_shorter_it_is(seed_analysis: ArticleAnalysis, seed_info) -> None:
    embed = embeds.summary_embed(seed_info, seed_analysis.summary)
    assert_within_limits(embed)
    text = all_text(embed)
    assert "Reduced by" in text
    assert f"{seed_analysis.summary.reduced_by:.0f}%" in text
    assert seed_analysis.summary.sentences[0][:60] in embed.description
    assert "China Daily" in text


def test_summary_links_a_url_source() -> None:
    info = make_info(source="https://www.example.com/news/1")
    from bot.analysis.models import Summary

    embed = embeds.summary_embed(info, Summary(["One."], [0], 50.0, ["alpha"]))
    assert embed.url == "https://www.example.com/news/1"
    assert "[example.com](https://www.example.com/news/1)" in all_text(embed)


def test_huge_summary_stays_within_limits(huge_analysis: ArticleAnalysis) -> None:
    info = make_info(title="T" * 1000, source="S" * 5000)
    embed = embeds.summary_embed(info, huge_analysis.summary)
    assert_within_limits(embed)
    assert embed.description.endswith("…")


def test_experts_of_the_seed_are_named_with_roles(seed_analysis: ArticleAnalysis, seed_info) -> None:
    pages = embeds.experts_pages(seed_info, seed_analysis)
    assert_within_limits(*pages[:10])
    text = all_text(*pages)
    for expert in seed_analysis.experts:
        assert expert.name in text
    assert "Martin Cauchon" in text
    assert "Wang Yiwu" in text
    # Two experts and two unnamed sources fit one page: no second page of two lines.
    assert len(pages) == 1 and "Unnamed sources" in pages[0].description


def test_fifty_experts_with_huge_quotes_paginate_within_limits(huge_analysis: ArticleAnalysis) -> None:
    pages = embeds.experts_pages(make_info(title="T" * 1000), huge_analysis)
    assert len(pages) > 5
    for page in pages:
        assert_within_limits(page)
    text = all_text(*pages)
    # Every expert and every unnamed source is still named somewhere.
    for i in range(50):
        assert f"Expert Number{i} " in text
    for i in range(30):
        assert f"a spokesperson {i}" in text
    # Unnamed sources come after the named experts, on pages of their own.
    titles = [p.title for p in pages]
    first_unnamed = next(i for i, t in enumerate(titles) if t.startswith("Unnamed sources"))
    assert all(t.startswith("Experts quoted") for t in titles[:first_unnamed])
    assert all(t.startswith("Unnamed sources") for t in titles[first_unnamed:])
    # Page 1 says what the rest hold.
    note = f"*Next: more experts on pages 2–{first_unnamed}; unnamed sources and organisations on pages"
    assert note in pages[0].description and pages[0].description.endswith(f"{len(pages)}.*")


def test_no_one_quoted_is_said_plainly(seed_analysis: ArticleAnalysis) -> None:
    empty = ArticleAnalysis(None, 3, [], [], [], seed_analysis.summary, [], [], [])
    pages = embeds.experts_pages(make_info(), empty)
    assert len(pages) == 1
    assert "Nobody is quoted" in pages[0].description


def test_topics_embed_shows_the_chart_and_every_topic(huge_analysis: ArticleAnalysis) -> None:
    embed = embeds.topics_embed(make_info(), huge_analysis.topics)
    assert_within_limits(embed)
    assert embed.image.url == "attachment://sentiment.png"
    assert "positive" in embed.description and "negative" in embed.description


def test_topic_without_topics_says_so() -> None:
    embed = embeds.topics_embed(make_info(), [])
    assert "No topics" in embed.description
    assert not embed.image


def test_topic_embed_shows_warmest_and_coldest_sentence() -> None:
    topic = TopicSentiment(
        phrase="exports",
        polarity=0.1,
        subjectivity=0.5,
        mentions=3,
        sentence_indices=[0, 1, 2],
        sentences=[
            "Exports had a wonderful, excellent year.",
            "Exports were terrible and awful in March.",
            "Exports were counted by the bureau.",
        ],
    )
    positive, negative = topic_extremes(topic)
    assert positive is not None and positive.startswith("Exports had a wonderful")
    assert negative is not None and negative.startswith("Exports were terrible")
    embed = embeds.topic_embed(make_info(), topic, most_positive=positive, most_negative=negative)
    assert_within_limits(embed)
    fields = {f.name: f.value for f in embed.fields}
    assert "wonderful" in fields["Most positive sentence"]
    assert "terrible" in fields["Most negative sentence"]
    assert fields["Polarity"].startswith("+0.10")


def test_huge_topic_embed_within_limits(huge_analysis: ArticleAnalysis) -> None:
    topic = huge_analysis.topics[0]
    extreme = topic.sentences[0]
    embed = embeds.topic_embed(
        make_info(title="T" * 600), topic, most_positive=extreme, most_negative=extreme
    )
    assert_within_limits(embed)


def test_library_topic_pages_one_row_per_article(huge_analysis: ArticleAnalysis) -> None:
    rows = [(make_info(id=i, title=f"Article {i} " * 40), huge_analysis.topics[i % 25]) for i in range(60)]
    pages = embeds.library_topic_pages("exports " * 100, rows)
    assert len(pages) > 1
    for page in pages:
        assert_within_limits(page)
        assert page.image.url == "attachment://sentiment.png"
    text = all_text(*pages)
    for i in range(60):
        assert f"`#{i}`" in text


def test_article_list_and_search_pages(huge_analysis: ArticleAnalysis) -> None:
    infos = [
        make_info(id=i, title="Headline " * 50, source="https://example.com/" + "a" * 3000) for i in range(45)
    ]
    pages = listings.article_list_pages(infos, total=120)
    assert len(pages) >= 5
    for page in pages:
        assert_within_limits(page)
    assert all(f"`#{i}`" in all_text(*pages) for i in range(45))
    assert "](https://example.com/" not in all_text(*pages)  # too long to link whole: no broken link
    assert "showing 45 of 120" in pages[0].footer.text
    hits = [SearchHit(info=i, snippet="the **match** " * 400, rank=-1.0) for i in infos]
    for page in listings.search_pages("match", hits, total=45):
        assert_within_limits(page)
    assert "No article" in listings.search_pages("zzz", [], 0)[0].description


async def test_search_pages_made_when_shown_stay_within_limits_and_show_every_hit() -> None:
    infos = [
        make_info(id=i, title="Headline " * 50, source="https://example.com/" + "a" * 3000) for i in range(45)
    ]
    asked: list[list[int]] = []

    async def snippets(ids: list[int]) -> dict[int, str]:
        asked.append(ids)
        return {i: "the **match** " * 400 for i in ids}

    source = listings.SearchPages("match", [SearchHit(i, "", 0.0) for i in infos], 120, snippets)
    pages = [await source.page(n) for n in range(len(source))]
    assert not asked[1:] or all(len(ids) <= listings.ARTICLES_PER_PAGE for ids in asked)
    assert sorted(i for ids in asked for i in ids) == list(range(45))  # each page asks for its own
    for number, page in enumerate(pages, start=1):
        assert_within_limits(page)
        assert page.footer.text.endswith(f"Page {number}/{len(pages)}")
        assert "**match**" in page.description
    assert all(f"`#{i}`" in all_text(*pages) for i in range(45))
    assert "showing 45 of 120" in pages[0].footer.text


async def test_speaker_quotes_pages_within_limits(huge_analysis: ArticleAnalysis) -> None:
    quotes = [
        SpeakerQuote(
            speaker="Martin Cauchon",
            role="Canada's former minister of justice",
            text=q.text,
            kind=q.kind,
            article=make_info(id=n, title="Title " * 100),
            sentence_index=0,
        )
        for n, q in enumerate(q for e in huge_analysis.experts[:10] for q in e.quotes)
    ]
    source = listings.quotes_pages("martin", quotes)
    pages = [await source.page(n) for n in range(len(source))]
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert_within_limits(page)
        assert page.title == "What Martin Cauchon said"
        assert page.footer.text.endswith(f"Page {number}/{len(pages)}")
    assert "minister of justice" in pages[0].footer.text
    assert "newest" not in pages[0].footer.text
    shown = all_text(*pages)
    assert all(f"`#{n}`" in shown for n in range(len(quotes)))  # every quote on some page
    capped = listings.quotes_pages("martin", quotes, more=True)
    assert "the newest" in (await capped.page(0)).footer.text


def test_added_embed_mentions_what_was_found(seed_analysis: ArticleAnalysis) -> None:
    info = make_info(id=7, is_seed=False, added_at=datetime.now(UTC))
    stored = StoredArticle(info=info, text="x", analysis=seed_analysis)
    created = listings.added_embed(AddResult(article=stored, created=True))
    again = listings.added_embed(AddResult(article=stored, created=False))
    assert_within_limits(created, again)
    assert created.title.startswith("Added")
    assert again.title.startswith("Already in the library")


def test_a_much_quoted_expert_continues_on_the_next_page(seed_analysis: ArticleAnalysis) -> None:
    from bot.analysis.models import Expert, Quote

    quotes = [Quote(f"Quote {n}: " + "words " * 120, "direct", 0, 1, n) for n in range(30)]
    analysis = ArticleAnalysis(
        None, 1, [], [Expert("Jane Roe", "economist", quotes)], [], seed_analysis.summary, [], [], []
    )
    pages = embeds.experts_pages(make_info(), analysis)
    assert len(pages) > 1
    assert pages[0].description.startswith("**Jane Roe** — economist")
    assert pages[1].description.startswith("**Jane Roe** — economist *(continued)*")
    text = all_text(*pages)
    assert all(f"Quote {n}:" in text for n in range(30))
    assert_within_limits(*pages)


def test_a_sentence_opening_with_its_own_quote_mark_is_not_quoted_twice() -> None:
    said = "“Twitter's slide is not over,” the analyst said of the company's shares."
    topic = TopicSentiment(
        phrase="shares", polarity=-0.2, subjectivity=0.4, mentions=1, sentence_indices=[0], sentences=[said]
    )
    embed = embeds.topic_embed(make_info(), topic, most_positive=None, most_negative=said)
    value = {f.name: f.value for f in embed.fields}["Most negative sentence"]
    assert value == said
    assert "““" not in value
