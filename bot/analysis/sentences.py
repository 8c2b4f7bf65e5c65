"""Sentence splitting with character offsets, paragraphs and sub-headings kept."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from .models import Sentence

_TERMINAL = re.compile(r"[.!?:;\"'”’)\]…]$")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def is_heading(line: str) -> bool:
    """A short line with no closing punctuation is a sub-heading ("Business icon")."""
    stripped = line.strip()
    if not stripped or _TERMINAL.search(stripped):
        return False
    return len(stripped.split()) <= 10


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised text (paragraphs separated by newlines) into sentences with offsets."""
    sentences: list[Sentence] = []
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        if is_heading(line):
            start = line_start + (len(line) - len(line.lstrip()))
            stripped = line.strip()
            sentences.append(
                Sentence(len(sentences), stripped, start, start + len(stripped), paragraph, True)
            )
            continue
        cursor = 0
        for piece in _segmenter().segment(line):
            stripped = piece.strip()
            if not stripped:
                continue
            found = line.find(stripped, cursor)
            if found < 0:  # the segmenter altered the text; fall back to the cursor position
                found = cursor
            cursor = found + len(stripped)
            start = line_start + found
            sentences.append(Sentence(len(sentences), stripped, start, start + len(stripped), paragraph))
    return sentences
