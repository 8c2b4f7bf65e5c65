"""Keeping the search index caught up with the library from the event loop, without blocking it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from pathlib import Path

from .index_worker import IndexUnavailable, IndexWorker, ReplayFailed
from .search_index import IndexBusy, index_dir

log = logging.getLogger(__name__)

# A search that finds the index this many changes behind replays them first (milliseconds); further
# behind (a rebuild, a bulk import), FTS5 answers while the index catches up in the background.
INLINE_LAG = 200
# Changes made in a burst (an import, the seeds) reach the index in one commit.
DEBOUNCE_SECONDS = 0.3


class IndexedSearch:
    """The SQLite store's search index and its replay task. Open with `await IndexedSearch.open(db)`;
    None when the index cannot be used at all (FTS5 then answers every search)."""

    def __init__(self, db_path: Path, index: IndexWorker) -> None:
        self.db_path = db_path
        self.index = index
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._stop = threading.Event()
        self._running: asyncio.Future[int] | None = None
        self._check: asyncio.Future[None] | None = None

    @classmethod
    async def open(cls, db_path: Path) -> IndexedSearch | None:
        loop = asyncio.get_running_loop()
        directory = index_dir(db_path)
        index = IndexWorker(directory, db_path)
        search = cls(db_path, index)
        # A worker that died is replaced; the new one replays or rebuilds at once, searches meanwhile
        # answered by FTS5.
        index.on_restart = lambda: loop.call_soon_threadsafe(search.schedule, 0.0)
        try:
            index.start()
        except OSError as exc:  # an unusable index costs speed only: FTS5 still answers
            log.warning("search index unavailable, full-text search uses SQLite alone: %s", exc)
            return None
        search.schedule(delay=0.0)  # a new or outdated index starts catching up at once
        return search

    async def ready(self, latest: int) -> bool:
        """Whether the index holds every change up to log entry `latest` and nothing else, replaying a
        few if needed."""
        applied = self.index.refresh()
        if applied == latest:
            return True
        if applied > latest:  # another library's index: the replay rebuilds it, FTS5 answers meanwhile
            self.schedule(delay=0.0)
            return False
        # A rebuild (applied -1) reads every article, and there are never more than log entries. A
        # search never waits for a worker that is starting (or restarting after a fault).
        if self.index.is_ready and latest - max(self.index.applied, 0) <= INLINE_LAG:
            await self.sync()
            return self.index.applied == latest
        self.schedule()
        return False

    def suspect(self, article_ids: list[int]) -> None:
        """The index found nothing where SQLite found these articles: have the worker check that it
        holds them and that its checksums hold (off the event loop; damage found ends the worker, whose
        successor rebuilds the index). Tokenizers may differ on a rare word: that is no damage."""
        if self._stop.is_set() or (self._check is not None and not self._check.done()):
            return
        self._check = asyncio.ensure_future(asyncio.to_thread(self._check_index, tuple(article_ids)))

    def _check_index(self, article_ids: tuple[int, ...]) -> None:
        try:
            self.index.check(article_ids)
        except OSError as exc:
            log.debug("search index check: %s", exc)

    def schedule(self, delay: float = DEBOUNCE_SECONDS) -> None:
        """Replay the log soon (after a change); one replay task at a time."""
        if self._stop.is_set() or (self._task is not None and not self._task.done()):
            return
        self._task = asyncio.create_task(self._sync_later(delay), name="newsdesk-search-sync")

    async def _sync_later(self, delay: float) -> None:
        await asyncio.sleep(delay)
        await self.sync()

    async def sync(self) -> None:
        async with self._lock:
            if self._stop.is_set():
                return
            # Shielded: cancelling the task must not leave the thread writing after close() returned.
            self._running = asyncio.ensure_future(asyncio.to_thread(self.index.sync))
            try:
                await asyncio.shield(self._running)
            except IndexBusy:
                log.debug("search index busy in another process; its replay will reach us")
            except ReplayFailed as exc:
                log.warning("search index not updated (%s); full-text search uses SQLite meanwhile", exc)
            except IndexUnavailable as exc:
                # Said once by the worker's handle (damage, a crash, an unusable folder); FTS5 answers.
                log.debug("search index replay not done: %s", exc)
            except Exception:
                log.exception("search index replay failed; full-text search uses SQLite meanwhile")

    async def close(self) -> None:
        """Stop replaying: a rebuild in progress is abandoned (and redone at the next start); a replay
        in a worker thread finishes (or, seeing the stop, gives up) before this returns."""
        self._stop.set()
        # Closing the worker first makes a rebuild in progress give up, so the replay below ends.
        await asyncio.to_thread(self.index.close)
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for pending in (self._running, self._check):
            if pending is not None:
                with contextlib.suppress(Exception):
                    await pending
