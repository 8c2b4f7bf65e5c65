"""Command latency through the real discord.py client: p50/p95/p99 from interaction sent to reply received.

The loopback Discord double (tests/discord_double) runs in this process and plays the users; the real
bot runs in a subprocess of its own (bench/botrunner.py), so the figures are the bot's and not the
double's share of the CPU. The library holds 10,000 stored articles (bench/library.py) in the bench
server. Users keep `c` interactions in flight (c = 1, 50, 200), a mix of /summary, /experts,
/articles query:… and /quotes on random articles, queries and speakers. Latency runs from the
INTERACTION_CREATE dispatch to the moment the double receives the bot's first visible answer.

Run: `.venv/bin/python -m bench.latency [--articles 10000] [--concurrency 1,50,200] [--requests 600]`
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from .library import BENCH_GUILD, built_library
from .search import QUERIES, percentile

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.discord_double import DiscordDouble  # noqa: E402
from tests.discord_double.records import InteractionRecord  # noqa: E402

USER_ID = 300_000_000_000_000_002


def _stamp_first_message() -> None:
    """Record when the double receives the bot's first visible message for each interaction."""
    original = InteractionRecord._notify

    async def notify(self: InteractionRecord) -> None:
        if (self.messages or self.rejections) and not hasattr(self, "answered_at"):
            self.answered_at = asyncio.get_running_loop().time()  # type: ignore[attr-defined]
        await original(self)

    InteractionRecord._notify = notify  # type: ignore[method-assign]


class BotProcess:
    """The bot in a subprocess, talking to `double`."""

    def __init__(self, proc: asyncio.subprocess.Process, ready: dict[str, Any]) -> None:
        self.proc = proc
        self.ready = ready

    @classmethod
    async def start(
        cls, double: DiscordDouble, db: Path, profile: str | None = None, *, floor: bool = False
    ) -> BotProcess:
        # --profile: sample the bot with py-spy (collapsed stacks, for flame graphs or grep).
        spy = [
            str(Path(sys.executable).with_name("py-spy")),
            "record",
            "--format",
            "raw",
            "-o",
            str(profile),
            "--",
        ]
        proc = await asyncio.create_subprocess_exec(
            *(spy if profile else []),
            sys.executable,
            "-m",
            "bench.botrunner",
            "--db",
            str(db),
            "--api",
            double.api_base,
            "--gateway",
            double.gateway_url,
            *(["--floor"] if floor else []),
            cwd=ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        ready = await cls._expect(proc, "READY", 60)
        return cls(proc, ready)

    @staticmethod
    async def _expect(proc: asyncio.subprocess.Process, tag: str, within: float) -> dict[str, Any]:
        assert proc.stdout is not None
        while True:
            line = await asyncio.wait_for(proc.stdout.readline(), within)
            if not line:
                raise RuntimeError(f"the bot process ended before {tag} (exit {await proc.wait()})")
            text = line.decode().strip()
            if text.startswith(tag + " "):
                parsed: dict[str, Any] = json.loads(text[len(tag) + 1 :])
                return parsed

    async def rss(self) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"rss\n")
        await self.proc.stdin.drain()
        return await self._expect(self.proc, "RSS", 10)

    async def stop(self) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"stop\n")
        await self.proc.stdin.drain()
        done = await self._expect(self.proc, "DONE", 30)
        await asyncio.wait_for(self.proc.wait(), 30)
        return done


async def start_double() -> DiscordDouble:
    double = DiscordDouble()
    await double.start()
    double.add_guild(BENCH_GUILD, "Bench newsroom", owner_id=USER_ID)
    return double


def workload(db: Path) -> tuple[list[int], list[str]]:
    """Article ids and quoted speakers of the bench server's library."""
    con = sqlite3.connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE guild_id = ?", (BENCH_GUILD,))]
        speakers = [
            r[0]
            for r in con.execute(
                "SELECT min(name) FROM speakers WHERE kind != 'unnamed' GROUP BY name_key"
                " ORDER BY count(*) DESC LIMIT 40"
            )
        ]
    finally:
        con.close()
    return ids, speakers


def command(rng: random.Random, ids: list[int], speakers: list[str]) -> tuple[str, dict[str, Any]]:
    if not ids:  # --floor: the do-nothing /ping only
        return "ping", {}
    kind = rng.choice(("summary", "experts", "articles", "quotes"))
    if kind == "summary":
        return kind, {"article": str(rng.choice(ids))}
    if kind == "experts":
        return kind, {"article": str(rng.choice(ids))}
    if kind == "articles":
        return kind, {"query": rng.choice(QUERIES)}
    return kind, {"speaker": rng.choice(speakers)}


async def run_level(
    double: DiscordDouble, concurrency: int, total: int, ids: list[int], speakers: list[str], seed: int
) -> dict[str, list[float]]:
    rng = random.Random(seed)
    plan = [command(rng, ids, speakers) for _ in range(total)]
    results: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    queue = list(reversed(plan))

    async def user() -> None:
        while queue:
            name, options = queue.pop()
            record = await double.slash(name, options, guild_id=BENCH_GUILD, user_id=USER_ID, wait=False)
            try:
                await record.reply(timeout=120)
            except AssertionError as exc:
                errors.append(f"/{name} {options}: {exc}"[:300])
                continue
            answered = getattr(record, "answered_at", asyncio.get_running_loop().time())
            latency = answered - record.sent_at
            results[name].append(latency)
            results["all"].append(latency)

    await asyncio.gather(*(user() for _ in range(concurrency)))
    if errors:
        print(f"  {len(errors)} interactions failed; first: {errors[0]}", file=sys.stderr)
    return results


async def main_async(args: argparse.Namespace) -> int:
    _stamp_first_message()
    db = await built_library(args.articles)
    ids, speakers = ([], []) if args.floor else workload(db)
    double = await start_double()
    restore = double.patch_discord()
    try:
        bot = await BotProcess.start(double, db, args.profile, floor=args.floor)
        print(
            f"bot ready in {bot.ready['since_process_start_s']:.2f} s from process start "
            f"({bot.ready['since_create_bot_s']:.2f} s from create_bot), RSS {bot.ready['VmRSS']:.0f} MB"
        )
        await run_level(double, 10, 80, ids, speakers, seed=999)  # warm up both processes
        header = f"{'concurrent':>10} {'command':<10} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
        print(header)
        for level in (int(c) for c in args.concurrency.split(",")):
            total = max(args.requests, 3 * level) if level > 1 else min(args.requests, 300)
            cpu_before = (await bot.rss())["cpu_s"]
            started = time.perf_counter()
            results = await run_level(double, level, total, ids, speakers, seed=level)
            elapsed = time.perf_counter() - started
            await asyncio.sleep(1)  # let the last page buttons attach before the next level
            bot_cpu = (await bot.rss())["cpu_s"] - cpu_before
            for name in ("all", "summary", "experts", "articles", "quotes") if ids else ("all",):
                ms = [t * 1000 for t in results.get(name, [])]
                if not ms:
                    continue
                print(
                    f"{level:>10} {name:<10} {len(ms):>5} {percentile(ms, 50):8.1f} {percentile(ms, 95):8.1f}"
                    f" {percentile(ms, 99):8.1f} {max(ms):8.1f}"
                )
            count = len(results["all"])
            print(
                f"{'':>10} throughput {count / elapsed:.0f} commands/s; bot CPU {1000 * bot_cpu / max(1, count):.2f} ms"
                f" a command ({100 * bot_cpu / elapsed:.0f} % of one core)"
            )
        await asyncio.sleep(1)  # the bot fetches its answers after sending them (page buttons)
        done = await bot.stop()
        print(f"bot peak RSS over the run: {done['peak_rss_mb']:.0f} MB (10,000-article library)")
    finally:
        restore()
        await double.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--concurrency", default="1,50,200")
    parser.add_argument("--requests", type=int, default=600, help="interactions per concurrency level")
    parser.add_argument("--profile", metavar="FILE", help="record the bot with py-spy into FILE")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="send only /ping, a benchmark command answered with a fixed word: the latency floor of "
        "discord.py and the double alone, under the same concurrency",
    )
    args = parser.parse_args(argv)
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
