"""A participle after a comma carries a speech already attributed on, and is a reported clause of its
own: one taking "that" and a clause, listed or not ("…, underscoring that …"), and the weaker cues
PolNeAR labels (", calling it …", ", questioning whether …": data/cue_verbs.txt, carries_on). A
request's infinitive is no circumstance before its clause ("called on the board to resign, …").
Sentences invented for the test."""

from __future__ import annotations

import pytest

from tests.analysis.test_quotes import by_name, quotes_of


@pytest.mark.parametrize("participle", ["underscoring", "reiterating", "clarifying"])
def test_a_participle_taking_a_that_clause_reports_that_clause(participle: str) -> None:
    text = f"Mayor Ana Tomas rejected the depot plan, {participle} that the council had not consulted anyone."
    assert quotes_of(by_name(text)["Ana Tomas"], "indirect") == [
        "rejected the depot plan",
        "the council had not consulted anyone",
    ]


def test_a_verdict_after_a_comma_is_its_own_clause() -> None:
    text = "Mayor Ana Tomas said the budget was sound, calling it a victory for taxpayers."
    assert quotes_of(by_name(text)["Ana Tomas"], "indirect") == [
        "the budget was sound",
        "calling it a victory for taxpayers",
    ]


def test_a_question_after_a_comma_is_its_own_clause() -> None:
    text = "Senator Ana Tomas rejected the levy, questioning whether the treasury had read the audit."
    indirect = quotes_of(by_name(text)["Ana Tomas"], "indirect")
    assert indirect[0] == "rejected the levy"
    assert "the treasury had read the audit" in indirect[1]


def test_a_request_with_its_infinitive_keeps_what_was_asked() -> None:
    text = (
        "Health minister Ana Tomas called on her successor to protect rural clinics, "
        "underlining that the clinics serve a third of the country."
    )
    assert quotes_of(by_name(text)["Ana Tomas"], "indirect") == [
        "called on her successor to protect rural clinics",
        "the clinics serve a third of the country",
    ]


def test_a_word_ending_in_ing_that_is_no_participle_does_not_split_the_clause() -> None:
    text = "Mayor Ana Tomas said the pier was late, during that time the ferry ran twice a day."
    assert quotes_of(by_name(text)["Ana Tomas"], "indirect") == [
        "the pier was late, during that time the ferry ran twice a day"
    ]
