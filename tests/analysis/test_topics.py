"""Topics: key noun phrases ranked, acronyms joined to expansions, any typed topic matched or refused."""

from __future__ import annotations

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.keywords import extract_keywords
from bot.analysis.models import Sentence, TopicSentiment
from bot.analysis.topic_list import extract_topics, noun_phrases
from bot.analysis.topics import topic_extremes, topic_sentiment

ARTICLE = """Regional lenders are cutting back on loans to small and medium-sized enterprises as interest rates climb, a survey by the Federation of Small Businesses showed on Monday.
Almost a third of SMEs that applied for credit in the second quarter were turned down, the survey found.
Banks said tighter capital rules made lending to SMEs riskier and more expensive.
Owners of SMEs said they were paying more for overdrafts than at any time since 2012.
Trade groups urged regulators to ease the capital rules for loans under 250,000 euros.
Corporate social responsibility (CSR) reports from the largest banks promise more support for local firms.
Critics said the CSR pledges had not turned into cheaper credit.
Energy prices
Energy prices, meanwhile, have stabilised after two years of sharp swings.
Regulating bank fees was not on the agenda of the finance ministers' meeting."""

TITLE = "Banks tighten lending to SMEs as interest rates climb"


@pytest.fixture(scope="module")
def sentences() -> list[Sentence]:
    return split_sentences(normalize_text(ARTICLE))


def _body_index(sentences: list[Sentence], start: str) -> int:
    return next(s.index for s in sentences if s.text.startswith(start))


def test_the_topic_the_article_keeps_returning_to_ranks_first(sentences: list[Sentence]) -> None:
    topics = extract_topics(sentences, title=TITLE)
    assert topics, "an article about lending must have topics"
    first = topics[0]
    names = [first.phrase, *first.aliases]
    assert "SME" in names or "small and medium-sized enterprises" in names
    assert first.mentions >= 3
    # ranked: mentions never rise by more than a little down the list
    assert first.mentions >= max(t.mentions for t in topics[1:]) - 1


def test_limit_caps_the_number_of_topics(sentences: list[Sentence]) -> None:
    assert len(extract_topics(sentences, title=TITLE, limit=3)) == 3
    assert extract_topics(sentences, limit=0) == []


def test_acronym_and_expansion_are_one_topic(sentences: list[Sentence]) -> None:
    topics = extract_topics(sentences, title=TITLE, limit=12)
    csr = [t for t in topics if "CSR" in t.phrase or "CSR" in t.aliases]
    assert len(csr) == 1
    phrases = " | ".join(t.phrase.lower() for t in topics)
    assert phrases.count("social responsibility") + phrases.count("csr") == 1


@pytest.mark.parametrize(
    "typed", ["CSR", "corporate social responsibility", "Corporate Social Responsibility"]
)
def test_acronym_or_expansion_typed_finds_the_same_sentences(sentences: list[Sentence], typed: str) -> None:
    result = topic_sentiment(sentences, typed)
    assert result is not None
    assert result.sentence_indices == [
        _body_index(sentences, "Corporate social responsibility"),
        _body_index(sentences, "Critics said the CSR"),
    ]


def test_acronym_without_parentheses_is_matched_to_the_words_that_spell_it(sentences: list[Sentence]) -> None:
    # "SMEs" is never introduced as "(SMEs)": the expansion is found from the initials
    result = topic_sentiment(sentences, "small and medium-sized enterprises")
    assert result is not None
    assert _body_index(sentences, "Almost a third of SMEs") in result.sentence_indices
    assert _body_index(sentences, "Regional lenders") in result.sentence_indices
    assert "SME" in result.aliases


@pytest.mark.parametrize(
    ("typed", "sentence_start"),
    [
        ("bank fee regulation", "Regulating bank fees"),  # regulation ~ regulating, fee ~ fees
        ("energy price stability", "Energy prices, meanwhile, have stabilised"),  # stability ~ stabilised
        ("capital rule", "Banks said tighter capital rules"),  # singular typed, plural written
        ("survey", "Almost a third of SMEs"),
    ],
)
def test_typed_topics_match_by_word_family(
    sentences: list[Sentence], typed: str, sentence_start: str
) -> None:
    result = topic_sentiment(sentences, typed)
    assert result is not None
    assert _body_index(sentences, sentence_start) in result.sentence_indices


@pytest.mark.parametrize("typed", ["football", "climate summit in Paris", "", "   ", "the of and", "🙂"])
def test_topics_the_article_does_not_discuss_give_none(sentences: list[Sentence], typed: str) -> None:
    assert topic_sentiment(sentences, typed) is None


def test_headings_are_not_supporting_sentences(sentences: list[Sentence]) -> None:
    result = topic_sentiment(sentences, "energy prices")
    assert result is not None
    assert all(not sentences[i].is_heading for i in result.sentence_indices)
    assert result.sentences == [sentences[i].text for i in result.sentence_indices]


def test_a_listed_topic_typed_back_gets_the_same_answer(sentences: list[Sentence]) -> None:
    for topic in extract_topics(sentences, title=TITLE):
        again = topic_sentiment(sentences, topic.phrase, title=TITLE)
        assert again is not None
        assert (again.polarity, again.sentence_indices) == (topic.polarity, topic.sentence_indices)


def test_noun_phrases_keep_possessives_and_drop_determiners() -> None:
    phrases = [" ".join(p) for p in noun_phrases("The board approved China's new export rules on Friday.")]
    assert any(p.startswith("China 's") and p.endswith("rules") for p in phrases)
    assert not any(p.lower().startswith("the ") for p in phrases)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Markets\nOutlook",
        "中国经济增长放缓。",
        "Stocks 📈 rallied 🚀.",
        "SEC " * 30_000,
        "a/b c/d // / x",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    sentences = split_sentences(normalize_text(text))
    for topic in extract_topics(sentences, title="x"):
        assert -1.0 <= topic.polarity <= 1.0
        assert 0.0 <= topic.subjectivity <= 1.0
    topic_sentiment(sentences, "SEC")


MIXED = """Harbour Rail opened its new line to the airport on Friday.
Passengers praised the new line as fast, clean and reliable.
Within a week the new line was hit by signal failures and long delays.
The new line runs every ten minutes."""


def test_topic_extremes_pick_the_most_positive_and_most_negative_sentences() -> None:
    sentences = split_sentences(normalize_text(MIXED))
    result = topic_sentiment(sentences, "new line")
    assert result is not None
    best, worst = topic_extremes(result)
    assert best is not None and best.startswith("Passengers praised")
    assert worst is not None and worst.startswith("Within a week")


def test_topic_extremes_leave_a_side_empty_when_no_sentence_has_that_sign() -> None:
    text = "Analysts praised the battery business.\nThe battery business had an excellent quarter."
    result = topic_sentiment(split_sentences(normalize_text(text)), "battery business")
    assert result is not None and result.polarity > 0
    best, worst = topic_extremes(result)
    assert best is not None
    assert worst is None


def test_topic_extremes_agree_with_the_topic_polarity(sentences: list[Sentence]) -> None:
    for topic in extract_topics(sentences, title=TITLE):
        best, worst = topic_extremes(topic)
        if topic.polarity > 0.05:
            assert best is not None
        if topic.polarity < -0.05:
            assert worst is not None
        for found in (best, worst):
            assert found is None or found in topic.sentences


def test_topic_extremes_of_an_empty_result_are_none() -> None:
    empty = TopicSentiment(
        phrase="x", polarity=0.0, subjectivity=0.0, mentions=0, sentence_indices=[], sentences=[]
    )
    assert topic_extremes(empty) == (None, None)


def test_the_people_quoted_are_not_a_topic() -> None:
    text = (
        "Analysts said the steel tariff would raise car prices.\n"
        "Officials defended the steel tariff on Tuesday.\n"
        "Experts warned that the steel tariff could hurt exporters, and analysts agreed."
    )
    phrases = [t.phrase.lower() for t in extract_topics(split_sentences(text))]
    assert any("steel tariff" in p for p in phrases)
    assert not {"analysts", "officials", "experts"} & set(phrases)


def _listed(text: str, people: tuple[str, ...] = ()) -> list[str]:
    return [t.phrase for t in extract_topics(split_sentences(normalize_text(text)), people=people)]


def test_the_dateline_city_is_not_a_topic() -> None:
    text = (
        "OSLOVIA (AP) — The harbour strike entered its third week on Monday as talks stalled.\n"
        "Dock workers said the harbour strike would go on until wages rose.\n"
        "Shipping firms said the harbour strike had cost them millions."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert any("harbour strike" in p for p in phrases)
    assert not any("oslovia" in p for p in phrases)


def test_a_title_case_dateline_with_date_and_agency_is_not_a_topic() -> None:
    text = (
        "Brindle Falls, Aug 30 (PTI) The new bridge over the river opened to traffic on Friday.\n"
        "Commuters said the new bridge cut their journey by half.\n"
        "The new bridge cost less than planned, officials said."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert any("bridge" in p for p in phrases)
    assert not any("brindle" in p or "pti" in p for p in phrases)


def test_a_us_state_written_after_its_town_is_not_a_topic_nor_a_keyword() -> None:
    text = (
        "The shoemaker, based in Elmwood, Ore., said sales of its trail shoes fell in the spring.\n"
        "Its stores in Elmwood, Ore., and in Sandpoint, Calif., said trail shoes sold slowly.\n"
        "Analysts in Sandpoint, Calif., said the trail shoes were too expensive."
    )
    phrases = _listed(text)
    assert any("trail shoes" in p.lower() for p in phrases)
    assert not any(word in ("Ore", "Calif") for p in phrases for word in p.split())
    keywords = extract_keywords(split_sentences(normalize_text(text)))
    assert "shoes" in keywords
    assert not any(word in ("Ore", "Calif") for k in keywords for word in k.split())


def test_web_addresses_give_no_topic() -> None:
    text = (
        "The council published the flood map at https://maps.example.org/flood-risk/2024 on Monday.\n"
        "Residents can check the flood map at www.example.org before buying a house.\n"
        "The flood map shows three new zones."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert any("flood map" in p for p in phrases)
    assert not any(part in p for p in phrases for part in ("https", "http", "www", "example", "/"))


def test_a_speaker_with_a_title_or_role_is_not_a_topic() -> None:
    text = (
        "Professor Ann Long said the drought would cut the wheat harvest.\n"
        '"The wheat harvest will be the smallest in a decade," said Professor Long.\n'
        "Coach Ann Long of the farmers' league added that the wheat harvest fell last year too."
    )
    phrases = [p.lower() for p in _listed(text, people=("Ann Long",))]
    assert any("wheat harvest" in p for p in phrases)
    assert not any(p.endswith("long") for p in phrases)


def test_dashes_signs_and_lone_possessives_do_not_open_a_topic() -> None:
    text = (
        "LONDON — Shares of the chip maker fell 12% on Tuesday after the profit warning.\n"
        "The profit warning came at Monday's meeting of the chip maker's board.\n"
        "Analysts said the profit warning showed weak demand, and the chip maker's shares fell."
    )
    phrases = _listed(text)
    assert phrases
    assert all(p[0].isalnum() for p in phrases), phrases


def test_a_verb_the_chunker_reads_as_a_noun_does_not_open_a_topic() -> None:
    text = (
        "The two neighbours will sign an agreement to end their border dispute next week.\n"
        "The agreement sets out a new border.\n"
        "Both capitals said the agreement would hold."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert "agreement" in phrases
    assert not any(p.startswith(("sign ", "end ")) for p in phrases)


def test_units_are_not_topics() -> None:
    text = (
        "The software exporter's profit rose to 3,398 crore in the quarter.\n"
        "Its revenue grew to 15,635 crore, and profit beat forecasts.\n"
        "The exporter kept its revenue forecast."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert "crore" not in phrases
    assert any("profit" in p or "revenue" in p for p in phrases)


TRAVEL = """Airlines said air travel was back to normal after two busy summers.
Fares fell 15 per cent in the quarter as holidaymakers booked later.
Road works on the airport road delayed passengers for a week.
Jakarta and Astana agreed to open a direct flight between Indonesia and Kazakhstan next year.
The carrier's probe into the delays blamed a supplier."""


@pytest.mark.parametrize(
    ("typed", "sentence_start"),
    [
        ("airfares", "Fares fell"),  # a compound the article writes as its head alone
        ("roadworks", "Road works"),  # a compound the article writes in two words
        ("Indonesia-Kazakhstan relations", "Jakarta and Astana"),  # the article names both, unhyphenated
        ("supplier investigation", "The carrier's probe"),  # a news synonym (data/topic_synonyms.txt)
    ],
)
def test_topics_typed_in_other_words_are_found(typed: str, sentence_start: str) -> None:
    sentences = split_sentences(normalize_text(TRAVEL))
    result = topic_sentiment(sentences, typed)
    assert result is not None, f"{typed!r} is discussed"
    assert _body_index(sentences, sentence_start) in result.sentence_indices


MATCH_REPORT = """Rovers lost 3-0 at home on Saturday, their fifth loss in a row.
Fans booed the team off the pitch.
The city council voted on Tuesday to sell the old depot."""


@pytest.mark.parametrize(
    ("typed", "sentence_start"),
    [
        ("Rovers' defeat", "Rovers lost"),  # how a team fared, told as what it did
        ("the council's response", "The city council"),  # what a council did, told as its vote
    ],
)
def test_an_aspect_the_article_never_names_is_read_where_it_writes_about_whose_it_is(
    typed: str, sentence_start: str
) -> None:
    sentences = split_sentences(normalize_text(MATCH_REPORT))
    result = topic_sentiment(sentences, typed)
    assert result is not None, f"{typed!r} is discussed"
    assert _body_index(sentences, sentence_start) in result.sentence_indices


@pytest.mark.parametrize("typed", ["Rovers' stadium", "council housing"])
def test_a_thing_the_article_never_names_is_not_discussed_for_its_owners_sake(typed: str) -> None:
    # a stadium or housing is a thing of its own, not an aspect of Rovers or the council
    assert topic_sentiment(split_sentences(normalize_text(MATCH_REPORT)), typed) is None


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("the singer's hospitalisation", "The singer was hospitalized on Friday after a fall."),
        ("privatization of the port", "The government said the privatisation of the port would go ahead."),
        ("the firm's IPO", "The firm's stock market debut was delayed until spring."),
    ],
)
def test_british_and_american_spellings_and_news_synonyms_find_each_other(typed: str, text: str) -> None:
    assert topic_sentiment(split_sentences(normalize_text(text)), typed) is not None


@pytest.mark.parametrize("typed", ["ceasefire", "fireworks", "airbags"])
def test_a_compound_is_not_found_through_unrelated_words(typed: str) -> None:
    # "fire" or "air" alone in the article does not make it discuss a ceasefire or airbags
    text = "Fire crews put out a fire in the air terminal. The fire spread to a bag store."
    assert topic_sentiment(split_sentences(normalize_text(text)), typed) is None


def test_analysing_an_article_and_showing_a_topics_sentences_keep_no_article_index() -> None:
    # A bot that adds articles all day must not hold each one's index: only topic questions about an
    # article without stored terms keep one, within the cache's budget.
    from bot.analysis import analyze
    from bot.analysis.topic_index import INDEX_CACHE

    INDEX_CACHE.clear()
    analysis = analyze(ARTICLE, title=TITLE)
    assert analysis.topics and analysis.topic_terms is not None
    assert INDEX_CACHE.chars == 0
    assert analysis.topics == extract_topics(analysis.sentences, title=TITLE)  # as from the text
    INDEX_CACHE.clear()
    best, worst = topic_extremes(analysis.topics[0])
    assert best is not None or worst is not None
    assert INDEX_CACHE.chars == 0


def test_general_nouns_with_describing_words_and_run_on_phrases_are_not_topics() -> None:
    text = (
        "Scientists said the new vaccine protected healthy people in the trial.\n"
        "Researchers said it was the last time anything like the vaccine trial would be rushed.\n"
        "Residents and council members their concerns about the vaccine trial were heard, and "
        "important things were said about the vaccine."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert any("vaccine" in p for p in phrases)
    assert any(p.endswith("council members") for p in phrases)  # the run-on phrase, cut at "their"
    for junk in ("scientists", "researchers", "healthy people", "important things"):
        assert junk not in phrases
    assert not any(p.endswith(("anything", "their concerns")) or "last time" in p for p in phrases)


def test_an_office_the_article_has_speak_is_not_a_topic() -> None:
    text = (
        "The new isolation wards will open in three cities, the Health Minister said on Monday.\n"
        "The isolation wards have 300 beds, said the chairman of the hospital board.\n"
        "The Health Minister added that the isolation wards would be ready within a week."
    )
    phrases = [p.lower() for p in _listed(text)]
    assert any("isolation wards" in p for p in phrases)
    assert not any(p.endswith(("minister", "chairman")) for p in phrases), phrases
