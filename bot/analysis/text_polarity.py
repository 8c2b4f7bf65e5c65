"""The polarity of a whole text: a ridge regression over lexicon scores (TextBlob's PatternAnalyzer,
the widened lexicon of sentiment.py, VADER's lexicon read VADER's way) and words, fitted to human
ratings of news sentences (scripts/train_text_polarity.py). Each sentence is read alone, as the
ratings were made; a text's polarity is the mean of its sentences'.

Pure Python at run time: the weights are a small data file. Without it, the lexicon reading stands in.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from textblob.en import sentiment as pattern_sentiment

from .sentiment import assess, pool, sentiment
from .wordlists import word_set

MODEL_FILE = "text_polarity.tsv"
RATING_SCALE = 3.0  # the ratings run -4..+4, but a mean beyond +-3 is rare: that counts as -1 / +1
_WORD = re.compile(r"(?u)\b\w\w+\b")
_VADER_TOKEN = re.compile(r"[A-Za-z']+|n't")
_VADER_NEGATED = -0.74  # VADER's own factor for a word negated within three words
_VADER_ALPHA = 15.0  # VADER's normalisation of a sum into -1..1
_MAX_SENTENCE_CHARS = 5_000


@dataclass(frozen=True, slots=True)
class _Model:
    intercept: float
    dense: tuple[float, ...]
    words: dict[str, float]


@cache
def _vader() -> dict[str, float]:
    text = resources.files("bot.analysis").joinpath("data", "vader_lexicon.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: float(row[1]) for row in rows}


def vader_scores(text: str) -> tuple[float, float, float]:
    """(compound -1..1, positive sum, negative sum) of VADER's lexicon with its negation and "but"
    rules; the shipped lexicon only, none of VADER's emoticon or capitals rules."""
    lexicon = _vader()
    negations = word_set("negations")
    words = [w.lower() for w in _VADER_TOKEN.findall(text[:_MAX_SENTENCE_CHARS])]
    but = next((i for i, w in enumerate(words) if w in ("but", "however")), None)
    total = positive = negative = 0.0
    for i, word in enumerate(words):
        value = lexicon.get(word)
        if value is None:
            continue
        if any(w in negations or w.endswith("n't") for w in words[max(0, i - 3) : i]):
            value *= _VADER_NEGATED
        if but is not None and i != but:
            value *= 0.5 if i < but else 1.5
        total += value
        if value > 0:
            positive += value
        else:
            negative -= value
    return total / math.sqrt(total * total + _VADER_ALPHA), positive, negative


def dense_features(text: str) -> list[float]:
    """The lexicon scores of one sentence that the model weighs."""
    ours = sentiment(text)[0]
    textblob = pattern_sentiment(text[:_MAX_SENTENCE_CHARS])[0]
    compound, positive, negative = vader_scores(text)
    length = math.sqrt(max(1, len(_VADER_TOKEN.findall(text[:_MAX_SENTENCE_CHARS]))))
    return [ours, textblob, compound, positive / length, negative / length]


def words_of(text: str) -> list[str]:
    """The distinct lower-case words of a sentence, as the model counts them (present or not)."""
    return list(dict.fromkeys(_WORD.findall(text[:_MAX_SENTENCE_CHARS].lower())))


@lru_cache(maxsize=1)
def _model() -> _Model | None:
    try:
        lines = resources.files("bot.analysis").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    intercept = 0.0
    dense: tuple[float, ...] = ()
    words: dict[str, float] = {}
    for line in lines.splitlines():
        if not line or line.startswith("#"):
            continue
        name, *values = line.split("\t")
        if name == "<intercept>":
            intercept = float(values[0])
        elif name == "<dense>":
            dense = tuple(float(v) for v in values)
        elif values:
            words[name] = float(values[0])
    return _Model(intercept, dense, words) if dense else None


def sentence_rating(text: str) -> float | None:
    """The model's rating of one sentence on the human scale (-4..+4), or None without a model."""
    model = _model()
    if model is None:
        return None
    score = model.intercept + sum(w * x for w, x in zip(model.dense, dense_features(text), strict=False))
    return score + sum(model.words.get(word, 0.0) for word in words_of(text))


def sentence_polarity(text: str) -> float | None:
    """One sentence's polarity -1..1 as text_polarity reads it, or None without a model."""
    rating = sentence_rating(text)
    return None if rating is None else max(-1.0, min(1.0, rating / RATING_SCALE))


def text_polarity(sentences: list[str]) -> float:
    """Polarity -1..1 of a text given as its sentences: the mean of their ratings, scaled."""
    ratings = [sentence_rating(s) for s in sentences if s.strip()]
    known = [r for r in ratings if r is not None]
    if not known:
        return max(-1.0, min(1.0, sentiment(" ".join(sentences))[0]))
    return max(-1.0, min(1.0, sum(known) / len(known) / RATING_SCALE))


def text_sentiment(sentences: list[str]) -> tuple[float, float]:
    """(polarity -1..1, subjectivity 0..1) of a whole text given as its sentences; subjectivity is
    the lexicon's, pooled over every rated word of the text."""
    pooled = pool([assess(s) for s in sentences if s.strip()])
    return round(text_polarity(sentences), 4), round(max(0.0, min(1.0, pooled.subjectivity)), 4)
