"""Every quote and role says which rule produced it, so a wrong answer can be traced to one rule."""

from __future__ import annotations

import pytest

from bot.analysis import normalize_text, split_sentences
from bot.analysis.quotes import QuoteRule, RoleRule, extract_experts


def rules(text: str) -> dict[str, list[tuple[str, str]]]:
    """Speaker -> [(quote text, rule)] for every quote found."""
    text = normalize_text(text)
    experts, sources = extract_experts(text, split_sentences(text), strict=True)
    out: dict[str, list[tuple[str, str]]] = {}
    for speaker, quotes in [
        *((e.name, e.quotes) for e in experts),
        *((s.speaker, s.quotes) for s in sources),
    ]:
        out.setdefault(speaker, []).extend((q.text, q.rule) for q in quotes)
    return out


@pytest.mark.parametrize(
    ("text", "speaker", "said", "rule"),
    [
        (
            "“We will appeal,” said Dana Whitfield.",
            "Dana Whitfield",
            "We will appeal",
            QuoteRule.SPEAKER_AFTER_QUOTE,
        ),
        (
            "Dana Whitfield said: “We will appeal.”",
            "Dana Whitfield",
            "We will appeal.",
            QuoteRule.SPEAKER_BEFORE_QUOTE,
        ),
        (
            "Dana Whitfield said there was “broad support” for the strike.",
            "Dana Whitfield",
            "broad support",
            QuoteRule.QUOTE_IN_REPORTED_CLAUSE,
        ),
        (
            "Dana Whitfield said the talks had failed. “We will appeal against the ruling.”",
            "Dana Whitfield",
            "We will appeal against the ruling.",
            QuoteRule.PARAGRAPH_SPEAKER,
        ),
        (
            "Dana Whitfield said the deal was off.",
            "Dana Whitfield",
            "the deal was off",
            QuoteRule.CLAUSE_AFTER_VERB,
        ),
        (
            "The deal was off after months of talks, Dana Whitfield said.",
            "Dana Whitfield",
            "The deal was off after months of talks",
            QuoteRule.CLAUSE_BEFORE_VERB,
        ),
        (
            "The deal with the unions, Dana Whitfield said, was off.",
            "Dana Whitfield",
            "The deal with the unions, Dana Whitfield said, was off",
            QuoteRule.CLAUSE_AROUND_VERB,
        ),
    ],
)
def test_each_quote_names_the_rule_that_gave_it_its_speaker(
    text: str, speaker: str, said: str, rule: str
) -> None:
    assert (said, rule) in rules(text)[speaker]


def test_quotes_that_carry_on_into_the_next_paragraph_name_their_rule() -> None:
    # the quote left open at the paragraph's end carries on; a closed one is followed by a new quote
    open_quote = rules("Dana Whitfield said: “We will appeal.\n“We will not give up.”")["Dana Whitfield"]
    assert ("We will not give up.", QuoteRule.CONTINUED_QUOTE) in open_quote
    closed = rules("“We will appeal,” Dana Whitfield said.\n“We will not give up.”")["Dana Whitfield"]
    assert ("We will not give up.", QuoteRule.PREVIOUS_PARAGRAPH_SPEAKER) in closed


def test_a_quote_between_quotes_of_one_speaker_is_theirs() -> None:
    text = (
        "“Prices will keep rising this winter,” said bank governor Dana Whitfield.\n"
        "Bread has doubled in price since March at the bakery of Tom Ferris.\n"
        "“We saw the turn coming and we will act.”\n"
        "“The next meeting will decide the rate,” she added."
    )
    assert ("We saw the turn coming and we will act.", QuoteRule.BETWEEN_QUOTES) in rules(text)[
        "Dana Whitfield"
    ]


def test_a_question_between_quotes_of_one_speaker_is_not_given_to_them() -> None:
    text = (
        "“Prices will keep rising this winter,” said bank governor Dana Whitfield.\n"
        "Bread has doubled in price since March.\n"
        "“How long can this go on?”\n"
        "“The next meeting will decide the rate,” she added."
    )
    assert "How long can this go on?" not in [said for said, _ in rules(text)["Dana Whitfield"]]


def test_a_transcript_label_gives_its_paragraph_to_the_speaker() -> None:
    assert rules("DANA WHITFIELD: We will appeal.") == {
        "Dana Whitfield": [("We will appeal.", QuoteRule.TRANSCRIPT)]
    }


@pytest.mark.parametrize(
    ("text", "role", "rule"),
    [
        (
            "Dana Whitfield, the union's spokeswoman, said the deal was off.",
            "the union's spokeswoman",
            "appositive",
        ),
        ("Labour Secretary Dana Whitfield said the deal was off.", "Labour Secretary", "title_before_name"),
        (
            "Dana Whitfield said the deal was off. Whitfield is now head of the union.",
            "head of the union",
            "stated_with_verb",
        ),
    ],
)
def test_an_experts_role_names_the_rule_that_read_it(text: str, role: str, rule: str) -> None:
    text = normalize_text(text)
    (expert,) = extract_experts(text, split_sentences(text), strict=True)[0]
    assert expert.role == role and expert.role_rule == rule
    assert rule in {r.value for r in RoleRule}
