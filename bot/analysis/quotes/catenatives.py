"""A speech verb after "to" that was still spoken: "X went on to say that …", "X was quick to point out
…", "X went out of his way to promise …". The phrase before "to" (data/speech_catenatives.txt) says the
speaking happened, unlike "declined to say" or "plans to announce", so the speaker is the subject
before the phrase."""

from __future__ import annotations

from ..wordlists import word_list
from .speech_tokens import Token

_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# by last word, so a "to" after any other word costs one look-up (this runs for every "to")
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _entry in word_list("speech_catenatives"):
    _words = tuple(_entry.lower().split())
    _PHRASES.setdefault(_words[-1], []).append(_words)


def before_catenative(tokens: list[Token], to: int, lo: int) -> int | None:
    """For the "to" at tokens[to], the index just before a speaking-on phrase that ends right before it
    ("went on | to say"), or None when no such phrase stands there."""
    if to < 1 or to - 1 < lo:
        return None
    for phrase in _PHRASES.get(tokens[to - 1].low, ()):
        start = to - len(phrase)
        if start < lo:
            continue
        words = tokens[start:to]
        if all(_fits(word, tok) for word, tok in zip(phrase, words, strict=True)):
            return start - 1
    return None


def _fits(word: str, tok: Token) -> bool:
    return tok.is_word and (tok.low == word or (word == "*" and tok.low in _POSSESSIVES))


def spoken_form(tokens: list[Token], i: int, speech_verbs: frozenset[str]) -> str | None:
    """The base form at tokens[i] after a speaking-on phrase and "to" ("went on to promise"), as the
    past form the speech-verb lists hold ("promised"), so it behaves as that verb; else None."""
    if i < 2 or tokens[i - 1].low != "to" or before_catenative(tokens, i - 1, 0) is None:
        return None
    low = tokens[i].low
    for form in (low + "ed", low + "d", low[:-1] + "ied" if low.endswith("y") else ""):
        if form in speech_verbs:
            return form
    return None
