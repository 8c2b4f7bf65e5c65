"""The people an article names: full names merged with their surnames, "Mr X" and spelling variants
("Schaeuble" for "Schäuble"), each with the evidence (roles, titles, gender) found for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .names import FEMALE_HONORIFICS, MALE_HONORIFICS, gender_of, name_content, name_key, spelling_variants
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

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    def note_name_evidence(self, parse: NameParse) -> None:
        """What a way of naming says: a title or first name marks a person and may give a gender."""
        self.evidence = self.evidence or parse.evidence
        if self.gender:
            return
        if parse.honorific:
            low = parse.honorific.lower()
            self.gender = "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None
        if not self.gender and len(self.tokens) >= 2:
            self.gender = gender_of(self.tokens[0])


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
            found = self._contained(tokens)
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
        return person

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


def title_case(words: list[str]) -> list[str]:
    return [
        "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) if w.isupper() else w for w in words
    ]
