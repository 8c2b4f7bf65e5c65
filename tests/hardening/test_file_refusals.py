"""Unusable uploads, sent through the loopback Discord by an admin: each is refused privately in one
sentence that says what is wrong, and nothing reaches the library."""

from __future__ import annotations

import gzip
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cogs.replies import assert_one_sentence_error, embed_text
from tests.discord_double import DiscordDouble
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, MEMBER_ID
from tests.ingest.noise import noise

Bot = tuple[Any, DiscordDouble]
NOISE = random.Random(5)

UPLOADS = [
    # (file name, bytes, what the sentence must say)
    (
        "article.txt",
        b"\x7fELF\x02\x01\x01" + bytes(NOISE.randrange(256) for _ in range(3000)),
        "is a program",
    ),
    ("article.md", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "is a PNG image"),  # wrong extension
    ("article.html", b"%PDF-1.7\n" + bytes(NOISE.randrange(256) for _ in range(500)), "is a PDF document"),
    ("article.txt", gzip.compress(b"The council met. " * 100), "is a gzip archive"),
    ("article.txt", bytes(NOISE.randrange(128, 256) for _ in range(4000)), "not text in any encoding"),
    ("article.txt", bytes(NOISE.randrange(1, 32) for _ in range(2000)), "binary data, not text"),
    ("article.txt", b"", "is empty"),
    ("article.txt", b" \r\n\t " * 50, "is empty"),
    (
        "page.html",
        b"<html><body><script>steal()</script><style>p{}</style></body></html>",
        "no readable text",
    ),
    # Named as formats Newsdesk cannot read: refused by the name, even when the bytes are plain text.
    ("report.pdf", b"The council met on Tuesday and approved the budget. " * 20, "is a PDF document"),
    ("story.docx", b"The council met on Tuesday and approved the budget. " * 20, "is a Word document"),
    ("scan.JPG", b"The council met on Tuesday and approved the budget. " * 20, "is a JPEG image"),
    # Random bytes that charset detection alone read as Chinese (UTF-16 without a BOM).
    ("article.txt", noise("Shift_JIS-shaped pairs", 1, 2000), "not text in any encoding"),
]


@pytest.mark.parametrize("filename,data,says", UPLOADS, ids=[u[2] + ":" + u[0] for u in UPLOADS])
async def test_an_unusable_upload_is_one_private_sentence(
    running_bot: Bot, filename: str, data: bytes, says: str
) -> None:
    _, double = running_bot
    record = await double.slash(
        "article",
        {"title": "Refused upload"},
        subcommand="add",
        attachments={"file": (filename, data, "application/octet-stream")},
        guild_id=GUILD_ID,
        user_id=ADMIN_ID,
    )
    sentence = assert_one_sentence_error((await record.replies(1))[0])
    assert says in sentence and "Traceback" not in sentence
    if "cannot read" in sentence:  # refused by its name: at once, with no public "thinking…" first
        assert [c["type"] for c in record.callbacks] == [4]
    listed = await double.slash("articles", {}, guild_id=GUILD_ID, user_id=MEMBER_ID)
    assert "Refused upload" not in embed_text(await listed.reply())


@pytest.mark.parametrize(
    "filename,data,says",
    [
        ("report.pdf", b"The council met on Tuesday and approved the budget.\n", "is a PDF document"),
        ("article.txt", noise("Shift_JIS-shaped pairs", 3, 3000), "not text in any encoding"),
    ],
)
def test_cli_add_refuses_the_same_files_in_one_line(
    tmp_path: Path, filename: str, data: bytes, says: str
) -> None:
    """`newsdesk add FILE` reaches the same checks as an upload: exit status 2 and one line."""
    (tmp_path / filename).write_bytes(data)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSDESK_", "DISCORD_"))}
    env.update(NEWSDESK_DB=str(tmp_path / "lib.db"), NEWSDESK_SEEDS=str(tmp_path / "no-seeds"))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "add", filename],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2 and result.stdout == "", result
    assert result.stderr.startswith(f"newsdesk: {filename} ") and result.stderr.count("\n") == 1
    assert says in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / filename).read_bytes() == data  # the user's file is left as it was
