"""`newsdesk run` starts the Discord bot; `newsdesk health` tells a container runtime whether it is connected."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import re
import signal
import sys
import time
from typing import TYPE_CHECKING, Any

from bot.errors import InputError

if TYPE_CHECKING:
    from bot.app import NewsdeskBot
    from bot.settings import Settings

NO_TOKEN = (
    "DISCORD_TOKEN is not set: in the Discord developer portal (https://discord.com/developers/applications) "
    "open your application → Bot → Reset Token, then put it in .env as DISCORD_TOKEN=<token>."
)
BAD_TOKEN = (
    "Discord refused DISCORD_TOKEN: reset it in the developer portal (your application → Bot → Reset Token) "
    "and update .env."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run_parser = sub.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)")
    run_parser.set_defaults(func=run)
    health = sub.add_parser(
        "health", help="exit 0 if a running bot is connected to Discord (for healthchecks)"
    )
    health.add_argument(
        "--max-age", type=float, default=90.0, metavar="S", help="heartbeat older than this is unhealthy"
    )
    health.set_defaults(func=check_health)


_INTERACTION_TOKEN = re.compile(
    r"""((?:/interactions/\d+/|/webhooks/\d+/)|["']token["']\s*:\s*["'])[^/\s"'?]+"""
)


class RedactSecret(logging.Filter):
    """Replaces the token wherever it would appear in a log line, whoever logged it."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = message.replace(self.secret, "[token]") if self.secret else message
        # Interaction tokens (15 minutes of answering as the bot) in discord.py's DEBUG lines: in the
        # webhook and callback routes it requests, and in the gateway events it logs.
        redacted = _INTERACTION_TOKEN.sub(r"\1[interaction token]", redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def configure_logging(level: str, secret: str) -> logging.Handler:
    """Log to stderr at `level`, with `secret` masked in every line; returns the handler it added."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    handler.addFilter(RedactSecret(secret))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler


async def serve(settings: Settings, token: str, **bot_options: Any) -> None:
    """Run the bot until it stops or SIGINT/SIGTERM arrives, then close it (and the library) cleanly."""
    from bot.app import create_bot

    bot = create_bot(settings, **bot_options)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        # Windows event loops have no signal handlers; Ctrl-C still ends asyncio.run there.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await _run_until_stopped(bot, token, stop)
    finally:
        for sig in signals:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


async def _run_until_stopped(bot: NewsdeskBot, token: str, stop: asyncio.Event) -> None:
    import aiohttp
    import discord

    async with bot:
        runner = asyncio.create_task(bot.start(token))
        stopper = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        stopper.cancel()
        if runner in done:
            try:
                runner.result()
            except discord.LoginFailure:
                raise InputError(BAD_TOKEN) from None
            except aiohttp.ClientConnectionError as exc:
                raise InputError(
                    f"Could not reach Discord ({exc}); check the network and try again."
                ) from None
        else:
            logging.getLogger(__name__).info("stopping")
            await bot.close()
            await runner


def run(args: argparse.Namespace) -> int:
    from bot.settings import load_settings

    settings = load_settings()
    if settings.discord_token is None:
        raise InputError(NO_TOKEN)
    token = settings.discord_token.get_secret_value()
    configure_logging(settings.log_level, token)
    asyncio.run(serve(settings, token))
    return 0


def check_health(args: argparse.Namespace) -> int:
    from bot.app import health_file
    from bot.settings import load_settings

    path = health_file(load_settings())
    try:
        age = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        print("unhealthy: the bot is not connected to Discord (no heartbeat yet)", file=sys.stderr)
        return 1
    if age > args.max_age:
        print(f"unhealthy: last heartbeat {age:.0f} s ago", file=sys.stderr)
        return 1
    status = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:2]
    if status and status[0].startswith("database unavailable"):
        print(f"unhealthy: connected to Discord, but the {status[0]}", file=sys.stderr)
        return 1
    print(f"healthy: connected to Discord and to the library, heartbeat {age:.0f} s ago")
    return 0
