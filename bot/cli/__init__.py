"""The `newsdesk` command line: one sub-command module per area, errors as one line and exit code 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bot.errors import NewsdeskError

from . import analyze_cmd, backup_cmd, feed_cmd, library_cmd, migrate_cmd, run_cmd

# Each module exposes `register(subparsers)`; a sub-command sets `func(args) -> int`.
COMMAND_MODULES = [analyze_cmd, library_cmd, feed_cmd, backup_cmd, run_cmd, migrate_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk", description="Newsdesk: read the news, from Discord or here."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except NewsdeskError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
