"""A "he"/"she" right after a sentence about no person that brings in one person, with a role or a
who-clause ("The plan was welcomed by NAME, who …", "In head coach NAME's briefing, …"), is that
person, not the subject of an earlier sentence (quotes/pronoun.py, quotes/bystanders.py). The
sentences are invented for these tests."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name, quotes_of


def _quoted_by(text: str, quote: str) -> list[str]:
    return [name for name, expert in by_name(text).items() if quote in quotes_of(expert, "direct")]


def test_he_is_the_person_a_passive_sentence_brings_in() -> None:
    text = (
        "Council leader Martin Osei said the branch libraries would stay open.\n\n"
        "The news was also welcomed by Peter Pinnock, who led the campaign to save the Elmfield library.\n\n"
        "He said: “We have to give this a cautious welcome.”"
    )
    assert _quoted_by(text, "We have to give this a cautious welcome.") == ["Peter Pinnock"]


def test_he_is_the_person_a_possessive_aside_introduces() -> None:
    text = (
        "Coach Tobias Rennick said the squad had trained well.\n\n"
        "In head coach Michael Weissberg’s briefing after the match, the first question was about injuries.\n\n"
        "“We will see how they are in the morning,” he said."
    )
    assert _quoted_by(text, "We will see how they are in the morning") == ["Michael Weissberg"]


def test_he_keeps_the_subject_when_the_sentence_between_is_about_him() -> None:
    text = (
        "Senator Paul Dorrance spoke in Leeds on Monday.\n\n"
        "He criticised the plans of Mayor Ivan Kossel at length.\n\n"
        "“The plans are a mess,” he said."
    )
    assert _quoted_by(text, "The plans are a mess") == ["Paul Dorrance"]


def test_a_name_dropped_in_passing_brings_in_nobody() -> None:
    text = (
        "Senator Paul Dorrance spoke in Leeds on Monday.\n\n"
        "The hall was booked through Ivan Kossel’s office.\n\n"
        "“It was a good night,” he said."
    )
    assert _quoted_by(text, "It was a good night") == ["Paul Dorrance"]


def test_he_picks_none_of_several_people_named_in_passing() -> None:
    text = (
        "Coach Tobias Rennick said the squad had trained well.\n\n"
        "The goals were scored by Ivan Kossel, Paul Dorrance and Martin Osei.\n\n"
        "“I cannot fault the effort,” he said."
    )
    assert _quoted_by(text, "I cannot fault the effort") == ["Tobias Rennick"]
