"""Questions about stored articles: summaries, sentiment on a topic (one article or the library), a
speaker's quotes, and the speakers and topics offered while typing."""

from __future__ import annotations

import asyncio
import itertools
import logging

from bot.analysis import Summary, TopicSentiment, TopicTerms
from bot.errors import InputError
from bot.store import ArticleInfo, SpeakerQuote, StoredArticle, lookup_key
from bot.store.query import parse_query

from .core import LibraryCore, page_limit

log = logging.getLogger(__name__)

MAX_SUMMARY_SENTENCES = 50
TOPIC_SCAN_LIMIT = 50


class ArticleQuestions(LibraryCore):
    async def summary(self, article: StoredArticle, sentences: int | None = None) -> Summary:
        """The `sentences` best sentences (default: the best up to about 60 words, more for a long article), chosen from the
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
        analysis = article.analysis
        return await asyncio.to_thread(
            topic_sentiment, analysis.sentences, topic.strip(), terms, analysis.title
        )

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
        return list(itertools.islice(people, page_limit(limit)))

    async def autocomplete_topics(
        self, article: StoredArticle | None, prefix: str, limit: int = 25, *, guild_id: int | None = None
    ) -> list[str]:
        """Topics of the article (or, without one, of the scope's library) starting with `prefix`."""
        key = lookup_key(prefix)
        limit = page_limit(limit)
        if article is None:
            return await self.store.topic_phrases(key, guild_id, limit)
        phrases = [t.phrase for t in article.analysis.topics]
        matching = [
            p for p in phrases if any(w.startswith(key) for w in [lookup_key(p), *lookup_key(p).split()])
        ]
        return sorted(matching, key=lambda p: not lookup_key(p).startswith(key))[:limit]
