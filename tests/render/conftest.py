"""Shared material for render tests: the seed article analysed for real, and oversized synthetic content."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.analysis import analyze
from bot.analysis.models import ArticleAnalysis, Expert, Quote, Summary, TopicSentiment, UnnamedSource
from bot.render import limits
from bot.store.models import ArticleInfo

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_abaf58db3ac2bfc5.txt"


def make_info(**overrides: Any) -> ArticleInfo:
    values: dict[str, Any] = {
        "id": 1,
        "guild_id": None,
        "title": "Chinese SMEs going global",
        "source": "China Daily",
        "added_by": None,
        "added_at": datetime(2026, 1, 2, tzinfo=UTC),
        "word_count": 1200,
        "is_seed": True,
    }
    values.update(overrides)
    return ArticleInfo(**values)


def assert_within_limits(*embeds: discord.Embed) -> None:
    """Every limit Discord enforces on embeds, checked on the payload that would be sent."""
    assert len(embeds) <= limits.EMBEDS_PER_MESSAGE
    for embed in embeds:
        data = embed.to_dict()
        assert len(data.get("title", "")) <= limits.TITLE
        assert len(data.get("description", "")) <= limits.DESCRIPTION
        fields = data.get("fields", [])
        assert len(fields) <= limits.FIELDS
        for field in fields:
            assert 0 < len(field["name"]) <= limits.FIELD_NAME
            assert 0 < len(field["value"]) <= limits.FIELD_VALUE
        assert len(data.get("footer", {}).get("text", "")) <= limits.FOOTER
        assert len(data.get("author", {}).get("name", "")) <= limits.AUTHOR_NAME
        assert len(embed) <= limits.EMBED_TOTAL
        assert data.get("title") or data.get("description")
    assert sum(len(e) for e in embeds) <= limits.EMBED_TOTAL * len(embeds)


@pytest.fixture(scope="session")
def seed_analysis() -> ArticleAnalysis:
    return analyze(SEED.read_text(encoding="utf-8"), title="Chinese SMEs going global")


@pytest.fixture
def seed_info() -> ArticleInfo:
    return make_info()


def huge_quote(seed: int) -> str:
    words = [f"word{seed}-{i}" for i in range(1500)]
    return " ".join(words)[:10_000]


@pytest.fixture
def huge_analysis() -> ArticleAnalysis:
    """50 experts with long roles and 10,000-character quotes; 30 unnamed sources; 25 topics."""
    experts = [
        Expert(
            name=f"Expert Number{i} " + "X" * 300,
            role="professor of " + "economics " * 80,
            quotes=[
                Quote(
                    text=huge_quote(i * 10 + k),
                    kind="direct" if k % 2 else "indirect",
                    start=0,
                    end=1,
                    sentence_index=0,
                )
                for k in range(4)
            ],
        )
        for i in range(50)
    ]
    unnamed = [
        UnnamedSource(
            speaker=f"a spokesperson {i}",
            kind="unnamed",
            quotes=[Quote(text=huge_quote(i), kind="indirect", start=0, end=1, sentence_index=0)],
        )
        for i in range(30)
    ]
    long_sentence = "The market " + "grew rapidly and " * 800 + "then paused."
    topics = [
        TopicSentiment(
            phrase=f"topic {i} " + "very long phrase " * 30,
            polarity=(i - 12) / 12,
            subjectivity=i / 25,
            mentions=i + 1,
            sentence_indices=[0],
            sentences=[long_sentence],
            aliases=[f"alias {k} " * 20 for k in range(40)],
        )
        for i in range(25)
    ]
    return ArticleAnalysis(
        title="T" * 1000,
        word_count=10**6,
        sentences=[],
        experts=experts,
        unnamed_sources=unnamed,
        summary=Summary(
            sentences=[long_sentence] * 10,
            indices=list(range(10)),
            reduced_by=12.345,
            keywords=[f"keyword{i} " * 10 for i in range(300)],
        ),
        sentence_scores=[],
        keywords=[],
        topics=topics,
    )
