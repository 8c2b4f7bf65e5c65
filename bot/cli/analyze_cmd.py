"""`newsdesk analyze FILE...`: analyse text files without any database."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TYPE_CHECKING, Any

from bot.errors import InputError

if TYPE_CHECKING:  # the analysis loads when a file is analysed, not for `newsdesk --help`
    from bot.analysis import ArticleAnalysis, Quote


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("analyze", help="analyse text files (no database)")
    parser.add_argument("files", nargs="+", metavar="FILE")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object per file")
    output.add_argument(
        "--explain",
        action="store_true",
        help="per quote: speaker, kind, the rule that attributed it, sentence",
    )
    parser.add_argument(
        "--sentences",
        type=int,
        metavar="N",
        help="summary length in sentences (default: the best sentences, about 60 words; more for a long article)",
    )
    parser.add_argument("--topic", action="append", default=[], metavar="T", help="sentiment on a topic")
    parser.set_defaults(func=run)


def _read(path: str) -> tuple[str, str | None]:
    """The file's clean text and title, read exactly as `newsdesk add` reads it (txt, md, html): page
    furniture dropped, and a headline line over the body taken as the title when the file has none."""
    from bot.ingest import from_path
    from bot.ingest.cleanup import strip_furniture
    from bot.ingest.titles import clean_title, headline_title
    from bot.settings import load_settings

    settings = load_settings()
    ingested = from_path(path, max_chars=settings.max_article_chars, max_bytes=settings.max_download_bytes)
    text = strip_furniture(ingested.text)
    return text, clean_title(ingested.title) or headline_title(text)


def experts_json(analysis: ArticleAnalysis) -> dict[str, Any]:
    """The experts and unnamed sources of an analysis, as the JSON outputs show them."""
    return {
        "experts": [
            {
                "name": e.name,
                "role": e.role,
                "role_rule": e.role_rule,
                "quotes": [
                    {"text": q.text, "kind": q.kind, "start": q.start, "end": q.end, "rule": q.rule}
                    for q in e.quotes
                ],
            }
            for e in analysis.experts
        ],
        "unnamed_sources": [
            {
                "speaker": u.speaker,
                "kind": u.kind,
                "quotes": [{"text": q.text, "kind": q.kind, "rule": q.rule} for q in u.quotes],
            }
            for u in analysis.unnamed_sources
        ],
    }


def analysis_json(analysis: ArticleAnalysis, sentences: int | None, topics: list[str]) -> dict[str, Any]:
    from bot.analysis import Ranking, select_summary  # TextBlob: only when analysing

    summary = select_summary(
        analysis.sentences, Ranking(analysis.sentence_scores, analysis.keywords), count=sentences
    )
    return {
        "title": analysis.title,
        "summary": {
            "sentences": summary.sentences,
            "reduced_by": summary.reduced_by,
            "keywords": summary.keywords,
        },
        **experts_json(analysis),
        "topics": [
            {
                "phrase": t.phrase,
                "polarity": round(t.polarity, 3),
                "subjectivity": round(t.subjectivity, 3),
                "mentions": t.mentions,
            }
            for t in analysis.topics
        ],
        "topic_sentiment": {topic: _topic_json(analysis, topic) for topic in topics},
        "sentiment": _sentiment_json(analysis),
        "word_count": analysis.word_count,
    }


def _sentiment_json(analysis: ArticleAnalysis) -> dict[str, float]:
    """The whole text's polarity (-1..1) and subjectivity (0..1), headings left out."""
    from bot.analysis import text_sentiment

    polarity, subjectivity = text_sentiment([s.text for s in analysis.sentences if not s.is_heading])
    return {"polarity": polarity, "subjectivity": subjectivity}


def _topic_json(analysis: ArticleAnalysis, topic: str) -> dict[str, Any] | None:
    from bot.analysis import topic_sentiment

    result = topic_sentiment(analysis.sentences, topic, title=analysis.title)
    if result is None:
        return None
    return {
        "polarity": round(result.polarity, 3),
        "subjectivity": round(result.subjectivity, 3),
        "sentences": result.sentences,
    }


def _human(path: str, data: dict[str, Any]) -> str:
    wrap = textwrap.TextWrapper(width=100, initial_indent="  ", subsequent_indent="    ")
    out = [f"== {data['title'] or path}"]
    summary = data["summary"]
    out.append(f"Summary (reduced by {summary['reduced_by']:.0f}%):")
    out += [wrap.fill(s) for s in summary["sentences"]]
    if summary["keywords"]:
        out.append("Keywords: " + ", ".join(summary["keywords"]))
    out.append("Experts:" if data["experts"] else "Experts: none quoted by name")
    for expert in data["experts"]:
        out.append(f"  {expert['name']}" + (f" — {expert['role']}" if expert["role"] else ""))
        for q in expert["quotes"]:
            text = f"“{q['text']}”" if q["kind"] == "direct" else f"(reported) {q['text']}"
            out.append(wrap.fill("  " + text))
    if data["unnamed_sources"]:
        out.append("Unnamed sources:")
        for src in data["unnamed_sources"]:
            out.append(f"  {src['speaker']}")
            out += [wrap.fill("  " + q["text"]) for q in src["quotes"]]
    tone = data["sentiment"]
    out.append(
        f"Sentiment of the whole text: polarity {tone['polarity']:+.2f}, subjectivity {tone['subjectivity']:.2f}"
    )
    if data["topics"]:
        out.append("Topics (polarity, subjectivity):")
        out += [f"  {t['phrase']}: {t['polarity']:+.2f}, {t['subjectivity']:.2f}" for t in data["topics"]]
    for topic, result in data["topic_sentiment"].items():
        if result is None:
            out.append(f"Topic {topic!r}: not discussed in this article")
        else:
            out.append(
                f"Topic {topic!r}: polarity {result['polarity']:+.2f}, subjectivity {result['subjectivity']:.2f}"
            )
            out += [wrap.fill(s) for s in result["sentences"][:5]]
    return "\n".join(out)


def explain(path: str, analysis: ArticleAnalysis) -> str:
    """Why each quote went to its speaker: speaker, kind, rule and the sentence it stands in."""
    wrap = textwrap.TextWrapper(width=100, initial_indent="    ", subsequent_indent="      ")
    out = [f"== {analysis.title or path}"]

    sentences = {s.index: s.text for s in analysis.sentences}

    def quotes(speaker: str, found: list[Quote]) -> None:
        for q in found:
            sentence = sentences.get(q.sentence_index, "")
            out.append(f"  {speaker} | {q.kind} | {q.rule or 'unknown'}")
            out.append(wrap.fill(f"quote: {q.text}"))
            out.append(wrap.fill(f"sentence: {sentence}"))

    for expert in analysis.experts:
        if expert.role:
            out.append(f"{expert.name} — role {expert.role!r} read by {expert.role_rule}")
        quotes(expert.name, expert.quotes)
    for source in analysis.unnamed_sources:
        quotes(
            f"{source.speaker} ({'organisation' if source.kind == 'organization' else 'unnamed'})",
            source.quotes,
        )
    if len(out) == 1:
        out.append("  no quotes")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    if args.sentences is not None and not 1 <= args.sentences <= 50:
        raise InputError("--sentences must be between 1 and 50")
    texts = [(path, *_read(path)) for path in args.files]
    for path, text, title in texts:
        from bot.analysis import analyze

        analysis = analyze(text, title=title)
        if args.explain:
            print(explain(path, analysis))
            continue
        data = analysis_json(analysis, args.sentences, args.topic)
        data["file"] = path
        if args.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(_human(path, data))
    sys.stdout.flush()
    return 0
