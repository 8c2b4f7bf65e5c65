"""Other ways an article may name a typed topic: its news synonyms (data/topic_synonyms.txt), and the
topic without an aspect noun the article never writes ("the council's response" is reported as what
the council did: data/aspect_heads.txt)."""

from __future__ import annotations

import re
from functools import cache

from .text import WORD_RE, match_key
from .topic_index import ArticleIndex
from .topic_match import TopicQuery
from .topic_terms import term
from .wordlists import word_list

_MAX_VARIANTS = 8


@cache
def _synonym_groups() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], ...]:
    """Each group of data/topic_synonyms.txt as (name, pattern finding it in a folded topic) pairs."""
    return tuple(
        tuple((name, re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w.])")) for name in entry.split("|"))
        for entry in word_list("topic_synonyms")
    )


def synonym_variants(topic: str) -> list[str]:
    """The topic with one news synonym swapped for another: "coronavirus cases" -> "covid-19 cases"."""
    folded = match_key(topic)
    variants: list[str] = []
    for group in _synonym_groups():
        for name, pattern in group:
            if pattern.search(folded):
                # a replacement given as text would read "\\1" escapes; the names are literal
                variants += [
                    pattern.sub(other.replace("\\", ""), folded) for other, _ in group if other != name
                ]
                break
    return variants[:_MAX_VARIANTS]


@cache
def _aspect_stems() -> frozenset[str]:
    return frozenset(term(word) for word in word_list("aspect_heads"))


def without_unwritten_aspect(topic: str, query: TopicQuery, index: ArticleIndex) -> str | None:
    """The topic without its head when the head is an aspect noun ("response", "relations", "defeat")
    that the article never writes in any form, and other words are left: "Twitter's response" is read
    where the article writes about Twitter. None otherwise."""
    head_unit = next((unit for unit in query.units if unit[0] == query.head), None)
    if head_unit is None or len(query.units) < 2 or query.head not in _aspect_stems():
        return None
    if any(key in index.df for key in head_unit) or query.head in query.expansions:
        return None
    words = WORD_RE.findall(topic)
    kept = [w for w in words if term(match_key(w)) != query.head]
    return " ".join(kept) if kept and len(kept) < len(words) else None
