"""Plain dataclasses that the analysis returns; no behaviour beyond conversion to JSON-ready dicts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect"]
SourceKind = Literal["unnamed", "organization"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article; `start`/`end` are character offsets into the normalised text."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    is_heading: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker: the quoted words (direct) or the reported clause (indirect)."""

    text: str
    kind: QuoteKind
    start: int
    end: int
    sentence_index: int
    rule: str = ""  # the rule that gave the quote to its speaker (analysis.quotes.rules.QuoteRule)


@dataclass(slots=True)
class Expert:
    """A named person quoted in the article, with the role the article gives them."""

    name: str
    role: str | None
    quotes: list[Quote] = field(default_factory=list)
    role_rule: str | None = None  # the rules that read the role, "; "-joined like the role


@dataclass(slots=True)
class UnnamedSource:
    """Speech attributed to no named person: "experts said", "a spokesperson", a company."""

    speaker: str
    kind: SourceKind
    quotes: list[Quote] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary: the chosen sentences in article order."""

    sentences: list[str]
    indices: list[int]
    reduced_by: float
    keywords: list[str]


@dataclass(frozen=True, slots=True)
class TopicSentiment:
    """Polarity (-1..1) and subjectivity (0..1) of the text about one topic, with its sentences."""

    phrase: str
    polarity: float
    subjectivity: float
    mentions: int
    sentence_indices: list[int]
    sentences: list[str]
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TopicTerms:
    """What a topic question reads of an article besides its sentences, derived once when the article
    is analysed and stored apart from the rest: each sentence's content terms (stems in order, space
    separated), the acronyms each sentence writes (space separated), and the acronyms the article
    spells out, "small and medium-sized enterprises (SMEs)" (acronym stem -> its stems, its words as
    written). `format` names how they were derived (`topic_stored.terms_format`): terms of another
    format are derived again, never matched against."""

    format: str
    terms: list[str]
    acronyms: list[str]
    expansions: dict[str, tuple[str, str]]


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything Newsdesk knows about one article, computed once and stored."""

    title: str | None
    word_count: int
    sentences: list[Sentence]
    experts: list[Expert]
    unnamed_sources: list[UnnamedSource]
    summary: Summary
    sentence_scores: list[float]
    keywords: list[str]
    topics: list[TopicSentiment]
    # Stored apart and read by topic questions only: an article loaded from the library has None here.
    topic_terms: TopicTerms | None = None

    def to_dict(self) -> dict[str, Any]:
        """What the analysis says about the article (its topic terms are matching data, not a finding)."""
        found = asdict(self)
        del found["topic_terms"]
        return found
