""" "What X said", spoken of by someone else, is no speech of X's ("NAME said what OTHER said is
unfair"): the words after it are not X's, and X is no speaker a later "he"/"she" means. Where the
words are X's ("what she said is growing demand", "what he called “reckless” spending"), X keeps
them. Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def test_what_another_said_is_spoken_of_by_the_speaker() -> None:
    experts = by_name(
        "Magistrate Ilse Varga heard the case on Monday. "
        "Magistrate Varga says what Tomasz Brill said is improper and will not go on the record."
    )
    assert "Tomasz Brill" not in experts
    assert any("improper" in q for q in quotes_of(experts["Ilse Varga"], "indirect"))


def test_the_next_he_is_the_one_who_spoke_of_it() -> None:
    experts = by_name(
        "Senator Hollis Pike met reporters on Tuesday. "
        "Pike said what Gregor Amsel said is his own opinion. "
        "He added that the party remains a strong option for voters."
    )
    assert "Gregor Amsel" not in experts
    assert any("strong option" in q for q in quotes_of(experts["Hollis Pike"], "indirect"))


def test_what_he_said_about_something_reports_nothing() -> None:
    experts = by_name("Mayor Oskar Tandel regretted on Monday what he had said about the harbour workers.")
    assert "Oskar Tandel" not in experts


def test_what_she_said_is_a_claim_of_hers() -> None:
    experts = by_name("Lawyer Tara Lind helped clubs adapt to what she said is growing demand for pools.")
    assert any("growing demand" in q for q in quotes_of(experts["Tara Lind"], "indirect"))


def test_what_he_called_keeps_his_quoted_words() -> None:
    experts = by_name('Councillor Bram Ostler attacked the budget for what he called "reckless" spending.')
    assert "reckless" in quotes_of(experts["Bram Ostler"], "direct")
