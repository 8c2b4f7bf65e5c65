"""Analysis dataclasses to table rows and back; fields added to the dataclasses later travel as JSON."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from bot.analysis.models import (
    ArticleAnalysis,
    Expert,
    Quote,
    Sentence,
    Summary,
    TopicSentiment,
    TopicTerms,
    UnnamedSource,
)

from .models import ArticleInfo, StoredArticle

T = TypeVar("T")
_SPACE = re.compile(r"\s+")


def lookup_key(text: str) -> str:
    """The store's key for looking up titles, speakers and topics, free of case, accents and extra
    spaces: "Schäuble" and "SCHAUBLE" both give "schauble"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def content_hash(normalized_text: str) -> str:
    """Duplicate detection key: the same words in any case or spacing give the same hash."""
    key = _SPACE.sub(" ", normalized_text.casefold()).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} in the library")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _values(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


def extra_json(obj: Any, columns: Iterable[str]) -> str | None:
    """Fields of `obj` that have no column of their own, as JSON (None when there are none)."""
    skip = set(columns)
    extra = {k: v for k, v in _values(obj).items() if k not in skip}
    return dumps(extra) if extra else None


def build(cls: type[T], known: Mapping[str, Any], extra: str | None) -> T:
    """Rebuild a dataclass from its columns plus its JSON extras, ignoring fields it no longer has."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: v for k, v in known.items() if k in names}
    if extra:
        kwargs.update({k: v for k, v in json.loads(extra).items() if k in names and k not in kwargs})
    return cls(**kwargs)


# Dataclass field -> table column, for the fields stored in columns of their own.
_SENTENCE_FIELDS = {
    "index": "idx",
    "text": "text",
    "start": "start_pos",
    "end": "end_pos",
    "paragraph": "paragraph",
    "is_heading": "is_heading",
}
_QUOTE_FIELDS = {
    "text": "text",
    "kind": "kind",
    "start": "start_pos",
    "end": "end_pos",
    "sentence_index": "sentence_index",
}
SENTENCE_COLUMNS = tuple(_SENTENCE_FIELDS)
QUOTE_COLUMNS = tuple(_QUOTE_FIELDS)
EXPERT_COLUMNS = ("name", "role", "quotes")
UNNAMED_COLUMNS = ("speaker", "kind", "quotes")
# topic_terms: a table of its own (topic_terms_json), read by topic questions only.
ANALYSIS_COLUMNS = ("title", "word_count", "sentences", "experts", "unnamed_sources", "topics", "topic_terms")


def sentence_row(article_id: int, s: Sentence) -> tuple[Any, ...]:
    return (
        article_id,
        s.index,
        s.text,
        s.start,
        s.end,
        s.paragraph,
        int(s.is_heading),
        extra_json(s, SENTENCE_COLUMNS),
    )


def _known(row: sqlite3.Row, columns: Mapping[str, str]) -> dict[str, Any]:
    """The dataclass fields that have columns of their own: field -> its column's value."""
    return {field: row[column] for field, column in columns.items()}


def sentence_from_row(row: sqlite3.Row) -> Sentence:
    known = _known(row, _SENTENCE_FIELDS)
    known["is_heading"] = bool(known["is_heading"])  # stored as 0 or 1
    return build(Sentence, known, row["extra"])


def quote_row(speaker_id: int, position: int, q: Quote) -> tuple[Any, ...]:
    return (
        speaker_id,
        position,
        q.text,
        q.kind,
        q.start,
        q.end,
        q.sentence_index,
        extra_json(q, QUOTE_COLUMNS),
    )


def quote_from_row(row: sqlite3.Row) -> Quote:
    return build(Quote, _known(row, _QUOTE_FIELDS), row["extra"])


def speaker_row(article_id: int, position: int, speaker: Expert | UnnamedSource) -> tuple[Any, ...]:
    """(article_id, position, kind, name, name_key, role, extra) for either kind of speaker."""
    if isinstance(speaker, Expert):
        return (
            article_id,
            position,
            "person",
            speaker.name,
            lookup_key(speaker.name),
            speaker.role,
            extra_json(speaker, EXPERT_COLUMNS),
        )
    return (
        article_id,
        position,
        speaker.kind,
        speaker.speaker,
        lookup_key(speaker.speaker),
        None,
        extra_json(speaker, UNNAMED_COLUMNS),
    )


def speaker_from_row(row: sqlite3.Row, quotes: list[Quote]) -> Expert | UnnamedSource:
    if row["kind"] == "person":
        return build(Expert, {"name": row["name"], "role": row["role"], "quotes": quotes}, row["extra"])
    return build(UnnamedSource, {"speaker": row["name"], "kind": row["kind"], "quotes": quotes}, row["extra"])


def topic_row(article_id: int, position: int, topic: TopicSentiment) -> tuple[Any, ...]:
    return (article_id, position, topic.phrase, lookup_key(topic.phrase), dumps(_values(topic)))


def topic_from_json(data: str) -> TopicSentiment:
    return build(TopicSentiment, {}, data)


def topic_terms_json(terms: TopicTerms) -> str:
    """The topic_terms row's data (its format has a column of its own)."""
    return dumps({"terms": terms.terms, "acronyms": terms.acronyms, "expansions": terms.expansions})


def topic_terms_from_row(format: str, data: str) -> TopicTerms:
    found = json.loads(data)
    expansions = {k: (v[0], v[1]) for k, v in found["expansions"].items()}
    return TopicTerms(format, found["terms"], found["acronyms"], expansions)


def analysis_json(analysis: ArticleAnalysis) -> str:
    """The parts never queried by SQL: summary, sentence scores, keywords and any newer fields."""
    rest = {k: v for k, v in _values(analysis).items() if k not in ANALYSIS_COLUMNS}
    rest["summary"] = _values(analysis.summary)
    return dumps(rest)


def analysis_from_parts(
    stored: str,
    *,
    title: str,
    word_count: int,
    sentences: list[Sentence],
    experts: list[Expert],
    unnamed: list[UnnamedSource],
    topics: list[TopicSentiment],
) -> ArticleAnalysis:
    data = json.loads(stored)
    summary = build(Summary, {}, dumps(data.pop("summary")))
    known: dict[str, Any] = {
        "title": title,
        "word_count": word_count,
        "sentences": sentences,
        "experts": experts,
        "unnamed_sources": unnamed,
        "topics": topics,
        "summary": summary,
    }
    return build(ArticleAnalysis, known, dumps(data))


Row = Any  # a sqlite3.Row or an asyncpg.Record: both are read by column name


def rebuild_article(
    info: ArticleInfo,
    row: Row,
    sentence_rows: list[Row],
    quote_rows: list[Row],
    speaker_rows: list[Row],
    topic_rows: list[Row],
) -> StoredArticle:
    """A stored article from its rows, as either backend reads them (pure Python: safe in a worker
    thread). `row` holds the article's text and analysis columns."""
    sentences = [sentence_from_row(r) for r in sentence_rows]
    quotes: dict[int, list[Quote]] = {}
    for r in quote_rows:
        quotes.setdefault(r["speaker_id"], []).append(quote_from_row(r))
    experts: list[Expert] = []
    unnamed: list[UnnamedSource] = []
    for r in speaker_rows:
        speaker = speaker_from_row(r, quotes.get(r["id"], []))
        if isinstance(speaker, Expert):
            experts.append(speaker)
        else:
            unnamed.append(speaker)
    topics = [topic_from_json(r[0]) for r in topic_rows]
    analysis = analysis_from_parts(
        row["analysis"],
        title=info.title,
        word_count=info.word_count,
        sentences=sentences,
        experts=experts,
        unnamed=unnamed,
        topics=topics,
    )
    return StoredArticle(info=info, text=row["text"], analysis=analysis)
