"""The people an article names: full names merged with their surnames, "Mr X" and spelling variants
("Schaeuble" for "Schäuble"), each with the evidence (roles, titles, gender) found for them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import (
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    first_names,
    gender_of,
    name_content,
    name_key,
    spelling_variants,
)
from .rules import RoleEvidence
from .speech_tokens import NameParse

KEY_LIMIT = 50  # people remembered per name word: enough for any article, and the cost stays flat


@dataclass(slots=True)
class Person:
    """One person named in the article, under the longest form of their name seen."""

    ident: int
    tokens: list[str]
    keys: set[str]
    first: int
    last_seen: int
    gender: str | None = None
    roles: list[RoleEvidence] = field(default_factory=list)
    caps_only: bool = False
    evidence: bool = False  # a first name, a title, a role or "he"/"she": surely a person
    pronoun: bool = False
    guessed: bool = False  # the gender is only the census's guess from the first name
    titled: str | None = None  # the gender a courtesy title written with the name gives ("Mr", "Ms")

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def note_name_evidence(self, parse: NameParse) -> None:
        """What a way of naming says: a title or first name marks a person and may give a gender."""
        self.evidence = self.evidence or parse.evidence
        if parse.honorific:
            self.titled = self.titled or honorific_gender(parse.honorific)
        if self.gender:
            return
        if parse.honorific:
            self.gender = honorific_gender(parse.honorific)
        if not self.gender and len(self.tokens) >= 2:
            self.gender = gender_of(self.tokens[0])
            self.guessed = self.gender is not None


def honorific_gender(honorific: str) -> str | None:
    low = honorific.lower()
    return "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None


class People:
    """Everyone named in the article; a name is looked up by any of its words."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.by_key: dict[str, list[Person]] = {}

    def _index(self, person: Person, tokens: list[str]) -> None:
        for token in tokens:
            for key in spelling_variants(token):
                if key not in person.keys:
                    person.keys.add(key)
                    self.by_key.setdefault(key, []).append(person)

    def _content(self, tokens: list[str]) -> list[str]:
        return name_content(tokens) or tokens

    def find(self, tokens: list[str], pos: int) -> Person | None:
        """The person these name tokens refer to: all tokens must belong to one person's name."""
        content = self._content(tokens)
        keysets = [set(spelling_variants(t)) for t in content]
        candidates: list[Person] | None = None
        for keys in keysets:
            # the most recent few people per name word are enough, and keep the cost flat
            found = {p.ident: p for k in keys for p in self.by_key.get(k, ())[-KEY_LIMIT:]}
            candidates = (
                list(found.values()) if candidates is None else [p for p in candidates if p.ident in found]
            )
            if not candidates:
                return None
        if not candidates:
            return None
        last = content[-1]
        last_keys = set(spelling_variants(last))

        def rank(p: Person) -> tuple[int, int, int]:
            surname = 1 if any(k in p.keys and name_key(p.tokens[-1]) == k for k in last_keys) else 0
            return (1 if p.first <= pos else 0, surname, p.last_seen if p.first <= pos else -p.first)

        return max(candidates, key=rank)

    def add(self, tokens: list[str], pos: int, caps_only: bool = False) -> Person:
        """Record a full name (two or more words); merges with a person whose name it contains."""
        found = self.find(tokens, pos) if len(self._content(tokens)) >= 2 else None
        if found is None:
            # "Andres Manuel Lopez Obrador" after "Lopez Obrador": the longer name absorbs the shorter
            found = self._contained(tokens) or self._by_surname_before(tokens)
        if found is not None:
            if len(tokens) > len(found.tokens) or (found.caps_only and not caps_only):
                found.tokens = list(tokens)
                found.caps_only = caps_only
            self._index(found, tokens)
            found.last_seen = max(found.last_seen, pos)
            return found
        person = Person(len(self.persons), list(tokens), set(), pos, pos, caps_only=caps_only)
        self.persons.append(person)
        self._index(person, tokens)
        self._index(person, _barrel_end(self._content(tokens)))
        return person

    def alias(self, person: Person, tokens: list[str]) -> None:
        """Another name the article gives the person ("aka Pero"): found by its words from now on."""
        self._index(person, tokens)

    def misspelt(self, word: str, pos: int) -> Person | None:
        """The one person named in full before `pos` whose surname `word` misspells ("Kovacks said"
        after "Ana Kovacs", "Shmitt" after "Lena Schmitt"): a letter added, dropped, changed
        or two swapped, or two changed in a long name ("Dragevic" for "Dragovac"). Nobody when two fit:
        an unnamed source is better than the wrong person."""
        key = name_key(word)
        if len(key) < _MISSPELT_MIN or not key.isalpha():
            return None
        found = [
            p
            for p in self.persons
            if p.first < pos and p.evidence and len(p.tokens) >= 2 and _misspells(key, name_key(p.tokens[-1]))
        ]
        return found[0] if len(found) == 1 else None

    def _by_surname_before(self, tokens: list[str]) -> Person | None:
        """ "Judge Brin Harrow" after "Judge Harrow told the jury": a full name whose surname is the one
        word a person was named by before (a headline's bare surname, a titled surname) is that person,
        not a second one. Nobody when two were so named, or when the genders differ ("Mr Tembler
        said" is not "Ada Tembler")."""
        content = self._content(tokens)
        if len(content) < 2:
            return None
        keys = set(spelling_variants(content[-1]))
        found = {
            p.ident: p
            for k in keys
            for p in self.by_key.get(k, ())[-KEY_LIMIT:]
            if len(self._content(p.tokens)) == 1 and name_key(p.tokens[-1]) in keys
        }
        if len(found) != 1:
            return None
        (person,) = found.values()
        gender = gender_of(content[0])
        return None if gender and person.gender and gender != person.gender else person

    def _contained(self, tokens: list[str]) -> Person | None:
        # in the name's word order, so the person found never depends on the order of a set
        ordered = list(dict.fromkeys(k for t in self._content(tokens) for k in spelling_variants(t)))
        mine = set(ordered)
        seen: set[int] = set()
        for key in ordered:
            for person in self.by_key.get(key, ())[-KEY_LIMIT:]:
                if person.ident in seen:
                    continue
                seen.add(person.ident)
                theirs = self._content(person.tokens)
                if len(theirs) >= 2 and all(any(k in mine for k in spelling_variants(t)) for t in theirs):
                    return person
        return None


_DOUBLE_BARREL = re.compile(r"[A-Z][a-z]{2,}-([A-Z][a-z]{2,})")


def _barrel_end(content: list[str]) -> list[str]:
    """'Okafor said' after 'Dana Whitby-Okafor': the last part of a double-barrelled surname, given
    after a first name, may stand for it. Not a hyphenated pair standing alone ('the Smith-Jones
    ticket' joins two people), nor a double first name's ('Jean-Pierre'), which is no one's surname."""
    barrel = _DOUBLE_BARREL.fullmatch(content[-1]) if len(content) >= 2 else None
    if barrel is None or barrel.group(1) in first_names():
        return []
    return [barrel.group(1)]


_MISSPELT_MIN = 5  # shorter surnames differ by a letter from too many others ("Lee", "Lea")


def _misspells(word: str, surname: str) -> bool:
    """One edit apart (a letter added, dropped, changed, or two neighbours swapped); or, for names of
    seven letters or more, two letters changed after the same first three."""
    if word == surname or word[:1] != surname[:1] or abs(len(word) - len(surname)) > 1:
        return False
    if len(word) == len(surname):
        diffs = [n for n, (a, b) in enumerate(zip(word, surname, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if word[i] == surname[i + 1] and word[i + 1] == surname[i]:
                return True  # two letters swapped
        return len(diffs) == 2 and len(word) >= 7 and diffs[0] >= 3
    short, long_ = sorted((word, surname), key=len)
    return any(long_[:n] + long_[n + 1 :] == short for n in range(len(long_)))


def title_case(words: list[str]) -> list[str]:
    return [
        "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) if w.isupper() else w for w in words
    ]
