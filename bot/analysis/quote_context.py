"""Shared state of quote extraction: limits, patterns, records and the extractor's base."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .models import Quote, Sentence
from .names import (
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    gender_of,
    tag_of,
)
from .people import People, Person
from .quotemarks import find_quotes, mask_quotes
from .speech_tokens import Attribution, NameParse, Token
from .wordlists import word_set


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WINDOW = 600  # characters read on each side of an attribution in a runaway sentence
_PRONOUN_WINDOW = 6
_KEY_LIMIT = 50  # people remembered per name word  # how many recent people a pronoun looks back over for a gender match
_DESC_REACH = 3  # sentences after "the company's chief executive said" in which the name may follow
_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|though|and)\b|\s(?:while|whereas)\s")
_NAMING = re.compile(
    r"\b(?:called|dubbed|titled|entitled|named|known\s+as|so-called|rated|rates|rating|labell?ed|branded"
    r"|termed|nicknamed|billed\s+as|headlined|words?|terms?|phrase|slogan|hashtag|marked|reads?|reading)"
    r"\s+(?:it\s+|them\s+|as\s+|the\s+[\w'’\-]+\s+|a\s+)?$",
    re.I,
)
_CIRCUMSTANCE = re.compile(
    r"^\s*,?\s*(?:in|on|at|during|after|before|with|to|from|by|over|via|late|early|last|this|earlier"
    r"|later|when|while|as|outside|inside|ahead|speaking|according)\b",
    re.I,
)
_DATELINE = re.compile(
    r"[A-Z][A-Z .,'’\-]{1,40}(?:,\s*[A-Z][a-z]+\.? \d{1,2})?\s*(?:\([^()]{1,30}\))?\s*(?:--|[—–-])\s*"
)
_CONTENT_WORD = re.compile(r"[^\W_][\w'’\-]*")
_DESCRIPTION_WORDS = _set("a an the his her their its whose who which one")
_SELF_STANDING = word_set("speech_verbs", "self_standing")
# Verbs that need a clause to report; the others ("called for a strike") report their object.
_SAY_VERBS = word_set("speech_verbs", "reports_clause")


@dataclass(slots=True)
class _Source:
    speaker: str
    kind: str  # "group", "org" or "desc"
    sentence: int
    quotes: list[Quote] = field(default_factory=list)
    linked: Person | None = None
    roles: list[tuple[int, str]] = field(default_factory=list)


_Target = Person | _Source


@dataclass(slots=True)
class _Copula:
    """A role stated with a verb: "Now he is dean of …", "X being named the new head of …"."""

    sentence: int
    pos: int
    role: str
    pronoun: Token | None
    person: Person | None


@dataclass(slots=True)
class _Mention:
    person: Person
    pos: int
    subject: bool


_FINITE = _set("is are was were has have had will would can could should may might must shall do does did")


def _has_verb(text: str) -> bool:
    """Whether a stretch of text holds a finite verb ("the deal was off"), so it can be a clause."""
    for word in _CONTENT_WORD.findall(text):
        low = word.lower()
        if low in _FINITE or low.endswith("n't") or tag_of(low) in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


class ExtractorState:
    """What every stage of quote extraction reads and fills: the text, its sentences, quotes and speakers."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.sentences = [s for s in sentences if 0 <= s.start <= s.end <= len(text)]
        self.starts = [s.start for s in self.sentences]
        self.index_of = {s.index: s for s in self.sentences}
        self.quotes = find_quotes(text)
        self.masked = mask_quotes(text, self.quotes)
        self.quote_opens = [q.open for q in self.quotes]
        self.people = People()
        self.sources: dict[str, _Source] = {}
        self.attributions: list[Attribution] = []
        self.by_sentence: dict[int, list[Attribution]] = {}
        self.targets: dict[int, list[_Target]] = {}  # id(attribution) -> resolved speakers
        self.mentions: dict[int, list[_Mention]] = {}
        self.copulas: list[_Copula] = []
        self.workplaces: set[str] = set()  # folded names seen as where people work: "analysts at X"
        self.paragraph_start: dict[int, int] = {}
        self.full_quotes: set[int] = set()
        self._by_paragraph: dict[int, tuple[list[Attribution], list[int]]] | None = None
        self._sorted: dict[int, tuple[list[Attribution], list[int]]] = {}
        self._clause_cache: dict[int, dict[int, tuple[int, int]]] = {}
        self._last_quote_target: tuple[int, _Target] | None = None

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if pos < max(s.end, s.start + 1) else None

    def _gender_from(self, person: Person, parse: NameParse) -> None:
        person.evidence = person.evidence or parse.evidence
        if person.gender:
            return
        if parse.honorific:
            low = parse.honorific.lower()
            person.gender = "m" if low in MALE_HONORIFICS else "f" if low in FEMALE_HONORIFICS else None
        if not person.gender and len(person.tokens) >= 2:
            person.gender = gender_of(person.tokens[0])

    def _gap(self, a: int, b: int) -> str:
        return self.masked[a:b] if 0 <= a <= b else "\x00"

    def _intro_end(self, attribution: Attribution) -> int:
        return max(attribution.end, attribution.listener_end)

    def _targets(self, attribution: Attribution) -> list[_Target]:
        return self.targets.get(id(attribution), [])

    def _sentence_by_index(self, index: int) -> Sentence | None:
        return self.index_of.get(index)
