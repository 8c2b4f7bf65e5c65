"""How long the command line takes to answer: `newsdesk --help` and `newsdesk experts` (which reads the
seed article's stored analysis) on a temporary library, wall-clock and CPU, median of N runs each.

The library is made (and the seed analysed) once before timing, as on any machine after the first
command. CPU time is printed beside wall time because a loaded machine stretches the wall time most.

`--baseline DIR` times a checkout of another commit (e.g. `git worktree add /tmp/base main~3`) the
same way, each run of it next to a run of this one, so that both see the same load ("before -> after").
Its dependencies must be installed in this virtualenv.

Run: `.venv/bin/python -m bench.cli_start [--runs 5] [--baseline DIR]`
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
# "investors" is in the seed: the search is timed finding and showing a hit, not answering "no match".
COMMANDS = (("--help",), ("experts",), ("articles", "investors"))


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
    parser.add_argument("--baseline", type=Path, metavar="DIR", help="a checkout to time beside this one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DISCORD_"))}
        env.update(NEWSDESK_DB=str(Path(folder) / "lib.db"), NEWSDESK_SEEDS=str(ROOT / "seeds"))
        # The checkouts timed: this one, and the baseline's code first on the import path.
        versions = {"after": env}
        if args.baseline is not None:
            versions["before"] = {**env, "PYTHONPATH": str(args.baseline.resolve())}
            # Its own library: a newer schema is no library an older checkout can open.
            versions["before"]["NEWSDESK_DB"] = str(Path(folder) / "before.db")
        for version_env in versions.values():
            timed(
                [*newsdesk(), "articles"], version_env, Path(folder)
            )  # makes the library, analyses the seed
        print(f"load average {os.getloadavg()[0]:.1f}; median of {args.runs} runs")
        for command in COMMANDS:
            runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in versions}
            for _ in range(args.runs):
                for name, version_env in versions.items():
                    runs[name].append(timed([*newsdesk(), *command], version_env, Path(folder)))
            for name, found in runs.items():
                wall = statistics.median(r[0] for r in found)
                cpu = statistics.median(r[1] for r in found)
                codes = sorted({r[2] for r in found})
                label = f"{name:<7}" if args.baseline is not None else ""
                print(
                    f"{label}newsdesk {' '.join(command):<18} wall {wall:.3f} s  cpu {cpu:.3f} s  exit {codes}"
                )
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
