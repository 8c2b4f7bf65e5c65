"""How a topic's polarity reads to a user: what counts as the article's judgement of it, and what not."""

from __future__ import annotations

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.sentiment import sentiment
from bot.analysis.topics import topic_sentiment

POSITIVE, NEGATIVE = 0.05, -0.05  # the labels' thresholds


def polarity(text: str, topic: str) -> float:
    result = topic_sentiment(split_sentences(normalize_text(text)), topic)
    assert result is not None
    return result.polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor argued that the tram line should run past the station.",
        "Officials confirmed the ferry timetable for the summer.",
        "The minister insisted the census would go ahead in April.",
    ],
)
def test_reporting_verbs_only_attribute(sentence: str) -> None:
    assert abs(sentiment(sentence)[0]) <= POSITIVE


def test_a_controversial_scheme_is_not_praised() -> None:
    """TextBlob rates "controversial" positive; news writes it of a dispute (data/news_senses.tsv)."""
    text = (
        "The council pushed through its controversial parking scheme on Tuesday. "
        "Traders said they would appeal."
    )
    assert polarity(text, "parking scheme") < NEGATIVE


def test_an_argued_case_for_a_topic_is_not_a_quarrel_about_it() -> None:
    text = "Engineers argued that the new bridge was the safest design on offer."
    assert polarity(text, "new bridge") > POSITIVE


@pytest.mark.parametrize(
    "sentence",
    [
        "The visitors were mostly from the northern provinces.",
        "The tunnel is roughly 40 kilometres long.",
        "The station is largely in the old town.",
    ],
)
def test_adverbs_of_amount_do_not_judge(sentence: str) -> None:
    assert abs(sentiment(sentence)[0]) <= POSITIVE


def test_crude_oil_is_a_commodity_not_an_insult() -> None:
    """VADER rates "crude" as rude (-2.7); in news it is the oil (data/news_neutral_words.txt)."""
    assert abs(sentiment("Crude traded at 80 dollars a barrel on Monday.")[0]) <= POSITIVE
    text = "Exporters expect higher crude prices to lift the budget this year."
    assert polarity(text, "crude prices") > POSITIVE


def test_complaints_that_are_mostly_about_a_topic_read_negative() -> None:
    text = "Passengers stopped using the ferry because of delays, mostly cancellations in winter."
    assert polarity(text, "delays") < NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "The opposition promised to scrap the ferry subsidy, which it called generous.",
        "Councillors rejected the parking plan as a generous gift to developers.",
        "Unions condemned the pension reform in a joint statement on Friday.",
    ],
)
def test_a_topic_that_is_scrapped_or_rejected_reads_negative(text: str) -> None:
    topic = next(t for t in ("ferry subsidy", "parking plan", "pension reform") if t in text)
    assert polarity(text, topic) < NEGATIVE


@pytest.mark.parametrize(
    ("text", "topic", "sign"),
    [
        ("Rents in the harbour district have doubled since the bypass opened.", "rents", -1),
        ("Bridge tolls were halved for commuters this spring.", "bridge tolls", 1),
        ("The levy on plastic bags has tripled in two years.", "levy", -1),
        ("The market for film cameras has shrunk every year since 2005.", "market for film cameras", -1),
    ],
)
def test_charges_that_double_and_markets_that_shrink(text: str, topic: str, sign: int) -> None:
    assert polarity(text, topic) * sign > POSITIVE


@pytest.mark.parametrize(
    "sentence",
    [
        "The club is in talks about a new sponsor but declined to name it.",
        "A spokeswoman for the port refused to comment on the tender.",
    ],
)
def test_declining_to_comment_is_not_bad_news(sentence: str) -> None:
    assert abs(sentiment(sentence)[0]) <= POSITIVE


def test_a_fall_is_still_a_fall() -> None:
    assert sentiment("Ticket sales declined to their lowest level in years.")[0] < NEGATIVE


def test_the_article_frames_a_topic_in_its_own_tone() -> None:
    # the same plain sentence about the timetable, once in a story of disaster, once in one of success
    plain = "The ferry timetable was published on Monday."
    grim = (
        "The storm killed four people and destroyed the harbour.\n"
        f"{plain}\n"
        "Families were devastated and angry at the failed warnings, and the damage was terrible."
    )
    bright = (
        "The new harbour opened to wide praise and delighted crowds.\n"
        f"{plain}\n"
        "Visitors loved the beautiful quay, and traders reported excellent sales."
    )
    assert polarity(grim, "ferry timetable") < polarity(bright, "ferry timetable")
    assert polarity(grim, "ferry timetable") < NEGATIVE < POSITIVE < polarity(bright, "ferry timetable")


def test_a_topic_named_by_bad_news_reads_as_bad_news_unless_the_article_says_how_it_moved() -> None:
    # "inflation" named and discussed but never said to rise or fall: the name is the judgement
    assert (
        polarity("Inflation was the main subject of the central bank's meeting on Tuesday.", "inflation")
        < NEGATIVE
    )
    # the article says how it moved: that is what counts
    assert polarity("Inflation fell sharply to 2 per cent in May.", "inflation") > POSITIVE


@pytest.mark.parametrize(
    ("text", "topic", "sign"),
    [
        ("Clinics in the district recorded more dengue cases this week.", "dengue cases", -1),
        ("The looting of shops on the high street went on through the night.", "looting", -1),
        ("Police said the burglary at the pharmacy happened on Tuesday.", "burglary", -1),
        ("Burglaries fell by a third in the town last year, police said.", "burglaries", 1),
        ("Cases of cholera declined in the province last year.", "cholera", 1),
        ("The ceasefire between the two militias held through the weekend.", "ceasefire", 1),
        ("After the vote the coalition talks were in disarray.", "coalition talks", -1),
    ],
)
def test_events_that_are_harms_or_remedies_read_as_such(text: str, topic: str, sign: int) -> None:
    # news names its events without opinion words: an outbreak, a burglary, a ceasefire
    assert polarity(text, topic) * sign > POSITIVE


def test_a_bad_event_outweighs_upbeat_words_said_beside_it() -> None:
    text = (
        "The harbour clinic reported a measles outbreak on Monday, though staff said they were proud "
        "of a calm and caring response."
    )
    assert polarity(text, "harbour clinic") < NEGATIVE


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The new library won a national design award and drew record crowds, despite a short delay "
            "to its opening.",
            "new library",
        ),
        (
            "The rowing club celebrated a superb season, with its crews winning every regional title.",
            "rowing club",
        ),
    ],
)
def test_good_news_with_a_small_blemish_stays_good(text: str, topic: str) -> None:
    assert polarity(text, topic) > POSITIVE


def test_a_topics_readings_add_up_to_the_polarity_shown() -> None:
    """eval/topic_signals.py compares the parts of a topic's reading: they must be the parts of the
    answer a user sees, its sign and its size, not a separate computation."""
    from bot.analysis.topics import ARTICLE_SHARE, framed_polarity, topic_signals

    text = (
        "The harbour ferry collapsed into chaos on Monday. Passengers were stranded for hours. "
        "The new ferry timetable was praised by commuters, who called it a welcome improvement. "
        "Officials said the delays were a disgrace."
    )
    sentences = split_sentences(normalize_text(text))
    for topic in ("ferry timetable", "delays", "chaotic harbour ferry"):
        parts = topic_signals(sentences, topic)
        shown = topic_sentiment(sentences, topic)
        assert parts is not None and shown is not None
        sentences_part, named, tone = parts
        assert shown.polarity == pytest.approx(
            framed_polarity(sentences_part + named, tone / ARTICLE_SHARE), abs=1e-4
        )
    assert topic_signals(sentences, "volcanic eruption") is None


def test_a_person_in_a_bad_news_story_reads_as_bad_news_for_them() -> None:
    """A name is judged by the story as a whole (how it goes for them); a thing named in common nouns
    by its own sentences: the chief executive of a mill that closed is not in good news because she
    said, in the same sentence, that the pension fund was safe."""
    text = (
        "The textile mill in Dunmore closed on Friday after months of losses, and 400 workers lost "
        "their jobs. Families said the closure was a disaster for the town. Unions warned that "
        "suppliers faced bankruptcy and that poverty would rise. Maria Lopez, the chief executive, "
        "said the pension fund was safe. Shops on the high street were boarded up and the mood was grim."
    )
    assert polarity(text, "Maria Lopez") < NEGATIVE
    assert polarity(text, "pension fund") > POSITIVE


def test_a_word_said_twice_is_read_where_each_stands() -> None:
    # the second "strong" is the one beside the topic: it was placed on the first, far off, so the
    # winds battering the coast outweighed it
    text = (
        "Strong winds battered the coast for days on end across the north of the island, "
        "while strong demand lifted the ferry operator."
    )
    assert polarity(text, "ferry operator") > POSITIVE


_FERRY = (
    "The Millbrook ferry service will run four crossings a day from June. "
    "The ferry service leaves the harbour at seven in the morning, a spokesman said."
)


def _ferry(title: str | None) -> float:
    result = topic_sentiment(split_sentences(normalize_text(_FERRY)), "ferry service", title=title)
    assert result is not None
    return result.polarity


def test_a_headline_about_the_topic_is_read_with_its_sentences() -> None:
    """The body only says when the ferry runs; the headline says how the story treats it."""
    assert _ferry("Millbrook ferry service slammed after cancellations leave islanders stranded") < NEGATIVE


def test_a_headline_about_something_else_changes_nothing() -> None:
    assert _ferry("Storm warning for the northern islands") == _ferry(None)
