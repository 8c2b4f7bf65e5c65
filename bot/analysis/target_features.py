"""Features of how one sentence treats one target in it: the words around the target, by side and
distance, the lexicon scores near it, negation and contrast scope, and whether it sits in a quote.

The same function makes the features when the model is trained (scripts/train_target_sentiment.py)
and when it is used (target_sentiment.py), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from .sentiment import _CLAUSE_BREAKS, _CONTRAST, NAME, ScoredSentence, tokens
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
    while lo > 0 and tokens[lo - 1] not in _CLAUSE_BREAKS:
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and tokens[hi] not in _CLAUSE_BREAKS:
        hi += 1
    return lo, hi


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
    target = set(marked)
    words = [TARGET if i in target else t for i, t in enumerate(seq)]
    features: dict[str, float] = {"bias": 1.0}

    def add(name: str, value: float = 1.0) -> None:
        features[name] = features.get(name, 0.0) + value

    def distance(i: int) -> int:
        return first - i if i < first else i - last if i > last else 0

    lo, hi = _side_bounds(seq, first, last)
    for i, word in enumerate(words):
        if word in (TARGET, NAME):
            continue
        d = distance(i)
        weight = 1.0 / (1.0 + d / REACH)
        side = "l" if i < first else "r"
        add(f"w={word}", weight)
        if word.isalpha():
            add(f"s={stem(word)}", weight)
        if d <= _NEAR:
            add(f"{side}{d}={word}")
    # bigrams near the target, the target itself masked: "<t> slammed", "criticism of <t>"
    start, end = max(0, first - _BIGRAM_SPAN), min(len(words), last + _BIGRAM_SPAN + 1)
    previous = ""
    for i in range(start, end):
        word = words[i]
        if i in target and previous == TARGET:
            continue
        if previous:
            add(f"b={previous}_{word}")
        previous = word
    # lexicon scores: near the target by distance, in its clause, on its side of a contrast, and overall
    pos_near = neg_near = pos_clause = neg_clause = pos_all = neg_all = 0.0
    for scored in sentence.scored:
        if scored.position in target:
            continue
        weight = 1.0 / (1.0 + distance(scored.position) / REACH)
        side_lo, side_hi = scored.side
        own_side = side_lo <= first < side_hi or side_hi == side_lo
        value = scored.polarity * (1.0 if own_side else 0.5)
        if value:
            d = distance(scored.position)
            bucket = "0" if d <= 2 else "1" if d <= 6 else "2"
            where = "l" if scored.position < first else "r"
            add(f"lx{'+' if value > 0 else '-'}{where}{bucket}", abs(value))
        if value > 0:
            pos_near += weight * value
            pos_all += value
            pos_clause += value if lo <= scored.position < hi else 0.0
        elif value < 0:
            neg_near -= weight * value
            neg_all -= value
            neg_clause -= value if lo <= scored.position < hi else 0.0
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
    # where the target stands: the sentence's subject, after a contrast, negated nearby, quoted
    if first <= 1:
        add("pos=start")
    elif first < len(seq) // 2:
        add("pos=early")
    else:
        add("pos=late")
    if any(seq[i] in _CONTRAST for i in range(0, first)):
        add("after_contrast")
    if any(seq[i] in _CONTRAST for i in range(last + 1, len(seq))):
        add("before_contrast")
    if any(seq[i] in _NEGATIONS for i in range(lo, hi)):
        add("negated_clause")
    if target & quoted:
        add("target_quoted")
    elif quoted:
        add("sentence_quotes")
    return features


def quoted_positions(text: str) -> frozenset[int]:
    """Positions in tokens(text) of the words that stand between quotation marks."""
    marks = [i for i, char in enumerate(text) if char in _QUOTES]
    inside: set[int] = set()
    for opened, closed in zip(marks[::2], marks[1::2], strict=False):
        inside.update(range(len(tokens(text[:opened])), len(tokens(text[:closed]))))
    return frozenset(inside)
