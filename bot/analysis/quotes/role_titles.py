"""Abbreviated titles written out ("Sen." → "Senator", "PM" → "Prime Minister"), so that two readings
of one role compare equal; a role is still shown as the article writes it."""

from __future__ import annotations

import re

from ..wordlists import word_map

# A capitalised abbreviation, with or without its dot: "Sen.", "Lt.", "PM"; never a lower-case word.
_ABBREVIATION = re.compile(r"\b([A-Z][A-Za-z]{1,4})\.?(?=\s|$)")


def spelled_out(role: str) -> str:
    """The role with its abbreviated titles in full: "PM" then "Prime Minister", or "Supt." then
    "Superintendent", are one role read twice."""
    titles = word_map("title_spellings")

    def full(match: re.Match[str]) -> str:
        return titles.get(match.group(1).lower(), match.group())

    return _ABBREVIATION.sub(full, role)
