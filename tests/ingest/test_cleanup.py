"""Wire copy and web pages through every way in (paste, file, page): the headline line becomes the title,
the dateline stays with its sentence, page furniture is dropped and paragraphs are kept."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.library import Library
from tests.local_web import serve_pages

GUILD = 111
HEADLINE = "Measles outbreak declared a public health emergency in Clark County"
WIRE = f"""{HEADLINE}
By Jane Doe and Tom Reyes, Associated Press
VANCOUVER, Wash. (AP) — A top health official in a Washington state county declared a public health emergency on Friday over a measles outbreak that has sickened 26 people.
(AP Photo/Ted Warren)
Clark County Public Health director Alan Melnick said most of the cases were children who had not been vaccinated.
Therefore, schools asked parents to keep unvaccinated children at home until the outbreak ends.
Related news
Share this article
Officials said the outbreak could spread to neighbouring Oregon, where two cases were confirmed this week.
Scroll down for video
Health workers will hold free vaccination clinics at three county libraries on Saturday and Sunday."""
FURNITURE = ("By Jane Doe", "AP Photo", "Related news", "Share this article", "Scroll down")
BODY_PARAGRAPHS = 5  # the dateline paragraph and four more


def check_article(title: str, text: str, summary: list[str]) -> None:
    assert title == HEADLINE
    assert not any(f in text for f in FURNITURE)
    assert HEADLINE not in " ".join(summary)
    assert summary[0].startswith("VANCOUVER, Wash. (AP) — A top health official")
    assert not any(s.startswith(("(AP)", "Wash", "—", "AP)")) for s in summary)
    # "Therefore," is shown only after the sentence it follows from
    for n, sentence in enumerate(summary):
        if sentence.startswith("Therefore"):
            assert n > 0 and summary[n - 1].startswith("Clark County Public Health director")


async def test_pasted_wire_copy(library: Library) -> None:
    article = (await library.add_text(WIRE, guild_id=GUILD)).article
    summary = await library.summary(article, 3)
    check_article(article.info.title, article.text, summary.sentences)
    lines = article.text.split("\n")
    assert lines[0] == HEADLINE and len(lines) == 1 + BODY_PARAGRAPHS


async def test_uploaded_wire_copy(library: Library) -> None:
    article = (await library.add_file(WIRE.encode(), "measles.txt", guild_id=GUILD)).article
    check_article(article.info.title, article.text, (await library.summary(article, 3)).sentences)


async def test_a_given_title_wins_and_the_headline_line_is_still_no_summary_sentence(
    library: Library,
) -> None:
    article = (await library.add_text(WIRE, guild_id=GUILD, title="Clark County measles")).article
    assert article.info.title == "Clark County measles"
    summary = await library.summary(article, 4)
    assert HEADLINE not in " ".join(summary.sentences)


PAGE = f"""<!doctype html><html><head><title>{HEADLINE}</title></head><body>
<nav><a href="/">Home</a> <a href="/health">Health</a></nav>
<article><h1>{HEADLINE}</h1>
<p class="byline">By Jane Doe and Tom Reyes, Associated Press</p>
<p>VANCOUVER, Wash. (AP) — A top health official in a Washington state county declared a public health
emergency on Friday over a measles outbreak that has sickened 26 people.</p>
<figure><img src="clinic.jpg"><figcaption>(AP Photo/Ted Warren)</figcaption></figure>
<p>Clark County Public Health director Alan Melnick said most of the cases were children who had not been
vaccinated.</p>
<p>Therefore, schools asked parents to keep unvaccinated children at home until the outbreak ends.</p>
<p>Related news</p>
<p>Share this article</p>
<p>Officials said the outbreak could spread to neighbouring Oregon, where two cases were confirmed this week.</p>
<p>Health workers will hold free vaccination clinics at three county libraries on Saturday and Sunday.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


@pytest.fixture
async def news_site() -> AsyncIterator[str]:
    async with serve_pages({"/measles": PAGE}) as base:
        yield base


async def test_web_page_of_wire_copy(library: Library, news_site: str) -> None:
    article = (await library.add_url(f"{news_site}/measles", guild_id=GUILD)).article
    check_article(article.info.title, article.text, (await library.summary(article, 3)).sentences)
    assert "Officials said the outbreak could spread" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "By JANE DOE | Reuters",
        "Photo: Jane Doe/Reuters",
        "Image copyright Getty Images",
        "READ MORE: Measles cases rise in Oregon",
        "Facebook | Twitter | Email",
        "Subscribe to our newsletter",
        "(Reporting by Jane Doe in Lagos and Tom Reyes in Abuja; Additional reporting by Ana Ruiz; Editing by Li Wei)",
        "Reporting by Jane Doe; Writing by Tom Reyes",
        "Associated Press writer Jane Doe in Chicago contributed to this report.",
        "Copyright 2020 The Associated Press. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Posted by Jane Doe",
        "Updated: 5:32 PM EST Jan 5, 2020",
        "Click here for the latest updates",
        "Story continues below advertisement",
        "Image caption Protesters gathered outside the town hall",
        "Follow Jane Doe on Twitter: @janedoe",
        "Contact reporter Jane Doe at jdoe@example.com",
        "(READ: Council delays the vote on new bus lanes)",
        "WATCH: The mayor's news conference in full",
    ],
)
async def test_each_kind_of_furniture_line_is_dropped(library: Library, line: str) -> None:
    assert await paragraphs_after_adding(library, line) == [
        LEAD,
        "Opponents said the plan was too costly for a city that is already deep in debt.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the council had approved the budget, officials said.",
        "Share prices fell 4 percent in early trading.",
        "Subscribers will pay more from March, the company said.",
        "Related talks collapsed in May.",
        "Rising fuel costs also contributed.",
        "Tourism contributed to this report's findings, officials said.",
        "Reporting by local papers found the scheme had failed.",
        "Copyright fees rose in 2019, the minister said.",
        "Published in 2019, the report found rising rates.",
        "Posted workers returned on Monday, the union said.",
        "Following the vote on Tuesday, the bill passed by 40 votes to 12.",
        "Image quality improved, the company said.",
        "Look: the plan was never going to pass, one councillor said.",
        "(See the full list of projects at the end of this story.)",
    ],
)
async def test_article_sentences_that_start_like_furniture_are_kept(library: Library, line: str) -> None:
    assert await paragraphs_after_adding(library, line) == [
        LEAD,
        line,
        "Opponents said the plan was too costly for a city that is already deep in debt.",
    ]


LEAD = "Council approves the new budget after a long debate on Tuesday night."


async def paragraphs_after_adding(library: Library, line: str) -> list[str]:
    text = f"{LEAD}\n{line}\nOpponents said the plan was too costly for a city that is already deep in debt."
    return (await library.add_text(text, guild_id=GUILD)).article.text.split("\n")


@pytest.mark.parametrize(
    "dateline",
    [
        "VANCOUVER, Wash. (AP) —",
        "LONDON, Jan 5 (Reuters) -",
        "Riverton, (RNA - Harbour Wire / Coast Daily - 7th Apr, 2020 ) :",
    ],
)
async def test_a_dateline_on_its_own_line_joins_the_sentence_it_introduces(
    library: Library, dateline: str
) -> None:
    text = (
        f"{LEAD}\n{dateline}\nOpponents said the plan was too costly for a city that is already deep in debt."
    )
    article = (await library.add_text(text, guild_id=GUILD)).article
    assert (
        article.text.split("\n")[1]
        == f"{dateline} Opponents said the plan was too costly for a city that is already deep in debt."
    )


async def test_a_label_ending_on_a_colon_stays_its_own_line(library: Library) -> None:
    assert await paragraphs_after_adding(library, "UPDATE:") == [
        LEAD,
        "UPDATE:",
        "Opponents said the plan was too costly for a city that is already deep in debt.",
    ]
