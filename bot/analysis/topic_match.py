"""Which sentences of an article talk about a topic: stems, acronyms and their expansions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .text import STOPWORDS, WORD_RE, fold, stem

# A sentence is about a topic when it holds enough of the topic's words (weighted: words rare in the
# article say more than words found everywhere in it).
MIN_COVERAGE = 0.6
HEAD_WEIGHT = 2.0
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")
_EXPLICIT = re.compile(r"([A-Za-z][\w'’\- ]{3,80}?)\s*\(([A-Z][A-Z&]{1,7})s?\)")
# Words that do not count as a letter of an acronym ("small and medium-sized enterprises" -> SME).
_ACRONYM_GLUE = frozenset({"and", "of", "for", "the", "&", "on", "in", "to"})
_MAX_SENTENCE_CHARS = 5_000
# The head of an English noun phrase is its last noun before a preposition ("risks of AI").
_HEAD_ENDS = frozenset(
    {"of", "for", "between", "from", "in", "on", "with", "to", "by", "about", "among", "against", "over"}
)


@dataclass(frozen=True, slots=True)
class SentenceTerms:
    """The content stems of one sentence, in order, and as a set."""

    sequence: tuple[str, ...]
    unique: frozenset[str]
    acronyms: frozenset[str]  # upper-case tokens as written, plural "s" dropped ("SMEs" -> "SME")


@lru_cache(maxsize=100_000)
def sentence_terms(text: str) -> SentenceTerms:
    sequence: list[str] = []
    acronyms: set[str] = set()
    for token in WORD_RE.findall(text[:_MAX_SENTENCE_CHARS]):
        if _ACRONYM.match(token):
            acronyms.add(token[:-1] if token.endswith("s") and token[:-1].isupper() else token)
        low = fold(token)
        if low in STOPWORDS or low.isdigit() or low.endswith("n't"):
            continue
        sequence.append(stem(low))
    return SentenceTerms(tuple(sequence), frozenset(sequence), frozenset(acronyms))


def initials(words: list[str]) -> list[str]:
    """Acronyms a phrase may be written as: "small and medium-sized enterprises" -> SME, SMSE."""
    kept = [w for w in words if fold(w) not in _ACRONYM_GLUE]
    if len(kept) < 2:
        return []
    whole = "".join(w[0] for w in kept).upper()
    split = "".join(part[0] for w in kept for part in re.split(r"[-–]", w) if part).upper()
    return [whole] if whole == split else [whole, split]


@dataclass(frozen=True, slots=True)
class ArticleIndex:
    """Per-sentence terms, stem frequencies and acronym expansions of one article."""

    terms: list[SentenceTerms]
    df: Counter[str]
    expansions: dict[str, tuple[str, ...]]  # acronym stem -> the stems of its expansion


def _find_expansions(texts: list[str], acronyms: set[str]) -> dict[str, tuple[str, ...]]:
    """Expansions written "long form (LF)", or any run of words whose initials spell an acronym."""
    found: dict[str, tuple[str, ...]] = {}
    for text in texts:
        for match in _EXPLICIT.finditer(text[:_MAX_SENTENCE_CHARS]):
            acronym = match.group(2)
            words = WORD_RE.findall(match.group(1))
            # keep the shortest tail of the words whose initials spell the acronym
            for start in range(len(words) - 1, -1, -1):
                if acronym in initials(words[start:]):
                    found.setdefault(
                        acronym, tuple(stem(w) for w in words[start:] if fold(w) not in STOPWORDS)
                    )
                    break
    wanted = {a for a in acronyms if a not in found}
    if not wanted:
        return found
    longest = max(len(a) for a in wanted)
    for text in texts:
        words = WORD_RE.findall(text[:_MAX_SENTENCE_CHARS])
        for start, word in enumerate(words):
            if not word[0].isalpha() or fold(word) in _ACRONYM_GLUE:
                continue
            # a run may hold glue words, so look a little further than the acronym's length
            for end in range(start + 2, min(len(words), start + 2 * longest) + 1):
                if fold(words[end - 1]) in _ACRONYM_GLUE:
                    continue
                for candidate in initials(words[start:end]):
                    if candidate in wanted and candidate not in found:
                        found[candidate] = tuple(
                            stem(w) for w in words[start:end] if fold(w) not in STOPWORDS
                        )
        if len(found) >= len(acronyms):
            break
    return found


def build_index(texts: list[str], extra_acronyms: set[str] | None = None) -> ArticleIndex:
    terms = [sentence_terms(t) for t in texts]
    df: Counter[str] = Counter()
    acronyms: set[str] = set(extra_acronyms or ())
    for item in terms:
        df.update(item.unique)
        acronyms |= item.acronyms
    expansions = {
        stem(acronym): stems for acronym, stems in _find_expansions(texts, acronyms).items() if stems
    }
    return ArticleIndex(terms, df, expansions)


@lru_cache(maxsize=512)
def cached_index(texts: tuple[str, ...]) -> ArticleIndex:
    """The article's index, kept for the articles asked about most recently."""
    return build_index(list(texts))


def _contains_run(sequence: tuple[str, ...], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(sequence[i : i + n] == run for i in range(len(sequence) - n + 1))


def related_stems(a: str, b: str) -> bool:
    """Stems of one word family that Porter leaves apart: stabl/stabil, electr/electron, invest/investor."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4 or len(long_) - len(short) > 3:
        return False
    common = 0
    for x, y in zip(short, long_, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, len(short) - 1)


@dataclass(frozen=True, slots=True)
class TopicQuery:
    """A topic as typed, reduced to stems; each typed word also matches its word family in the article."""

    phrase: str
    units: tuple[tuple[str, ...], ...]  # per typed word: its stem first, then related article stems
    aliases: tuple[str, ...]
    head: str  # the stem of the phrase's head noun: "regulation" in "regulation of AI"


def make_query(topic: str, index: ArticleIndex) -> TopicQuery:
    words = WORD_RE.findall(topic[:500])
    keys: list[str] = []
    aliases: list[str] = []
    head = ""
    for word in words:
        low = fold(word)
        if low in _HEAD_ENDS and keys:
            head = head or keys[-1]
        if low in STOPWORDS or low.isdigit() or low.endswith("n't"):
            continue
        key = stem(low)
        if key.endswith("s") and key[:-1] in index.expansions:  # "SMEs" -> "sme"
            key = key[:-1]
        keys.append(key)
    units = tuple(
        (key, *sorted(s for s in index.df if s != key and related_stems(key, s))) for key in keys[:20]
    )
    # The typed words may be the expansion of an acronym the article uses ("corporate social
    # responsibility" for CSR): then either form counts as the same unit.
    sequence = tuple(keys)
    for acronym, expansion in index.expansions.items():
        if acronym in keys:
            aliases.append(" ".join(expansion))
        elif len(expansion) > 1 and _contains_run(sequence, expansion):
            aliases.append(acronym.upper())
    return TopicQuery(topic.strip(), units, tuple(aliases), head or (keys[-1] if keys else ""))


def unit_in(unit: tuple[str, ...], terms: SentenceTerms, index: ArticleIndex) -> bool:
    """A typed word is in a sentence as itself (or kin), as its acronym, or as the acronym's expansion."""
    if any(key in terms.unique for key in unit):
        return True
    key = unit[0]
    expansion = index.expansions.get(key)
    if expansion and _contains_run(terms.sequence, expansion):
        return True
    # the typed word is part of an expansion whose acronym the sentence uses
    return any(key in exp and acr in terms.unique for acr, exp in index.expansions.items())


def coverage(query: TopicQuery, terms: SentenceTerms, index: ArticleIndex, n_sentences: int) -> float:
    """Share of the topic's weight found in the sentence.

    The head noun weighs double (a sentence about "grants" is about "grants for ranchers" more than one
    about "ranchers"); a word's weight falls as it spreads over the article.
    """
    if not query.units:
        return 0.0
    total = found = 0.0
    for unit in query.units:
        spread = index.df.get(unit[0], 0) / max(1, n_sentences)
        weight = (1.0 - 0.5 * spread) * (HEAD_WEIGHT if unit[0] == query.head else 1.0)
        total += weight
        if unit_in(unit, terms, index):
            found += weight
    return found / total
