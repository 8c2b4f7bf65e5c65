"""The analysis's word lists, read once from `bot/analysis/data/NAME.txt` and cached.

One file format for every list (sources and licences in `data/README.md`):

    # a comment line
    said            speech inverts keeps_subject
    according to    needs_clause

one entry per line; an entry may hold spaces; flags, if any, follow after two or more spaces or a
tab. A mapping file holds `key<TAB>value` (`word_map`). Entries keep their case and file order.

    >>> "said" in word_set("speech_verbs", "inverts")
    True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

_FIELDS = re.compile(r"\t+| {2,}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a word list: the entry and its flags (or a mapping's value, as its one flag)."""

    text: str
    flags: tuple[str, ...]


class WordListError(ValueError):
    """A word list that is missing, or a flag that no entry of the list carries (a typo in code)."""


@cache
def entries(name: str) -> tuple[Entry, ...]:
    """Every entry of `data/NAME.txt` in file order."""
    try:
        raw = resources.files("bot.analysis").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise WordListError(f"no word list named {name!r} in bot/analysis/data") from exc
    out: list[Entry] = []
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, *rest = _FIELDS.split(line, maxsplit=1)
        flags = tuple(rest[0].split()) if rest else ()
        out.append(Entry(text, flags))
    return tuple(out)


@cache
def word_list(name: str, flag: str | None = None) -> tuple[str, ...]:
    """The entries of a list in file order (those carrying `flag`, when given), without repeats."""
    found = entries(name)
    if flag is not None:
        if not any(flag in e.flags for e in found):
            raise WordListError(f"no entry of word list {name!r} has the flag {flag!r}")
        found = tuple(e for e in found if flag in e.flags)
    return tuple(dict.fromkeys(e.text for e in found))


@cache
def word_set(name: str, flag: str | None = None) -> frozenset[str]:
    """The entries of a list (those carrying `flag`, when given), for membership tests."""
    return frozenset(word_list(name, flag))


@cache
def word_map(name: str) -> Mapping[str, str]:
    """A `key<TAB>value` list as a read-only mapping; the first line for a key wins."""
    out: dict[str, str] = {}
    for entry in entries(name):
        out.setdefault(entry.text, " ".join(entry.flags))
    return MappingProxyType(out)


@cache
def data_rows(filename: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of any data file by its full name (a lexicon table such as
    `vader_lexicon.tsv`), `#` comment lines and blank lines left out, fields as written."""
    try:
        raw = resources.files("bot.analysis").joinpath("data", filename).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise WordListError(f"no data file named {filename!r} in bot/analysis/data") from exc
    return tuple(tuple(line.split("\t")) for line in raw.splitlines() if line and not line.startswith("#"))


def alternation(name: str, flag: str | None = None) -> str:
    """A list as a regular-expression alternation `(?:a|b|c)` in file order (put a longer entry
    before its prefix), spaces as `\\s+`."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list(name, flag)) + ")"
