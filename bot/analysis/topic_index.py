"""An article's index for topic questions: per-sentence terms, stem frequencies, word families and
acronym expansions; built from the text or from the terms stored at ingest (topic_stored.py), and cached."""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field

from .text import stem
from .topic_acronyms import Expansion, explicit_expansions, implicit_expansions
from .topic_terms import SentenceTerms, sentence_terms


@dataclass(frozen=True, slots=True)
class ArticleIndex:
    """Per-sentence terms, stem frequencies and acronym expansions of one article."""

    texts: tuple[str, ...]
    terms: list[SentenceTerms]
    df: Counter[str]
    acronyms: frozenset[str]  # as written, singular ("SME")
    explicit: dict[str, Expansion]  # acronym stem -> expansion, from "long form (LF)"
    families: dict[str, list[str]]  # stems by their first four letters, to find a word's kin quickly
    _implicit: dict[str, Expansion | None] = field(default_factory=dict)

    def expansions_for(self, acronyms: set[str]) -> dict[str, Expansion]:
        """Expansions of these acronyms (as written), found once and remembered."""
        missing = {a for a in acronyms if stem(a) not in self.explicit and stem(a) not in self._implicit}
        if missing:
            found = implicit_expansions(self.texts, missing)
            for acronym in missing:
                self._implicit[stem(acronym)] = found.get(stem(acronym))
        result = dict(self.explicit)
        for acronym in sorted(acronyms):  # the same order in every process: aliases are shown in it
            implicit = self._implicit.get(stem(acronym))
            if implicit is not None and stem(acronym) not in result:
                result[stem(acronym)] = implicit
        return result

    def all_expansions(self) -> dict[str, Expansion]:
        return self.expansions_for(set(self.acronyms))


def build_index(
    texts: tuple[str, ...],
    terms: list[SentenceTerms] | None = None,
    explicit: dict[str, Expansion] | None = None,
) -> ArticleIndex:
    """The index of an article's sentences; `terms` and `explicit` when already derived (stored)."""
    terms = [sentence_terms(t) for t in texts] if terms is None else terms
    explicit = explicit_expansions(texts) if explicit is None else explicit
    df: Counter[str] = Counter()
    acronyms: set[str] = set()
    for item in terms:
        df.update(item.unique)
        acronyms |= item.acronyms
    families: dict[str, list[str]] = {}
    for key in df:
        if len(key) >= 4:
            families.setdefault(key[:4], []).append(key)
    return ArticleIndex(texts, terms, df, frozenset(acronyms), explicit, families)


# The index of an article takes several times its text in memory (terms per sentence, word families):
# the cache keeps the indexes of the articles asked about most recently up to this much article text,
# so that a library-wide question over many large articles does not hold them all.
INDEX_CACHE_CHARS = 4_000_000
INDEX_CACHE_ENTRIES = 512


class _IndexCache:
    """Least recently used article indexes, bounded by their articles' total characters."""

    def __init__(self, max_chars: int, max_entries: int) -> None:
        self.max_chars = max_chars
        self.max_entries = max_entries
        self._items: OrderedDict[tuple[str, ...], tuple[ArticleIndex, int]] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()  # topic questions run in worker threads

    def get(self, texts: tuple[str, ...]) -> ArticleIndex:
        with self._lock:
            found = self._items.get(texts)
            if found is not None:
                self._items.move_to_end(texts)
                return found[0]
        index = build_index(texts)
        size = sum(len(t) for t in texts)
        if size > self.max_chars:
            return index  # bigger than the whole cache: built for this question only
        with self._lock:
            if texts not in self._items:
                self._items[texts] = (index, size)
                self._chars += size
            while self._chars > self.max_chars or len(self._items) > self.max_entries:
                _, (_, dropped) = self._items.popitem(last=False)
                self._chars -= dropped
        return index

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._chars = 0

    @property
    def chars(self) -> int:
        return self._chars


INDEX_CACHE = _IndexCache(INDEX_CACHE_CHARS, INDEX_CACHE_ENTRIES)


def cached_index(texts: tuple[str, ...]) -> ArticleIndex:
    """The article's index, kept for the articles asked about most recently (INDEX_CACHE_CHARS)."""
    return INDEX_CACHE.get(texts)
