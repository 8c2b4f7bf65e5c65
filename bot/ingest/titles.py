"""Article titles: a given one tidied to one line of bounded length, or one derived from the text."""

from __future__ import annotations

from bot.analysis import is_heading, opens_with_headline

MAX_TITLE_CHARS = 200
UNTITLED = "Untitled article"


def clean_title(title: str | None) -> str | None:
    """`title` on one line, cut at a word before MAX_TITLE_CHARS; None when nothing is left."""
    if title is None:
        return None
    title = " ".join(title.split())
    if len(title) > MAX_TITLE_CHARS:
        title = title[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return title or None


def headline_title(text: str) -> str | None:
    """The text's first line when that is a headline over a body (or a short heading), else None."""
    first = text.split("\n", 1)[0].strip()
    if is_heading(first) or opens_with_headline(text.split("\n", 50)):
        return clean_title(first)
    return None


def derive_title(text: str) -> str:
    """A title for text that came without one: its headline line, else its start."""
    headline = headline_title(text)
    if headline is not None:
        return headline
    first = text.split("\n", 1)[0].strip()
    words = first.split()
    short = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return clean_title(short) or UNTITLED
