"""The real Newsdesk bot in a process of its own, pointed at a loopback Discord double in another process.

Started by bench/latency.py and bench/startup.py:
    python -m bench.botrunner --db PATH --api http://127.0.0.1:PORT/api/v10 --gateway ws://127.0.0.1:PORT/gateway

Prints one JSON line `READY {...}` when the bot is ready (seconds since the process started and since
`create_bot`, RSS so far), then runs until stdin closes or says "stop", and prints `DONE {...}` with
the peak RSS (`ru_maxrss`) of the whole run.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()

import argparse  # noqa: E402  (the clock starts before the imports, which are part of start-up)
import asyncio  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Mapping  # noqa: E402
from pathlib import Path  # noqa: E402

TOKEN = "bench-token.for-the-loopback-double"


def rss_mb() -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of this process, in MB."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # cpu_s: CPU seconds the bot has used (all its threads), so a benchmark can divide it per command.
    out = {"peak_rss_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def add_floor_command(bot: object) -> None:
    """`/ping`, answered with a fixed word: what discord.py and the double cost with no Newsdesk work
    at all (the floor under every command's latency). Benchmark-only; the real bot has no such command."""
    import discord
    from discord import app_commands

    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    bot.tree.add_command(app_commands.Command(name="ping", description="benchmark floor", callback=ping))  # type: ignore[attr-defined]


def emit(tag: str, data: Mapping[str, object]) -> None:
    print(f"{tag} {json.dumps(data)}", flush=True)


async def main_async(args: argparse.Namespace) -> None:
    import discord.gateway
    import discord.http
    import yarl

    from bench.library import settings_for
    from bot.app import create_bot

    discord.http.Route.BASE = args.api
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(args.gateway)
    created = time.perf_counter()
    # As in the test fixtures: discord.py would otherwise wait 2 s after the last GUILD_CREATE.
    bot = create_bot(settings_for(Path(args.db)), guild_ready_timeout=args.guild_ready_timeout)
    if args.floor:
        add_floor_command(bot)
    async with bot:
        await bot.login(TOKEN)
        runner = asyncio.create_task(bot.connect(reconnect=True))
        await bot.wait_until_ready()
        ready = time.perf_counter()
        emit(
            "READY",
            {
                "since_process_start_s": ready - PROCESS_START,
                "since_create_bot_s": ready - created,
                **rss_mb(),
            },
        )
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while True:
            line = await reader.readline()
            if not line or line.strip() == b"stop":
                break
            if line.strip() == b"rss":
                emit("RSS", rss_mb())
        emit("DONE", rss_mb())
        await bot.close()
        await asyncio.wait({runner}, timeout=5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--api", required=True)
    parser.add_argument("--gateway", required=True)
    parser.add_argument("--guild-ready-timeout", type=float, default=0.05)
    parser.add_argument("--floor", action="store_true", help="also register the benchmark's /ping")
    asyncio.run(main_async(parser.parse_args()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
