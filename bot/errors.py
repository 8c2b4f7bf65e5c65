"""Errors a user can cause or fix: their message is one clear sentence, shown as is (CLI and Discord)."""

from __future__ import annotations

import re

# Control characters, zero-width and direction marks, embeddings, overrides and isolates (U+202E
# would flip the rest of a line), line and paragraph separators, and the byte order mark.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+")
ECHO_CHARS = 60


class NewsdeskError(Exception):
    """Base of every user-facing error; `str(exc)` is the sentence the user sees."""


class NotFoundError(NewsdeskError):
    """An article, speaker or topic the user asked for does not exist in their scope."""


class InputError(NewsdeskError):
    """Input that cannot be used: empty, binary, too large, wrong type, unreachable URL."""


def drop_unprintable(text: str) -> str:
    """`text` with control and direction characters replaced by spaces."""
    return _UNPRINTABLE.sub(" ", text)


def echo(value: object, limit: int = ECHO_CHARS) -> str:
    """A user's value (or an article's title) as an error sentence quotes it: one line, no control or
    direction characters, at most `limit` characters. A 6,000-character option echoed whole would make
    the reply too long to send."""
    text = " ".join(drop_unprintable(str(value)).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
