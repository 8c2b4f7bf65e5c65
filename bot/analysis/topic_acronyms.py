"""Acronyms and what they stand for in an article: written out "long form (LF)", or spelled by a run of
words without the acronym beside them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import STOPWORDS, WORD_RE, match_key, stem
from .topic_terms import MAX_SENTENCE_CHARS, term

_EXPLICIT = re.compile(r"([A-Za-z][\w'’\- ]{3,80}?)\s*\(([A-Z][A-Z&]{1,7})s?\)")
# Words that do not count as a letter of an acronym ("small and medium-sized enterprises" -> SME).
ACRONYM_GLUE = frozenset({"and", "of", "for", "the", "&", "on", "in", "to"})


def initials(words: list[str]) -> list[str]:
    """Acronyms a phrase may be written as: "small and medium-sized enterprises" -> SME, SMSE."""
    kept = [w for w in words if match_key(w) not in ACRONYM_GLUE]
    if len(kept) < 2:
        return []
    whole = "".join(w[0] for w in kept).upper()
    split = "".join(part[0] for w in kept for part in re.split(r"[-–]", w) if part).upper()
    return [whole] if whole == split else [whole, split]


@dataclass(frozen=True, slots=True)
class Expansion:
    """What an acronym stands for: stems to match and the words as the article writes them."""

    stems: tuple[str, ...]
    text: str


def _expansion(words: list[str]) -> Expansion | None:
    stems = tuple(term(w) for w in words if match_key(w) not in STOPWORDS)
    return Expansion(stems, " ".join(words)) if stems else None


def explicit_expansions(texts: tuple[str, ...]) -> dict[str, Expansion]:
    """Expansions written "long form (LF)": cheap, so always looked for."""
    found: dict[str, Expansion] = {}
    for text in texts:
        if "(" not in text:
            continue
        for match in _EXPLICIT.finditer(text[:MAX_SENTENCE_CHARS]):
            acronym = match.group(2)
            words = WORD_RE.findall(match.group(1))
            # keep the shortest tail of the words whose initials spell the acronym
            for start in range(len(words) - 1, -1, -1):
                if acronym in initials(words[start:]):
                    expansion = _expansion(words[start:])
                    if expansion and stem(acronym) not in found:
                        found[stem(acronym)] = expansion
                    break
    return found


def implicit_expansions(texts: tuple[str, ...], wanted: set[str]) -> dict[str, Expansion]:
    """Runs of words whose initials spell one of the wanted acronyms ("SMEs" ... "small and medium-sized
    enterprises"). One forward walk per word while the initials still begin a wanted acronym: linear in
    the article's length for all acronyms at once."""
    found: dict[str, Expansion] = {}
    prefixes = {a[:k] for a in wanted for k in range(1, len(a) + 1)}
    longest = max((len(a) for a in wanted), default=0)
    for text in texts:
        words = WORD_RE.findall(text[:MAX_SENTENCE_CHARS])
        for start, word in enumerate(words):
            if word[0].upper() not in prefixes or match_key(word) in ACRONYM_GLUE:
                continue
            whole = split = ""
            for end in range(start, min(len(words), start + 2 * longest)):
                current = words[end]
                if match_key(current) in ACRONYM_GLUE:
                    continue
                whole += current[0].upper()
                split += "".join(part[0] for part in re.split(r"[-–]", current) if part).upper()
                for candidate in (whole, split):
                    if end > start and candidate in wanted and stem(candidate) not in found:
                        expansion = _expansion(words[start : end + 1])
                        if expansion:
                            found[stem(candidate)] = expansion
                if whole not in prefixes and split not in prefixes:
                    break
        if len(found) == len(wanted):
            break
    return found
