"""The wire-news lead that names its speaker a sentence or two later.

"Ore shipments resumed on Monday, a company spokeswoman said. ¶ … said Kestrel Mining spokeswoman
Ines Varga." and "A federal judge on Tuesday ruled … ¶ Judge Ana Ruiz said …": news often opens on a
description and names the person in the next sentences. When the article's first speaker is one
such person described (singular, in lower case: "a company spokeswoman", "the city's top
prosecutor") and the first person named as a speaker follows within a few sentences, that is the
person described, unless their stated role says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..wordlists import word_set
from .document import DESCRIPTION_REACH, Source
from .names import is_role_word
from .office_back import office_head
from .people import Person
from .role_fit import description_fit, says_no_other_body
from .rules import RoleEvidence

_REFERS_BACK = word_set("people_nouns", "refers_back")
_SINGULAR_OPENERS = frozenset(["a", "an", "the", "one"])
_WORD = re.compile(r"[\w'’-]+")


def _words(speaker: str) -> list[str]:
    """The description's words without an adverb the speaker's reading kept after it ("said an
    official recently")."""
    words = _WORD.findall(speaker)
    while len(words) > 2 and words[-1].islower() and words[-1].endswith("ly"):
        words.pop()
    return words


def _singular_description(speaker: str) -> bool:
    """ "a fire official", "the city's top prosecutor": one person described in lower case, not
    "officials" nor a body's capitalised name."""
    words = _words(speaker)
    if len(words) < 2:
        return False
    opener = words[0].lower()
    if opener not in _SINGULAR_OPENERS and not words[0].endswith(("'s", "’s")):
        return False
    head = next(w for w in reversed(words) if w.lower() == office_head(words))
    if not head.islower():
        return False  # "The Bangladeshi Directorate General of Health Services" names a body
    return is_role_word(head, plural=False) or head in _REFERS_BACK


def _fits(description: str, roles: Sequence[RoleEvidence]) -> bool:
    """The person's stated roles do not say they are someone else: none given, or one the description
    fits ("a company spokeswoman" for a "Kestrel spokeswoman"; "the foreign official" is not "the
    group's deputy chief"). A capitalised word of the description says which party, country or body:
    it must be in their roles when they have none, and their roles must name no other ("the Veldish
    president" may be "President Anton Mareck", "the Conservative leader" is not "Labour leader X";
    role_fit.says_no_other_body)."""
    texts = [r.text for r in roles]
    if not says_no_other_body(description, texts):
        return False
    return not texts or description_fit(description, texts) is not None


def lead_person(
    source: Source,
    first_speaker: int,
    persons: Sequence[Person],
    firsts: Mapping[int, int],
    roles: Mapping[int, list[RoleEvidence]],
) -> Person | None:
    """The person the described lead speaker `source` is, or None. `first_speaker`: the sentence of
    the article's first attribution; `firsts`: each person's first attribution sentence."""
    if source.sentence != first_speaker or not _singular_description(source.speaker):
        return None
    named = [p for p in persons if p.ident in firsts]
    if not named:
        return None
    first = min(named, key=lambda p: firsts[p.ident])
    if not source.sentence < firsts[first.ident] <= source.sentence + DESCRIPTION_REACH:
        return None
    return first if _fits(source.speaker, roles[first.ident]) else None
