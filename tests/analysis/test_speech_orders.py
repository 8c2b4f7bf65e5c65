"""An order given in office is a decision, not speech: "ordered" reports no words of its subject
(data/cue_verbs.txt leaves it out), so the judge or mayor who ordered something is no expert for it.
Sentences invented for the test."""

from __future__ import annotations

from tests.analysis.test_quotes import by_name


def test_a_judge_ordering_a_payment_is_no_expert() -> None:
    experts = by_name("Judge Ana Tomas ordered the landlord to repay the tenants in full.")
    assert "Ana Tomas" not in experts


def test_a_mayor_ordering_a_review_is_no_expert_but_her_words_still_count() -> None:
    experts = by_name(
        "Mayor Lina Obuya ordered a review of the contract. Obuya said the review would take a month."
    )
    assert list(experts) == ["Lina Obuya"]
    texts = [q.text for q in experts["Lina Obuya"].quotes]
    assert not any("ordered" in t for t in texts)
