"""Signs in the text that a name with no known first name is a person, not a firm: what is written
around it. "said Mo Elleithee, a campaign aide during the 2008 run", "Yin Myint May, 60, a doctor,",
"his friend Tomas Ruiz told", "spokesman Ali Hassan": an age, or a noun for someone by their office, trade or tie, set beside
the name. A firm is set beside "the bank", "a union", "the carmaker", so those stay firms; with
nothing around it, "Kestrel Sachs said" stays a firm too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..wordlists import word_set
from .names import (
    ORG_WORDS,
    PEOPLE_NOUNS,
    is_first_name,
    is_lower_particle,
    is_role_word,
    name_key,
    place_names,
    tag_of,
)
from .roles import is_org_description

KIN_NOUNS = word_set("kin_nouns")
_REACH = 5  # mentions of a name looked at: the signs stand at the first ones
# the comma piece after a name, an age first perhaps: ", 60, a doctor," / ", a USDP member who …"
_AFTER = re.compile(r",\s+(?:(?P<age>\d{1,3})\s*(?:,|$))?\s*(?P<piece>[^,.;:()\"“”]{0,120})")
# where the noun phrase of a comma piece ends: "a pollster | and strategist who …"
_PHRASE_END = re.compile(
    r"\s(?:who|whom|whose|which|that|and|or|of|for|at|in|on|during|with|from|since|to)\s"
)
_RELATIVE = re.compile(r"\s(?:who|whom|whose|which|that)\s")
# "his friend Tomas Ruiz", "Boehner spokesman Ali Hassan": a noun for someone right before the name,
# or set off from it by a comma ("the union's media manager, Vusi Kama,")
_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),?\s+$")


def names_someone(word: str) -> bool:
    """A singular noun for someone: an office ("director", "aide"), a trade in -ist or -ster
    ("strategist", "pollster"), a kind of person ("volunteer", "resident") or a tie ("nephew")."""
    low = word.lower()
    return (
        is_role_word(low, plural=False)
        or (low in PEOPLE_NOUNS and not low.endswith("s"))
        or low in KIN_NOUNS
        or low.endswith(("ist", "ster"))
    )


def _person_piece(piece: str) -> str | None:
    """ "a Clinton campaign aide during …", "executive director of …": the piece, up to a relative
    clause, when its head noun (the last word before a relative clause or preposition) names someone
    and it does not describe a firm."""
    phrase = _PHRASE_END.split(f" {piece} ", maxsplit=1)[0].split()
    if not phrase or not phrase[-1].isalpha() or is_org_description(" ".join(phrase)):
        return None
    if not names_someone(phrase[-1]):
        return None
    return _RELATIVE.split(piece, maxsplit=1)[0].strip() or None


def _verb_first(role: str | None) -> bool:
    """ "NAME, thanked the Foreign Minister, …": a piece opening with a finite verb is the clause's
    predicate; the noun for someone in it is another person, so it gives no role."""
    first = role.split()[0] if role else ""
    return first.islower() and tag_of(first) in ("VBD", "VBZ", "VBP")


def looks_like_name(speaker: str) -> bool:
    """One to four capitalised words, no acronym, not a place, and no organisation's word unless a
    first name opens them: a name ("Soe Min", "RoseAnn DeMoro", "Michael Steel"), not "the company",
    "NLD" or "Reuters News"."""
    words = speaker.split()
    # a lower-case particle may stand inside the name: "Ana de Mireles", "Piet van der Berg"
    capitalised = [w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and is_lower_particle(w))]
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() and not (w.isupper() and len(w) > 1) for w in capitalised)
        and (is_first_name(words[0]) or not any(w.lower() in ORG_WORDS for w in words))
        and name_key(speaker) not in place_names()
    )


@dataclass(frozen=True, slots=True)
class PersonSign:
    role: str | None  # the comma piece that says who the person is, when it is one


def person_sign(text: str, name: str) -> PersonSign | None:
    """An age or a person's noun beside a mention of `name` in `text`, with the role it gives."""
    if len(name) < 2:
        return None
    for n, match in enumerate(re.finditer(re.escape(name), text)):
        if n >= _REACH:
            break
        after = _AFTER.match(text, match.end(), min(len(text), match.end() + 160))
        role = _person_piece(after.group("piece")) if after is not None else None
        if role is not None or (after is not None and after.group("age")):
            return PersonSign(None if _verb_first(role) else role)
        # a one-word name after a trade is a firm as often as not: "developer Paragon", "broker Acme"
        before = _BEFORE.search(text, max(0, match.start() - 40), match.start()) if " " in name else None
        if before is not None and names_someone(before.group("noun")):
            return PersonSign(before.group("noun"))
    return None
