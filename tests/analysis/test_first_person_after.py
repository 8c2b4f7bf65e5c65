"""A sentence in the first person right after someone's reported speech carries their words on ("NAME
said the quay would reopen. We have waited long enough."): news is written in the third person, so
the "we" is the speaker's. Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_a_we_sentence_after_a_reported_clause_is_the_speakers() -> None:
    experts = by_name(
        "Harbour master Anwen Corrie said the quay would reopen in May. "
        "We have waited long enough, and our crews are ready to work."
    )
    said = quotes_of(experts["Anwen Corrie"], "indirect")
    assert any("quay would reopen" in q for q in said)
    assert any(q.startswith("We have waited long enough") for q in said)


def test_a_country_in_capitals_is_no_first_person() -> None:
    experts = by_name(
        "Harbour master Anwen Corrie said the quay would reopen in May. The US navy will send two tugs."
    )
    assert not any("navy" in q for q in quotes_of(experts["Anwen Corrie"], "indirect"))


def test_a_first_person_sentence_after_two_speakers_stays_unattributed() -> None:
    experts = by_name(
        "Anwen Corrie said the quay would reopen, and Tobiah Venn said the market would move. "
        "We have waited long enough."
    )
    for expert in experts.values():
        assert not any("waited" in q for q in quotes_of(expert, "indirect"))


def test_a_sentence_with_a_speech_verb_of_its_own_is_read_by_it() -> None:
    experts = by_name(
        "Anwen Corrie said the quay would reopen in May. Tobiah Venn said our harbour had never been busier."
    )
    assert not any("busier" in q for q in quotes_of(experts["Anwen Corrie"], "indirect"))


def test_in_a_column_written_in_the_first_person_the_we_is_the_writers() -> None:
    experts = by_name(
        "I walked down to the harbour last week. Harbour master Anwen Corrie said the quay would reopen "
        "in May. We have heard that before."
    )
    assert not any("heard that before" in q for q in quotes_of(experts["Anwen Corrie"], "indirect"))
