"""A description naming an office refers back to the one person named without an office, when that
person has spoken.

"Tony Abbott has accused Labor … (Senator Brandis, Opposition Leader Shorten speak) … But the prime
minister on Tuesday said …": news often names a well-known person without their title and then calls
them by it. When nobody's stated role fits the description and exactly one person named so far holds
no office, a speaker, that person is meant. Two such people ("David Cameron taunted Gordon Brown …,
the prime minister replied") leave an unnamed source: which one is meant takes knowledge the text
does not give, and the wrong person is worse than none. A capitalised run read as a name that no first
name or "he"/"she" gives a sex (a place, a programme) is no such person when the speaker is the one in
view (_speaker_in_view).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .names import is_role_word
from .people import Person
from .role_fit import description_fit, names_known

_OTHER = frozenset(["other", "another", "second", "third", "new", "former", "incoming", "outgoing"])
OF_WORDS = frozenset(["of", "at", "for", "in", "from", "with", "to", "on"])


def office_head(words: list[str]) -> str:
    """The noun a description is about: its last word before a preposition ("the head of the agency")."""
    head = words[-1]
    for word in words[1:]:
        if word.lower() in OF_WORDS:
            break
        head = word
    return head.lower()


def introduced_unnamed(head: str, before: str) -> bool:
    """The article spoke of such a person unnamed before ("a senior official said", "officials said",
    "the minister's spokesman said"), so "the official" is that unnamed source."""
    unnamed = (
        rf"\b(?:an?|another|one)\s+(?:[\w.'’\-]+\s+){{0,5}}{re.escape(head)}\b"
        rf"|['’]s\s+(?:[\w.\-]+\s+){{0,3}}{re.escape(head)}\b|\b{re.escape(head)}s\b"
    )
    return re.search(unnamed, before, re.I) is not None


# a title's abbreviation, spelled out only to veto: "Sen. Ana Ruiz" may be "the senator from Ohio"
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "atty": "attorney"}
_ABBREVIATION = re.compile(r"\b(" + "|".join(_ABBREVIATED) + r")\b\.?", re.I)


def _spelled_out(person: Person) -> list[str]:
    return [_ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1).lower()], r.text) for r in person.roles]


def _holds_office(person: Person) -> bool:
    return any(is_role_word(w) for r in person.roles for w in re.findall(r"[\w-]+", r.text.lower()))


def roleless_speaker(
    description: str,
    recent_speakers: Sequence[Person],
    everyone: Sequence[Person],
    before: str,
    salient: Callable[[list[Person]], Person] | None = None,
) -> Person | None:
    """The one person named so far without an office, when they have spoken lately, whom "the
    <office>" (`description`) refers to; or None.

    `recent_speakers`: the last few people named who have spoken, latest first; `everyone`: all people
    named so far; `before`: the masked text before the description; `salient`: of several people, the
    one a "he"/"she" would be now."""
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the" or any(w.endswith(("'s", "’s")) for w in words):
        return None
    head = office_head(words)
    if not is_role_word(head, plural=False) or _OTHER.intersection(w.lower() for w in words):
        return None
    if introduced_unnamed(head, before):
        return None
    if any(description_fit(description, _spelled_out(p)) is not None for p in everyone):
        return None  # an office someone was given: that person or nobody, never a guess
    # anyone named without an office may be meant, spoken or not ("X taunted Y … the prime minister")
    free = [p for p in everyone if not _holds_office(p)]
    if len(free) > 1 and salient is not None:
        free = _speaker_in_view(free, recent_speakers, salient)
    if len(free) != 1 or free[0] not in recent_speakers:
        return None
    return free[0] if names_known(description, [r.text for r in free[0].roles]) else None


def _speaker_in_view(
    free: list[Person], recent_speakers: Sequence[Person], salient: Callable[[list[Person]], Person]
) -> list[Person]:
    """Of several people named without an office, the one who has spoken, when none of the others has,
    that one is who a "he"/"she" would be now, and no other has a sex the text or a first name gives:
    "Activists from North Veldish were questioned. … Tomas Varga told a press conference. ¶ The
    commissioner explained …" (a place or a show's name read as a name is no rival). Otherwise all of
    them: "Tomas Varga accused Ines Brandt … ¶ The prime minister replied" may be either, and "Ines
    Brandt held a sign. ¶ The teacher says …" after Varga spoke is the one just brought in."""
    speaking = [p for p in free if p in recent_speakers]
    if len(speaking) != 1 or salient(free) is not speaking[0]:
        return free
    if any(p.gender for p in free if p is not speaking[0]):
        return free
    return speaking
