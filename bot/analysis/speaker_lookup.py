"""Reading a speaker's name as a user types it ("Dr. Frank McGeorge", "Mr Martin Cauchon", "Cauchon"),
and telling a stored speaker's name that is a person's from one that is a place or a firm."""

from __future__ import annotations

import re
import unicodedata

from .quotes.names import (
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    place_names,
)

_NOT_NAME_CHARACTERS = re.compile(r"[^\w'’-]+")
# Words before a name that say who the person is, not what they are called: "Mr", "Dr.",
# "Former Prime Minister", "Sen.", "the".
_TITLE_WORDS = HONORIFICS | TITLE_ABBREVIATIONS | ROLE_WORDS | ROLE_MODIFIERS | {"the"}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_words(text: str) -> list[str]:
    """The folded words of a typed name, its punctuation dropped ("Dr. Wang" -> ["dr", "wang"])."""
    return [w.strip("'’-") for w in _NOT_NAME_CHARACTERS.split(_fold(text)) if w.strip("'’-")]


def name_keys(text: str) -> list[str]:
    """The forms to look a typed name up by, most literal first: as typed, then without the titles
    and honorifics before it and the suffix after it ("Dr. Frank McGeorge Jr." -> "frank mcgeorge")."""
    words = name_words(text)
    keys = [" ".join(words)] if words else []
    while len(words) > 1 and words[0] in _TITLE_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    bare = " ".join(words)
    if bare and bare not in keys:
        keys.append(bare)
    return keys


def is_person_name(name: str) -> bool:
    """Whether a stored speaker's name reads as a person's: capitalised words (name particles
    aside), not a place ("Nepal"), and no word that names a firm or a place ("Wall Street",
    "Deutsche Bank"); not a lower-case phrase ("based company")."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return False
    if any(not w[:1].isupper() and w.casefold() not in NAME_PARTICLES for w in words):
        return False
    folded = [_fold(w).strip(".,'’") for w in words]
    if any(w in ORG_WORDS for w in folded):
        return False
    return " ".join(folded) not in place_names()
