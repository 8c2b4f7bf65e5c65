"""The trained target-sentiment model (NewsMTSC) and typed topics phrased otherwise than the article."""

from __future__ import annotations

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.sentiment import tokens
from bot.analysis.target_sentiment import available, read_target
from bot.analysis.topics import topic_sentiment


def _reading(text: str, target: str) -> float:
    first = len(tokens(text[: text.index(target)]))
    reading = read_target(text, list(range(first, first + len(tokens(target)))))
    assert reading is not None
    return reading.polarity


def test_the_shipped_model_loads() -> None:
    assert available()


def test_the_model_reads_how_the_sentence_treats_its_target() -> None:
    attacked = "Critics accused Halvorsen of lying to voters and wrecking the party."
    praised = "Supporters praised Halvorsen for a brave and honest campaign."
    assert _reading(attacked, "Halvorsen") < -0.2
    assert _reading(praised, "Halvorsen") > 0.2


def test_the_model_reads_an_opinion_word_said_twice() -> None:
    # trained on the places score_sentence now gives each repeat (make train writes the shipped file)
    assert _reading("Great food and great service made the cafe a hit.", "cafe") > 0.2
    assert _reading("Terrible service and terrible food sank the cafe.", "cafe") < -0.2


def test_two_targets_of_one_sentence_read_apart() -> None:
    # the praise goes to one of them, the blame to the other
    text = "Voters blamed Okafor for the defeat, while Lindqvist was hailed as a hero."
    assert _reading(text, "Okafor") < _reading(text, "Lindqvist")


def _sentences(text: str) -> list:
    return split_sentences(normalize_text(text))


@pytest.mark.parametrize(
    ("article", "typed"),
    [
        ("Hospitals reported 40 new COVID-19 cases on Tuesday, the most since March.", "coronavirus cases"),
        (
            "Scientists warned that global warming is melting the ice sheets faster than expected.",
            "climate change",
        ),
        ("The economy grew by 2.1% in the third quarter, official figures showed.", "U.S. economic growth"),
        ("Shares of Northgate fell 9% after the company cut its forecast.", "Northgate share price"),
    ],
)
def test_a_topic_typed_in_other_words_is_found(article: str, typed: str) -> None:
    result = topic_sentiment(_sentences(article), typed)
    assert result is not None, f"{typed!r} is discussed in {article!r}"
    assert result.sentences


def test_a_side_word_alone_does_not_make_a_topic_discussed() -> None:
    article = "Tourists crowded the cafes of Paris on Sunday as the weather turned warm."
    assert topic_sentiment(_sentences(article), "climate summit in Paris") is None


def test_the_topic_list_holds_no_speaker_names_units_or_bare_generic_nouns() -> None:
    from bot.analysis import analyze

    article = (
        "Harbourline shares fell 12 per cent on Tuesday after the ferry operator cut its profit forecast.\n"
        '"This is a step backwards for Harbourline," said Ann Long, an analyst at Example Securities.\n'
        "Long said the fuel bill had risen by 30 cents a litre and that anything could happen next.\n"
        "Long added that the ferry operator's head office would close, a step the unions oppose.\n"
        "Harbourline said the fuel bill and the weak summer season had hurt its profit forecast."
    )
    analysis = analyze(article, title="Harbourline shares fall after profit warning")
    assert any(e.name == "Ann Long" for e in analysis.experts)
    phrases = {t.phrase.casefold() for t in analysis.topics}
    assert phrases, "the article has topics"
    for unwanted in ("long", "ann long", "cent", "cents", "step", "head", "anything"):
        assert unwanted not in phrases, phrases


def test_a_model_in_training_is_read_inside_its_block_only() -> None:
    from bot.analysis.target_sentiment import model_in_use, parse_model

    text = "Critics accused Halvorsen of lying to voters and wrecking the party."
    shipped = _reading(text, "Halvorsen")
    # a model that reads every target as praised, as a training script's fold model might
    always_positive = parse_model(["<intercept>\t0\t0\t5", "bias\t0\t0\t0"])
    with model_in_use(always_positive):
        assert _reading(text, "Halvorsen") > 0.9
    assert _reading(text, "Halvorsen") == shipped < 0


def test_the_topic_mentions_the_model_learns_from() -> None:
    from bot.analysis.topics import find_topic, topic_mentions

    sentences = _sentences(
        "Northgate shares fell 9% after the company cut its forecast. "
        "Analysts blamed a shortage of Northgate shares on the market. "
        "The board met on Friday."
    )
    match = find_topic(sentences, "Northgate shares")
    assert match is not None
    mentions = topic_mentions(sentences, match)
    # the first sentence's mention is read; in the second "a shortage of" sets the side, the
    # lexicon's reading follows it, and the model does not learn from it; the third is not about it
    assert [(text[:15], positions) for text, positions in mentions] == [("Northgate share", [0, 1])]
