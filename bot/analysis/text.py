"""Text normalisation and word tokens shared by the analysis modules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

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


# Function words that never make a topic or a keyword on their own. Hand-written (no NLTK corpora).
STOPWORDS = frozenset(
    """a about above after again against all also although am among an and another any are as at be
    because been before being below between both but by can could did do does doing down during each
    either else even ever every few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just least less many may me might more most
    much must my myself neither no nor not now of off often on once one only or other others our ours
    ourselves out over own per rather same several shall she should since so some such than that the
    their theirs them themselves then there these they this those though through thus to too toward
    towards under until up upon us very via was we were what when where whether which while who whom
    whose why will with within without would yet you your yours yourself yourselves said says say
    saying told tell according also mr mrs ms dr n't 's""".split()  # noqa: SIM905
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower-case, straight apostrophes: the form used for matching, never for display."""
    return text.translate(_APOSTROPHES).casefold()


@lru_cache(maxsize=1)
def _porter() -> PorterStemmer:
    from nltk.stem.porter import PorterStemmer  # importing nltk takes ~0.1 s: only when stemming

    return PorterStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of one word, after folding and dropping a possessive ("SMEs'" -> "sme")."""
    token = fold(word)
    if token.endswith("'s"):
        token = token[:-2]
    token = token.strip("'-")
    if not token or len(token) > 40:  # a 1 MB "word" is not worth stemming
        return token[:40]
    return _porter().stem(token)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stop words, no bare numbers), in order."""
    out: list[str] = []
    for token in WORD_RE.findall(text):
        low = fold(token)
        if low.endswith("'s"):
            low = low[:-2]
        if low in STOPWORDS or low.isdigit() or len(low) < 2 or low.endswith("n't"):
            continue
        out.append(stem(low))
    return out
