"""Speakers a description tells apart from a firm or a stray capitalised word.

- After an inverted verb, a description ending in a person noun, then the name: "said another Twitter
  user, Jo Bell", "said the senator's deputy campaign manager, Rich Beeson". The description may hold
  capitalised words (a platform, a possessive name), where the plain rule
  (speaker_after._described_name_right) stops; the person speaks, the description is the role.
- Before the verb, between commas: "Senator Ana Ruiz, Republican of Ohio, said" (a party and a place,
  not a firm's name) and "Jo Bell, the pollster who worked for both parties for decades, said" (a
  description too long for a role still says a person speaks).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..wordlists import word_set
from .name_runs import run_right
from .names import ORG_NOUNS, PEOPLE_NOUNS, is_agent_noun, is_role_word
from .roles import clean_role
from .rules import RoleEvidence, RoleRule
from .speech_tokens import Speaker, Token, _is_name_token, _rejoin
from .speech_verbs import _WEEKDAYS

KIN_NOUNS = word_set("kin_nouns")
_OPENERS = frozenset({"a", "an", "another", "one", "the", "his", "her", "their", "its"})
_MAX_WORDS = 7

SubjectRight = Callable[[list[Token], int, int, int], Speaker | None]


def is_person_noun(word: str) -> bool:
    """ "user", "strategist", "manager", "friend": a noun that names a person."""
    low = word.lower()
    return (
        is_role_word(low)
        or is_agent_noun(low)
        or low in PEOPLE_NOUNS
        or f"{low}s" in PEOPLE_NOUNS
        or low in KIN_NOUNS
    )


def _opens_description(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.is_word and tok.low in _OPENERS:
        return True
    return _is_name_token(tok) and tok.low.endswith(("'s", "’s"))


def described_speaker(
    tokens: list[Token], i: int, hi: int, first: int, right: SubjectRight
) -> Speaker | None:
    """The person after "DESCRIPTION, NAME" or "DESCRIPTION NAME" starting at token i, where the
    description opens with a determiner or a possessive and ends in a lower-case person noun; or
    after "NAME job NAME" ("said Ayotte campaign manager Jon Kohan"), where the job is an office."""
    if i >= hi:
        return None
    if not _opens_description(tokens, i):
        return _office_of_name(tokens, i, hi, first, right) if _is_name_token(tokens[i]) else None
    j = i + 1
    while j < hi and j - i <= _MAX_WORDS and tokens[j].is_word and not tokens[j].is_mask:
        if _description_head(tokens, j, hi):
            start = j + 2 if tokens[j + 1].text == "," else j + 1
            if start < hi and _is_name_token(tokens[start]) and not tokens[start].low.endswith(("'s", "’s")):
                return _person_at(tokens, i, j + 1, start, hi, first, right)
        j += 1
    return None


def _description_head(tokens: list[Token], j: int, hi: int) -> bool:
    """The noun ending a description before the name: a person noun in lower case ("the pollster"),
    or an office in capitals set off by a comma ("the Market Chairman, Jo Bell"; without the comma
    the office and the name are one capitalised run, read elsewhere)."""
    if j + 1 >= hi:
        return False
    if not tokens[j].is_cap:
        return is_person_noun(tokens[j].text)
    if j >= 2 and tokens[j - 1].low == "of" and tokens[j - 2].low in ORG_NOUNS:
        return False  # "the Ministry of Justice, NAME": the office names the body's field, not the person
    return tokens[j + 1].text == "," and is_role_word(tokens[j].text, plural=False)


def _office_of_name(tokens: list[Token], i: int, hi: int, first: int, right: SubjectRight) -> Speaker | None:
    """ "said Ayotte campaign manager Jon Kohan": a capitalised name, up to three lower-case words
    ending in an office, then the person, who speaks (the name and office are the role)."""
    j = run_right(tokens, i, hi)
    k = j
    while k < hi and k - j < 3 and tokens[k].is_word and not tokens[k].is_cap:
        k += 1
    if k == j or k >= hi or not is_role_word(tokens[k - 1].low, plural=False):
        return None
    if not _is_name_token(tokens[k]) or tokens[k].low.endswith(("'s", "’s")):
        return None
    when = j == i + 1 and tokens[i].low in _WEEKDAYS  # "said Tuesday police chief …": no part of the role
    return _person_at(tokens, j if when else i, k, k, hi, first, right)


def _person_at(
    tokens: list[Token], i: int, end: int, start: int, hi: int, first: int, right: SubjectRight
) -> Speaker | None:
    speaker = right(tokens, start, hi, first)
    if speaker is None or speaker.kind != "name" or speaker.name is None or speaker.name.kind != "person":
        return None
    role = clean_role(_rejoin(tokens, i, end), appositive=True)
    if role:
        speaker.roles.insert(0, RoleEvidence(tokens[i].start, role, RoleRule.DESCRIPTION_BEFORE_NAME))
    speaker.name.evidence = True  # a person noun right before the name
    speaker.start = tokens[i].start
    return speaker


# "Senator Ana Ruiz, Republican of Ohio, said": a party and a place between commas, not a firm's name
_PARTY_OF_PLACE = re.compile(
    r"(?:an? )?(?:Democrat|Republican|Independent) (?:of|from) [A-Z][\w.]*(?: [A-Z][\w.]*)*$"
)


def party_of_place(piece: str) -> str | None:
    """ "Republican of Ohio", "a Democrat from New Mexico": the role a comma piece gives, or None."""
    found = _PARTY_OF_PLACE.match(piece)
    return found.group() if found else None


_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "another", "his", "her", "their"})


def described_person(tokens: list[Token], a: int, b: int) -> str | None:
    """ "Jo Bell, the pollster who worked for both parties for decades, said": a description with a
    "who" clause too long to be a role still describes a person, so the name before it speaks. Returns
    the role its head reads ("the pollster"), "" when none, or None when the piece is no such thing."""
    if tokens[a].low not in _DESCRIPTION_OPENERS:
        return None
    who = next((i for i in range(a + 1, b) if tokens[i].low in ("who", "whose")), None)
    if who is None or who - a > 12:
        return None
    return clean_role(_rejoin(tokens, a, who), appositive=True) or ""
