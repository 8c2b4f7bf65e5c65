"""Tokens of masked sentence text and the records of a speech attribution (speaker, verb, order)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from .names import HONORIFICS, TITLE_ABBREVIATIONS, tag_of
from .rules import RoleEvidence

MASK = "\ue000"
# "3,000" is one token: a thousands separator is no comma between appositive pieces
_TOKEN = re.compile(r"\ue000+|(?:[^\W\d_]\.){2,}|\d{1,3}(?:,\d{3})+(?!\d)|\w[\w'’\-]*(?<![-'’])|\S")

SpeakerKind = Literal["name", "pronoun", "group", "org", "desc"]


class Order(Enum):
    """Where the speaker stands against the speech verb."""

    SPEAKER_FIRST = "speaker first"  # "Wu said", "experts warned"
    VERB_FIRST = "verb first"  # "…," said Wu
    ACCORDING_TO = "according to"  # "according to Wu"
    LABEL = "label"  # "WU: …" opening a transcript paragraph


_INITIAL = re.compile(r"^[^\W\d_]$")
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es)-[A-Z][a-z]")


class Token:
    """A word, a punctuation mark or a masked quote, with its offsets in the full text."""

    __slots__ = ("end", "is_cap", "is_mask", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        first = text[0]
        self.low = text.lower()
        self.is_word = first.isalnum()
        # "al-Ansari", "el-Sisi", "bin-Salman": an Arabic surname keeps its lower-case article
        self.is_cap = first.isupper() or bool(_ARTICLE_NAME.match(text))
        self.is_mask = first == MASK

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(m.group(), base + m.start(), base + m.end()) for m in _TOKEN.finditer(text)]


@dataclass(slots=True)
class NameParse:
    """A capitalised run split into a title/role before the name, a courtesy title and the name."""

    name: list[str]
    start: int  # offsets of the name words
    end: int
    role: str | None = None
    role_start: int = -1
    honorific: str | None = None
    kind: Literal["person", "org", "single"] = "person"
    possessive: bool = False
    evidence: bool = False  # something besides capitals says this is a person
    affiliation: str | None = None  # "Yonsei University" in "Dr. Kim Hyun-woo of Yonsei University"


@dataclass(slots=True)
class Speaker:
    kind: SpeakerKind
    text: str
    start: int
    end: int  # end of the speaker phrase, appositive included
    name: NameParse | None = None
    roles: list[RoleEvidence] = field(default_factory=list)


@dataclass(slots=True)
class Attribution:
    sentence: int
    speakers: list[Speaker]
    verb: str
    verb_start: int
    verb_end: int
    order: Order
    start: int
    end: int
    listener_end: int = -1  # end of "reporters" in "told reporters"
    quotes_only: bool = False  # a verb that frames quoted words but reports no clause ("hailed")
    learned: bool = False  # the verb is speech by the learned reading alone (cue_model.py), no list

    @property
    def intro_end(self) -> int:
        """Where the attribution's words end, listener included: "Wu told reporters|"."""
        return max(self.end, self.listener_end)


def _is_name_token(tok: Token) -> bool:
    if not tok.is_word or not tok.is_cap:
        return False
    return not tok.text.isdigit()


def _is_initial(tokens: list[Token], i: int) -> bool:
    """A capital letter ("J." in "John F. Kennedy") or a title ("Mr.") or courtesy title before a full stop."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1].text != "." or tokens[i + 1].start != tok.end:
        return False
    return (
        (bool(_INITIAL.match(tok.text)) and tok.is_cap)
        or tok.low in HONORIFICS
        or tok.low in TITLE_ABBREVIATIONS
    )


def _rejoin(tokens: list[Token], a: int, b: int) -> str:
    """tokens[a:b] with their original spacing (tokens carry absolute offsets)."""
    if a >= b:
        return ""
    out = [tokens[a].text]
    for prev, tok in zip(tokens[a : b - 1], tokens[a + 1 : b], strict=True):
        out.append((" " if tok.start > prev.end else "") + tok.text)
    return "".join(out)


def _index_at(tokens: list[Token], start: int) -> int:
    """Index of the first token starting at or after `start`."""
    return bisect.bisect_left(tokens, start, key=lambda t: t.start)


# what an object or a listener opens with: "the", "her", "all", "traders", "local", "two", or a name
_OBJECT_TAGS = ("DT", "PRP", "NN", "JJ", "CD", "PDT")


def opens_object(tok: Token) -> bool:
    """The token can open the noun phrase after a verb ("termed the levy as …", "begged the governor
    to …"): a capitalised word or a determiner, pronoun, noun, adjective or number."""
    return tok.is_cap or tag_of(tok.low).startswith(_OBJECT_TAGS)
