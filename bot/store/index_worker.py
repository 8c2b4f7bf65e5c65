"""The search index in a worker process of its own, so that a fault in it never reaches the bot.

tantivy reads its files through memory maps: a file truncated under a running bot makes the next
read a SIGBUS, which no Python code can catch and which used to kill the whole bot. Here only the
worker dies; the bot answers from SQLite (FTS5) and starts a new worker, which checks the index's
checksums when it opens it (see index_check) and starts afresh, to be rebuilt, when they fail.

This module is the bot's side (`IndexWorker`); index_server.py is what runs in the worker. The
parent talks to it over one pipe, any number of threads at once.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .index_server import DAMAGED_EXIT, READY, UNUSABLE
from .query import SearchQuery
from .search_index import IndexBusy, read_applied

log = logging.getLogger(__name__)

# A search takes milliseconds; past this the worker is stuck or swamped and SQLite answers instead.
SEARCH_SECONDS = 2.0
CHECK_SECONDS = 60.0  # reading every checksum: about a second per GB of index
START_SECONDS = 60.0  # a replay waits this long for a starting worker (searches do not wait)
CLOSE_SECONDS = 10.0
RESTART_BACKOFF = (0.0, 1.0, 5.0, 30.0)  # between restarts of a worker that keeps dying


class IndexUnavailable(OSError):
    """The index worker is down, restarting or found the index damaged: SQLite answers meanwhile."""


class ReplayFailed(IndexUnavailable):
    """The worker could not replay the log into the index (a folder it cannot write, a full disk)."""


# The worker runs this, not `import bot.store`: the package's __init__ imports the whole store and,
# through it, the analysis (a second of start-up and ~100 MB), and the worker needs three of its
# modules only. A bare package object stands in for it, so `bot.store.index_server` imports alone.
_CHILD = """
import pathlib, sys, types
import bot
package = types.ModuleType("bot.store")
package.__path__ = [str(pathlib.Path(bot.__file__).parent / "store")]
sys.modules["bot.store"] = package
from bot.store.index_server import serve
serve(int(sys.argv[1]), sys.argv[2], sys.argv[3])
"""


class IndexWorker:
    """The bot's handle on the worker: `search`, `sync` and `check` from any thread; `refresh` reads
    the index's progress record directly. `on_restart` runs (on some thread) when a new worker is up,
    so the caller can replay the log into it. A search never waits for a worker that is starting."""

    def __init__(
        self, directory: Path, db_path: Path, on_restart: Callable[[], object] | None = None
    ) -> None:
        self.directory = directory
        self.db_path = db_path
        self.on_restart = on_restart
        self.applied = -1
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._ids = itertools.count()
        self._pending: dict[int, Future[Any]] = {}
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._ready = threading.Event()
        self._deaths = 0
        self._next_start = 0.0
        self._closed = False
        self._unusable: str | None = None
        self.starts = 0

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the worker if none is running (and the restart backoff allows)."""
        with self._lock:
            if self._closed or (self._process is not None and self._process.poll() is None):
                return
            if self._unusable is not None:
                raise IndexUnavailable(self._unusable)
            if time.monotonic() < self._next_start:
                raise IndexUnavailable("the search index worker is restarting")
            ours, theirs = socket.socketpair()
            try:
                process = subprocess.Popen(
                    [
                        sys.executable,
                        "-c",
                        _CHILD,
                        str(theirs.fileno()),
                        str(self.directory),
                        str(self.db_path),
                    ],
                    pass_fds=[theirs.fileno()],
                    stdin=subprocess.DEVNULL,
                )
            except OSError:
                ours.close()
                raise
            finally:
                theirs.close()
            conn = Connection(ours.detach())
            self._process, self._conn = process, conn
            self._ready.clear()
            self.starts += 1
            threading.Thread(
                target=self._receive, args=(process, conn), name="newsdesk-index-replies", daemon=True
            ).start()

    def _receive(self, process: subprocess.Popen[bytes], conn: Connection) -> None:
        while True:
            try:
                request_id, ok, value = conn.recv()
            except (EOFError, OSError):
                break
            if request_id == READY:
                self._ready.set()
                if self.starts > 1 and self.on_restart is not None:
                    self.on_restart()
                continue
            if request_id == UNUSABLE:
                self._unusable = value[1]
            future = self._pending.pop(request_id, None)
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                kind, message = value
                errors = {"busy": IndexBusy, "replay": ReplayFailed}
                future.set_exception(errors.get(kind, IndexUnavailable)(message))
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(CLOSE_SECONDS)
        self._lost(process, conn)

    def _lost(self, process: subprocess.Popen[bytes], conn: Connection) -> None:
        with self._lock:
            if self._process is not process:
                return
            self._process = self._conn = None
            self._ready.clear()
            for future in list(self._pending.values()):
                if not future.done():
                    future.set_exception(IndexUnavailable("the search index worker stopped"))
            self._pending.clear()
            with contextlib.suppress(OSError):
                conn.close()
            if self._closed:
                return
            code = process.returncode
            if self._unusable is not None:
                # Not worth retrying until the operator fixes it (a folder that is not writable).
                log.warning(
                    "search index %s unusable (%s); full-text search uses SQLite alone until a restart",
                    self.directory,
                    self._unusable,
                )
                return
            if code == DAMAGED_EXIT:
                log.warning("search index damaged; SQLite answers searches while it is rebuilt")
            else:
                log.warning(
                    "search index worker died (exit %s); SQLite answers searches while it restarts", code
                )
            self._deaths += 1
            backoff = RESTART_BACKOFF[min(self._deaths - 1, len(RESTART_BACKOFF) - 1)]
            self._next_start = time.monotonic() + backoff
        if backoff == 0.0:
            with contextlib.suppress(OSError):
                self.start()

    def _call(self, op: str, args: tuple[Any, ...], timeout: float | None, *, wait_start: bool) -> Any:
        self.start()
        self._wait_ready(START_SECONDS if wait_start else 0.0)
        future: Future[Any] = Future()
        request_id = next(self._ids)
        with self._lock:
            conn = self._conn
            if conn is None:
                raise IndexUnavailable("the search index worker is not running")
            self._pending[request_id] = future
        try:
            with self._send_lock:
                conn.send((request_id, op, args))
            return future.result(timeout)
        except FutureTimeout:  # before OSError: TimeoutError is one
            raise IndexUnavailable(f"the search index did not answer within {timeout:g} s") from None
        except (IndexUnavailable, IndexBusy):
            raise
        except (OSError, ValueError) as exc:
            raise IndexUnavailable(f"the search index worker is unreachable ({exc})") from None
        finally:
            self._pending.pop(request_id, None)

    @property
    def is_ready(self) -> bool:
        """Whether a worker is up with the index open (a search then does not wait for one to start)."""
        return self._ready.is_set()

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self._ready.wait(min(0.05, timeout)):
            if self._unusable is not None:
                raise IndexUnavailable(self._unusable)
            if self._process is None or time.monotonic() >= deadline:
                raise IndexUnavailable("the search index worker is starting")

    def refresh(self) -> int:
        """The sequence number the index on disk has replayed (-1: none, or being rebuilt)."""
        self.applied = read_applied(self.directory)
        return self.applied

    def search(
        self, query: SearchQuery, guild_id: int | None, limit: int, offset: int, *, any_term: bool
    ) -> tuple[list[tuple[int, float]], int]:
        """Like SearchIndex.search; raises IndexUnavailable (an OSError) when the worker cannot answer."""
        _applied, hits, total = self._call(
            "search", (query, guild_id, limit, offset, any_term), SEARCH_SECONDS, wait_start=False
        )
        return hits, total

    def sync(self) -> int:
        """Replay the log into the index (or rebuild it) in the worker; returns the sequence reached."""
        applied = int(self._call("sync", (), None, wait_start=True))
        self.applied = applied
        return applied

    def check(self, article_ids: tuple[int, ...] = (), *, force: bool = False) -> bool:
        """Ask the worker whether the index holds `article_ids` and its checksums hold; it ends itself,
        to be restarted and rebuild the index, when not."""
        return bool(self._call("check", (force, tuple(article_ids)), CHECK_SECONDS, wait_start=True))

    def close(self) -> None:
        """Stop the worker: a replay in progress is abandoned (and redone at the next start)."""
        with self._lock:
            self._closed = True
            process, conn = self._process, self._conn
        if process is None or conn is None:
            return
        if not self._ready.is_set():
            # Still starting (a short CLI command closes at once): it has nothing to finish.
            process.kill()
            process.wait()
            return
        with contextlib.suppress(OSError, ValueError), self._send_lock:
            conn.send((next(self._ids), "close", ()))
        try:
            process.wait(CLOSE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
