"""SIGKILL at random moments while a process ingests articles into one SQLite file (timed from the
process's own progress, so that they land in its writes on a busy machine as on a quiet one); after each kill
the file must pass `PRAGMA integrity_check`, the FTS index must match the articles, every article must
be whole (its sentences cut from its own text, its speakers, quotes and topics present, its FTS row
findable) or absent, and every add the process saw acknowledged must still be there.

The default run kills KILLS times (100); NEWSDESK_KILLS=1000 pytest tests/hardening/test_kill_during_ingestion.py
runs a longer campaign; NEWSDESK_KILL_SEED=N (printed by every run) picks the same kill moments again.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.store import Store
from bot.store.query import SearchQuery

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("NEWSDESK_KILLS", "100"))


def check_library(db: Path, acks: Path) -> tuple[int, int]:
    """Assert the file is sound; returns (articles present, acknowledged adds)."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        if con.execute("PRAGMA user_version").fetchone()[0] == 0:
            # Killed while creating the library, before its first migration committed: an empty file
            # (the next start migrates it), and so no add can have been acknowledged yet.
            assert not con.execute("SELECT name FROM sqlite_master").fetchall()
            assert not acks.read_text().strip(), "adds acknowledged on a library that was never created"
            return 0, 0
        con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        for table in ("sentences", "speakers", "topics"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows without their article"
        articles = con.execute(
            "SELECT id, title, text, analysis FROM articles WHERE guild_id = 77"
        ).fetchall()
        for article_id, title, text, analysis in articles:
            json.loads(analysis)
            sentences = con.execute(
                "SELECT idx, text, start_pos, end_pos FROM sentences WHERE article_id = ? ORDER BY idx",
                (article_id,),
            ).fetchall()
            assert [s[0] for s in sentences] == list(range(len(sentences))) and sentences, title
            for _, sentence, start, end in sentences:
                assert text[start:end] == sentence, f"sentence of #{article_id} not cut from its text"
            assert con.execute(
                "SELECT count(*) FROM speakers WHERE article_id = ?", (article_id,)
            ).fetchone()[0]
            token = text.split()[1]
            found = con.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (f'"{token}"',)
            ).fetchall()
            assert found == [(article_id,)], f"FTS row of #{article_id} missing or duplicated"
        present = {row[0] for row in articles}
        acked: dict[int, str] = {}
        for line in acks.read_text().splitlines():
            first, second = line.split()
            if first == "removing":
                acked.pop(int(second), None)
            else:
                acked[int(second)] = first
        missing = {i: t for i, t in acked.items() if i not in present}
        assert not missing, f"acknowledged adds lost: {missing}"
        return len(present), len(acked)
    finally:
        con.close()


async def check_search_index(db: Path) -> None:
    """The search index, killed with its process as often as the library, catches up and finds every
    article by its own word, and nothing else."""
    store = await Store.open(db)
    try:
        assert await store.search_index_ready()
        rows = await store.db.fetch("SELECT id, text FROM articles WHERE guild_id = 77")
        for article_id, text in rows:
            hits, total = await store.search(SearchQuery((text.split()[1],)), 77, 10, 0)
            assert total == 1 and [h.info.id for h in hits] == [article_id], f"#{article_id} not found alone"
    finally:
        await store.close()


def acknowledged(acks: Path, pid: int, since: int, count: int, within: float = 120.0) -> float:
    """Wait until child `pid` has acknowledged `count` adds (in `acks` past offset `since`); the
    monotonic time it had. Kills timed from the child's own progress land while it writes however
    loaded the machine is: a fixed sleep landed mostly in start-up on a busy machine, where too few
    adds were ever acknowledged and the test failed."""
    deadline = time.monotonic() + within
    prefix = f"tok{pid}x"
    while time.monotonic() < deadline:
        with acks.open() as written:
            written.seek(since)
            if sum(line.startswith(prefix) for line in written) >= count:
                return time.monotonic()
        if zombie(pid):
            raise AssertionError(f"the ingesting child {pid} died on its own (its traceback is above)")
        time.sleep(0.002)
    raise AssertionError(f"the ingesting child {pid} acknowledged {count} adds in no less than {within:g} s")


def zombie(pid: int) -> bool:
    """Whether the process has ended (and waits for the zygote to reap it)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def test_sigkill_during_ingestion_never_corrupts_or_loses_an_acknowledged_add(tmp_path: Path) -> None:
    db, seeds, acks = tmp_path / "library.db", tmp_path / "seeds", tmp_path / "acks.txt"
    seeds.mkdir()
    acks.touch()
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.hardening.kill_zygote", str(db), str(seeds), str(acks)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    seed = int(os.environ.get("NEWSDESK_KILL_SEED", "0")) or random.randrange(1, 2**32)
    print(f"NEWSDESK_KILL_SEED={seed} picks these kill moments again")
    rng = random.Random(seed)
    killed = 0
    opening = 0.03  # how long the last child took from its start to its first acknowledged add
    try:
        for _ in range(KILLS):
            since = acks.stat().st_size
            zygote.stdin.write("fork\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            started = time.monotonic()
            if rng.random() < 0.9:
                # Mid-ingestion: after its second add, at a random moment of the adds and removals
                # that follow, as long as one add took on this machine just now.
                first = acknowledged(acks, pid, since, 1)
                opening = first - started
                one_add = acknowledged(acks, pid, since, 2) - first
                time.sleep(rng.uniform(0.0, 1.5) * one_add)
            else:
                time.sleep(rng.uniform(0.0, opening))  # while it opens (or migrates) the library
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write(f"reap {pid}\n")
            zygote.stdin.flush()
            assert zygote.stdout.readline().strip() == "reaped"
            killed += 1
            if db.exists():
                check_library(db, acks)
    finally:
        zygote.kill()
        zygote.wait()
    present, acked = check_library(db, acks)
    asyncio.run(check_search_index(db))
    assert killed == KILLS
    assert acked > KILLS // 4  # the kills landed while articles were being written
    print(f"{killed} kills, {acked} acknowledged adds kept, {present} articles whole")
