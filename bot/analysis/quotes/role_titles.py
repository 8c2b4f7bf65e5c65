"""Abbreviated titles written out ("Sen." → "Senator", "PM" → "Prime Minister"), so that two readings
of one role compare equal; a role is still shown as the article writes it."""

from __future__ import annotations

import re

from ..wordlists import word_map
from .names import is_role_word
from .role_heads import HEAD_CLOSERS

# A capitalised abbreviation, with or without its dot: "Sen.", "Lt.", "PM"; never a lower-case word.
_ABBREVIATION = re.compile(r"\b([A-Z][A-Za-z]{1,4})\.?(?=\s|$)")


def spelled_out(role: str) -> str:
    """The role with its abbreviated titles in full: "PM" then "Prime Minister", or "Supt." then
    "Superintendent", are one role read twice."""
    titles = word_map("title_spellings")

    def full(match: re.Match[str]) -> str:
        return titles.get(match.group(1).lower(), match.group())

    return _ABBREVIATION.sub(full, role)


_OF_GROUP = frozenset({"of", "one", "both", "two", "three", "among"})


def singular_role(role: str) -> str:
    """ "Analysts" → "Analyst", "Wall Street analysts" → "Wall Street analyst": a role read before a
    list of names ("analysts Jo Bell and Tom Lee") is each one's; a capitalised name of several words
    ("Kansas City Chiefs") is left alone."""
    words = role.split()
    last = words[-1]
    if (len(words) > 1 and not last.islower()) or any(w.lower() in _OF_GROUP for w in words):
        return role  # "One of the organisers" says one of several already
    if any(w.lower() in HEAD_CLOSERS for w in words[:-1]):
        # "a carrier who marched with the strikers": the last word sits in a phrase or clause of its own
        return role
    head = last[:-1]
    if not last.endswith("s") or last.endswith("ss") or not is_role_word(head, plural=False):
        return role
    return " ".join([*words[:-1], head])
