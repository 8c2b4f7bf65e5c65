"""How one sentence treats one target in it (negative / neutral / positive), by a linear model trained
on NewsMTSC and on the sentences about the labelled topics of our real-news dev articles
(scripts/train_target_sentiment.py) over the features of target_features.py.

Pure Python at run time: the weights are a small data file, the score a dot product per class. When
the weights file is missing or unreadable, the lexicon reading (TextBlob's) stands in.
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .sentiment import score_sentence
from .target_features import quoted_positions, target_features

CLASSES = ("negative", "neutral", "positive")
MODEL_FILE = "target_sentiment.tsv.gz"


@dataclass(frozen=True, slots=True)
class TargetReading:
    """Probabilities that the sentence treats the target negatively, neutrally, positively."""

    negative: float
    neutral: float
    positive: float

    @property
    def polarity(self) -> float:
        return self.positive - self.negative


@dataclass(frozen=True, slots=True)
class _Model:
    intercept: tuple[float, float, float]
    weights: dict[str, tuple[float, float, float]]


def parse_model(lines: list[str]) -> _Model | None:
    """The model from the lines of its weights file (a name, then one weight per class)."""
    weights: dict[str, tuple[float, float, float]] = {}
    intercept = (0.0, 0.0, 0.0)
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, *values = line.split("\t")
        if len(values) != 3:
            continue
        triple = (float(values[0]), float(values[1]), float(values[2]))
        if name == "<intercept>":
            intercept = triple
        else:
            weights[name] = triple
    return _Model(intercept, weights) if weights else None


@lru_cache(maxsize=1)
def _shipped() -> _Model | None:
    try:
        raw = resources.files("bot.analysis").joinpath("data", MODEL_FILE).read_bytes()
        lines = gzip.decompress(raw).decode("utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError):
        return None
    return parse_model(lines)


# A model being trained, read in place of the shipped one while a training script cross-validates it
# (model_in_use); the bot never sets it.
_trial: list[_Model | None] = []


def _model() -> _Model | None:
    return _trial[-1] if _trial else _shipped()


@contextmanager
def model_in_use(model: _Model | None) -> Iterator[None]:
    """Read targets with `model` (from parse_model) instead of the shipped one, inside the block."""
    _trial.append(model)
    try:
        yield
    finally:
        _trial.pop()


def available() -> bool:
    return _model() is not None


def features_for(text: str, targets: list[int]) -> dict[str, float]:
    """The model's features of the target at token positions `targets` of the sentence `text`."""
    quoted = quoted_positions(text) if any(c in text for c in '"“”') else frozenset()
    return target_features(score_sentence(text), targets, quoted)


def read_target(text: str, targets: list[int]) -> TargetReading | None:
    """The model's reading of the target at token positions `targets` (of sentiment.tokens(text)), or
    None without a model."""
    model = _model()
    if model is None:
        return None
    scores = list(model.intercept)
    for name, value in features_for(text, targets).items():
        weight = model.weights.get(name)
        if weight is not None:
            scores[0] += weight[0] * value
            scores[1] += weight[1] * value
            scores[2] += weight[2] * value
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return TargetReading(exps[0] / total, exps[1] / total, exps[2] / total)
