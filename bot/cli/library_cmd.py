"""`newsdesk add|articles|summary|experts|sentiment|quotes|remove`: the library from the command line."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import re
import sys
import textwrap
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.cli.analyze_cmd import experts_json
from bot.errors import InputError, NotFoundError, echo

if TYPE_CHECKING:
    from bot.analysis import TopicSentiment
    from bot.library import ArticleInfo, Library, StoredArticle

URL_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
SHARED_NOTE = (
    "Shared with every server: each one lists it, and only `newsdesk remove` takes it out"
    " (--guild ID adds to one server's library)."
)
Handler = Callable[["Library", argparse.Namespace], Awaitable[None]]
WRAP = textwrap.TextWrapper(width=100, initial_indent="  ", subsequent_indent="  ")
QUOTE_WRAP = textwrap.TextWrapper(width=100, initial_indent="    ", subsequent_indent="     ")


def _never(args: argparse.Namespace) -> bool:
    return False


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(
        name: str, help: str, handler: Handler, *, searches: Callable[[argparse.Namespace], bool] = _never
    ) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help, description=help)
        parser.add_argument(
            "--guild",
            type=int,
            metavar="ID",
            help="act on this Discord server's library (default: the shared one every server sees)",
        )
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")
        parser.set_defaults(func=lambda args: _run(handler, args, searches=searches(args)))
        return parser

    article_help = "article id or part of its title (default: the most recently added)"
    p = command("add", "add an article from a file (text, Markdown, HTML) or a web page", _add)
    p.add_argument("target", metavar="PATH|URL")
    p.add_argument("--title", metavar="T", help="title (default: from the document)")
    p = command(
        "articles",
        "list the library, or search it when given words",
        _articles,
        searches=lambda a: bool(a.query),
    )
    p.add_argument(
        "query",
        nargs="*",
        metavar="QUERY",
        help="words in any form (plummet finds plummeted), '\"an exact phrase\"', -word to leave one out",
    )
    p.add_argument("--limit", type=int, default=25, metavar="N", help="at most N results (default 25)")
    p = command("summary", "summarise an article", _summary)
    p.add_argument("article", nargs="*", metavar="ARTICLE", help=article_help)
    p.add_argument(
        "--sentences",
        type=int,
        metavar="N",
        help="summary length in sentences (default: the best sentences, about 60 words; more for a long article)",
    )
    p = command("experts", "who is quoted in an article, with their roles and quotes", _experts)
    p.add_argument("article", nargs="*", metavar="ARTICLE", help=article_help)
    p = command(
        "sentiment",
        "sentiment on an article's topics, or on one topic",
        _sentiment,
        searches=lambda a: bool(a.topic) and not a.article,  # across the library: found by a search
    )
    p.add_argument("article", nargs="*", metavar="ARTICLE", help=article_help)
    p.add_argument("--topic", metavar="T", help="one topic; without ARTICLE, across the whole library")
    p = command("quotes", "everything one person is quoted saying across the library", _quotes)
    p.add_argument("speaker", nargs="+", metavar="SPEAKER")
    p = command("remove", "remove an article from the library", _remove)
    p.add_argument("article", nargs="+", metavar="ARTICLE", help="article id or part of its title")


def _run(handler: Handler, args: argparse.Namespace, *, searches: bool) -> int:
    # Imported here, not for `newsdesk --help` or another command's start.
    from bot.library import Library
    from bot.settings import load_settings

    settings = load_settings()
    if not searches:
        # No search index worker to start and stop (a process of its own): a command that changes
        # the library leaves the change in the log, which the next opener's index replays.
        settings = dataclasses.replace(settings, search_index=False)

    async def main() -> None:
        async with await Library.open(settings) as library:
            await handler(library, args)

    try:
        asyncio.run(main())
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (`newsdesk articles | head`) stopped early; not an error. Point stdout at
        # /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _ref(words: list[str]) -> str | None:
    return " ".join(words).strip() or None


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def info_json(info: ArticleInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "title": info.title,
        "source": info.source,
        "guild_id": info.guild_id,
        "added_by": info.added_by,
        "added_at": info.added_at.isoformat(),
        "word_count": info.word_count,
        "seed": info.is_seed,
    }


def _headline(info: ArticleInfo) -> str:
    source = f" — {info.source}" if info.source else ""
    return f"#{info.id} {info.title}{source}"


def _topic_json(topic: TopicSentiment) -> dict[str, Any]:
    return {
        "phrase": topic.phrase,
        "polarity": round(topic.polarity, 3),
        "subjectivity": round(topic.subjectivity, 3),
        "mentions": topic.mentions,
        "sentences": topic.sentences,
    }


def _topic_line(topic: TopicSentiment) -> str:
    return (
        f"  {topic.phrase}: polarity {topic.polarity:+.2f}, subjectivity {topic.subjectivity:.2f}"
        f" ({topic.mentions} mention{'s' if topic.mentions != 1 else ''})"
    )


async def _add(library: Library, args: argparse.Namespace) -> None:
    target: str = args.target
    if URL_LIKE.match(target):  # any scheme: add_url explains which ones work
        result = await library.add_url(target, guild_id=args.guild, title=args.title)
    else:
        from bot.ingest import from_path  # the CLI reads local files; the bot never does

        ingested = await asyncio.to_thread(
            from_path,
            target,
            max_chars=library.settings.max_article_chars,
            max_bytes=library.settings.max_download_bytes,
        )
        result = await library.add_text(
            ingested.text, guild_id=args.guild, title=args.title or ingested.title, source=ingested.source
        )
    info = result.article.info
    if args.json:
        _print_json({"created": result.created, "article": info_json(info)})
    elif result.created:
        print(f"Added {_headline(info)} ({info.word_count} words).")
    else:
        print(f"Already in the library: {_headline(info)}.")
    if not args.json and info.guild_id is None:
        print(SHARED_NOTE)


async def _articles(library: Library, args: argparse.Namespace) -> None:
    query = _ref(args.query)
    if query is None:
        infos, total = await library.list_articles(guild_id=args.guild, limit=args.limit)
        if args.json:
            _print_json({"total": total, "articles": [info_json(i) for i in infos]})
            return
        for info in infos:
            scope = ", seed" if info.is_seed else ""
            scope += ", shared" if info.guild_id is None else ""
            print(f"{_headline(info)} ({info.word_count} words, {info.added_at:%Y-%m-%d}{scope})")
        print(f"{total} article{'s' if total != 1 else ''} in the library.")
        return
    hits, total = await library.search(query, guild_id=args.guild, limit=args.limit)
    if args.json:
        hits_json = [{**info_json(h.info), "snippet": h.snippet, "rank": h.rank} for h in hits]
        _print_json({"query": query, "total": total, "results": hits_json})
        return
    if not hits:
        raise NotFoundError(f"No article matches “{echo(query)}”.")
    for hit in hits:
        print(_headline(hit.info))
        print(WRAP.fill(hit.snippet))
    print(f"{total} article{'s' if total != 1 else ''} match “{query}”.")


async def _summary(library: Library, args: argparse.Namespace) -> None:
    article = await library.resolve(_ref(args.article), guild_id=args.guild)
    summary = await library.summary(article, args.sentences)
    if args.json:
        _print_json(
            {
                "article": info_json(article.info),
                "sentences": summary.sentences,
                "reduced_by": summary.reduced_by,
                "keywords": summary.keywords,
            }
        )
        return
    print(_headline(article.info))
    for sentence in summary.sentences:
        print(WRAP.fill(sentence))
    print(f"Reduced by {summary.reduced_by:.0f}%.")
    if summary.keywords:
        print("Keywords: " + ", ".join(summary.keywords))


def _experts_json(article: StoredArticle) -> dict[str, Any]:
    return {"article": info_json(article.info), **experts_json(article.analysis)}


def _quote_text(text: str, kind: str) -> str:
    return f"“{text}”" if kind == "direct" else f"(reported) {text}"


async def _experts(library: Library, args: argparse.Namespace) -> None:
    article = await library.resolve(_ref(args.article), guild_id=args.guild)
    data = _experts_json(article)
    if args.json:
        _print_json(data)
        return
    print(_headline(article.info))
    if not data["experts"]:
        print("No one is quoted by name in this article.")
    for expert in data["experts"]:
        print(f"  {expert['name']}" + (f" — {expert['role']}" if expert["role"] else ""))
        for quote in expert["quotes"]:
            print(QUOTE_WRAP.fill(_quote_text(quote["text"], quote["kind"])))
    if data["unnamed_sources"]:
        print("Unnamed sources:")
        for source in data["unnamed_sources"]:
            print(f"  {source['speaker']}")
            for quote in source["quotes"]:
                print(QUOTE_WRAP.fill(_quote_text(quote["text"], quote["kind"])))


async def _sentiment(library: Library, args: argparse.Namespace) -> None:
    ref = _ref(args.article)
    topic: str | None = args.topic.strip() if args.topic else None
    if topic is not None and ref is None:
        found = await library.topic_across_library(topic, guild_id=args.guild)
        if args.json:
            _print_json({"topic": topic, "articles": [{**info_json(i), **_topic_json(t)} for i, t in found]})
            return
        if not found:
            raise NotFoundError(f"No article in this library discusses “{echo(topic)}”.")
        for info, measured in found:
            print(_headline(info))
            print(_topic_line(measured))
        return
    article = await library.resolve(ref, guild_id=args.guild)
    if topic is None:
        topics = article.analysis.topics
        if args.json:
            _print_json({"article": info_json(article.info), "topics": [_topic_json(t) for t in topics]})
            return
        print(_headline(article.info))
        print("Topics:" if topics else "No topics found in this article.")
        for t in topics:
            print(_topic_line(t))
        return
    result = await library.topic(article, topic)
    if result is None:
        raise NotFoundError(f"Article #{article.info.id} does not discuss “{echo(topic)}”.")
    if args.json:
        _print_json({"article": info_json(article.info), "topic": _topic_json(result)})
        return
    print(_headline(article.info))
    print(_topic_line(result))
    for sentence in result.sentences[:5]:
        print(QUOTE_WRAP.fill(sentence))


async def _quotes(library: Library, args: argparse.Namespace) -> None:
    speaker = " ".join(args.speaker).strip()
    if not speaker:
        raise InputError("Name a speaker.")
    quotes = await library.quotes_by(speaker, guild_id=args.guild)
    if args.json:
        _print_json(
            {
                "speaker": speaker,
                "quotes": [
                    {
                        "speaker": q.speaker,
                        "role": q.role,
                        "text": q.text,
                        "kind": q.kind,
                        "article": info_json(q.article),
                    }
                    for q in quotes
                ],
            }
        )
        return
    if not quotes:
        raise NotFoundError(f"No quotes from {echo(speaker)} in this library.")
    heading = None
    for q in quotes:
        # one heading per speaker and article, its quotes beneath
        who = q.speaker + (f" — {q.role}" if q.role else "")
        line = f"{who} (in #{q.article.id} {q.article.title})"
        if line != heading:
            print(line)
            heading = line
        print(QUOTE_WRAP.fill(_quote_text(q.text, q.kind)))


async def _remove(library: Library, args: argparse.Namespace) -> None:
    info = await library.remove(" ".join(args.article), guild_id=args.guild)
    if args.json:
        _print_json({"removed": info_json(info)})
    else:
        print(f"Removed {_headline(info)}.")
