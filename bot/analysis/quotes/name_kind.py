"""Whether the words of a parsed name are a person's or an organisation's: organisation words, places,
brand capitals and plural offices say organisation; a first name, title or role says person."""

from __future__ import annotations

import re
from typing import Literal

from .names import (
    EAST_ASIAN_SURNAMES,
    NOT_NAMES,
    ORG_WORDS,
    is_common_word,
    is_first_name,
    name_content,
    name_key,
    place_names,
)

# "JPMorgan", "BlackRock", "OpenAI": capitals inside a word mark a brand, but not "McAdams" or "DeSantis"
_CAMEL = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’]|D['’]))[A-Z]?[a-z]+[A-Z]")


# "MPs", "MLAs", "CEOs": office holders in the plural. Not a plural office word in letters, which is a
# surname as often ("Pieter Deans", "Ada Judges")
_PLURAL_OFFICE = re.compile(r"^[A-Z]{2,}s$")


_INITIAL_DOT = re.compile(r"^[^\W\d_]\.$")


def classify(
    name: list[str], role: str | None, honorific: str | None
) -> tuple[Literal["person", "org", "single"], bool]:
    """The kind of a parsed name ("person", "org", or "single" for one word) and whether something
    besides its capitals says it is a person's (a first name, a title, a role)."""
    lows = [w.lower() for w in name]
    folded = name_key(" ".join(name))
    # a hyphen may join an organisation's word to its branch: "Muslim League-Sharif"; not a short
    # one, which is also a syllable of names ("Se" of "Kim Se-yeon" stands for Societas Europaea)
    parts = [p for w in lows if "-" in w for p in w.split("-") if len(p) >= 4]
    # a first name opening a longer name is that, even when a company suffix is spelt the same
    # ("Asa Whitfield said", not "Norvik ASA")
    own = lows[1:] if len(name) > 1 and name[0].istitle() and is_first_name(name[0]) else lows
    if any(w in ORG_WORDS for w in [*own, *parts]) or folded in place_names():
        if role and _surname_of_office_holder(name):
            return "person", True  # "Harbour City Mayor Don Guardian": an office, a first name
        return "org", False
    if "&" in name or all(w.isupper() and len(w) > 1 for w in name) or any(_CAMEL.search(w) for w in name):
        return "org", False
    if len(name) > 1 and _PLURAL_OFFICE.match(name[-1]):
        # "Labour MPs": office holders, no one person
        return "org", False
    if honorific or role:
        return "person", True
    content = name_content(name)
    if len(content) < 2:
        if is_first_name(name[0]) and not is_common_word(name[0]):
            return "single", True
        return "single", False
    if is_first_name(content[0]) or (len(content) == 2 and content[0].lower() in EAST_ASIAN_SURNAMES):
        return "person", True
    if len(content) == 2 and _INITIAL_DOT.match(content[0]) and not _INITIAL_DOT.match(content[1]):
        return "person", True  # "D. Raja": an initial and a surname (not "J.P. Morgan")
    if _surname_shaped(name, content):
        return "person", True
    if any(w.lower() in NOT_NAMES for w in content) or _opens_with_place(content):
        return "org", False
    if all(is_common_word(w) for w in content):
        return "org", False
    return "person", False


# Particles that join a given name to a surname or a father's name and name no organisation:
# "Pieter van der Berg", "Anwar bin Hamzah", "Ursula von Halden" (not "de", "la", "del", "da", which
# Romance organisations use too: "Banco de la Nación")
_PERSON_PARTICLES = frozenset({"van", "von", "bin", "ibn", "ter", "ten"})
# "MacLennan", "McArdle": a Gaelic surname's prefix before a capital
_MAC = re.compile(r"^Ma?c[A-Z][a-z]+$")
_BARE_INITIAL = re.compile(r"^[A-Z]\.?$")


def _surname_shaped(name: list[str], content: list[str]) -> bool:
    """The name's form is a person's whatever its given name: a lower-case particle of surnames
    between capitalised words, a last word "Mac"/"Mc" and a capital (in a name of two or three
    words), or two spaced initials or more before one or two words ("R K Varma", "A. B. Mensah")."""
    inner = name[1:-1]
    if any(w in _PERSON_PARTICLES for w in inner) and name[0][:1].isupper() and name[-1][:1].isupper():
        return True
    if 2 <= len(name) <= 3 and _MAC.match(name[-1]) and all(w.istitle() for w in name[:-1]):
        return True
    initials = 0
    while initials < len(content) and _BARE_INITIAL.match(content[initials]):
        initials += 1
    rest = content[initials:]
    return (
        initials >= 2
        and 1 <= len(rest) <= 2
        and all(w.istitle() and len(w) > 2 and not is_common_word(w) for w in rest)
    )


def _opens_with_place(content: list[str]) -> bool:
    """A country, state or city opening a name nothing marks as a person's ("Africa Confidential",
    "Belize City Council"): a place's outlet, firm or body. Not its last word alone, which may be a
    surname ("Ngozi Jordan")."""
    return any(name_key(" ".join(content[:n])) in place_names() for n in range(1, len(content)))


def _surname_of_office_holder(name: list[str]) -> bool:
    """After an office, a first name and one more word are a person even when that word names
    organisations elsewhere ("Mayor Don Guardian", "Senator Frank Church")."""
    return (
        len(name) == 2
        and is_first_name(name[0])
        and name[0].lower() not in ORG_WORDS
        and name_key(name[0]) not in place_names()
        and name[1][:1].isupper()
        and not name[1].isupper()
    )
