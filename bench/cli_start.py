"""How long the command line takes to answer: `newsdesk --help` and `newsdesk experts` (which reads the
seed article's stored analysis) on a temporary library, wall-clock and CPU, median of N runs each.

The library is made (and the seed analysed) once before timing, as on any machine after the first
command. CPU time is printed beside wall time because a loaded machine stretches the wall time most.

Run: `.venv/bin/python -m bench.cli_start [--runs 5]`
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = (("--help",), ("experts",), ("articles", "plummet"))


def newsdesk() -> list[str]:
    found = ROOT / ".venv" / "bin" / "newsdesk"
    return [str(found)] if found.exists() else ["newsdesk"]


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DISCORD_"))}
        env.update(NEWSDESK_DB=str(Path(folder) / "lib.db"), NEWSDESK_SEEDS=str(ROOT / "seeds"))
        timed([*newsdesk(), "articles"], env, Path(folder))  # makes the library, analyses the seed
        print(f"load average {os.getloadavg()[0]:.1f}; median of {args.runs} runs")
        for command in COMMANDS:
            runs = [timed([*newsdesk(), *command], env, Path(folder)) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            codes = sorted({r[2] for r in runs})
            print(f"newsdesk {' '.join(command):<18} wall {wall:.3f} s  cpu {cpu:.3f} s  exit {codes}")


if __name__ == "__main__":
    main()
