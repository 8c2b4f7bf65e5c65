"""`newsdesk backup PATH`: a consistent copy of a library in use, which a new library restores from."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from .test_library_cli import clean_env, ok, one_line_error, run

ARTICLE = (
    "The harbour authority reopened the northern quay on Monday after eight months of repairs.\n"
    '"Fishing boats can unload here again from tomorrow," said Ines Duarte, the harbour master.\n'
    "Traders said the market had lost a third of its trade while the quay was closed.\n"
)


def test_a_backup_taken_during_a_write_restores_the_committed_library(tmp: Path) -> None:
    (tmp / "quay.txt").write_text(ARTICLE, encoding="utf-8")
    ok(run(tmp, "add", "quay.txt", "--guild", "5"))
    # Another process (the running bot) is in the middle of a write it has not committed.
    writer = sqlite3.connect(tmp / "lib.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE articles SET title = 'Uncommitted title' WHERE id = 2")
    try:
        out = ok(run(tmp, "backup", "copy.db"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert out.startswith("Backed up 2 articles to copy.db") and "search index" in out
    assert not list(tmp.glob("copy.db?*"))  # no partial file or journal beside the copy

    # Restore: the library is lost, the copy takes its place; the search index rebuilds itself.
    (tmp / "lib.db").unlink()
    shutil.rmtree(tmp / "lib.db.search", ignore_errors=True)
    for leftover in tmp.glob("lib.db-*"):
        leftover.unlink()
    shutil.copy(tmp / "copy.db", tmp / "lib.db")
    listed = ok(run(tmp, "articles", "--guild", "5"))
    assert "#2 The harbour authority reopened" in listed and "Uncommitted" not in listed
    assert ok(run(tmp, "articles", "quay", "--guild", "5")).startswith("#2 ")
    assert ok(run(tmp, "quotes", "Ines Duarte", "--guild", "5")).startswith("Ines Duarte")


def test_a_backup_never_overwrites_a_file_and_a_folder_gets_a_dated_copy(tmp: Path) -> None:
    ok(run(tmp, "articles"))
    (tmp / "taken.db").write_text("precious", encoding="utf-8")
    one_line_error(run(tmp, "backup", "taken.db"), "already exists")
    assert (tmp / "taken.db").read_text(encoding="utf-8") == "precious"
    (tmp / "backups").mkdir()
    ok(run(tmp, "backup", "backups"))
    (copy,) = (tmp / "backups").glob("newsdesk-*.db")
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_a_postgresql_library_is_pointed_to_pg_dump(tmp: Path) -> None:
    env = clean_env(tmp, NEWSDESK_DB="postgresql://user@127.0.0.1:9/newsdesk")
    one_line_error(run(tmp, "backup", "copy.db", env=env), "pg_dump")
    assert not (tmp / "copy.db").exists()
