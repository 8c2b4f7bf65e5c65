"""An article's keywords: its most frequent nouns and names (title words count double), as written.

Part of speech comes from the word-tag lexicon TextBlob ships (Pattern's Brill lexicon, `en-lexicon.txt`,
BSD licence): a word whose most frequent tag is a verb, adverb, adjective or function word ("got", "saw",
"coming", "new") is never a keyword. A word the lexicon does not know is kept: most are names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .models import Sentence
from .text import WORD_RE, content_stems, match_key, strip_dateline
from .wordlists import word_set

KEYWORD_COUNT = 8
MAX_SENTENCE_CHARS = 5_000
_POSSESSIVE = re.compile(r"['’]s?$")
# A US state written after its town ("Beaverton, Ore., said"; "in Fresno, Calif.") says where the
# town is, not what the story is about: it is neither a keyword nor a topic, nor part of the town's.
_STATE_AFTER_PLACE = re.compile(
    r",\s+(?:"
    + "|".join(re.escape(a) for a in sorted(word_set("state_abbreviations"), key=len, reverse=True))
    + r")\.(?=[\s,;:)]|$)"
)
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


def without_states(text: str) -> str:
    """The text without the US state abbreviations written after a town ("Portland, Ore.,")."""
    return _STATE_AFTER_PLACE.sub("", text) if "." in text else text


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, str]]:
    """Folded word -> its most frequent part-of-speech tag (Penn tags), as the lexicon lists it in
    lower case ("legal JJ", "shared VBN") and as it lists it capitalised ("Legal NNP", a name)."""
    text = resources.files("textblob.en").joinpath("en-lexicon.txt").read_text(encoding="utf-8")
    lower: dict[str, str] = {}
    upper: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split(" ", 2)
        if len(parts) > 1 and parts[1]:
            (lower if parts[0].islower() else upper).setdefault(parts[0].lower(), parts[1])
    return lower, upper


def word_tag(word: str) -> str | None:
    """The lexicon's most frequent tag of a word written in lower case ("legal" -> "JJ")."""
    return _lexicon()[0].get(word)


def name_tag(word: str) -> str | None:
    """The lexicon's tag of a word written capitalised ("united" -> "NNP", as in "United Nations")."""
    return _lexicon()[1].get(word)


def can_be_verb(word: str) -> bool:
    """The lexicon knows the word as a verb, or knows its past form ("cause": "caused", "fund":
    "funded"); "child" and "continuous" it does not."""
    tags = _lexicon()[0]
    pasts = (word + "ed", word + "d", word[:-1] + "ied", word + word[-1:] + "ed")
    return (tags.get(word) or "").startswith("VB") or any(tags.get(p) in ("VBD", "VBN") for p in pasts)


# A sentence is read as English when most of its lower-case words are in the lexicon: a line of
# Tagalog or Hindi quoted in an English story gives no topic or keyword ("ito po", "ang").
_FOREIGN_SHARE = 0.4
_MIN_WORDS = 4


def not_english(text: str) -> bool:
    """Most of the sentence's lower-case words are unknown to the English lexicon (nor their singular)."""
    lower = [w for w in WORD_RE.findall(text[:MAX_SENTENCE_CHARS]) if w[:1].islower() and "-" not in w]
    if len(lower) < _MIN_WORDS:
        return False
    return sum(1 for w in lower if not english_word(w)) >= _FOREIGN_SHARE * len(lower)


def english_word(word: str) -> bool:
    """The lexicon knows the word written in lower case, or its singular ("sya", "ang" it does not)."""
    known = _lexicon()[0]
    key = match_key(word)
    return key in known or key.rstrip("s") in known


def _tag(token: str) -> str | None:
    """The tag of the word as written: a capitalised word by its name entry, if the lexicon has one."""
    lower, upper = _lexicon()
    low = match_key(token)
    if token[:1].isupper():
        return upper.get(low) or lower.get(low)
    return lower.get(low) or upper.get(low)


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
    tag = _tag(token)
    if tag is None:
        # unknown: mostly names; an inflected verb the lexicon knows by its base is none
        return token[:1].isupper() or not any(t.startswith("VB") for t in _base_tags(low))
    if token[:1].isupper() and tag in ("NNP", "NNPS", "JJ"):
        return True  # "Chinese", "Labour"; not "Better" opening a sentence
    return tag.startswith(_NOUN_TAGS)


def _base_tags(word: str) -> list[str]:
    """The lexicon's tags of the bases an inflected word may have: "sympathizes" -> "sympathize"."""
    tags = _lexicon()[0]
    bases = [
        word[: -len(end)] + add
        for end, add in _INFLECTIONS
        if word.endswith(end) and len(word) > len(end) + 2
    ]
    return [tags[b] for b in bases if b in tags]


# A word the lexicon knows as a verb is a noun after one of these: "the launch", "a win".
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "each", "every"})
_MAX_NAME_WORDS = 3  # "South Africa", "Wall Street", "Foreign Ministry"; a longer run is a title and a name


@dataclass(slots=True)
class _Tally:
    counts: Counter[tuple[str, ...]] = field(default_factory=Counter)
    forms: dict[tuple[str, ...], Counter[str]] = field(default_factory=dict)
    first_seen: dict[tuple[str, ...], int] = field(default_factory=dict)
    # words the article writes in lower case as no keyword ("legal"): "Legal" opening a sentence is none
    rejected_lower: set[str] = field(default_factory=set)

    def add(self, words: list[str], position: int, weight: int) -> None:
        key = _stems(words)
        self.counts[key] += weight
        self.forms.setdefault(key, Counter())[" ".join(words)] += 1
        self.first_seen.setdefault(key, position)


def _counted(token: str, previous: str) -> bool:
    """A keyword's word: a content word, or a word the lexicon knows as a verb written as a noun."""
    if len(token) < 3 or not content_stems(token):
        return False
    if is_content_word(token):
        return True
    low = match_key(token)
    plain = low in word_set("keyword_stopwords") or low in word_set("topic_words")
    return not plain and match_key(previous) in _DETERMINERS and _tag(token) in ("VB", "VBP")


def _units(text: str, tally: _Tally) -> list[list[str]]:
    """The keyword candidates of one sentence in order: single words, and runs of capitalised words
    (names, or titles and names: split by _split_run)."""
    units: list[list[str]] = []
    run: list[str] = []

    def close() -> None:
        units.append(run[:])
        run.clear()

    previous = ""
    for written in WORD_RE.findall(text[:MAX_SENTENCE_CHARS]):
        token = _POSSESSIVE.sub("", written)
        counted = _counted(token, previous)
        previous = token
        if counted and token[:1].isupper():
            run.append(token)
            if token != written:  # "Malaysia's prime minister": the possessive ends the name
                close()
            continue
        if run:
            close()
        if counted:
            units.append([token])
        elif token[:1].islower():
            tally.rejected_lower.add(match_key(token))
    if run:
        close()
    return units


def _stems(words: list[str]) -> tuple[str, ...]:
    return tuple(content_stems(w)[0] for w in words)


def _split_run(unit: list[str], names: set[tuple[str, ...]]) -> list[list[str]]:
    """A name of two or three words is kept whole ("South Africa" is no "South" and "Africa"); a
    longer run ("Tamil Nadu Health Minister C Vijayabaskar", a title in title case) is read as the
    names the article writes elsewhere, the rest word by word."""
    if len(unit) <= _MAX_NAME_WORDS and (len(unit) == 1 or not names):
        return [unit]
    parts: list[list[str]] = []
    i = 0
    while i < len(unit):
        longest = min(len(unit) - i, _MAX_NAME_WORDS)
        size = next((n for n in range(longest, 1, -1) if _stems(unit[i : i + n]) in names), 1)
        parts.append(unit[i : i + size])
        i += size
    return parts


def _fold_names(tally: _Tally) -> None:
    """A name and its last word are one keyword: "Gordon Brown" then "Brown" is "Brown", "South
    Africa" throughout stays "South Africa" (whichever the article writes more often)."""
    for key in [k for k in tally.counts if len(k) > 1]:
        last = (key[-1],)
        if last not in tally.counts:
            continue
        keep, drop = (last, key) if tally.counts[last] >= tally.counts[key] else (key, last)
        tally.counts[keep] += tally.counts.pop(drop)
        tally.forms.pop(drop)
        tally.first_seen[keep] = min(tally.first_seen[keep], tally.first_seen.pop(drop))


def extract_keywords(
    sentences: list[Sentence], title: str | None = None, limit: int = KEYWORD_COUNT
) -> list[str]:
    """The article's most frequent content words and names (title words count double), as written."""
    tally = _Tally()
    body = [s for s in sentences if not s.is_heading]
    # the dateline ("BRUSSELS (AP) —") says where the story was filed, not what it is about
    texts = [without_states(strip_dateline(s.text) if body and s is body[0] else s.text) for s in sentences]
    read = [_units(text, tally) for text in texts if not not_english(text)]
    names = {_stems(u) for units in read for u in units if 1 < len(u) <= _MAX_NAME_WORDS}
    for position, units in enumerate(read):
        for unit in units:
            for part in _split_run(unit, names if len(unit) > _MAX_NAME_WORDS else set()):
                tally.add(part, position, 1)
    if title:
        # a title in title case runs every word together ("Apple Returns to Profit")
        for unit in _units(title, tally):
            for part in _split_run(unit, names):
                tally.add(part, len(texts), 2)
    _fold_names(tally)
    ranked = sorted(tally.counts, key=lambda k: (-tally.counts[k], tally.first_seen[k]))
    shown = [k for k in ranked if tally.counts[k] > 1 and not _only_sentence_opening(tally.forms[k], tally)]
    return [_keyword_form(tally.forms[k]) for k in shown[:limit]]


def _only_sentence_opening(forms: Counter[str], tally: _Tally) -> bool:
    """A word written capitalised only, that the article writes in lower case as no keyword:
    "Legal" opening sentences, "legal" elsewhere."""
    return all(f[:1].isupper() for f in forms) and any(match_key(f) in tally.rejected_lower for f in forms)


def _keyword_form(forms: Counter[str]) -> str:
    """The lower-case form when the article uses one (so "Business" at a sentence start is "business")."""
    lower = [f for f in forms if f[:1].islower()]
    if lower:
        return max(lower, key=lambda f: forms[f])
    return forms.most_common(1)[0][0]
