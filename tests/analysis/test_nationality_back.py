"""A speaker called by their nationality ("the Spaniard said", "the 24-year-old Brazilian added") is the
person just quoted, not an organisation named "Spaniard"; a newspaper named by a nationality ("The Uruguayan") stays one.
The sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import run


def test_the_nationality_is_the_person_just_quoted() -> None:
    experts, sources = run(
        "Coach Tomas Berrow praised his players after the match. “We were brave today,” the Spaniard said."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Tomas Berrow", 2)]
    assert not sources


def test_an_age_before_the_nationality() -> None:
    experts, sources = run(
        "Ines Varga won the final in three sets, saying she was tired. “I was nervous at the start,” the "
        "24-year-old Brazilian said."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ines Varga", 2)]
    assert not sources


def test_nobody_who_has_spoken_leaves_the_quote_alone() -> None:
    experts, _ = run(
        "Ines Varga won the final in three sets. “I was nervous at the start,” the Brazilian said."
    )
    assert not experts


def test_a_newspaper_named_by_a_nationality_is_no_person() -> None:
    experts, _ = run(
        "Ines Varga won the final, saying she was tired. Ticket prices rose in the capital, The Uruguayan "
        "reported."
    )
    assert [(e.name, len(e.quotes)) for e in experts] == [("Ines Varga", 1)]


def test_a_nationality_before_a_noun_is_no_speaker() -> None:
    experts, _ = run(
        "Coach Tomas Berrow said his side had been unlucky. He rejected the Brazilian claim that the goal "
        "was offside."
    )
    # the claim is the Brazilians', not the coach's: he only rejected it
    assert "the goal was offside" not in [q.text for e in experts for q in e.quotes]
