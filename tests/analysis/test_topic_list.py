"""The topic list a reader sees: what the article is about, not who speaks, no empty words
(invented articles)."""

from __future__ import annotations

from bot.analysis import analyze


def _topics(text: str, title: str | None = None) -> list[str]:
    return [t.phrase.lower() for t in analyze(text, title=title).topics]


def test_a_speakers_surname_is_never_a_topic() -> None:
    text = (
        'Grain prices rose for a third week as drought hit the southern plains. "The harvest will be '
        'the smallest in a decade," said Professor Ann Long, a crop scientist. Long said grain stocks '
        "would fall by spring. Traders expect grain prices to stay high, and Long warned that bakers "
        "would pass the cost on. Grain stocks are already at a five-year low."
    )
    topics = _topics(text)
    assert any("grain" in t for t in topics), topics
    assert not any(t.split()[-1] == "long" for t in topics), topics


def test_shell_nouns_say_nothing_alone() -> None:
    # "the problem", "the chance", "hard work" stand for what the sentence goes on to say
    text = (
        "The ferry link to Marrow Island will close for repairs in June. The problem is that the pier "
        "is sinking, the harbour board said. Islanders fear the closure; the problem for shops is "
        "stock. Divers had the chance to inspect the pier, and hard work kept the ferry running this "
        "winter. The pier repairs will take three months, and the chance of delays is high."
    )
    topics = _topics(text)
    assert any("pier" in t for t in topics), topics
    assert not {"problem", "chance", "hard work", "work"} & set(topics), topics


def test_a_verb_before_its_object_is_not_part_of_the_topic() -> None:
    # the tagger reads "fund" in "to fund libraries" as a noun
    text = (
        "The Harlow Trust will fund libraries in six towns, its board said on Monday. The board voted "
        "to fund libraries after a review of reading in the region. Critics say the trust should fund "
        "libraries only where readers ask for them."
    )
    topics = _topics(text)
    assert "libraries" in topics, topics
    assert not any(t.startswith("fund ") for t in topics), topics


def test_a_verb_after_its_plural_subject_is_not_part_of_the_topic() -> None:
    # the tagger reads "fear" in "growers fear the frost" as a noun
    text = (
        "Apple growers fear the frost will return this week. Growers fear the damage could halve the "
        "harvest, and the orchards association warned of higher prices. Late frost hit the orchards "
        "twice last spring."
    )
    topics = _topics(text)
    assert any("frost" in t for t in topics), topics
    assert not any(t.endswith(" fear") for t in topics), topics


def test_a_line_quoted_in_another_language_gives_no_topic() -> None:
    text = (
        'Power cuts hit the island province for a fourth day on Tuesday. "Hindi namin alam kung kailan '
        'babalik ang kuryente sa aming bayan," a fisherman told reporters. The power cuts began when a '
        "storm felled transmission towers. The grid operator said power would return by Friday, and "
        "the power cuts have closed schools."
    )
    topics = _topics(text)
    assert any("power" in t for t in topics), topics
    foreign = {"hindi", "namin", "alam", "kung", "kailan", "babalik", "kuryente", "aming", "bayan"}
    assert not any(foreign & set(t.split()) for t in topics), topics


def test_initials_are_not_read_as_a_name_cut_short() -> None:
    # "MPs" has the initials of "Meridia's Prime", which is no topic: a name cut before "Minister"
    text = (
        "Meridia's Prime Minister Vera Nocht faces a confidence vote on Thursday. Opposition MPs say "
        "the budget broke her promises. MPs from her own party may abstain in the confidence vote. "
        "Nocht told MPs the budget protects pensions."
    )
    topics = _topics(text)
    assert any("confidence vote" in t for t in topics), topics
    assert "meridia's prime" not in topics, topics


def test_times_of_day_are_no_part_of_a_topic() -> None:
    text = (
        "Fire crews fought a blaze at the Harwick paper mill last night. The blaze at the paper mill "
        "started in a storeroom on Sunday evening. The paper mill will stay closed, its owner said. "
        "No one was hurt in the blaze."
    )
    topics = _topics(text)
    assert any("mill" in t for t in topics) and "blaze" in topics, topics
    assert not any({"night", "evening"} & set(t.split()) for t in topics), topics
