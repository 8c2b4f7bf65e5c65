"""Copying a SQLite library into PostgreSQL (`newsdesk migrate-db`): every article with its stored
analysis, ids kept where free, seed markings, and the id counter, so `#12` still means article 12.

Idempotent: an article whose scope already holds the same text is left alone, so a second run (or a
run after an interrupted one) copies only what is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .postgres import PostgresStore
from .store import Store


@dataclass(slots=True)
class CopyReport:
    articles: int = 0  # in the SQLite library
    copied: int = 0  # with the same id
    renumbered: int = 0  # that id was taken in PostgreSQL by another article
    present: int = 0  # already there (an earlier run, or the same text added there)
    seeds: int = 0  # seed files newly marked


async def copy_library(
    source: Store, target: PostgresStore, progress: Callable[[int, int], None] | None = None
) -> CopyReport:
    """Copy every article of `source` into `target`, one transaction per article."""
    report = CopyReport()
    rows = await source._fetchall("SELECT id, guild_id, content_hash, added_at FROM articles ORDER BY id")
    report.articles = len(rows)
    # Ids SQLite ever handed out (to articles removed since, too) are never handed out here by
    # PostgreSQL itself: an article whose id is taken gets one above them all, not a later one's.
    last = await source._fetchone("SELECT seq FROM sqlite_sequence WHERE name = 'articles'")
    if last is not None and last[0]:
        await target.reserve_ids(int(last[0]))
    new_ids: dict[int, int] = {}
    for done, (article_id, guild_id, content_hash, _) in enumerate(rows, 1):
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
            progress(done, len(rows))
    for file_name, file_hash, article_id in await source._fetchall(
        "SELECT file_name, file_hash, article_id FROM seed_files ORDER BY file_name"
    ):
        if article_id in new_ids and await target.import_seed_file(file_name, file_hash, new_ids[article_id]):
            report.seeds += 1
    return report
