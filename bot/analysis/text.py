"""Text normalisation and word tokens shared by the analysis modules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from .wordlists import word_set

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
WORD_RE = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
# A dateline opens a wire story with where it was filed, not what it is about: "NEW YORK (AP) —",
# "BENGALURU:", "MANILA, Philippines (UPDATED) –", "Springfield, Aug 30 (PTI)". An upper-case place
# ends at a dash, colon or agency; a place written in title case only counts with a date or an agency
# ("London [UK], November 27 (ANI):"), or with a dash or colon set apart by spaces before a capital
# ("London - The …", "New Delhi : The …"; a label's colon is written close: "Poll: Voters …").
# The one pattern for every reader of datelines (ingest cleanup, keywords, topics, summary, quotes): it
# matches at the position given (`DATELINE.match(text, pos)`), so a paragraph's start works as the text's.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# "--" is how plain-text wire copy types a dash; the agency alone ends a dateline when the story runs on
# with a capital ("WASHINGTON (AP) The …"), as some feeds drop the dash.
_DASH = r"(?:--|[—–:\-])"
# Feeds that resell wire copy credit both agencies and the date in the brackets: "(APP - UrduPoint /
# Pakistan Point News - 7th Apr, 2020 )". Ending on a year keeps a bracketed aside ("(World Health
# Organization)") out.
_DATED_AGENCY = r"\([^()]{1,70}\b(?:19|20)\d\d\s*\)"
_AGENCY_THEN_CAPITAL = rf"(?:\([A-Z][\w&.'’\-]*(?:\s[A-Z][\w&.'’\-]*)?\)|{_DATED_AGENCY})\s+(?=[A-Z])"
DATELINE = re.compile(
    rf"""\s*(?:
        [A-Z][A-Z.'’/\-]+(?:\s+[A-Z][A-Z.'’/\-]+){{0,3}}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?
            (?:,?\s*{_MONTH})?\s*(?:(?:\([^()]{{1,40}}\)|{_DATED_AGENCY})?\s*{_DASH}|{_AGENCY_THEN_CAPITAL})\s*
      | [A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}(?:\s*\[[^\[\]]{{1,30}}\])?(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?
            (?:,?\s*{_MONTH}\s*(?:\([^()]{{1,40}}\))?\s*{_DASH}?|\s*\([^()]{{1,40}}\)\s*(?:--|[—–\-])
               |,?\s*{_DATED_AGENCY}\s*(?:{_DASH}|(?=[A-Z]))|\s+(?:--|[—–:\-])\s+(?=[A-Z]))\s*
    )""",
    re.VERBOSE,
)


# A story that opens with its agency's credit and no place: "(CNN)They may not be…", "(Reuters) - …",
# "( AP )- …".
_CREDIT_OPENING = re.compile(r"^\s*\(\s*[A-Z][\w&.'’ -]{0,30}\)\s*[—–\-]?")


def opens_with_dateline(text: str) -> bool:
    """Whether a sentence opens with a wire dateline or agency credit: the lead of a filed story."""
    return bool(DATELINE.match(text) or _CREDIT_OPENING.match(text))


def strip_dateline(text: str) -> str:
    """An article's first sentence without its dateline: what the story is about, not where from."""
    match = DATELINE.match(text)
    return text[match.end() :] if match else text


# Two apostrophes (or backticks) for a quotation mark, as typewriter-style wire copy writes them:
# ''We will appeal,'' she said.
_TYPEWRITER_QUOTE = re.compile(r"(?<!['`])(?:''|``)(?!['`])")
# Three apostrophes where a quote inside a quote ends with its outer one (''… 'Kosovo is special,'''
# he said): a single closing mark, then a double one.
_TYPEWRITER_NESTED_CLOSE = re.compile(r"(?<=[^\s'`])'''(?!['`])")
# A single low-9 quotation mark (U+201A) right after a word and before a space is a comma that a
# publishing system swapped in ("Jo Bell‚ the party's secretary general‚ said"); opening a quote it
# stands before a word, so it is left alone there.
_LOW_COMMA = re.compile("(?<=\\w)\u201a(?=\\s)")
# An Arabic comma (U+060C) after a Latin letter is a comma that an Arabic keyboard or publishing system
# put into English text ("Jo Bell، a dentist from Tunis، said"); in Arabic script it is left alone.
_ARABIC_COMMA = re.compile("(?<=[A-Za-z\u00c0-\u024f0-9.)\"”’'])\u060c")


def normalize_text(text: str) -> str:
    """NFC, no control characters, single spaces, one newline between paragraphs, a typewriter
    quotation mark ('' or ``) as one double quote mark, and a low-9 mark used as a comma as a comma."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\t", " ").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    text = _TYPEWRITER_NESTED_CLOSE.sub("'\"", text)
    text = _TYPEWRITER_QUOTE.sub('"', text)
    text = _LOW_COMMA.sub(",", text)
    text = _ARABIC_COMMA.sub(",", text)
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def words(text: str) -> list[str]:
    """Word tokens in order, as written."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    return sum(1 for _ in WORD_RE.finditer(text))


# Function words that never make a topic or a keyword on their own (data/stopwords.txt).
STOPWORDS = word_set("stopwords")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def match_key(text: str) -> str:
    """Lower-case, straight apostrophes: the form used for matching, never for display."""
    return text.translate(_APOSTROPHES).casefold()


@lru_cache(maxsize=1)
def _porter() -> PorterStemmer:
    from nltk.stem.porter import PorterStemmer  # importing nltk takes ~0.1 s: only when stemming

    return PorterStemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of one word, after folding and dropping a possessive ("SMEs'" -> "sme")."""
    token = match_key(word)
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
        low = match_key(token)
        if low.endswith("'s"):
            low = low[:-2]
        if low in STOPWORDS or low.isdigit() or len(low) < 2 or low.endswith("n't"):
            continue
        out.append(stem(low))
    return out
