"""Participles that report by the clause they take, listed or not: "…, underscoring that the council
had not consulted anyone" carries a speech already attributed on, as "…, adding that …" does. The test
is that_clause.py's for a finite verb, read on the participle's past form ("underscored that …"), so
"during that time" or "making that plan work" split nothing.

Also the infinitive that keeps a request's object from reading as a circumstance: "called on the
board to resign, …" is what was asked, not where it was said."""

from __future__ import annotations

import re

from .names import tag_of
from .speech_tokens import tokenize
from .that_clause import that_clause_verb

# a comma, maybe an adverb, and an -ing form right before "that"
_THAT_PARTICIPLE = re.compile(r",\s*(?:[a-z]{2,}ly\s+|also\s+)?(?=(?P<ing>[a-z]{3,}ing)\s+that\s)")
THAT_PARTICIPLE_WORD = re.compile(r"[a-z]{3,}ing(?=\s+that\s)")
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")
_CLAUSE_CHARS = 200  # what that_clause_verb reads after the verb


def that_participle_after(masked: str, a: int, b: int) -> re.Match[str] | None:
    """The first comma and participle taking "that" and a clause in masked[a:b], or None."""
    for found in _THAT_PARTICIPLE.finditer(masked, a, b):
        if _reports_by_that(masked, found.start("ing"), found.end("ing")):
            return found
    return None


def has_infinitive(text: str) -> bool:
    """A "to" and a verb's base form in the text: "on the board to resign"."""
    return any(tag_of(m.group(1)) == "VB" for m in _INFINITIVE.finditer(text))


def _past_form(stem: str) -> str:
    """The past form of an -ing form's stem the lexicon knows: "underscor" → "underscored", "clarify"
    → "clarified" (else the regular form)."""
    forms = [stem + "ed", stem[:-1] + "ied"] if stem.endswith("y") else [stem + "ed"]
    return next((f for f in forms if tag_of(f) in ("VBD", "VBN")), forms[0])


def _reports_by_that(masked: str, start: int, end: int) -> bool:
    word = masked[start:end]
    if tag_of(word.lower()) != "VBG":
        return False
    tokens = tokenize(_past_form(word[:-3]) + masked[end : end + _CLAUSE_CHARS], start)
    return bool(tokens) and that_clause_verb(tokens, 0) is not None
