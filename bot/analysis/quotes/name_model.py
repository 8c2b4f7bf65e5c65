"""A learned person-or-organisation score for a capitalised name that no rule settles: "Tinashe
Mavundla said" carries no census first name, title or "he"/"she" beside it, yet reads as a person;
"Kestrel Sachs said" and "Citizens Watch said" do not. A logistic regression over general
features of the name (letter endings and openings of each word, word count, shape, the project's name
and organisation word lists) and of the words around its mentions (an age, "the" before it, "he"/"she"
or "it" after it, its last word standing alone elsewhere). Trained by `python -m
scripts.train_person_names` (`make train`); the weights are bot/analysis/data/person_names.tsv (source
and licence in data/README.md). Pure Python: a sum of the weights of the features present."""

from __future__ import annotations

import math
import re
from functools import cache
from importlib import resources

from .names import (
    EAST_ASIAN_SURNAMES,
    HONORIFICS,
    ORG_WORDS,
    is_common_word,
    is_first_name,
    is_function_word,
    is_role_word,
    name_key,
    place_names,
)

MODEL_FILE = "person_names.tsv"
# off while training collects the names the rules alone leave organisations (scripts/)
ENABLED = True
# A name whose words alone make the model this sure is a person's without a sign in the text: a
# person quoted once ("Kofi Mensah said …", no census first name, no "he"/"she" after) would otherwise
# be nobody, while a firm's name rarely looks this much like a person's; the firm signs still refuse it
SURE_BY_SHAPE = 0.95
_REACH = 5  # mentions read for the context features
_HE_SHE = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b")
_IT = re.compile(r"\b(?:it|its|itself)\b")
_PLURAL = re.compile(r"^\s+(?:say|have|are|were|do|want)\b")
_AGE = re.compile(r"^,\s+\d{1,3},")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s")
_POSSESSIVE = re.compile(r"^['’]s\b")
_CORPORATE = re.compile(r"^,?\s+(?:Inc|Ltd|Corp|LLC|Co|Plc|PLC|Group|SA|AG)\b")
_BEFORE = re.compile(r"(\S+)\s+$")


def name_features(words: list[str]) -> set[str]:
    """Features of the name's own words: endings and openings, count, shape, list membership."""
    feats = {f"n:{min(len(words), 4)}"}
    for n, word in enumerate(words):
        low = name_key(word).strip(".'’")
        where = "l" if n == len(words) - 1 else ("f" if n == 0 else "m")
        # letters only, never a whole word: a name seen in training must teach its kind, not itself
        feats |= {f"{where}s3:{low[-3:]}", f"s2:{low[-2:]}", f"s4:{low[-4:]}", f"p3:{low[:3]}"}
        if "'" in low or "’" in word:
            feats.add("apostrophe")
        if word.isupper() and len(word) > 1:
            feats.add("caps")
        if "-" in word:
            feats.add("hyphen")
        if re.search(r"[a-z][A-Z]", word):
            feats.add("camel")
        if any(c.isdigit() for c in word):
            feats.add("digit")
        if low in ORG_WORDS:
            feats.add("org_word")
        if is_role_word(word, plural=False):
            feats.add("role_word")
        if is_common_word(word):
            feats.add(f"{where}common")
    if is_first_name(words[0]):
        feats.add("first_name")
    if words[0].lower() in EAST_ASIAN_SURNAMES:
        feats.add("east_asian_first")
    if name_key(" ".join(words)) in place_names() or any(name_key(w) in place_names() for w in words):
        feats.add("place")
    return feats


def context_features(text: str, name: str) -> set[str]:
    """Features of the words around the first mentions of `name` in `text`."""
    feats: set[str] = set()
    mentions = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))[:_REACH]
    for match in mentions:
        before = _BEFORE.search(text, max(0, match.start() - 30), match.start())
        word = before.group(1).lower().strip(',.(“"') if before else ""
        if word == "the":
            feats.add("c:the")
        elif word.rstrip(".") in HONORIFICS:
            feats.add("c:honorific")
        elif word in ("at", "of", "from", "with", "by"):
            feats.add("c:preposition")
        after = text[match.end() : match.end() + 90]
        for label, pattern in (
            ("c:age", _AGE),
            ("c:apposition", _APPOSITION),
            ("c:possessive", _POSSESSIVE),
            ("c:plural", _PLURAL),
            ("c:corporate", _CORPORATE),
        ):
            if pattern.search(after):
                feats.add(label)
        if _HE_SHE.search(after):
            feats.add("c:he_she")
        if _IT.search(after):
            feats.add("c:it")
    words = name.split()
    if len(words) > 1:
        last = re.escape(words[-1])
        alone = len(re.findall(rf"(?<![\w-]){last}(?![\w-])", text)) > len(mentions)
        if alone:
            feats.add("c:last_alone")
        if _first_word_alone(text, words):
            feats.add("c:first_alone")
        if _with_other_name(text, words):
            feats.add("c:other_name")
    return feats


def _first_word_alone(text: str, words: list[str]) -> bool:
    """The text calls the name by its first word alone ("Brevik said"), as it calls a firm, not a person."""
    first, second = words[:2]
    return re.search(rf"\b{re.escape(first)}\b(?!\s+{re.escape(second)})", text) is not None


def _with_other_name(text: str, words: list[str]) -> bool:
    """A word of the name stands elsewhere after another capitalised word: "Top Mavundla" beside
    "Tinashe Mavundla", "Mavundla Tower" beside "Tinashe Mavundla" (a run glued to a name, or a thing named
    after someone)."""
    for n, word in enumerate(words):
        if len(word) < 3 or not word[:1].isupper():
            continue
        for match in re.finditer(rf"([A-Z][\w’'-]*)\s+{re.escape(word)}(?![\w-])", text):
            before = match.group(1)
            if (n == 0 or before != words[n - 1]) and not _opens_a_mention(before):
                return True
    return False


def _opens_a_mention(word: str) -> bool:
    """Words that may stand before a person's surname: "Mr", "Coach", "But", "When"."""
    low = word.lower().rstrip(".")
    return low in HONORIFICS or is_role_word(word, plural=False) or is_function_word(word)


def features(text: str, name: str) -> set[str]:
    words = [w for w in name.split() if w]
    return name_features(words) | context_features(text, name) if words else set()


@cache
def _weights() -> dict[str, float]:
    raw = resources.files("bot.analysis").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in raw.splitlines():
        if line and not line.startswith("#"):
            feat, _, value = line.partition("\t")
            out[feat] = float(value)
    return out


def may_score(name: str) -> bool:
    """Names the model may read: two words or more (one word is a firm as often as a surname, and
    the labelled names it learned from are whole), none an organisation's word, a place or an "X-based"
    description (nor one joined by a hyphen: "League-North"); those the rules settle."""
    words = name.split()
    return (
        len(words) >= 2
        and not any(
            w.lower().endswith("-based") or any(part in ORG_WORDS for part in w.lower().split("-"))
            for w in words
        )
        and name_key(name) not in place_names()
    )


def probability(feats: set[str]) -> float:
    """How likely a name with these features is a person's."""
    weights = _weights()
    score = weights.get("__bias__", 0.0) + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def person_probability(text: str, name: str) -> float:
    """How likely the capitalised `name` is a person's, from its words and its mentions in `text`."""
    return probability(features(text, name))


# What the text does with a person's name and not a firm's: calls it by its last word alone later
# ("Tinashe Mavundla … Mavundla said"), "he"/"she" after it, an age or a description set beside it.
_PERSON_SIGNS = frozenset({"c:last_alone", "c:he_she", "c:age", "c:apposition", "c:honorific"})
# and what it does with a firm's: "the", "it"/"its", a plural verb, "Inc", "at/of X"
_FIRM_SIGNS = frozenset({"c:the", "c:it", "c:plural", "c:corporate", "c:preposition"})
# A name sure by its shape alone is still refused when the text calls it by its first word alone
# ("Brevik Ostrana … Brevik said"), as a firm is called; the trained gate never saw that sign.
_SHAPE_BARS = _FIRM_SIGNS | {"c:first_alone"}


def context_allows(feats: set[str]) -> bool:
    """The gate training may choose: the text treats the name as a person's and never as a firm's."""
    return bool(feats & _PERSON_SIGNS) and not feats & _FIRM_SIGNS


def reads_as_person(text: str, name: str) -> bool:
    """A name no rule settled is a person's when the model is sure of it, at the threshold (and
    behind the context gate, if chosen) that cross-validation picked for precision first."""
    if not ENABLED or not may_score(name):
        return False
    feats = features(text, name)
    weights = _weights()
    chance = probability(feats)
    if weights.get("__gate__") and not context_allows(feats):
        return chance >= SURE_BY_SHAPE and not feats & _SHAPE_BARS
    return chance >= weights.get("__threshold__", 1.0)
