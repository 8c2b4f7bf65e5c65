"""Sentiment bar charts as PNG bytes, drawn with matplotlib's object API (no pyplot, thread-safe)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.analysis import polarity_label

from .inert import plain
from .limits import truncate

POSITIVE = "#2e8b57"
NEGATIVE = "#c0392b"
NEUTRAL = "#8c8c8c"
LABEL_CHARS = 40
_COLORS = {"positive": POSITIVE, "negative": NEGATIVE, "neutral": NEUTRAL}


def bar_color(polarity: float) -> str:
    # the same neutral band as the words in the embeds: TextBlob gives plain prose tiny values
    return _COLORS[polarity_label(polarity)]


def as_drawn(text: str, limit: int) -> str:
    """An article's title or a topic as a chart label: one line, cut short, and its dollar signs
    escaped, since matplotlib reads text between two of them as a formula (and refuses a bad one)."""
    return truncate(plain(text), limit).replace("$", r"\$")


def polarity_chart(labels: Sequence[str], polarities: Sequence[float], *, title: str = "") -> bytes:
    """Horizontal bars of polarity (−1..1) per label, green for positive and red for negative.

    The first label is drawn at the top, so the chart reads in the same order as the embed
    beside it. Returns the PNG file's bytes. Safe to call from a worker thread.
    """
    if len(labels) != len(polarities):
        raise ValueError("one polarity per label")
    count = max(len(labels), 1)
    figure = Figure(figsize=(8, 1.2 + 0.45 * count), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    values = [max(-1.0, min(1.0, float(p))) for p in polarities]
    bars = axes.barh(positions, values, color=[bar_color(v) for v in values], height=0.6)
    axes.set_yticks(positions, [as_drawn(label, LABEL_CHARS) for label in labels])
    axes.invert_yaxis()
    axes.set_xlim(-1.0, 1.0)
    axes.axvline(0.0, color="#444444", linewidth=0.8)
    axes.set_xlabel("polarity (−1 negative … +1 positive)")
    axes.grid(axis="x", alpha=0.3)
    for bar, value in zip(bars, values, strict=True):
        # The value sits just past the bar's end; a bar reaching the frame's edge gets it inside, in white.
        inside = abs(value) > 0.8
        sign = 1.0 if value >= 0 else -1.0
        axes.text(
            value - sign * 0.03 if inside else value + sign * 0.03,
            bar.get_y() + bar.get_height() / 2,
            f"{value:+.2f}",
            va="center",
            ha=("right" if sign > 0 else "left") if inside else ("left" if sign > 0 else "right"),
            color="white" if inside else "black",
            fontsize=9,
        )
    if title:
        axes.set_title(as_drawn(title, 80))
    if not labels:
        axes.text(0, 0, "no topics", ha="center", va="center")
        axes.set_yticks([])
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
