"""The seed articles: `*.txt` files in the seeds folder, shared with every server, indexed when the
library opens (new or changed ones analysed, removed ones dropped)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from bot.errors import InputError
from bot.ingest.seeds import read_seed, seed_paths
from bot.store import content_hash

from .core import LibraryCore

log = logging.getLogger(__name__)


class SeedIndexing(LibraryCore):
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
