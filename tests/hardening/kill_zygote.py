"""Helper process for test_kill_during_ingestion.py: imports Newsdesk once, then forks one ingesting
child per request, so each of the many SIGKILLs costs a fork, not an interpreter start-up.

Protocol (lines on stdin/stdout): "fork" → the child's pid; "reap <pid>" → "reaped". A child opens
the library, then adds articles forever (text, Markdown files, HTML files, and now and then removes
one, noted "removing <id>" first), appending "<token> <id>" to the acknowledgements file after each
add has returned.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
import traceback
from pathlib import Path

from bot.analysis import analyze
from bot.ingest import from_bytes
from bot.ingest.language import warm_up as load_language_model
from bot.library import Library
from bot.settings import Settings

GUILD = 77
# Loaded before forking, as the bot loads it in its analysis workers at start: else every child
# would spend its first seconds loading it and most kills would land before any add.
load_language_model()
PARAGRAPHS = [
    'The minister said "prices will fall next year", according to officials in the capital.',
    "Analysts at the central bank expect growth to slow, while traders in the harbour disagreed.",
    "“We are not worried,” said Maria Lopez, chief economist at the Harbour Bank.",
    "Unions warned that wages had lagged behind inflation for a third year.",
]


def article(token: str, n: int) -> str:
    body = [PARAGRAPHS[(n + i) % len(PARAGRAPHS)] for i in range(2 + n % 6)]
    return f"Report {token}\n\n" + "\n\n".join(body) + f"\n\nReference {token} closes the report."


async def ingest_forever(db: Path, seeds: Path, acks: Path) -> None:
    config = Settings(
        database=db,
        seeds_dir=seeds,
        max_analysis_seconds=0,  # analysis in a thread: the child is a fork, one process per kill
    )
    pid = os.getpid()
    async with await Library.open(config) as library:
        n = 0
        with acks.open("a") as out:
            while True:
                n += 1
                token = f"tok{pid}x{n}"
                text = article(token, n)
                if n % 3 == 0:
                    added = await library.add_file(text.encode(), f"{token}.md", guild_id=GUILD)
                elif n % 3 == 1:
                    html = f"<html><head><title>{token}</title></head><body><p>{text}</p></body></html>"
                    added = await library.add_file(html.encode(), f"{token}.html", guild_id=GUILD)
                else:
                    added = await library.add_text(text, guild_id=GUILD, title=token)
                out.write(f"{token} {added.article.info.id}\n")
                out.flush()
                os.fsync(out.fileno())
                if n % 7 == 0:  # noted before: once asked for, the article may be gone or not
                    out.write(f"removing {added.article.info.id}\n")
                    out.flush()
                    os.fsync(out.fileno())
                    await library.remove(added.article.info.id, guild_id=GUILD)


def main() -> None:
    db, seeds, acks = (Path(p) for p in sys.argv[1:4])
    # Load what the first analysis and the first HTML file would load lazily, once, before forking.
    analyze(article("warm", 1), "warm")
    from_bytes(b"<html><body><p>Warm up.</p></body></html>", "warm.html", max_chars=1000)
    for module in ("bot.deadline", "bot.ingest.cleanup", "bot.ingest.titles"):  # the library's first add
        importlib.import_module(module)
    for line in sys.stdin:
        command = line.split()
        if command == ["fork"]:
            pid = os.fork()
            if pid == 0:
                try:
                    asyncio.run(ingest_forever(db, seeds, acks))
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(1)
            print(pid, flush=True)
        elif command and command[0] == "reap":
            os.waitpid(int(command[1]), 0)
            print("reaped", flush=True)


if __name__ == "__main__":
    main()
