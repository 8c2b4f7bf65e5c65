"""What a user's search means, for every search path (tantivy, SQLite FTS5, PostgreSQL) alike.

A query is words (stop words dropped: "a" or "the" would match every article), "quoted phrases" that
must appear as written, and words or phrases after `-` (or `NOT`) that must not appear. `AND` and `OR`
are not words: every word is wanted, and when no article has them all, any of them will do. Stemming
("plummet" finds "plummeted") is the search paths' own, at indexing and query time both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TERMS = 32

# The Snowball English stop list (snowballstem.org, BSD licence) without its contractions, which the
# word pattern splits anyway. A word in capitals is kept ("US", "IT", "WHO" name things), except the
# operators people type out of habit.
STOP_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "what",
        "which",
        "who",
        "whom",
        "this",
        "that",
        "these",
        "those",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "would",
        "should",
        "could",
        "ought",
        "a",
        "an",
        "the",
        "and",
        "but",
        "if",
        "or",
        "because",
        "as",
        "until",
        "while",
        "of",
        "at",
        "by",
        "for",
        "with",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "to",
        "from",
        "up",
        "down",
        "in",
        "out",
        "on",
        "off",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "no",
        "nor",
        "not",
        "only",
        "own",
        "same",
        "so",
        "than",
        "too",
        "very",
    ]
)
OPERATORS = frozenset({"AND", "OR"})
NEGATION = "NOT"

_WORD = re.compile(r"\w+")
# A quoted phrase (straight or curly quotes, closing quote optional) or a run of other characters,
# either one possibly preceded by "-".
_TOKEN = re.compile(r'(-?)["“”„]([^"“”„]*)["“”„]?|(-?)([^\s"“”„]+)')


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """`words`: all of them wanted (any, when nothing has all); `phrases`: each must appear, its words
    in order; `excluded`: words or phrases that must not appear. Phrases hold words joined by spaces."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()

    @property
    def wanted(self) -> tuple[str, ...]:
        """Every word and phrase that can make an article match (what snippets highlight)."""
        return self.phrases + self.words

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


def parse_query(text: str) -> SearchQuery:
    """The words, phrases and exclusions of a user's query; nothing in it is ever search syntax."""
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    negate_next = False
    for match in _TOKEN.finditer(text):
        minus, quoted, bare_minus, bare = match.groups()
        if bare is not None and not bare_minus:
            if bare in OPERATORS:
                continue
            if bare == NEGATION:
                negate_next = True
                continue
        parts = _WORD.findall(quoted if quoted is not None else bare)
        negated = negate_next or bool(minus or bare_minus)
        negate_next = False
        if not parts:
            continue
        phrase = " ".join(parts)
        if negated:
            excluded.append(phrase)
        elif quoted is not None or len(parts) > 1:
            phrases.append(phrase)  # "U.S." or "COVID-19" is a phrase of its parts too
        elif not _is_stop_word(phrase):
            words.append(phrase)
    return SearchQuery(
        words=_unique(words)[:MAX_TERMS],
        phrases=_unique(phrases)[:MAX_TERMS],
        excluded=_unique(excluded)[:MAX_TERMS],
    )


def _is_stop_word(word: str) -> bool:
    shouted = len(word) > 1 and word.isupper()
    return not shouted and word.casefold() in STOP_WORDS


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_match(query: SearchQuery, *, any_term: bool = False) -> str:
    """An FTS5 expression for the query: every phrase, all (or any) of the words, none excluded.
    Each word and phrase is an FTS5 string, so nothing the user typed is ever an operator."""
    parts = [_fts_string(p) for p in query.phrases]
    if query.words:
        joined = (" OR " if any_term else " AND ").join(_fts_string(w) for w in query.words)
        parts.append(f"({joined})")
    expression = " AND ".join(parts)
    if query.excluded:
        expression = f"({expression}) NOT ({' OR '.join(_fts_string(x) for x in query.excluded)})"
    return expression


def fts_any(query: SearchQuery) -> str:
    """An FTS5 expression matching any word or phrase wanted (for highlighting them)."""
    return " OR ".join(_fts_string(t) for t in query.wanted)


def _web_string(text: str) -> str:
    return '"' + text.replace('"', " ") + '"'


def websearch_parts(query: SearchQuery, *, any_term: bool) -> tuple[str, str]:
    """Two inputs for PostgreSQL's websearch_to_tsquery, to be joined with `&&`: the phrases and the
    exclusions, then the words (all or any of them); every word quoted, so none is an operator."""
    required = [_web_string(p) for p in query.phrases] + ["-" + _web_string(x) for x in query.excluded]
    words = (" or " if any_term else " ").join(_web_string(w) for w in query.words)
    return " ".join(required), words


def websearch_any(query: SearchQuery) -> str:
    """websearch_to_tsquery input matching any word or phrase wanted (for highlighting them)."""
    return " or ".join(_web_string(t) for t in query.wanted)
