"""A whole quote in the first person, alone in its paragraph, after a paragraph that brings in one
person as its subject and gives no one speech, is that person's (quotes/introduced.py)."""

from __future__ import annotations

from bot.analysis import normalize_text, split_sentences
from bot.analysis.quotes import QuoteRule, extract_experts


def quoted(text: str) -> dict[str, list[str]]:
    """Named speaker -> the direct quotes given to them."""
    text = normalize_text(text)
    experts, _ = extract_experts(text, split_sentences(text), strict=True)
    return {e.name: [q.text for q in e.quotes if q.kind == "direct"] for e in experts}


def test_a_quote_after_the_paragraph_that_introduces_its_speaker_is_theirs() -> None:
    text = (
        "The ferry to Harlow Island has been cancelled for the third week running.\n"
        "Tamsin Orrell, who runs the island's only bakery, is not happy about the delays.\n"
        "“We lose half our trade every week the boat does not come. Nobody tells us anything.”\n"
        "The operator expects the repairs to take another month."
    )
    assert quoted(text) == {
        "Tamsin Orrell": [
            "We lose half our trade every week the boat does not come. Nobody tells us anything."
        ]
    }
    normal = normalize_text(text)
    experts, _ = extract_experts(normal, split_sentences(normal), strict=True)
    assert [q.rule for q in experts[0].quotes] == [QuoteRule.INTRODUCED_BEFORE]


def test_two_people_in_the_paragraph_before_leave_the_quote_unattributed() -> None:
    text = (
        "Tamsin Orrell met Joel Varga at the harbour to discuss the delays.\n"
        "“We lose half our trade every week the boat does not come.”"
    )
    assert quoted(text) == {}


def test_a_speaker_in_the_paragraph_after_leaves_the_quote_unattributed() -> None:
    text = (
        "Tamsin Orrell runs the island's only bakery.\n"
        "“We lose half our trade every week the boat does not come.”\n"
        "Joel Varga, who skippers the ferry, said the engine would be repaired by May."
    )
    assert "Tamsin Orrell" not in quoted(text)


def test_a_credit_line_after_the_quote_names_its_speaker_instead() -> None:
    text = (
        "Tamsin Orrell runs the island's only bakery.\n"
        "“We lose half our trade every week the boat does not come.”\n"
        "– Joel Varga"
    )
    assert "Tamsin Orrell" not in quoted(text)
