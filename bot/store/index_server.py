"""The search index worker process itself (index_worker.py starts it and talks to it): it opens the
index, checked, then answers searches, checks and replays over one pipe until the pipe closes.

Before each search it compares the segment files' sizes and times with those it last saw (a stat per
file); a change it did not make is checked at once, and damage found ends the worker after it wipes
the index. A replay (sync) runs on a thread of the worker, so searches go on during a long rebuild.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bot.lifeline import die_with_parent

from . import index_check
from .query import SearchQuery
from .search_index import IndexBusy, SearchIndex

log = logging.getLogger(__name__)

# The worker's exit codes and the request ids of what it says unasked.
DAMAGED_EXIT = 3
UNUSABLE_EXIT = 4
UNUSABLE = -1  # the request id of the worker's last word when it cannot open the index at all
READY = -3  # the request id of the worker's first word: the index is open and checked
# Re-reading every segment after an empty answer that SQLite contradicts: at most this often, since
# the two tokenizers can legitimately disagree on a rare word.
CHECK_EVERY_SECONDS = 60.0


def serve(fd: int, directory: str, db_path: str) -> None:
    """The worker's whole life: open (checked), then answer requests until the pipe closes."""
    _serve(Connection(fd), directory, db_path)


def _serve(conn: Connection, directory: str, db_path: str) -> None:
    # Not the kernel's parent-death signal: that follows the thread that started the worker, and a
    # restart starts it from a thread that ends. The pipe closing ends the worker just as surely.
    die_with_parent(kernel_signal=False)
    try:
        server = _Server(conn, Path(directory), Path(db_path))
    except Exception as exc:
        with contextlib.suppress(OSError):
            conn.send((UNUSABLE, False, ("unusable", f"{type(exc).__name__}: {exc}")))
        os._exit(UNUSABLE_EXIT)
    server._reply(READY, True, None)
    server.run()


def open_checked(directory: Path) -> SearchIndex:
    """The index in `directory`, wiped first (to be rebuilt) when its checksums fail."""
    problem = index_check.damage(directory)
    if problem is not None:
        log.warning("search index %s is damaged (%s); rebuilding it", directory, problem)
        shutil.rmtree(directory, ignore_errors=True)
    return SearchIndex.open(directory)


class _Server:
    def __init__(self, conn: Connection, directory: Path, db_path: Path) -> None:
        self.conn = conn
        self.directory = directory
        self.db_path = db_path
        self.send_lock = threading.Lock()
        self.stop = threading.Event()
        self.syncing = threading.Lock()
        self.index = open_checked(directory)
        self.seen = index_check.snapshot(directory)
        self.checked_at = -CHECK_EVERY_SECONDS  # opening checked every file; a first doubt checks again

    def run(self) -> None:
        threads: list[threading.Thread] = []
        while True:
            try:
                request_id, op, args = self.conn.recv()
            except (EOFError, OSError):
                break  # the bot is gone or closing
            if op == "close":
                break
            if op == "sync":
                thread = threading.Thread(target=self._sync, args=(request_id,), daemon=True)
                thread.start()
                threads = [t for t in threads if t.is_alive()] + [thread]
                continue
            try:
                value = self._search(*args) if op == "search" else self._check(*args)
            except BaseException as exc:
                # A query tantivy refuses is not damage; a fault with a failed checksum is.
                problem = self._problem()
                if problem is not None:
                    self._damaged(request_id, problem)
                self._reply(request_id, False, ("failed", f"{type(exc).__name__}: {exc}"))
            else:
                self._reply(request_id, True, value)
        self.stop.set()
        for thread in threads:
            thread.join()

    def _reply(self, request_id: int, ok: bool, value: Any) -> None:
        with self.send_lock, contextlib.suppress(OSError):
            self.conn.send((request_id, ok, value))

    def _damaged(self, request_id: int, problem: str) -> None:
        """Tell the parent, wipe the index (the next worker rebuilds it) and end this process: its
        memory maps of the damaged files could still fault."""
        self._reply(request_id, False, ("damaged", problem))
        shutil.rmtree(self.directory, ignore_errors=True)
        os._exit(DAMAGED_EXIT)

    def _search(
        self, query: SearchQuery, guild_id: int | None, limit: int, offset: int, any_term: bool
    ) -> tuple[int, list[tuple[int, float]], int]:
        # While this worker replays, its own writes change the files: the replay takes a new snapshot.
        if self.syncing.acquire(blocking=False):
            try:
                if index_check.changed(self.directory, self.seen):
                    self._check(force=True)
            finally:
                self.syncing.release()
        applied = self.index.refresh()
        hits, total = self.index.search(query, guild_id, limit, offset, any_term=any_term)
        return applied, hits, total

    def _check(self, force: bool, article_ids: tuple[int, ...] = ()) -> bool:
        """Check that the index holds `article_ids` (found by SQLite) and every checksum (at most once
        a minute unless `force`). Damage ends the worker (run() wipes the index first)."""
        missing = [i for i in article_ids if not self.index.has_article(i)]
        if missing and self.index.refresh() >= 0:
            # Whole files, a progress record that agrees with the library, and yet an article gone:
            # the index cannot be believed; rebuilding it is cheaper than finding out why.
            self._damaged(-2, f"article #{missing[0]} is missing from it")
        if not force and time.monotonic() - self.checked_at < CHECK_EVERY_SECONDS:
            return True
        self.checked_at = time.monotonic()
        problem = self._problem()
        if problem is not None:
            self._damaged(-2, problem)
        self.seen = index_check.snapshot(self.directory)
        return True

    def _problem(self) -> str | None:
        """What is wrong with the index on disk: damaged files, or none left where there were some
        (this worker's handle would go on reading the removed ones, and could not write)."""
        problem = index_check.damage(self.directory)
        if problem is None and self.seen and not index_check.snapshot(self.directory):
            problem = "its files were removed"
        return problem

    def _sync(self, request_id: int) -> None:
        with self.syncing:
            if index_check.changed(self.directory, self.seen):
                problem = self._problem()
                if problem is not None:
                    self._damaged(request_id, problem)
            try:
                applied = self.index.sync(self.db_path, self.stop)
            except IndexBusy as exc:
                self._reply(request_id, False, ("busy", str(exc)))
                return
            except BaseException as exc:
                self._reply(request_id, False, ("replay", f"{type(exc).__name__}: {exc}"))
                return
            finally:
                self.seen = index_check.snapshot(self.directory)
        self._reply(request_id, True, applied)
