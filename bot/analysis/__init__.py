"""Pure analysis of one article: text in, dataclasses out. No I/O, no discord, no database."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .models import (
    ArticleAnalysis,
    Expert,
    Quote,
    Sentence,
    Summary,
    TopicSentiment,
    TopicTerms,
    UnnamedSource,
)
from .polarity import polarity_label
from .text import normalize_text, word_count

if TYPE_CHECKING:
    from .quotes import extract_experts
    from .sentences import is_heading, opens_with_headline, split_sentences
    from .speaker_lookup import is_person_name, name_keys
    from .summary import Ranking, rank_sentences, select_summary
    from .text_polarity import text_sentiment
    from .topic_list import extract_topics
    from .topic_stored import derive_topic_terms, terms_fit
    from .topics import topic_extremes, topic_sentiment

# Imported when first used: TextBlob and NLTK take ~0.2 s to import, which every command of the CLI
# (and `newsdesk --help`) paid although most only read what is stored.
_LAZY = {
    "extract_experts": ".quotes",
    "split_sentences": ".sentences",
    "is_heading": ".sentences",
    "opens_with_headline": ".sentences",
    "is_person_name": ".speaker_lookup",
    "name_keys": ".speaker_lookup",
    "Ranking": ".summary",
    "rank_sentences": ".summary",
    "select_summary": ".summary",
    "extract_topics": ".topic_list",
    "topic_extremes": ".topics",
    "topic_sentiment": ".topics",
    "derive_topic_terms": ".topic_stored",
    "terms_fit": ".topic_stored",
    "text_sentiment": ".text_polarity",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = [
    "ArticleAnalysis",
    "Expert",
    "Quote",
    "Ranking",
    "Sentence",
    "Summary",
    "TopicSentiment",
    "TopicTerms",
    "UnnamedSource",
    "analyze",
    "derive_topic_terms",
    "extract_experts",
    "extract_topics",
    "is_heading",
    "is_person_name",
    "name_keys",
    "normalize_text",
    "opens_with_headline",
    "polarity_label",
    "rank_sentences",
    "select_summary",
    "split_sentences",
    "terms_fit",
    "text_sentiment",
    "topic_extremes",
    "topic_sentiment",
]


def analyze(text: str, title: str | None = None, summary_sentences: int | None = None) -> ArticleAnalysis:
    """Analyse one article. `text` is normalised first; offsets refer to the normalised text.
    Without `summary_sentences` the summary runs to about `summary_words(article length)` words."""
    from .quotes import extract_experts
    from .sentences import split_sentences
    from .summary import rank_sentences, select_summary
    from .topic_list import extract_topics
    from .topic_stored import derive_topic_terms

    text = normalize_text(text)
    sentences = split_sentences(text)
    experts, unnamed = extract_experts(text, sentences)
    ranking = rank_sentences(sentences, title=title)
    summary = select_summary(sentences, ranking, count=summary_sentences)
    terms = derive_topic_terms(tuple(s.text for s in sentences))
    topics = extract_topics(sentences, title=title, people=[e.name for e in experts], terms=terms)
    return ArticleAnalysis(
        title=title,
        word_count=word_count(text),
        sentences=sentences,
        experts=experts,
        unnamed_sources=unnamed,
        summary=summary,
        sentence_scores=ranking.scores,
        keywords=ranking.keywords,
        topics=topics,
        topic_terms=terms,
    )
