"""Speech written as a light verb and a noun before "that": "gave an assurance that", "expressed concern
that" — read as one speech verb."""

from __future__ import annotations

from ..wordlists import word_set
from .names import tag_of
from .speech_tokens import Token
from .speech_verbs import _DETERMINERS

LIGHT_VERBS = word_set("speech_nouns", "light")
_SPEECH_NOUNS = word_set("speech_nouns", "noun")


def speech_noun(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "gave an assurance that", "made a contradictory statement that", "expressed concern that": the
    light verb at tokens[i], a speech noun (a determiner and two modifiers at most before it), then
    "that"; the verb ends after "that", where the reported clause begins."""
    j = i + 1
    n = len(tokens)
    if j < n and tokens[j].low in _DETERMINERS:
        j += 1
    for _ in range(3):
        if j >= n or not tokens[j].is_word or tokens[j].is_cap:
            return None
        if tokens[j].low in _SPEECH_NOUNS and j + 1 < n and tokens[j + 1].low == "that":
            after = tokens[j + 2].low if j + 2 < n else ""
            if tag_of(after) in ("VBD", "VBZ", "VBP", "MD"):
                return None  # "issued a statement that said little": "that" opens a relative clause
            return tokens[i].low + " " + tokens[j].low, j + 2
        if tag_of(tokens[j].low)[:2] not in ("JJ", "RB"):
            return None
        j += 1
    return None
