"""Copying a library into another (`newsdesk migrate-db`: SQLite into PostgreSQL): every article with its
stored analysis, ids kept where free, seed markings, and the id counter, so `#12` still means article 12.

Idempotent: an article whose scope already holds the same text is left alone, so a second run (or a
run after an interrupted one) copies only what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .sql_store import SqlStore


@dataclass(slots=True)
class CopyReport:
    articles: int = 0  # in the source library
    copied: int = 0  # with the same id
    renumbered: int = 0  # that id was taken in the target by another article
    present: int = 0  # already there (an earlier run, or the same text added there)
    seeds: int = 0  # seed files newly marked


async def copy_library(
    source: SqlStore, target: SqlStore, progress: Callable[[int, int], None] | None = None
) -> CopyReport:
    """Copy every article of `source` into `target`, one transaction per article."""
    report = CopyReport()
    keys = await source.article_keys()
    report.articles = len(keys)
    # Ids the source ever handed out (to articles removed since, too) are never handed out by the
    # target itself: an article whose id is taken gets one above them all, not a later one's.
    last = await source.last_article_id()
    if last:
        await target.reserve_ids(last)
    new_ids: dict[int, int] = {}
    for done, (article_id, guild_id, content_hash) in enumerate(keys, 1):
        info = await source.info(article_id, guild_id)
        if info is None:  # removed while copying
            continue
        stored = await source.load(info)
        new_id, status = await target.import_article(
            article_id=info.id,
            guild_id=info.guild_id,
            title=info.title,
            source=info.source,
            added_by=info.added_by,
            added_at=info.added_at,
            text=stored.text,
            content_hash=content_hash,
            analysis=stored.analysis,
        )
        new_ids[article_id] = new_id
        setattr(report, status, getattr(report, status) + 1)
        if progress is not None:
            progress(done, len(keys))
    for file_name, file_hash, article_id in await source.seed_articles():
        if article_id in new_ids and await target.import_seed_file(file_name, file_hash, new_ids[article_id]):
            report.seeds += 1
    return report
