"""Ranked full-text search over a tantivy index kept beside the SQLite file; SQLite stays the record.

FTS5 ranks a query by computing bm25 for every article that matches it, so a word found in most of
100,000 articles costs 40–150 ms however few hits are shown. tantivy skips the articles that cannot
reach the page (block-max WAND) and ranks the same query in 1–3 ms.

The index holds derived data only. Every change to `articles` is logged in `search_log` by triggers,
in the same transaction as the change (migration 4); `sync` replays the log into the index, and the
last sequence number replayed is written beside it after each commit. Replaying is idempotent (each
article is deleted and re-added as it now is), so a crash between the two only repeats work. An index
that is missing, unreadable or from another version is rebuilt from the articles table. Whatever the
index lacks, FTS5 answers: the store only asks the index once it has caught up with the log.

Everything here blocks (file I/O, tantivy); the store calls it from a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tantivy

from .query import SearchQuery

log = logging.getLogger(__name__)

TOKENIZER = "newsdesk"
# Folded like FTS5's `porter unicode61 remove_diacritics 2`: letters and digits, any case or accent,
# English words stemmed ("plummeted" is found as "plummet").
# Words longer than this are not indexed (tantivy refuses terms past 64 KB; no real word is this long).
MAX_WORD_BYTES = 255
TITLE_BOOST = 10.0  # a title match weighs ten times a match in the text, as in the FTS5 ranking
SHARED_GUILD = 0  # guild value of shared (seed) articles: Discord ids are never 0
APPLIED_FILE = "newsdesk-applied"
LAYOUT = 2  # bump when the schema or tokenizer changes: older indexes are then rebuilt (2: stemmed)
WRITER_HEAP_BYTES = 32 * 1024 * 1024
REBUILD_BATCH = 500  # a rebuild checks this often whether the store is closing
PRUNE_EVERY = 1000


# The log's high-water mark: AUTOINCREMENT remembers it in sqlite_sequence even after old entries are
# pruned, so it never goes back (max(seq) of an emptied log would say 0).
LATEST_SEQ = "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_log'), 0)"


class IndexBusy(Exception):
    """Another process holds the index's writer; its changes will reach this process's searches."""


@dataclass(frozen=True, slots=True)
class Change:
    """An article as it is now; `title` None means it was removed."""

    article_id: int
    guild_id: int | None
    title: str | None
    text: str | None


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True, fast=True)
    builder.add_integer_field("guild", indexed=True)
    builder.add_text_field("title", tokenizer_name=TOKENIZER)
    builder.add_text_field("text", tokenizer_name=TOKENIZER)
    return builder.build()


def _analyzer() -> tantivy.TextAnalyzer:
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_WORD_BYTES))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def index_dir(db_path: Path) -> Path:
    """Where the search index of the library at `db_path` lives."""
    return db_path.with_name(db_path.name + ".search")


class SearchIndex:
    """One process's handle on the index. Open with `SearchIndex.open(directory)`."""

    def __init__(self, directory: Path, index: tantivy.Index) -> None:
        self.directory = directory
        self._index = index
        self._schema = index.schema
        self._applied_content: str | None = None
        self._pruned = 0
        self.applied = -1  # sequence number replayed so far; -1: the index must be rebuilt
        self._lock = threading.Lock()  # one writer per process (tantivy locks across processes)
        self.refresh()

    @classmethod
    def open(cls, directory: Path) -> SearchIndex:
        """Open the index, starting afresh if it is unreadable or of another layout."""
        try:
            return cls._open(directory)
        except (OSError, ValueError) as exc:
            log.warning("search index %s unusable (%s); rebuilding it", directory, exc)
            shutil.rmtree(directory, ignore_errors=True)
            return cls._open(directory)

    @classmethod
    def _open(cls, directory: Path) -> SearchIndex:
        directory.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(_schema(), path=str(directory), reuse=True)
        index.register_tokenizer(TOKENIZER, _analyzer())
        return cls(directory, index)

    # ---- keeping up with the library ----------------------------------------------------------

    def refresh(self) -> int:
        """Pick up what another process (or thread) replayed; returns the sequence number reached."""
        try:
            content = (self.directory / APPLIED_FILE).read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:
            content = ""
        if content != self._applied_content:
            self._applied_content = content
            self.applied = _parse_applied(content)
            self._index.reload()
        return self.applied

    def sync(self, db_path: Path, stop: threading.Event | None = None) -> int:
        """Replay the library's search log (or rebuild from every article); returns the sequence
        number reached. Raises IndexBusy if another process is writing the index."""
        with self._lock:
            self.refresh()
            db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None)
            try:
                # One read transaction: the articles read are exactly those the log reached.
                db.execute("BEGIN")
                latest = int(db.execute(LATEST_SEQ).fetchone()[0])
                if self.applied > latest:
                    # Ahead of the log it replays: this index belongs to another library (the file was
                    # replaced, or restored from an older copy), and its ids mean other articles here.
                    log.warning("search index %s is not this library's; rebuilding it", self.directory)
                    self.applied = -1
                if self.applied >= latest:
                    return self.applied
                rebuild = self.applied < 0
                if rebuild:
                    rows = db.execute("SELECT id, guild_id, title, text FROM articles")
                else:
                    rows = db.execute(
                        "SELECT l.article_id, a.guild_id, a.title, a.text FROM"
                        " (SELECT DISTINCT article_id FROM search_log WHERE seq > ?) l"
                        " LEFT JOIN articles a ON a.id = l.article_id",
                        (self.applied,),
                    )
                changes = (Change(*row) for row in rows)
                if not self._write(changes, rebuild=rebuild, stop=stop):
                    return self.applied
            finally:
                db.close()
            self._set_applied(latest)
            self._prune(db_path, latest)
            return latest

    def _write(self, changes: Iterable[Change], *, rebuild: bool, stop: threading.Event | None) -> bool:
        try:
            writer = self._index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=1)
        except ValueError as exc:
            if "LockBusy" in str(exc):  # another process is writing
                raise IndexBusy(str(exc)) from None
            raise OSError(f"cannot write the search index: {exc}") from None  # a read-only folder, say
        try:
            if rebuild:
                writer.delete_all_documents()
            for count, change in enumerate(changes, 1):
                if stop is not None and count % REBUILD_BATCH == 0 and stop.is_set():
                    writer.rollback()
                    return False
                if not rebuild:
                    writer.delete_documents_by_term("id", change.article_id)
                if change.title is not None:
                    writer.add_document(_document(change))
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            with contextlib.suppress(Exception):
                writer.rollback()
            raise
        return True

    def _prune(self, db_path: Path, upto: int) -> None:
        """Forget replayed log entries now and then (a rebuild reads the articles, not the log)."""
        if upto - self._pruned < PRUNE_EVERY:
            return
        try:
            db = sqlite3.connect(db_path, timeout=1.0, isolation_level=None)
            try:
                db.execute("DELETE FROM search_log WHERE seq <= ?", (upto,))
            finally:
                db.close()
        except sqlite3.Error as exc:  # busy: the next sync tries again
            log.debug("search log not pruned: %s", exc)
            return
        self._pruned = upto

    def _set_applied(self, seq: int) -> None:
        path = self.directory / APPLIED_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(f"{LAYOUT} {seq}\n", encoding="ascii")
        os.replace(tmp, path)
        self.refresh()

    # ---- searching ------------------------------------------------------------------------------

    def search(
        self, query: SearchQuery, guild_id: int | None, limit: int, offset: int, *, any_term: bool
    ) -> tuple[list[tuple[int, float]], int]:
        """(article id, score) of the best matches visible to the guild, best first, and their count."""
        occur = tantivy.Occur.Should if any_term else tantivy.Occur.Must
        clauses = [(tantivy.Occur.Must, self._phrase_query(phrase)) for phrase in query.phrases]
        if query.words:
            words = [(occur, self._phrase_query(word)) for word in query.words]
            clauses.append((tantivy.Occur.Must, tantivy.Query.boolean_query(words)))
        clauses += [(tantivy.Occur.MustNot, self._phrase_query(excluded)) for excluded in query.excluded]
        scope = [tantivy.Query.term_query(self._schema, "guild", SHARED_GUILD)]
        if guild_id is not None:
            scope.append(tantivy.Query.term_query(self._schema, "guild", guild_id))
        visible = tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in scope])
        clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(visible, 0.0)))
        searcher = self._index.searcher()
        result = searcher.search(tantivy.Query.boolean_query(clauses), limit, count=True, offset=offset)
        hits = [(int(searcher.doc(address)["id"][0]), float(score)) for score, address in result.hits]
        # `count` is set because count=True (the type stubs leave it out).
        return hits, int(getattr(result, "count", 0) or 0)

    def has_article(self, article_id: int) -> bool:
        """Whether the index holds the article (a damage check: SQLite found it, the index did not)."""
        query = tantivy.Query.term_query(self._schema, "id", article_id)
        return bool(getattr(self._index.searcher().search(query, 1, count=True), "count", 0))

    def _phrase_query(self, text: str) -> tantivy.Query:
        # A word or phrase is a phrase of the tokens it folds and stems into ("U.S." -> "u s"), searched
        # in the title and the text; the query parser tokenizes it with the fields' own analyzer.
        phrase = text.replace("\\", " ").replace('"', " ")
        return self._index.parse_query(f'"{phrase}"', ["title", "text"], field_boosts={"title": TITLE_BOOST})


def _document(change: Change) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_integer("id", change.article_id)
    doc.add_integer("guild", SHARED_GUILD if change.guild_id is None else change.guild_id)
    doc.add_text("title", change.title or "")
    doc.add_text("text", change.text or "")
    return doc


def read_applied(directory: Path) -> int:
    """The sequence number the index in `directory` has replayed; -1 when it has none (or is another
    layout's): what `SearchIndex.refresh` reads, for a process that does not open the index."""
    try:
        return _parse_applied((directory / APPLIED_FILE).read_text(encoding="ascii", errors="replace"))
    except OSError:
        return -1


def _parse_applied(content: str) -> int:
    parts = content.split()
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or int(parts[0]) != LAYOUT:
        return -1
    return int(parts[1])
