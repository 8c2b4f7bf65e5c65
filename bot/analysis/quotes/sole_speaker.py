"""A definite description that spoke is the one person who has spoken so far, when nothing in the
article points to anyone else.

"Gov. Ana Ruiz said … ¶ “…,” the governor said" and "Works Minister Tomas Varga said … ¶ The member
of parliament said …": news calls the person it is quoting by an office or a description, often one
the article never wrote beside the name (the seat a minister holds in parliament, "the county chief"
for a governor, "the head of state" for a president). The readings asked before this one
(described_back.py) need the description to fit the person's stated role; this one needs no fit,
and asks instead that:
- the person is the only speaker so far, named or described, and the one a "he"/"she" would be now;
- nobody else the article names, before or after, holds a role the description fits (that person, or
  nobody, is meant: "the mayor of the city reported …" before "Mayor Ines Ruiz said"), and nobody
  named before has no role at all ("Ana Ruiz met Tomas Varga … the president said" may be either:
  without a role the text does not rule them out);
- the article did not speak of such a person unnamed before ("a senior official said … the official");
- the description is one person, definite, no owner's ("the company's chief executive" is often a new
  person), not "another" or "former" someone;
- the person's roles, when the text gives any, share a word's stem with the description (the office,
  its abbreviation, a kindred word, the place): a role that shares none says another office;
- a capitalised word before its head is in the person's roles: a party or body says which of several
  ("the Labour candidate" is not the rival just quoted). A place or nationality may be new, when the
  roles name no other place ("the Ohio senator" for "Sen. Ana Ruiz", "the Veldish president").
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .document import Source
from .names import is_role_word, name_key, place_names
from .office_back import OF_WORDS, introduced_unnamed, office_head
from .people import People, Person
from .pronoun import Recent, looks_personal, recent_people
from .role_fit import description_fit, ordered_words, role_vocabulary

_REFERS_BACK = word_set("people_nouns", "refers_back")
_DEMONYMS = word_set("demonyms")
_RANKS = word_set("role_modifiers", "rank")
_OTHER = frozenset(["other", "another", "second", "third", "new", "former", "incoming", "outgoing"])
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def sole_speaker(description: str, recent: Recent, people: People, before: str, pos: int) -> Person | None:
    """The person the description (`pos` where it starts, `before` the masked text before it) refers
    back to by the rules above, or None."""
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the" or any(w.endswith(("'s", "’s")) for w in words):
        return None
    head = office_head(words)
    if not (is_role_word(head, plural=False) or head in _REFERS_BACK):
        return None
    if _OTHER.intersection(w.lower() for w in words) or introduced_unnamed(head, before):
        return None
    spoke = [p for p in people.persons if id(p) in recent.spoke and p.first < pos]
    described = any(
        isinstance(t, Source) and t.kind == "desc" and id(t) in recent.spoke for t in recent.items
    )
    if len(spoke) != 1 or described:
        return None
    person = spoke[0]
    near = recent_people(recent)
    if not near or recent.most_salient(near) is not person:
        return None
    others = [p for p in people.persons if p is not person]
    if any(description_fit(description, [r.text for r in p.roles]) is not None for p in others):
        return None  # that person, or nobody
    if any(p.first < pos and not p.roles and looks_personal(p) for p in others):
        return None  # someone named before with no role the text gives may be the one described
    roles = [r.text for r in person.roles]
    if roles and not _shares_a_stem(description, roles):
        return None  # "Labour leader X" is not "the Prime Minister": a role that says another office
    return person if _says_which(description, roles) else None


def _shares_a_stem(description: str, roles: list[str]) -> bool:
    """A word of the description and one of the roles share their start: the office or its
    abbreviation ("the governor" for "Gov."), a kindred word ("the senator" for the "Senate
    President"), the place or body ("the Eastfield county chief" for the "Eastfield Governor"). A rank
    and its office stay one word ("the president" is not the "Vice President")."""
    own = _stems(description)
    held = {w for r in roles for w in _stems(r)}
    return any(a == b if " " in a + b else _kindred(a, b) for a in own for b in held)


def _stems(text: str) -> set[str]:
    return {w for w in ordered_words(text) if len(w) >= 3} - OF_WORDS - {"the", "and"}


def _kindred(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a) or a[:5] == b[:5]


def _says_which(description: str, roles: list[str]) -> bool:
    """Every capitalised word before the description's head says nothing the roles do not: it is in
    them, an office ("the Prime Minister"), or a place or nationality where the roles name no other
    place ("the Veldish head of state" for "Veldia's president")."""
    known = role_vocabulary(roles)
    places = [w for r in roles for w in _WORD.findall(r) if w[:1].isupper() and _place(w)]
    words = _WORD.findall(description)
    for word in words[1:-1]:
        low = word.lower()
        if low in OF_WORDS:
            break
        if not word[:1].isupper() or low in known or is_role_word(low) or low in _RANKS:
            continue
        if not (_place(word) and all(_same_place(p, word) for p in places)):
            return False
    return True


def _place(word: str) -> bool:
    word = word.removesuffix("'s").removesuffix("’s")
    return word.lower() in _DEMONYMS or name_key(word) in place_names()


def _same_place(a: str, b: str) -> bool:
    """ "Veldia" and "Veldish", "Kenya" and "Kenyan": a country and its nationality share their
    stem."""
    return a.lower()[:5] == b.lower()[:5]
