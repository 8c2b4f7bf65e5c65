"""Start-up time and memory of the running bot with a 10,000-article library.

The bot runs in a subprocess (bench/botrunner.py) against the loopback Discord double in this process,
on a library whose seeds are already indexed. Reported per start: seconds from the process start
(interpreter up, imports included) and from `create_bot` to ready, and the bot process's resident
memory when ready and at its peak after a burst of commands (`ru_maxrss`). The analysis worker
processes (bot/deadline.py) are separate processes: their RSS is listed apart.

Run: `.venv/bin/python -m bench.startup [--starts 2] [--articles 10000]`
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from pathlib import Path

from .latency import BotProcess, _stamp_first_message, run_level, start_double, workload
from .library import built_library


def children_rss_mb(pid: int) -> list[float]:
    """RSS of the direct children of `pid` (the analysis workers), from /proc."""
    out = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid) and "VmRSS" in fields:
            out.append(int(fields["VmRSS"].split()[0]) / 1024)
    return out


async def main_async(starts: int, articles: int, burst: int) -> None:
    _stamp_first_message()
    db = await built_library(articles)
    ids, speakers = workload(db)
    double = await start_double()
    restore = double.patch_discord()
    rows = []
    try:
        for _ in range(starts):
            bot = await BotProcess.start(double, db)
            ready_rss = bot.ready["VmRSS"]
            await run_level(double, 20, burst, ids, speakers, seed=7)
            await asyncio.sleep(1)  # the bot fetches its answers after sending them (page buttons)
            workers = children_rss_mb(bot.proc.pid)
            done = await bot.stop()
            rows.append(
                (
                    bot.ready["since_process_start_s"],
                    bot.ready["since_create_bot_s"],
                    ready_rss,
                    done["peak_rss_mb"],
                    workers,
                )
            )
    finally:
        restore()
        await double.stop()
    print(f"library: {articles:,} articles; burst of {burst} commands (20 concurrent) after ready")
    print(
        f"{'start':>5} {'process→ready s':>16} {'create_bot→ready s':>19} {'RSS ready MB':>13}"
        f" {'peak RSS MB':>12} {'workers RSS MB':>15}"
    )
    for i, (proc_s, bot_s, rss, peak, workers) in enumerate(rows, 1):
        shown = "+".join(f"{w:.0f}" for w in workers) or "-"
        print(f"{i:>5} {proc_s:16.2f} {bot_s:19.2f} {rss:13.0f} {peak:12.0f} {shown:>15}")
    print(
        f"median {statistics.median(r[0] for r in rows):10.2f} {statistics.median(r[1] for r in rows):19.2f}"
        f" {statistics.median(r[2] for r in rows):13.0f} {statistics.median(r[3] for r in rows):12.0f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--starts", type=int, default=2)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--burst", type=int, default=300)
    args = parser.parse_args(argv)
    asyncio.run(main_async(args.starts, args.articles, args.burst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
