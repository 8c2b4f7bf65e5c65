"""Worker processes end with the bot: after the bot is killed hard (SIGKILL, as a SIGBUS would), its
analysis workers, their resource tracker and the search index worker do not stay behind as orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

BOT = """
import sys, time
from pathlib import Path
from bot.deadline import _get_pool
from bot.store.index_worker import IndexWorker

if __name__ == "__main__":
    pool = _get_pool()
    pool.submit(int).result()  # the analysis workers are up
    index = IndexWorker(Path(sys.argv[1]) / "library.db.search", Path(sys.argv[1]) / "library.db")
    index.start()
    print(" ".join(str(pid) for pid in [*pool._processes, index.pid]), flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's record is left


def descendants(pid: int) -> set[int]:
    """Every process below `pid` (the resource tracker among them)."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid:
                child = int(entry.name)
                found |= {child} | descendants(child)
    return found


def test_workers_exit_when_the_bot_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "bot_process.py"
    script.write_text(BOT)
    bot = subprocess.Popen([sys.executable, str(script), str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert bot.stdout is not None
        workers = {int(pid) for pid in bot.stdout.readline().split()}
        assert len(workers) >= 2, workers
        workers |= descendants(bot.pid)  # with the resource tracker
        os.kill(bot.pid, signal.SIGKILL)
        bot.wait()
        deadline = time.monotonic() + 15
        while {pid for pid in workers if alive(pid)} and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not {pid for pid in workers if alive(pid)}, "orphans left behind"
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait()
