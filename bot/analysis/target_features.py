"""Features of how one sentence treats one target in it: the words around the target, by side and
distance, the lexicon scores near it, negation and contrast scope, and whether it sits in a quote.

The same function makes the features when the model is trained (scripts/train_target_sentiment.py)
and when it is used (target_sentiment.py), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .movements import CLAUSE_BREAKS
from .sentiment import _CONTRAST, NAME, ScoredSentence, tokens
from .text import stem

TARGET = "<t>"
REACH = 5.0
_NEAR = 3  # words this close to the target also count as themselves in a left/right slot
_BIGRAM_SPAN = 6
_NEGATIONS = frozenset({"not", "n't", "no", "never", "without", "nor", "neither"})
_QUOTES = frozenset('"“”')


def _side_bounds(tokens: tuple[str, ...], first: int, last: int) -> tuple[int, int]:
    """The clause around the target: from the clause break before it to the one after it."""
    lo = first
    while lo > 0 and tokens[lo - 1] not in CLAUSE_BREAKS:
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and tokens[hi] not in CLAUSE_BREAKS:
        hi += 1
    return lo, hi


@dataclass(frozen=True, slots=True)
class _Span:
    """Where the target stands in the sentence: its first and last token and the clause around it."""

    first: int
    last: int
    marked: frozenset[int]
    lo: int
    hi: int

    def distance(self, i: int) -> int:
        return self.first - i if i < self.first else i - self.last if i > self.last else 0

    def weight(self, i: int) -> float:
        """How much a word at i says about the target: less the farther it stands."""
        return 1.0 / (1.0 + self.distance(i) / REACH)


def _add(features: dict[str, float], name: str, value: float = 1.0) -> None:
    features[name] = features.get(name, 0.0) + value


def _word_features(features: dict[str, float], words: list[str], span: _Span) -> None:
    """Every word and its stem, weighted by distance; the nearest also by side and distance."""
    for i, word in enumerate(words):
        if word in (TARGET, NAME):
            continue
        d = span.distance(i)
        weight = span.weight(i)
        side = "l" if i < span.first else "r"
        _add(features, f"w={word}", weight)
        if word.isalpha():
            _add(features, f"s={stem(word)}", weight)
        if d <= _NEAR:
            _add(features, f"{side}{d}={word}")


def _bigram_features(features: dict[str, float], words: list[str], span: _Span) -> None:
    """Bigrams near the target, the target itself masked: "<t> slammed", "criticism of <t>"."""
    start, end = max(0, span.first - _BIGRAM_SPAN), min(len(words), span.last + _BIGRAM_SPAN + 1)
    previous = ""
    for i in range(start, end):
        word = words[i]
        if i in span.marked and previous == TARGET:
            continue
        if previous:
            _add(features, f"b={previous}_{word}")
        previous = word


def _lexicon_features(features: dict[str, float], sentence: ScoredSentence, span: _Span) -> None:
    """Lexicon scores: near the target by distance, in its clause, on its side of a contrast (the other
    side counts half), and overall."""
    pos_near = neg_near = pos_clause = neg_clause = pos_all = neg_all = 0.0
    for scored in sentence.scored:
        if scored.position in span.marked:
            continue
        weight = span.weight(scored.position)
        side_lo, side_hi = scored.side
        own_side = side_lo <= span.first < side_hi or side_hi == side_lo
        value = scored.polarity * (1.0 if own_side else 0.5)
        if value:
            d = span.distance(scored.position)
            bucket = "0" if d <= 2 else "1" if d <= 6 else "2"
            where = "l" if scored.position < span.first else "r"
            _add(features, f"lx{'+' if value > 0 else '-'}{where}{bucket}", abs(value))
        in_clause = span.lo <= scored.position < span.hi
        if value > 0:
            pos_near += weight * value
            pos_all += value
            pos_clause += value if in_clause else 0.0
        elif value < 0:
            neg_near -= weight * value
            neg_all -= value
            neg_clause -= value if in_clause else 0.0
    for name, value in (
        ("lex+near", pos_near),
        ("lex-near", neg_near),
        ("lex+clause", pos_clause),
        ("lex-clause", neg_clause),
        ("lex+all", pos_all),
        ("lex-all", neg_all),
    ):
        if value:
            features[name] = min(3.0, value)


def _standing_features(
    features: dict[str, float], seq: tuple[str, ...], span: _Span, quoted: frozenset[int]
) -> None:
    """Where the target stands: the sentence's subject, after a contrast, negated nearby, quoted."""
    if span.first <= 1:
        _add(features, "pos=start")
    elif span.first < len(seq) // 2:
        _add(features, "pos=early")
    else:
        _add(features, "pos=late")
    if any(seq[i] in _CONTRAST for i in range(0, span.first)):
        _add(features, "after_contrast")
    if any(seq[i] in _CONTRAST for i in range(span.last + 1, len(seq))):
        _add(features, "before_contrast")
    if any(seq[i] in _NEGATIONS for i in range(span.lo, span.hi)):
        _add(features, "negated_clause")
    if span.marked & quoted:
        _add(features, "target_quoted")
    elif quoted:
        _add(features, "sentence_quotes")


def target_features(
    sentence: ScoredSentence, targets: Iterable[int], quoted: frozenset[int] = frozenset()
) -> dict[str, float]:
    """Features of the sentence's treatment of the tokens at `targets` (positions in sentence.tokens).

    `quoted` holds the positions inside quotation marks (the caller knows the characters).
    """
    seq = sentence.tokens
    marked = sorted(set(targets))
    if not marked or not seq:
        return {"bias": 1.0}
    first, last = marked[0], marked[-1]
    span = _Span(first, last, frozenset(marked), *_side_bounds(seq, first, last))
    words = [TARGET if i in span.marked else t for i, t in enumerate(seq)]
    features: dict[str, float] = {"bias": 1.0}
    _word_features(features, words, span)
    _bigram_features(features, words, span)
    _lexicon_features(features, sentence, span)
    _standing_features(features, seq, span, quoted)
    return features


def quoted_positions(text: str) -> frozenset[int]:
    """Positions in tokens(text) of the words that stand between quotation marks."""
    marks = [i for i, char in enumerate(text) if char in _QUOTES]
    inside: set[int] = set()
    for opened, closed in zip(marks[::2], marks[1::2], strict=False):
        inside.update(range(len(tokens(text[:opened])), len(tokens(text[:closed]))))
    return frozenset(inside)
