"""The article as every stage reads it: text, sentences, quoted passages masked, and the records
(speakers, mentions, roles stated with a verb) that stages pass on."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..models import Sentence
from ..quotemarks import QuoteSpan, find_quotes, is_nickname, mask_quotes
from ..wordlists import alternation, word_set
from .names import is_common_word, is_first_name, tag_of
from .people import Person
from .speech_tokens import Token

WINDOW = 600  # characters read on each side of an attribution in a runaway sentence
PRONOUN_WINDOW = 6  # how many recent people a pronoun looks back over for a gender match
DESCRIPTION_REACH = 3  # sentences after "the company's chief executive said" in which the name may follow
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|though|and)\b|\s(?:while|whereas)\s")
# "dubbed “Project Blue”", "what he called “a disgrace”": a name or a term, not speech
NAMING = re.compile(
    r"\b" + alternation("naming_words") + r"\s+(?:it\s+|them\s+|as\s+|the\s+[\w'’\-]+\s+|a\s+)?$", re.I
)
# "said on Monday", "told reporters in Geneva": a circumstance, not a reported clause
CIRCUMSTANCE = re.compile(r"^\s*,?\s*" + alternation("circumstance_openers") + r"\b", re.I)
CONTENT_WORD = re.compile(r"[^\W_][\w'’\-]*")
# what may open the words after "…," said X: a description of X ("a partner at …", "who …", "of the
# Harbour Institute", "from Lagos"), not more of what X said
DESCRIPTION_WORDS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "whose", "who", "which", "one", "of", "from"]
)
_FINITE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "do",
        "does",
        "did",
    ]
)
# Verbs that need a clause to report; the others ("called for a strike") report their object.
REPORTS_CLAUSE = word_set("speech_verbs", "reports_clause")
SELF_STANDING = word_set("speech_verbs", "self_standing")
CLAUSE_OR_QUOTE = word_set("speech_verbs", "clause_or_quote")


def has_verb(text: str) -> bool:
    """Whether a stretch of text holds a finite verb ("the deal was off"), so it can be a clause; a
    past form the lexicon tags as a participle counts right after a noun or pronoun ("the team
    performed well"), as past_after_noun reads it."""
    before = ""
    for word in CONTENT_WORD.findall(text):
        low = word.lower()
        if low in _FINITE or low.endswith("n't") or tag_of(low) in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if word.islower() and past_after_noun(before, low):
            return True
        before = low
    return False


# a past participle right after these is passive or perfect, not a clause's own past tense
_AUXILIARIES = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "get", "gets", "got"]
)
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])


def past_after_noun(before: str, low: str) -> bool:
    """`low` is a past form the lexicon tags as a participle ("performed", "increased", "improved")
    right after a noun or subject pronoun `before`, no auxiliary between: the past tense of a clause
    ("believes the team performed well"), as "played" (tagged past) would be."""
    if not low.endswith("ed") or tag_of(low) != "VBN" or not before or before in _AUXILIARIES:
        return False
    return before in _SUBJECT_PRONOUNS or tag_of(before) in ("NN", "NNS")


@dataclass(frozen=True, slots=True)
class Document:
    """The text, its sentences and quoted passages; `masked` hides the passages' words."""

    text: str
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]
    index_of: Mapping[int, Sentence]
    quotes: tuple[QuoteSpan, ...]
    quote_opens: tuple[int, ...]
    masked: str
    paragraph_start: Mapping[int, int]  # paragraph -> offset of its first sentence

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if pos < max(s.end, s.start + 1) else None

    def sentence(self, index: int) -> Sentence | None:
        return self.index_of.get(index)

    def gap(self, a: int, b: int) -> str:
        """The masked text between two offsets ("\\x00" when they are out of order)."""
        return self.masked[a:b] if 0 <= a <= b else "\x00"

    def trim(self, a: int, b: int) -> tuple[int, int] | None:
        """text[a:b] without surrounding spaces and punctuation; None when under three characters."""
        while a < b and (self.text[a] in " ,;:—–-" or self.text[a].isspace()):
            a += 1
        while b > a and (self.text[b - 1] in " ,;:—–-" or self.text[b - 1].isspace()):
            b -= 1
        if b - a < 3:
            return None
        return a, b


def _everyday_word(word: str) -> bool:
    return is_common_word(word) and not is_first_name(word)


def read_document(text: str, sentences: list[Sentence]) -> Document:
    """Stage 0: find and mask the quoted passages, so names and verbs inside quotes are ignored."""
    kept = tuple(s for s in sentences if 0 <= s.start <= s.end <= len(text))
    quotes: tuple[QuoteSpan, ...] = ()
    nicknames: list[QuoteSpan] = []
    for q in find_quotes(text):
        if is_nickname(text, q, _everyday_word):
            nicknames.append(q)
        else:
            quotes += (q,)
    masked = mask_quotes(text, list(quotes))
    for q in nicknames:  # Ayo “Wizkid” Balogun reads as the name Ayo Balogun
        masked = masked[: q.open] + " " * (q.close - q.open) + masked[q.close :]
    paragraph_start: dict[int, int] = {}
    for sentence in kept:
        paragraph_start.setdefault(sentence.paragraph, sentence.start)
    return Document(
        text=text,
        sentences=kept,
        starts=tuple(s.start for s in kept),
        index_of=MappingProxyType({s.index: s for s in kept}),
        quotes=quotes,
        quote_opens=tuple(q.open for q in quotes),
        masked=masked,
        paragraph_start=MappingProxyType(paragraph_start),
    )


@dataclass(slots=True)
class Source:
    """An unnamed speaker: a group ("experts"), an organisation ("the company") or a description
    ("the company's chief technology officer"), which the build stage may link to a named person."""

    speaker: str
    kind: str  # "group", "org" or "desc"
    sentence: int


Target = Person | Source


@dataclass(frozen=True, slots=True)
class Copula:
    """A role stated with a verb: "Now he is dean of …", "X being named the new head of …"."""

    sentence: int
    pos: int
    role: str
    pronoun: Token | None
    person: Person | None


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named outside quotes; `subject` when the name opens a clause (a pronoun may follow),
    `main` when that clause is the sentence's own, not one after "that", "as", "when" …"""

    person: Person
    pos: int
    subject: bool
    main: bool = False
