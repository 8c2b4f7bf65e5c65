"""Extractive summary: sentence ranking and selection. (placeholder: lead-N)"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Sentence, Summary
from .text import word_count

DEFAULT_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Ranking:
    """A score per sentence (higher is more summary-worthy) and the article's keywords."""

    scores: list[float]
    keywords: list[str]


def rank_sentences(sentences: list[Sentence], title: str | None = None) -> Ranking:
    n = len(sentences)
    return Ranking(scores=[float(n - s.index) for s in sentences], keywords=[])


def select_summary(
    sentences: list[Sentence],
    ranking: Ranking,
    count: int | None = DEFAULT_SENTENCES,
    ratio: float | None = None,
) -> Summary:
    """Pick the best `count` sentences (or `ratio` of them), returned in article order."""
    body = [s for s in sentences if not s.is_heading]
    if ratio is not None:
        count = max(1, round(len(body) * ratio))
    count = max(1, count or DEFAULT_SENTENCES)
    chosen = sorted(sorted(body, key=lambda s: -ranking.scores[s.index])[:count], key=lambda s: s.index)
    total = sum(word_count(s.text) for s in sentences) or 1
    kept = sum(word_count(s.text) for s in chosen)
    return Summary(
        sentences=[s.text for s in chosen],
        indices=[s.index for s in chosen],
        reduced_by=round(100.0 * (1 - kept / total), 1),
        keywords=ranking.keywords,
    )
