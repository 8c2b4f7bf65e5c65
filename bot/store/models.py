"""What the store hands out: article metadata, stored articles, search hits and speaker quotes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.analysis import ArticleAnalysis
from bot.analysis.models import QuoteKind


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One article's metadata. `guild_id` None means shared with every server (seeds, operator adds)."""

    id: int
    guild_id: int | None
    title: str
    source: str | None
    added_by: int | None
    added_at: datetime
    word_count: int
    is_seed: bool = False


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article with its text and the analysis computed when it was added."""

    info: ArticleInfo
    text: str
    analysis: ArticleAnalysis

    @property
    def id(self) -> int:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title


@dataclass(frozen=True, slots=True)
class AddResult:
    """The article that was added, or the one already holding the same text (`created` False)."""

    article: StoredArticle
    created: bool


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match: `snippet` marks matched words with **bold**; lower `rank` is better (bm25)."""

    info: ArticleInfo
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class SpeakerQuote:
    """One quote from the speaker index, with the article it came from."""

    speaker: str
    role: str | None
    text: str
    kind: QuoteKind
    article: ArticleInfo
    sentence_index: int
    speaker_kind: str = "person"
