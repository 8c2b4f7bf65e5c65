"""Text from articles and users made inert before it is shown: no Markdown, no control characters.

A title, a sentence, a speaker's name or a user's option is data, never formatting: a title such as
`**[Click for prize](https://evil.example/phish)**` must show as those characters, not as a bold
masked link, and a right-to-left override must not flip the rest of an answer.
"""

from __future__ import annotations

import re

from discord.utils import escape_markdown

from bot.errors import drop_unprintable

from .limits import MESSAGE_CHARS, truncate

# escape_markdown escapes one masked link per line (its pattern is greedy), so a second `[text](url)`
# on the same line would still render: every bracket is escaped, and the `<` that opens mentions,
# channel links and timestamps (`<#id>`, `<t:0:R>`) as well.
_LEFTOVER = re.compile(r"(\\.)|([\[\]<])", re.DOTALL)
# An ordered list ("1. ") at the start of a line; escape_markdown leaves these alone.
_LIST_NUMBER = re.compile(r"^(\s*\d+)\.(?=\s)", re.MULTILINE)


def plain(text: str) -> str:
    """`text` on one line without control or direction characters: for places Discord shows as typed
    (footers, autocomplete choices, chart labels)."""
    return " ".join(drop_unprintable(text).split())


def escape(text: str) -> str:
    """Markdown in `text` escaped so Discord shows every character as written."""
    escaped = escape_markdown(text)
    escaped = _LEFTOVER.sub(lambda m: m.group(1) or "\\" + m.group(2), escaped)
    return _LIST_NUMBER.sub(r"\1\\.", escaped)


def inert(text: str) -> str:
    """`text` on one line, without control characters, its Markdown escaped: for descriptions, fields
    and titles. Escape before truncating (`truncate` never leaves a dangling backslash)."""
    return escape(plain(text))


def private_sentence(message: str) -> str:
    """An error sentence as sent in a private reply: on one line, Markdown escaped, within Discord's
    2,000 characters (the values it quotes are already cut short; this is the safety net)."""
    return truncate(inert(message), MESSAGE_CHARS)
