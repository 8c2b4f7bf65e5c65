"""How a polarity (-1..1) reads in words, one threshold for every answer and chart."""

from __future__ import annotations

from typing import Literal

NEUTRAL_BAND = 0.05  # |polarity| at or below this reads as neutral

PolarityLabel = Literal["positive", "negative", "neutral"]


def polarity_label(polarity: float) -> PolarityLabel:
    """ "positive" above the neutral band, "negative" below it, else "neutral"."""
    if polarity > NEUTRAL_BAND:
        return "positive"
    if polarity < -NEUTRAL_BAND:
        return "negative"
    return "neutral"
