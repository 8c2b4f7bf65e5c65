"""The matching key of a word and the content stems of a sentence, as topic questions compare them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import STOPWORDS, WORD_RE, match_key, stem
from .wordlists import word_map

ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")
MAX_SENTENCE_CHARS = 5_000
_MIN_BRITISH_STEM = 6  # shorter stems ending in "is" are no -ise verbs ("crisis" -> "crisi" anyway)


@lru_cache(maxsize=50_000)
def term(word: str) -> str:
    """The matching key of a word: its Porter stem, irregular forms joined to their base first
    ("grew", "growth" -> "grow"; data/word_forms.txt), British and American spellings joined."""
    low = match_key(word)
    key = stem(word_map("word_forms").get(low, low))
    # British -ise spellings stem to "...is" ("hospitalis", "organis"), American -ize ones further
    # ("hospit", "organ"): one key for both, so "hospitalisation" finds "was hospitalized"
    return stem(key[:-2] + "ize") if key.endswith("is") and len(key) >= _MIN_BRITISH_STEM else key


@dataclass(frozen=True, slots=True)
class SentenceTerms:
    """The content stems of one sentence, in order, and as a set."""

    sequence: tuple[str, ...]
    unique: frozenset[str]
    acronyms: frozenset[str]  # upper-case tokens as written, plural "s" dropped ("SMEs" -> "SME")


@lru_cache(maxsize=10_000)  # sentences repeat across questions; the index cache holds whole articles
def sentence_terms(text: str) -> SentenceTerms:
    sequence: list[str] = []
    acronyms: set[str] = set()
    for token in WORD_RE.findall(text[:MAX_SENTENCE_CHARS]):
        if ACRONYM.match(token):
            acronyms.add(token[:-1] if token.endswith("s") and token[:-1].isupper() else token)
        low = match_key(token)
        if low in STOPWORDS or low.isdigit() or low.endswith("n't"):
            continue
        sequence.append(term(low))
    return SentenceTerms(tuple(sequence), frozenset(sequence), frozenset(acronyms))
