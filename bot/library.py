"""The library service: what the Discord cogs and the CLI call to add, find, read and remove articles."""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from bot.analysis import ArticleAnalysis, Summary, TopicSentiment, TopicTerms, normalize_text
from bot.errors import InputError, NotFoundError, echo
from bot.ingest import Ingested, check_length, display_name, from_bytes, from_fetched
from bot.ingest.language import analyze_readable
from bot.ingest.seeds import read_seed, seed_paths
from bot.outage import GuardedStore, LibraryUnavailable
from bot.settings import Settings
from bot.store import (
    AddResult,
    ArticleInfo,
    LibraryStore,
    SearchHit,
    SpeakerQuote,
    StoredArticle,
    content_hash,
    lookup_key,
    open_store,
)
from bot.store.query import parse_query

if TYPE_CHECKING:
    from bot.ingest.fetch import FetchLimits

__all__ = ["AddResult", "ArticleInfo", "Library", "SearchHit", "SpeakerQuote", "StoredArticle"]

log = logging.getLogger(__name__)

MAX_SUMMARY_SENTENCES = 50
MAX_PAGE = 100
TOPIC_SCAN_LIMIT = 50
NORMALIZE_IN_WORKER_CHARS = 100_000
_NOTHING_TO_SEARCH = (
    "Search for at least one word other than common ones like “the” or “and”"
    " (put a phrase in quotes to search for it as written)."
)
_ONLY_EXCLUDED = "Search for at least one word as well as the ones to leave out (-word)."
_ID_REF = re.compile(r"#?(\d{1,18})")


def _normalize_and_hash(text: str) -> tuple[str, str]:
    from bot.ingest.cleanup import strip_furniture

    normalized = strip_furniture(normalize_text(text))
    return normalized, content_hash(normalized)


class Library:
    """One open library database. Use `await Library.open(settings)` or `async with await Library.open(...)`."""

    def __init__(self, settings: Settings, store: LibraryStore) -> None:
        self.settings = settings
        self.store = store

    @classmethod
    async def open(cls, settings: Settings) -> Library:
        """Open the store (migrating it) and index new or changed seed articles."""
        opened = await open_store(settings.database, search_index=settings.search_index)
        store = cast(LibraryStore, GuardedStore(opened, settings.query_timeout))
        library = cls(settings, store)
        try:
            await library.index_seeds()
            if await store.read_only():
                log.warning(
                    "the library %s is read-only: commands read it, but adds and removals are refused",
                    settings.database_display,
                )
        except BaseException:
            await store.close()
            raise
        return library

    async def database_status(self) -> str:
        """ "database ok", or "database unavailable: <why>" (what `newsdesk health` reports)."""
        try:
            await self.store.latest(None)
        except LibraryUnavailable as exc:
            return f"database unavailable: {exc}"
        return "database ok"

    async def close(self) -> None:
        await self.store.close()

    async def __aenter__(self) -> Library:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # ---- adding ----------------------------------------------------------------------------

    async def add_text(
        self,
        text: str,
        *,
        guild_id: int | None,
        title: str | None = None,
        source: str | None = None,
        added_by: int | None = None,
    ) -> AddResult:
        """Analyse and store `text`; the existing article if the same text is already visible here."""
        (result,) = await self.add_text_to(text, [guild_id], title=title, source=source, added_by=added_by)
        return result

    async def add_text_to(
        self,
        text: str,
        guild_ids: Sequence[int | None],
        *,
        title: str | None = None,
        source: str | None = None,
        added_by: int | None = None,
    ) -> list[AddResult]:
        """`add_text` into several libraries (the servers following one feed), analysing the text at
        most once; one result per guild, in order."""
        # What adding needs (worker processes, titles, the analysis) is imported here, not by the
        # commands that only read the library.
        from bot.deadline import run_within
        from bot.ingest.titles import clean_title, derive_title

        if len(text) > 2 * self.settings.max_article_chars:  # before spending time normalising it
            raise InputError(
                f"The article is {len(text):,} characters long; the limit is {self.settings.max_article_chars:,}."
            )
        if len(text) > NORMALIZE_IN_WORKER_CHARS:
            # Regex and casefold over a long text hold the GIL in one C call (~90 ms at 100,000
            # words), stalling the event loop even from a thread; a worker process has its own GIL.
            text, key = await run_within(
                self.settings.max_analysis_seconds, "The article", _normalize_and_hash, text
            )
        else:
            text, key = await asyncio.to_thread(_normalize_and_hash, text)
        check_length(text, "The article", self.settings.max_article_chars)
        title = clean_title(title) or derive_title(text)
        analysis: ArticleAnalysis | None = None
        results = []
        for guild_id in guild_ids:
            existing = await self.store.find_duplicate(guild_id, key)
            if existing is not None:
                results.append(AddResult(await self._load_id(existing, guild_id), created=False))
                continue
            if analysis is None:
                # Too short or not English: one sentence, from the analysis worker, before any analysis.
                analysis = await run_within(
                    self.settings.max_analysis_seconds, "The article", analyze_readable, text, title
                )
            article_id, created = await self.store.add_article(
                guild_id=guild_id,
                title=title,
                source=source,
                added_by=added_by,
                text=text,
                content_hash=key,
                analysis=analysis,
            )
            results.append(AddResult(await self._load_id(article_id, guild_id), created=created))
        return results

    async def add_file(
        self,
        data: bytes,
        filename: str,
        *,
        guild_id: int | None,
        title: str | None = None,
        added_by: int | None = None,
    ) -> AddResult:
        """Add an uploaded plain-text, Markdown or HTML file."""
        if len(data) > self.settings.max_download_bytes:
            raise InputError(
                f"{display_name(filename)} is {len(data):,} bytes; the limit is {self.settings.max_download_bytes:,}."
            )
        ingested = await asyncio.to_thread(
            from_bytes, data, filename, max_chars=self.settings.max_article_chars
        )
        return await self.add_text(
            ingested.text,
            guild_id=guild_id,
            title=title or ingested.title,
            source=ingested.source,
            added_by=added_by,
        )

    async def add_url(
        self, url: str, *, guild_id: int | None, title: str | None = None, added_by: int | None = None
    ) -> AddResult:
        """Download a web page (or text file) and add its main text."""
        ingested = await self.read_url(url)
        return await self.add_text(
            ingested.text,
            guild_id=guild_id,
            title=title or ingested.title,
            source=ingested.source,
            added_by=added_by,
        )

    def fetch_limits(self) -> FetchLimits:
        """What any download may take: size, time, redirects, and the hosts allowed despite the guard."""
        from bot.ingest.fetch import FetchLimits  # aiohttp loads only when a URL is fetched

        return FetchLimits(
            max_bytes=self.settings.max_download_bytes,
            timeout=self.settings.fetch_timeout,
            max_redirects=self.settings.max_redirects,
            allowlist=self.settings.url_allowlist,
        )

    async def read_url(self, url: str) -> Ingested:
        """A web page's (or text file's) main text, through the guarded fetch; not stored."""
        from bot.ingest.fetch import fetch

        fetched = await fetch(url, self.fetch_limits())
        return await asyncio.to_thread(from_fetched, fetched, max_chars=self.settings.max_article_chars)

    async def remove(self, ref: str | int, *, guild_id: int | None) -> ArticleInfo:
        """Remove one of this scope's own articles; seeds and other scopes' articles are refused."""
        info = await self._find(ref, guild_id, strict=True)
        if info.is_seed:
            raise InputError(
                f"Article #{info.id} is a seed article shared with every server; it cannot be removed."
            )
        if info.guild_id != guild_id:
            raise InputError(
                f"Article #{info.id} is shared with every server; only the operator can remove it."
            )
        await self.store.delete_article(info.id)
        return info

    # ---- finding ---------------------------------------------------------------------------

    async def resolve(self, ref: str | int | None, *, guild_id: int | None) -> StoredArticle:
        """An article by id ("12" or "#12"), by a fragment of its title, or (None) the newest one."""
        info = await self._find(ref, guild_id, strict=False)
        return await self.store.load(info)

    async def _load_id(self, article_id: int, guild_id: int | None) -> StoredArticle:
        info = await self.store.info(article_id, guild_id)
        if info is None:
            raise NotFoundError(f"No article #{article_id} in this library.")
        return await self.store.load(info)

    async def _find(self, ref: str | int | None, guild_id: int | None, *, strict: bool) -> ArticleInfo:
        if isinstance(ref, str):
            ref = ref.strip()
        if ref is None or ref == "":
            latest = await self.store.latest(guild_id)
            if latest is None:
                raise NotFoundError("The library is empty; add an article first.")
            return latest
        if isinstance(ref, int):
            article_id: int | None = ref
        else:
            match = _ID_REF.fullmatch(ref)
            article_id = int(match.group(1)) if match else None
        if article_id is not None:
            info = await self.store.info(article_id, guild_id)
            if info is not None:
                return info
            # A bare number may still be part of a title ("Top 10") when only reading; never when
            # removing, where a missing id must not fall through to some other article.
            if strict or isinstance(ref, int) or ref.startswith("#"):
                raise NotFoundError(f"No article #{article_id} in this library.")
        fragment = str(ref)
        candidates = await self.store.find_by_title(lookup_key(fragment), guild_id, limit=5)
        if not candidates and article_id is not None:
            raise NotFoundError(f"No article #{article_id} in this library.")
        if not candidates:
            raise NotFoundError(f"No article in this library has “{echo(fragment)}” in its title.")
        exact = lookup_key(candidates[0].title) == lookup_key(fragment)
        if strict and len(candidates) > 1 and not exact:
            listed = "; ".join(f"#{c.id} {echo(c.title)}" for c in candidates[:3])
            raise InputError(f"“{echo(fragment)}” matches several articles ({listed}); give the id.")
        return candidates[0]

    async def list_articles(
        self, *, guild_id: int | None, limit: int = 25, offset: int = 0
    ) -> tuple[list[ArticleInfo], int]:
        """Visible articles, newest first, and how many there are in all."""
        return await self.store.list_articles(guild_id, max(1, min(limit, MAX_PAGE)), max(0, offset))

    async def search(
        self, query: str, *, guild_id: int | None, limit: int = 25, offset: int = 0, snippets: bool = True
    ) -> tuple[list[SearchHit], int]:
        """Full-text search over titles and texts (`bot.store.query` says what a query means): all its
        words first, any of them if nothing has all. `snippets` False leaves the hits' snippets empty,
        for `search_snippets` of the page shown."""
        parsed = parse_query(query)
        if not parsed:
            raise InputError(_ONLY_EXCLUDED if parsed.excluded else _NOTHING_TO_SEARCH)
        limit, offset = max(1, min(limit, MAX_PAGE)), max(0, offset)
        hits, total = await self.store.search(parsed, guild_id, limit, offset, snippets=snippets)
        if total == 0 and len(parsed.words) > 1:
            hits, total = await self.store.search(
                parsed, guild_id, limit, offset, any_term=True, snippets=snippets
            )
        return hits, total

    async def search_snippets(self, query: str, article_ids: list[int]) -> dict[int, str]:
        """The passage of each article (ids from `search`) that matches `query`, words in **bold**."""
        return await self.store.snippets(parse_query(query), article_ids)

    # ---- reading ---------------------------------------------------------------------------

    async def summary(self, article: StoredArticle, sentences: int | None = None) -> Summary:
        """The `sentences` best sentences (default: the best up to about 60 words), chosen from the
        stored scores (no re-analysis)."""
        if sentences is not None and not 1 <= sentences <= MAX_SUMMARY_SENTENCES:
            raise InputError(f"A summary has between 1 and {MAX_SUMMARY_SENTENCES} sentences.")
        from bot.analysis import Ranking, select_summary  # TextBlob: imported when first needed

        analysis = article.analysis
        return select_summary(
            analysis.sentences, Ranking(analysis.sentence_scores, analysis.keywords), count=sentences
        )

    async def topic(self, article: StoredArticle, topic: str) -> TopicSentiment | None:
        """Sentiment on `topic` in the article: the stored topic if it is one, else measured now."""
        key = lookup_key(topic)
        if not key:
            raise InputError("Name a topic.")
        for stored in article.analysis.topics:
            if key == lookup_key(stored.phrase) or any(key == lookup_key(alias) for alias in stored.aliases):
                return stored
        from bot.analysis import topic_sentiment

        terms = await self._topic_terms(article)
        return await asyncio.to_thread(topic_sentiment, article.analysis.sentences, topic.strip(), terms)

    async def _topic_terms(self, article: StoredArticle) -> TopicTerms:
        """The article's stored topic terms. An article stored before they were (or when they were
        derived another way) gets them derived now and stored, so its next question reads them."""
        from bot.analysis import derive_topic_terms, terms_fit

        texts = tuple(s.text for s in article.analysis.sentences)
        stored = await self.store.topic_terms(article.info.id)
        if stored is not None and terms_fit(stored, texts):
            return stored
        derived = await asyncio.to_thread(derive_topic_terms, texts)
        try:
            await self.store.save_topic_terms(article.info.id, derived)
        except Exception as exc:  # a read-only (or full) library still answers, deriving them each time
            log.debug("topic terms of article %s not stored: %s", article.info.id, exc)
        return derived

    async def topic_extremes(self, found: TopicSentiment) -> tuple[str | None, str | None]:
        """The topic's most positive and most negative sentences (None for a side with none)."""
        from bot.analysis import topic_extremes

        return await asyncio.to_thread(topic_extremes, found)

    async def topic_across_library(
        self, topic: str, *, guild_id: int | None
    ) -> list[tuple[ArticleInfo, TopicSentiment]]:
        """Sentiment on `topic` in every visible article that mentions it, newest first."""
        parsed = parse_query(topic)
        if not parsed:
            raise InputError("Name a topic.")
        hits, _ = await self.store.search(parsed, guild_id, TOPIC_SCAN_LIMIT, 0)
        results: list[tuple[ArticleInfo, TopicSentiment]] = []
        for hit in sorted(hits, key=lambda h: -h.info.id):
            found = await self.topic(await self.store.load(hit.info), topic)
            if found is not None:
                results.append((hit.info, found))
        return results

    async def quotes_by(
        self, speaker: str, *, guild_id: int | None, limit: int | None = None
    ) -> list[SpeakerQuote]:
        """Every quote of a named speaker across the visible library, newest article first (empty if
        none), or the newest `limit`. Names match ignoring case, accents, punctuation and the titles
        before them ("Dr. Frank McGeorge", "Mr Cauchon"); a surname (or any word of a name) alone
        matches every person who has it."""
        from bot.analysis import name_keys

        keys = [lookup_key(speaker), *name_keys(speaker)]
        if not keys[0]:
            raise InputError("Name a speaker.")
        for key in dict.fromkeys(k for k in keys if k):
            quotes = await self.store.speaker_quotes(key, guild_id, word=False, limit=limit)
            if quotes:
                return quotes
        # A surname (or any word of a name): its person's quotes, or, when several people share it,
        # each one's under their own name.
        return await self.store.speaker_quotes(keys[-1], guild_id, word=True, limit=limit)

    # ---- autocomplete ----------------------------------------------------------------------

    async def autocomplete_articles(
        self, prefix: str, *, guild_id: int | None, limit: int = 25
    ) -> list[ArticleInfo]:
        limit = max(1, min(limit, MAX_PAGE))
        prefix = prefix.strip()
        if not prefix:
            return (await self.store.list_articles(guild_id, limit, 0))[0]
        found: list[ArticleInfo] = []
        match = _ID_REF.fullmatch(prefix)
        if match:
            info = await self.store.info(int(match.group(1)), guild_id)
            if info is not None:
                found.append(info)
        for info in await self.store.find_by_title(lookup_key(prefix), guild_id, limit):
            if all(info.id != f.id for f in found):
                found.append(info)
        return found[:limit]

    async def autocomplete_speakers(self, prefix: str, *, guild_id: int | None, limit: int = 25) -> list[str]:
        """Named speakers whose name (or a word of it) starts with `prefix`, most quoted first."""
        key = lookup_key(prefix)
        rows = await self.store.speaker_names(key, guild_id)
        totals: dict[str, int] = {}
        spellings: dict[str, dict[str, int]] = {}
        for name_key, name, count in rows:
            totals[name_key] = totals.get(name_key, 0) + count
            spellings.setdefault(name_key, {})[name] = spellings.get(name_key, {}).get(name, 0) + count

        def display(name_key: str) -> str:
            # The spelling used most; on a tie the one with accents and mixed case ("Schäuble").
            forms = spellings[name_key]
            return max(forms, key=lambda n: (forms[n], n != n.upper(), not n.isascii(), n))

        from bot.analysis import is_person_name

        # People only: the analysis sometimes names a place or a firm as a speaker ("Nepal said").
        ordered = sorted(totals, key=lambda k: (not k.startswith(key), -totals[k], k))
        people = (name for name in map(display, ordered) if is_person_name(name))
        return list(itertools.islice(people, max(1, min(limit, MAX_PAGE))))

    async def autocomplete_topics(
        self, article: StoredArticle | None, prefix: str, limit: int = 25, *, guild_id: int | None = None
    ) -> list[str]:
        """Topics of the article (or, without one, of the scope's library) starting with `prefix`."""
        key = lookup_key(prefix)
        limit = max(1, min(limit, MAX_PAGE))
        if article is None:
            return await self.store.topic_phrases(key, guild_id, limit)
        phrases = [t.phrase for t in article.analysis.topics]
        matching = [
            p for p in phrases if any(w.startswith(key) for w in [lookup_key(p), *lookup_key(p).split()])
        ]
        return sorted(matching, key=lambda p: not lookup_key(p).startswith(key))[:limit]

    # ---- seeds -----------------------------------------------------------------------------

    async def index_seeds(self) -> int:
        """Index new or changed `*.txt` seeds (shared with every guild); returns how many were indexed."""
        seeds_dir = self.settings.seeds_dir
        present = await asyncio.to_thread(seed_paths, seeds_dir)
        if present is None:
            log.info("no seeds folder at %s; no seed articles", seeds_dir)
            return 0
        indexed = await self.store.seed_files()
        count = 0
        for path in present:
            try:
                if await self._index_seed(path, indexed.get(path.name)):
                    count += 1
            except InputError as exc:
                log.warning("seed %s skipped: %s", path.name, exc)
        for gone in set(indexed) - {p.name for p in present}:
            await self.store.remove_seed(gone)
        return count

    async def _index_seed(self, path: Path, indexed_hash: str | None) -> bool:
        seed = await asyncio.to_thread(
            read_seed, path, indexed_hash, max_chars=self.settings.max_article_chars
        )
        if seed is None:
            return False
        from bot.analysis import analyze  # only for a new or changed seed
        from bot.deadline import run_within
        from bot.ingest.titles import clean_title, derive_title

        title = clean_title(seed.title) or derive_title(seed.text)
        analysis = await run_within(
            self.settings.max_analysis_seconds, f"Seed {seed.name}", analyze, seed.text, title
        )
        await self.store.replace_seed(
            seed.name,
            seed.file_hash,
            title=title,
            source=seed.source,
            text=seed.text,
            content_hash=content_hash(seed.text),
            analysis=analysis,
        )
        log.info("indexed seed %s: %s", seed.name, title)
        return True
