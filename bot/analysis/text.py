"""Text normalisation and word tokens shared by the analysis modules."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
WORD_RE = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")


def normalize_text(text: str) -> str:
    """NFC, no control characters, single spaces, one newline between paragraphs."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\t", " ").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def words(text: str) -> list[str]:
    """Word tokens in order, as written."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    return sum(1 for _ in WORD_RE.finditer(text))
