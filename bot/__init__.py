"""Newsdesk: a Discord bot that keeps a library of news articles and reads them for you."""

from typing import Any


def __getattr__(name: str) -> Any:
    # `create_bot` is imported on first use, so the CLI's `import bot` does not load discord.py.
    if name == "create_bot":
        from bot.app import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
