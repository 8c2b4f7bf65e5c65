"""A description that spoke ("the minister said", "the ports official added") is the person the
article named before whose role it fits, or the one speaker a "he"/"she" would be; resolve.py asks these
readings in turn before it falls back to an unnamed source."""

from __future__ import annotations

from ..wordlists import word_set
from .document import PRONOUN_WINDOW
from .office_back import OF_WORDS, introduced_unnamed, office_head, roleless_speaker
from .people import People, Person
from .pronoun import SPEAKER, Recent, recent_people
from .role_fit import best_fit, description_fit, names_known
from .rules import RoleEvidence
from .speech_tokens import Speaker

_REFERS_BACK = word_set("people_nouns", "refers_back")
_OTHER = frozenset(["other", "another", "second", "third", "new", "former"])  # "the second official"


def described_person(description: str, recent: Recent, sentence: int) -> Person | None:
    """ "the minister added" after "Finance Minister Kofi Mensah met Trade Minister Ama Boateng …
    Mensah said": the recent person whose role the description fits best, not merely the latest one;
    nobody when two fit equally."""
    persons = {id(t): t for t in recent.items[-PRONOUN_WINDOW:] if isinstance(t, Person)}
    candidates = [(p, [r.text for r in p.roles]) for p in persons.values()]
    found = best_fit(description, candidates)
    if found is None:
        # two fit equally ("the minister" after a health minister spoke of the chief minister): the
        # only one of them who has spoken, since a description refers back to a speaker
        fits = [
            (fit, p) for p, roles in candidates if (fit := description_fit(description, roles)) is not None
        ]
        top = max((fit for fit, _ in fits), default=None)
        spoke = [p for fit, p in fits if fit == top and id(p) in recent.spoke]
        found = spoke[0] if len(spoke) == 1 else _last_speaker(spoke, recent, sentence)
    if found is not None and id(found) not in recent.spoke and not fits_whole(description, found.roles):
        return None  # "the Brazilian president" is not the US president only mentioned before
    return found


def _last_speaker(spoke: list[Person], recent: Recent, sentence: int) -> Person | None:
    """Of several who fit equally and have spoken, the one who spoke last, in this sentence or the one
    before ("Marsholt said … ¶ Drummond said … ¶ “…,” the minister told reporters"), as a "he" would
    be: the description goes on from that speaker. Nobody when two spoke there."""
    if not spoke:
        return None
    latest = max(spoke, key=lambda p: recent.salience.get(id(p), (-1, -1, -1)))
    where, prominence, _ = recent.salience.get(id(latest), (-1, -1, -1))
    if prominence != SPEAKER or where < sentence - 1:
        return None
    if any(p is not latest and recent.salience.get(id(p), (-1,))[0] == where for p in spoke):
        return None
    return latest


def fits_whole(description: str, roles: list[RoleEvidence]) -> bool:
    """Every word of the description before its prepositional phrase is in the person's roles: "the
    CEO of the largest rail operator" fits a chief executive, "the Brazilian president" says more than
    "President" and so refers back to someone who spoke, not to a president only mentioned."""
    words = description.split()
    noun_phrase = " ".join(
        words[: next((n for n, w in enumerate(words) if w.lower() in OF_WORDS), len(words))]
    )
    return description_fit(noun_phrase, [r.text for r in roles]) == description_fit(
        noun_phrase, [noun_phrase]
    )


def referred_back(description: str, recent: Recent, before: str) -> Person | None:
    """ "Marsh said new towers take a year. '…,' the ports official added": a definite description
    that fits nobody's role and whose head is a broad noun for a person ("the official", "the leader",
    "the diplomat") is the person a "he"/"she" would be, when that person has spoken. Not when the
    article spoke of such people unnamed before ("A senior official said … the official added",
    "officials said"): the description is that unnamed source."""
    words = description.split()
    if words[0].lower() != "the" or any(w.endswith(("'s", "’s")) for w in words):
        return None  # "the company's chief executive" is a new person, often named after
    head = office_head(words)
    if head not in _REFERS_BACK or _OTHER.intersection(w.lower() for w in words):
        return None
    near = recent_people(recent)
    chosen = recent.most_salient(near) if near else None
    if not isinstance(chosen, Person) or id(chosen) not in recent.spoke:
        return None
    roles = [r.text for r in chosen.roles]
    if not names_known(description, roles):
        return None
    # "the UDR leader" after "Opposition leaders met …; UDR vice president Ilse Marten said": the body
    # it names is the speaker's, which the unnamed leaders spoken of before need not share
    if introduced_unnamed(head, before) and not _names_a_body(description):
        return None
    return chosen


def _names_a_body(description: str) -> bool:
    """A capitalised word before the head says which party or body: "the UDR leader", not "the
    leader" nor "the senior official"."""
    words = description.split()[1:-1]
    return any(w[:1].isupper() for w in words)


def office_of_roleless(speaker: Speaker, recent: Recent, people: People, before: str) -> Person | None:
    """ "Tony Abbott has accused Labor … (Senator Brandis, Opposition Leader Shorten) … But the prime
    minister said": office_back.roleless_speaker, among the people named so far."""
    named = [p for p in people.persons if p.first < speaker.start]
    spoke = [p for p in named if id(p) in recent.spoke]
    return roleless_speaker(speaker.text, spoke, named, before, lambda ps: _most_salient(recent, ps))


def _most_salient(recent: Recent, persons: list[Person]) -> Person:
    """The person a "he"/"she" would be now, of `persons`."""
    return max(persons, key=lambda p: recent.salience.get(id(p), (-1, -1, -1)))
