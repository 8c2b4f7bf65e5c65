"""An article's keywords: its most frequent nouns and names (title words count double), as written.

Part of speech comes from the word-tag lexicon TextBlob ships (Pattern's Brill lexicon, `en-lexicon.txt`,
BSD licence): a word whose most frequent tag is a verb, adverb, adjective or function word ("got", "saw",
"coming", "new") is never a keyword. A word the lexicon does not know is kept: most are names.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from .models import Sentence
from .text import WORD_RE, content_stems, match_key, strip_dateline
from .wordlists import word_set

KEYWORD_COUNT = 8
MAX_SENTENCE_CHARS = 5_000
_POSSESSIVE = re.compile(r"['’]s?$")
_NOUN_TAGS = ("NN", "FW")
# endings of inflected verbs and what their base ends in: "sympathizes" -> "sympathize", "tried" -> "try"
_INFLECTIONS = (
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
)


@lru_cache(maxsize=1)
def _lexicon_tags() -> dict[str, str]:
    """Lower-case word -> its most frequent part-of-speech tag (Penn tags)."""
    text = resources.files("textblob.en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    tags: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split(" ", 2)
        if len(parts) > 1 and parts[1]:
            tags.setdefault(parts[0].lower(), parts[1])  # "Apple" and "apple": the first listed decides
    return tags


@lru_cache(maxsize=100_000)
def is_content_word(token: str) -> bool:
    """A noun, a name or a word the lexicon does not know; not a word news uses without meaning, a
    date ("Thursday", "year"), a unit, a noun too general to say what about ("part", "fact"), or a
    score or figure ("15-21")."""
    low = match_key(token)
    if low in word_set("keyword_stopwords") or any(c.isdigit() for c in low):
        return False
    if low in word_set("topic_words"):  # the topic list's generic nouns, dates and units
        return False
    tag = _lexicon_tags().get(low)
    if tag is None:
        # unknown: mostly names; an inflected verb the lexicon knows by its base is none
        return token[:1].isupper() or not any(t.startswith("VB") for t in _base_tags(low))
    if token[:1].isupper() and tag in ("NNP", "NNPS", "JJ"):
        return True  # "Chinese", "Labour"; not "Better" opening a sentence
    return tag.startswith(_NOUN_TAGS)


def _base_tags(word: str) -> list[str]:
    """The lexicon's tags of the bases an inflected word may have: "sympathizes" -> "sympathize"."""
    tags = _lexicon_tags()
    bases = [
        word[: -len(end)] + add
        for end, add in _INFLECTIONS
        if word.endswith(end) and len(word) > len(end) + 2
    ]
    return [tags[b] for b in bases if b in tags]


def extract_keywords(
    sentences: list[Sentence], title: str | None = None, limit: int = KEYWORD_COUNT
) -> list[str]:
    """The article's most frequent content words (title words count double), as written."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    first_seen: dict[str, int] = {}
    body = [s for s in sentences if not s.is_heading]
    # the dateline ("BRUSSELS (AP) —") says where the story was filed, not what it is about
    texts = [strip_dateline(s.text) if body and s is body[0] else s.text for s in sentences]
    if title:
        texts.append(title)
    for position, text in enumerate(texts):
        weight = 2 if title and position == len(texts) - 1 else 1
        for token in WORD_RE.findall(text[:MAX_SENTENCE_CHARS]):
            token = _POSSESSIVE.sub("", token)
            found = content_stems(token)
            if not found or len(token) < 3 or not is_content_word(token):
                continue
            key = found[0]
            counts[key] += weight
            forms.setdefault(key, Counter())[token] += 1
            first_seen.setdefault(key, position)
    ranked = sorted(counts, key=lambda k: (-counts[k], first_seen[k]))
    return [_keyword_form(forms[k]) for k in ranked[:limit] if counts[k] > 1]


def _keyword_form(forms: Counter[str]) -> str:
    """The lower-case form when the article uses one (so "Business" at a sentence start is "business")."""
    lower = [f for f in forms if f[:1].islower()]
    if lower:
        return max(lower, key=lambda f: forms[f])
    return forms.most_common(1)[0][0]
