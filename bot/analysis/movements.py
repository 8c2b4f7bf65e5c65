"""How a movement word reads beside the noun that moved: "costs rose" is bad news, "profits fell" bad news
too, "debt was $4 billion, down from $7 billion" good news. The sentence's words are rewritten in place
into synthetic tokens the lexicon rates (sentiment.score_sentence reads them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "but", "and", "or", "which", "that", "who"})

# Movement words flip sign next to a noun whose rise is bad news ("costs rose", "debt fell").
_DIRECTION_WINDOW = 3
UP_BAD = "__rise_of_bad__"
DOWN_BAD = "__fall_of_bad__"
# A noun is the subject of a movement verb across a short prepositional phrase ("prices of fresh food
# have risen"): the phrase ends at the first auxiliary, the verb follows it within two words.
_SUBJECT_PREPOSITIONS = frozenset({"in", "on", "of", "for", "at", "across", "from"})
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "may"})
_PHRASE_SPAN = 8
# A figure stated and then compared with an earlier one: "profit was $5 million, down from $9 million".
_FIGURE_VERBS = frozenset(
    {"was", "were", "is", "are", "stood", "came", "reached", "totalled", "totaled", "hit"}
)
_COMPARED_UP = frozenset({"up", "higher"})
_COMPARED = _COMPARED_UP | {"down", "lower"}
_PHRASE_STOPS = _FIGURE_VERBS | CLAUSE_BREAKS
# Nouns a quantity's level is stated in: "the lowest production levels" are levels of production
_MEASURES = frozenset({"level", "levels", "rate", "rates", "figure", "figures"})
UP_GOOD = "__rise_of_good__"
DOWN_GOOD = "__fall_of_good__"


@dataclass(frozen=True, slots=True)
class Lexicons:
    analyzer: Any  # textblob.en.Sentiment, the lexicon and scorer behind PatternAnalyzer
    up: frozenset[str]
    down: frozenset[str]
    cost: frozenset[str]
    good: frozenset[str] = frozenset()  # nouns whose rise is good news ("profits", "growth")
    # prices and charges, whose rise is bad news for those who pay them and good news for those paid:
    # read as costs only where a topic's own name says it rose ("fuel duty increase")
    charge: frozenset[str] = frozenset()
    # words of a level, not a movement ("high", "lowest"): no judgement alone, read only beside a noun
    # whose rise is good or bad news ("high costs" bad, "the lowest production" bad, "low unemployment" good)
    level: frozenset[str] = frozenset()


def compose_directions(
    words: list[str | None],
    lex: Lexicons,
    charges: frozenset[str] = frozenset(),
    is_noun: Callable[[str], bool] = lambda _: False,
) -> None:
    """Rewrite "costs rose" / "lower debt" in place into one synthetic scored token; a noun of
    `charges` ("fuel duty increase") reads as a cost when it rose. `is_noun` tells a compound ("high
    risk areas", "low cost carriers": no level of risk or cost) from a level ("high risk of fire").

    A noun whose rise is good news ("profits", "growth") next to a movement word is read through the
    movement alone: "profits collapsed" is bad news, the goodness of profits is why.
    """
    for i, word in enumerate(words):
        if word in charges and (j := _rise_near(words, i, lex)) is not None:
            words[j], words[i] = UP_BAD, None  # "fuel duty increase", "rising prices"
            continue
        if word is None or (word not in lex.cost and word not in lex.good):
            continue
        if i + 1 < len(words) and (words[i + 1] in lex.cost or words[i + 1] in lex.good):
            continue  # a modifier: the movement is its head's ("tax revenue fell", "debt costs rose")
        lo, hi = max(0, i - _DIRECTION_WINDOW), min(len(words), i + _DIRECTION_WINDOW + 1)
        near = (j for j in range(lo, hi) if j != i and _is_movement(words[j], lex))
        j = next(near, None)
        if j == i - 1 and words[j] in lex.level and _compound_after(words, i, is_noun):
            continue
        if j is None:
            j = _verb_after_phrase(words, i, lex)
        if j is None and (k := _compared_after(words, i)) is not None:
            up = words[k] in _COMPARED_UP
            words[k] = (UP_BAD if up else DOWN_BAD) if word in lex.cost else (UP_GOOD if up else DOWN_GOOD)
            words[i] = None
            continue
        if j is not None:
            if word in lex.cost:
                words[j] = UP_BAD if words[j] in lex.up else DOWN_BAD
            elif words[j] in lex.level:
                words[j] = UP_GOOD if words[j] in lex.up else DOWN_GOOD  # "high growth", "lowest production"
            words[i] = None  # the noun's own polarity is part of the composed reading


def _compound_after(words: list[str | None], i: int, is_noun: Callable[[str], bool]) -> bool:
    """Whether the noun at i modifies a noun after it ("risk" in "high risk areas"), but for a noun of
    measure ("the lowest production levels", "a high unemployment rate": the level is the quantity's)."""
    following = words[i + 1] if i + 1 < len(words) else None
    return following is not None and following not in _MEASURES and is_noun(following)


def _rise_near(words: list[str | None], i: int, lex: Lexicons) -> int | None:
    """An upward movement word within _DIRECTION_WINDOW of position i."""
    lo, hi = max(0, i - _DIRECTION_WINDOW), min(len(words), i + _DIRECTION_WINDOW + 1)
    return next((j for j in range(lo, hi) if j != i and words[j] in lex.up), None)


def _is_movement(word: str | None, lex: Lexicons) -> bool:
    return word is not None and (word in lex.up or word in lex.down)


def _verb_after_phrase(words: list[str | None], i: int, lex: Lexicons) -> int | None:
    """The movement verb of a noun that is its subject across a prepositional phrase: "rents in the
    old town have doubled", "the levy on plastic bags was halved" (too far for the window)."""
    n = len(words)
    if i + 1 >= n or words[i + 1] not in _SUBJECT_PREPOSITIONS:
        return None
    for j in range(i + 2, min(n, i + 2 + _PHRASE_SPAN)):
        if words[j] in CLAUSE_BREAKS:
            return None
        if words[j] in _AUXILIARIES:
            for k in range(j + 1, min(n, j + 3)):
                if _is_movement(words[k], lex):
                    return k
            return None
    return None


def _compared_after(words: list[str | None], i: int) -> int | None:
    """Where a figure's comparison with an earlier one follows the noun it measures: "net profit was
    $5 million, down from $9 million", "revenue for the year stood at $2 billion, up 12%". The noun
    may take a prepositional phrase; then a verb stating the figure, the figure's words (its digits
    are no tokens), a comma, and "up"/"down"/"higher"/"lower"."""
    n = len(words)
    j = i + 1
    if j < n and words[j] in _SUBJECT_PREPOSITIONS:
        ends = (k for k in range(j + 1, min(n, j + 1 + _PHRASE_SPAN)) if words[k] in _PHRASE_STOPS)
        j = next(ends, n)
    if j >= n or words[j] not in _FIGURE_VERBS:
        return None
    for k in range(j + 1, min(n, j + 5)):
        if words[k] == ",":
            return k + 1 if k + 1 < n and words[k + 1] in _COMPARED else None
        if words[k] is None or words[k] in CLAUSE_BREAKS:
            return None
    return None
