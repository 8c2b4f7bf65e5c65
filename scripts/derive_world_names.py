"""Derive bot/analysis/data/world_first_names.txt: first names of many countries that the 1990 US
Census list (data/first_names.txt) lacks ("Obinna", "Kenji", "Radek", "Zoltan"), with a gender hint.

    pip download --no-deps -d /tmp/nqg nomquamgender==0.1.4 names==0.3.0
    unzip -o /tmp/nqg/nomquamgender-*.whl -d /tmp/nqg && tar xzf /tmp/nqg/names-0.3.0.tar.gz -C /tmp/nqg
    python -m scripts.derive_world_names --source /tmp/nqg/nomquamgender/name_data.json \
        --surnames /tmp/nqg/names-0.3.0/names/dist.all.last

The source is nomquamgender 0.1.4 (PyPI; Ian Van Buskirk; MIT licence): for each given name (folded to
plain lower-case letters), how many of its 36 national and other name lists hold it, how many people
bear it, and the share of them gendered female (Van Buskirk, Clauset & Larremore 2023). Its long tail
holds surnames, places and words that some list once saw as a given name, and each one kept makes a
run of capitalised words look like a person; so a name is kept only when common across the lists and
clearly one sex's (the bars below), never when it is one of the 10,000 commonest US surnames (the 1990
Census surname file, public domain, as the `names` package ships it, the source of first_names.txt:
"Miller", "York", "Hamilton" are given names somewhere but surnames and places in news), and never
when the analysis already reads the word as something else: an English word of the lexicon or
`not_names`, a function word, an office, an organisation word, a place, a courtesy title or an East
Asian surname (those put first say nothing of a first name). Only names and a hint are written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.analysis.quotes.names import (
    EAST_ASIAN_SURNAMES,
    HONORIFICS,
    ORG_WORDS,
    is_common_word,
    is_function_word,
    is_role_word,
    name_key,
    place_names,
)
from bot.analysis.wordlists import word_map

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "analysis" / "data" / "world_first_names.txt"
MIN_SOURCES = 10  # of the 36 lists: a name of more than one country's records
MIN_PEOPLE = 1000  # below this the lists' surnames and places creep in
CLEAR_SHARE = 0.1  # female share at most this (m) or at least 1 minus it (f); between, a word or surname
# a hint of sex only for a name this many people bear, else "u": a rarer name's share rests on few
# people, and a wrong hint sends a "he"/"she" and its quotes to the wrong person (with a hint on every
# kept name, quotes credited right fell on real news; with none, the he/she readings lost names to go on)
HINT_PEOPLE = 10000
SURNAME_RANK = 10000  # a US surname this common is read as a surname ("Miller" 7th, "Lazar" 7,745th)

HEADER = """\
# First names of many countries that the US Census list (first_names.txt) lacks, with a gender hint.
# Written by `python -m scripts.derive_world_names` from nomquamgender 0.1.4 (PyPI; Ian Van Buskirk;
# MIT licence; name-gender counts of 36 name lists, Van Buskirk, Clauset & Larremore 2023): names held
# by at least {sources} lists and {people} people, at least {share:.0%} one sex's (the hint m/f only for a
# name of {hint:,} people or more, else u); the {rank:,} commonest
# US surnames (1990 Census, public domain), English words, offices, organisation words, places, titles
# and East Asian surnames left out. Read after first_names.txt.
"""


def common_surnames(path: Path) -> set[str]:
    """The SURNAME_RANK commonest surnames of the census file (lines "SMITH  1.006  1.006  1")."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) == 4 and int(fields[3]) <= SURNAME_RANK:
            out.add(fields[0].lower())
    return out


def keep(name: str, row: list[float], census: set[str]) -> str | None:
    """The gender hint of a kept name, None when it stays out (`census`: names already read otherwise)."""
    sources, people, female = row[0], row[1], row[2]  # a row: lists, people, female share, (a vector)
    if not (name.isascii() and name.isalpha() and len(name) > 1) or name in census:
        return None
    if sources < MIN_SOURCES or people < MIN_PEOPLE or CLEAR_SHARE < female < 1 - CLEAR_SHARE:
        return None
    word = name.capitalize()
    if is_common_word(word) or is_function_word(word) or is_role_word(word):
        return None
    if (
        name in EAST_ASIAN_SURNAMES
        or name in HONORIFICS
        or name in ORG_WORDS
        or name_key(word) in place_names()
    ):
        return None
    if people < HINT_PEOPLE:
        return "u"
    return "f" if female >= 1 - CLEAR_SHARE else "m"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", type=Path, required=True, help="nomquamgender's name_data.json")
    parser.add_argument("--surnames", type=Path, required=True, help="the census surname file dist.all.last")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = json.loads(args.source.read_text(encoding="utf-8"))
    census = {name.lower() for name in word_map("first_names")} | common_surnames(args.surnames)
    rows = [
        f"{name.capitalize()}\t{hint}" for name in sorted(data) if (hint := keep(name, data[name], census))
    ]
    header = HEADER.format(
        sources=MIN_SOURCES, people=MIN_PEOPLE, share=1 - CLEAR_SHARE, rank=SURNAME_RANK, hint=HINT_PEOPLE
    )
    args.out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
