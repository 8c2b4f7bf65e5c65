"""`python -m tests.sharded_bot`: `newsdesk run` in a process of its own, against the loopback Discord.

discord.py keeps Discord's REST base and gateway URL in class attributes; this sets them from
NEWSDESK_TEST_DOUBLE_API and NEWSDESK_TEST_DOUBLE_GATEWAY (a double in the test process), then runs the
unmodified CLI, which reads every other setting (shards, database, token) from the environment as usual.
"""

from __future__ import annotations

import os
import sys

import discord.gateway
import discord.http
import yarl

from bot.cli import main

if __name__ == "__main__":
    discord.http.Route.BASE = os.environ["NEWSDESK_TEST_DOUBLE_API"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["NEWSDESK_TEST_DOUBLE_GATEWAY"])
    sys.exit(main(["run"]))
