"""The names of the who-said-what rules, as `"rule"` and `"role_rule"` show them in `newsdesk analyze`.

Each quote rule names the function that applies it (in direct.py, indirect.py); each role rule names
where a role was read (scan.py, roles_beside.py, speaker_*.py, resolve.py, build.py). A new rule gets a
member here, a small function with an example in its docstring, and a place in its stage's order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class QuoteRule(StrEnum):
    """Why a quote was given to its speaker."""

    SPEAKER_AFTER_QUOTE = "speaker_after_quote"  # “We will appeal,” said Dana Whitfield.
    SPEAKER_BEFORE_QUOTE = "speaker_before_quote"  # Whitfield said: “We will appeal.”
    LABEL_BEFORE_QUOTE = "label_before_quote"  # WHITFIELD: “We will appeal.”
    QUOTE_IN_REPORTED_CLAUSE = "quote_in_reported_clause"  # Whitfield said there was “broad consensus”.
    QUOTE_FRAMED_BY_VERB = "quote_framed_by_verb"  # Whitfield hailed the “bold” plan. (framing.py)
    QUOTE_CARRIED_ON = "quote_carried_on"  # “…,” said Whitfield, adding “we will appeal.”
    CONTINUED_QUOTE = "continued_quote"  # a quote that runs on after a paragraph break
    PARAGRAPH_SPEAKER = "paragraph_speaker"  # “We will appeal.” … Whitfield said, in one paragraph
    PREVIOUS_PARAGRAPH_SPEAKER = "previous_paragraph_speaker"  # a quote opening the next paragraph
    BETWEEN_QUOTES = "between_quotes"  # “…,” she said. ¶ Prices rose. ¶ “…” ¶ “…,” she added.
    INTRODUCED_BEFORE = "introduced_before"  # Jo Bell, a farmer, is worried. ¶ “We lost it all.”
    NARRATED_SUBJECT = "narrated_subject"  # “…,” Bell said. ¶ She thanked the crew. ¶ “They were great.”
    TRANSCRIPT = "transcript"  # WHITFIELD: We will appeal. (no quote marks)
    CLAUSE_AFTER_VERB = "clause_after_verb"  # Whitfield said the deal was off.
    CLAUSE_BEFORE_VERB = "clause_before_verb"  # The deal was off, Whitfield said.
    CLAUSE_AROUND_VERB = "clause_around_verb"  # The deal, Whitfield said, was off.
    SPEECH_AFTER_QUOTE = "speech_after_quote"  # “…,” she said, adding that the deal was off.
    SELF_STANDING_VERB = "self_standing_verb"  # Economists agreed.
    FIRST_PERSON_AFTER = "first_person_after"  # Whitfield said the deal was off. We will appeal.


class RoleRule(StrEnum):
    """Where a person's role was read."""

    TITLE_BEFORE_NAME = "title_before_name"  # Agriculture Secretary Tom Vilsack
    ROLE_BEFORE_NAME = "role_before_name"  # Austria's finance minister Hans-Joerg Schelling
    ROLE_COMMA_NAME = "role_comma_name"  # the opposition's transport spokesman, Jo Bell,
    APPOSITIVE = "appositive"  # Jo Bell, the transport spokesman,
    PARENTHESIS = "parenthesis"  # Sen. Ed Markey (D-Mass.) said
    AFFILIATION = "affiliation"  # Microsoft's Satya Nadella; Dr. Kim of Yonsei University
    DESCRIPTION_BEFORE_NAME = "description_before_name"  # said lead author Dr. Kim Hyun-woo
    STATED_WITH_VERB = "stated_with_verb"  # Now he is dean of the law school.
    DESCRIBED_SPEAKER = "described_speaker"  # the company's technology chief said …; Jo Bell said
    DESCRIBED_ELSEWHERE = "described_elsewhere"  # The UN envoy warned on Monday …. Jo Bell told …


@dataclass(frozen=True, slots=True, order=True)
class RoleEvidence:
    """One reading of a person's role: where it stands, its words and the rule that read it."""

    position: int
    text: str
    rule: RoleRule
