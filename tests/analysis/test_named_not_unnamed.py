"""Named speakers whose words must not go to an unnamed source or an organisation: a surname
misspelt further down the article, an office written before the name. Sentences invented for the
test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of, run


def test_a_misspelt_surname_is_the_person_named_in_full() -> None:
    text = (
        "Coach Tomasz Wielgosz praised his side after the draw. "
        '"We kept our shape for ninety minutes," Wielgozs said. '
        "Wielgosz added that the squad would rest on Monday."
    )
    experts, sources = run(text)
    assert [e.name for e in experts] == ["Tomasz Wielgosz"]
    assert quotes_of(by_name(text)["Tomasz Wielgosz"], "direct") == ["We kept our shape for ninety minutes"]
    assert not sources


def test_a_surname_one_letter_off_from_two_people_goes_to_neither() -> None:
    text = (
        "Analyst Mara Hollis and economist Tom Hollin disagreed on the outlook. "
        '"Rates will fall soon," Holli said.'
    )
    experts, _ = run(text)
    assert not any("Rates will fall" in q.text for e in experts for q in e.quotes)
