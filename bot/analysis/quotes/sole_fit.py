"""A description that spoke is the one person of the whole article whose office it names.

"The sheriff says he was a war veteran. … “…,” said St. Tammany Sheriff Randy Smith." and "An outspoken
councillor has slammed the plans … ¶ … Conservative councillor Ann Marsh said": news often opens on a
description and names the person several sentences later, after other people or sources have spoken,
where the nearby readings (build._named_after, lead_named) no longer reach. When exactly one person the
article names holds a role with the description's office, and that person speaks, the description is
that person. Two people who fit ("the minister" in a story of two ministers), or none, leave an unnamed
source: the wrong person is worse than none. "A"/"an"/"one" brings in someone new, so an indefinite
description counts only in the lead, before anyone named has spoken ("one former executive said" in
the middle of a story is a source who stays unnamed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .document import Source
from .names import is_plural_people_noun, is_role_word, tag_of
from .people import Person
from .role_fit import description_fit, ordered_words, role_vocabulary
from .rules import RoleEvidence

# "another official", "at least one analyst", "some lawyers": someone other than, or any of, several
_NOT_ONE = frozenset(["other", "another", "second", "third", "fellow", "least", "some", "any", "several"])
_PREPOSITIONS = frozenset(["of", "at", "for", "in", "from", "with", "on", "to", "close"])
_DETERMINERS = frozenset(["the", "his", "her", "its", "their"])
INDEFINITE = frozenset(["a", "an", "one"])
# "one of the defence counsels": a person one of several holders of the office is not "the counsel"
_ONE_OF = re.compile(r"^(?:one|either|each)\s+of\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _noun_phrase(description: str) -> list[str]:
    """The description's words before its prepositional phrase, without the opener."""
    words = ordered_words(description)
    if words and words[0] in _DETERMINERS | INDEFINITE:
        words = words[1:]
    end = next((n for n, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    return words[:end]


def describes_one(description: str) -> bool:
    """A singular description of a person: its head an office ("the sheriff", "Pakistan head coach",
    "the head of the agency"), not of several ("people close to the minister", "residents"), one set
    against another ("another judge") nor any of several ("at least one analyst")."""
    raw = description.split()
    words = [w.lower() for w in raw]
    if (
        not words
        or _NOT_ONE.intersection(words)
        or any(w == "people" or is_plural_people_noun(w) for w in words)
    ):
        return False
    opener = words[0] in _DETERMINERS | INDEFINITE or raw[0].endswith(("'s", "’s"))
    if not (opener or raw[0][:1].isupper() or is_role_word(words[0], plural=False)):
        return False  # "outrageous things the candidate (had said)": words before the description
    phrase = _noun_phrase(description)
    return bool(phrase) and is_role_word(phrase[-1].split()[-1], plural=False)


def _names_their_office(description: str, roles: Sequence[str], name: Sequence[str]) -> bool:
    """Every word of the description that says who the person is is in their roles: the office
    ("the sheriff" for a "St. Tammany Sheriff"), the nouns before it ("a school spokesman" is no
    "ministry spokesman") and every capitalised word ("a spokeswoman for Janney" is no "Trump campaign
    spokeswoman"), unless it is the person's own `name` ("president of the club Jo Bell"). Adjectives
    ("an outspoken councillor", "the former minister") say nothing of it."""
    known = role_vocabulary(roles)
    phrase = _noun_phrase(description)
    if phrase[-1] not in known:
        return False
    if any(w not in known and tag_of(w).startswith("NN") for w in phrase[:-1]):
        return False
    words = _WORD.findall(description)
    if words and words[0].lower() in _DETERMINERS | INDEFINITE:
        words = words[1:]
    known |= {w.lower() for w in name}
    return all(w.lower().removesuffix("'s").removesuffix("’s") in known for w in words if w[:1].isupper())


def sole_fit(
    source: Source,
    persons: Sequence[Person],
    firsts: Mapping[int, int],
    roles: Mapping[int, list[RoleEvidence]],
) -> Person | None:
    """The one person named anywhere in the article whose roles hold the office the described speaker
    `source` names, when that person speaks (`firsts`: the sentence of each speaker's first
    attribution); or None."""
    speaker = source.speaker
    if not describes_one(speaker):
        return None
    if speaker.split()[0].lower() in INDEFINITE and any(s < source.sentence for s in firsts.values()):
        return None  # "one former executive said" after named people spoke: someone new
    fits = []
    for person in persons:
        texts = [r.text for r in roles[person.ident]]
        if (
            texts
            and description_fit(speaker, texts) is not None
            and _names_their_office(speaker, texts, person.tokens)
        ):
            fits.append((person, texts))
    if len(fits) != 1 or fits[0][0].ident not in firsts:
        return None
    person, texts = fits[0]
    if any(_ONE_OF.match(t) for t in texts) or _names_their_body(speaker, texts):
        return None
    return person


def _names_their_body(description: str, roles: Sequence[str]) -> bool:
    """The description is the body in the person's role, not the person: "The Directorate General of
    Health Services admitted …" and a "chief of the Directorate General of Health Services", or a
    "Directorate General of Health Services Additional Director" (the body, then another office)."""
    body = re.sub(r"^(?:the|a|an)\s+", "", description, flags=re.I).lower()
    for role in (r.lower() for r in roles):
        at = role.find(body)
        if at < 0 or role == body:
            continue
        if re.search(r"\b(?:of|at|for)\s+(?:the\s+)?$", role[:at]):
            return True
        if any(is_role_word(w, plural=False) for w in re.findall(r"[\w-]+", role[at + len(body) :])):
            return True
    return False
