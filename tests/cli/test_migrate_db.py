"""`newsdesk migrate-db SQLITE_PATH POSTGRES_URL`: a SQLite library moves to PostgreSQL with its ids,
analyses and seeds, answers the same afterwards, and a second run copies nothing twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_library_cli import clean_env, ok, one_line_error, run

GUILD = "111"
HARBOUR = (
    "Harbour reopens after repairs\n"
    '"The harbour is open again," said Maria Lopez, the port director.\n'
    "Traders were delighted with the busy market on Monday.\n"
)
BUDGET = (
    "# Council passes budget\n\nThe council approved the budget on Tuesday, officials said.\n\n"
    "It pays for two new schools, a bus depot and new street lights over the next three years.\n"
)
# Articles under 20 words are refused: short stories end with this.
MORE = (
    " The council will publish the full figures, and the names of the firms involved, in its annual report.\n"
)


@pytest.fixture
def sqlite_library(tmp_path: Path, seeds_dir: Path) -> Path:
    """A SQLite library: the seed, two articles of one server, one shared, one removed (id gap)."""
    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "budget.md").write_text(BUDGET, encoding="utf-8")
    (tmp_path / "gone.txt").write_text("A story that was removed again." + MORE, encoding="utf-8")
    ok(run(tmp_path, "add", "harbour.txt", "--guild", GUILD))
    ok(run(tmp_path, "add", "budget.md", "--guild", GUILD))
    ok(run(tmp_path, "add", "budget.md"))
    ok(run(tmp_path, "add", "gone.txt", "--guild", GUILD))
    ok(run(tmp_path, "remove", "5", "--guild", GUILD))
    return tmp_path / "lib.db"


def on(tmp_path: Path, url: str, *args: str) -> str:
    return ok(run(tmp_path, *args, env=clean_env(tmp_path, NEWSDESK_DB=url)))


def test_library_moves_to_postgres_and_answers_the_same(
    tmp_path: Path, sqlite_library: Path, fresh_pg_schema: str
) -> None:
    url = fresh_pg_schema
    result = run(tmp_path, "migrate-db", str(sqlite_library), url)
    assert ok(result).strip() == (
        f"4 articles in {sqlite_library}: 4 copied, 0 copied with a new id (theirs was taken), "
        "0 already in PostgreSQL; 1 seed files marked."
    )
    for args in (
        ["articles", "--guild", GUILD],
        ["articles"],
        ["articles", "harbour", "--guild", GUILD],
        ["summary", "#2", "--guild", GUILD],
        ["quotes", "maria lopez", "--guild", GUILD],
        ["experts", "--guild", GUILD, "--json"],
    ):
        assert on(tmp_path, url, *args) == ok(run(tmp_path, *args)), args
    # The seed is still a seed; a new article never takes the removed article's id.
    one_line_error(run(tmp_path, "remove", "1", env=clean_env(tmp_path, NEWSDESK_DB=url)), "seed")
    (tmp_path / "new.txt").write_text("Fresh news after the move to PostgreSQL." + MORE, encoding="utf-8")
    assert "#6 " in on(tmp_path, url, "add", "new.txt", "--guild", GUILD)

    again = ok(run(tmp_path, "migrate-db", str(sqlite_library), url))
    assert "0 copied, 0 copied with a new id (theirs was taken), 4 already in PostgreSQL; 0 seed" in again
    # The server's three, the shared one, the seed and the one added since: nothing doubled.
    assert "5 articles in the library." in on(tmp_path, url, "articles", "--guild", GUILD)


def test_ids_taken_in_postgres_are_renumbered_not_overwritten(
    tmp_path: Path, sqlite_library: Path, fresh_pg_schema: str
) -> None:
    url = fresh_pg_schema
    # PostgreSQL already has a library of its own: the seed (#1) and one article (#2).
    (tmp_path / "other.txt").write_text("Only PostgreSQL has this one." + MORE, encoding="utf-8")
    on(tmp_path, url, "add", "other.txt", "--guild", "999")
    out = ok(run(tmp_path, "migrate-db", str(sqlite_library), url))
    assert "2 copied, 1 copied with a new id (theirs was taken), 1 already in PostgreSQL; 0 seed" in out
    assert "Only PostgreSQL has this one" in on(tmp_path, url, "articles", "--guild", "999")
    titles = on(tmp_path, url, "articles", "--guild", GUILD)
    assert "Harbour reopens after repairs" in titles and "Council passes budget" in titles


def test_bad_arguments_are_one_line(tmp_path: Path) -> None:
    one_line_error(run(tmp_path, "migrate-db", "missing.db", "postgresql://x@127.0.0.1/db"), "No SQLite")
    (tmp_path / "lib.db").write_bytes(b"")
    one_line_error(run(tmp_path, "migrate-db", "lib.db", "mysql://x/db"), "not a postgresql:// URL")
