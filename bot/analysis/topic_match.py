"""Which sentences of an article talk about a topic: the typed topic as stems (with their word family,
compounds, acronyms and expansions) and how much of it a sentence holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import STOPWORDS, WORD_RE, match_key, stem
from .topic_acronyms import ACRONYM_GLUE, Expansion, initials
from .topic_index import ArticleIndex
from .topic_terms import ACRONYM, SentenceTerms, term

# A sentence is about a topic when it holds enough of the topic's words (weighted: words rare in the
# article say more than words found everywhere in it).
MIN_COVERAGE = 0.6
HEAD_WEIGHT = 2.0
# The head of an English noun phrase is its last noun before a preposition ("risks of AI").
_HEAD_ENDS = frozenset(
    {"of", "for", "between", "from", "in", "on", "with", "to", "by", "about", "among", "against", "over"}
)


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
    expansions: dict[str, Expansion]  # the acronyms that matter for this topic
    names: frozenset[str] = frozenset()  # every stem that names the topic, acronyms and expansions too
    heads: frozenset[str] = frozenset()  # the head, and its counterpart in an acronym or expansion


def _relevant_acronyms(words: list[str], index: ArticleIndex) -> set[str]:
    """Acronyms typed in the topic, or spelled by a run of its words ("corporate social responsibility")."""
    by_stem = {stem(a): a for a in index.acronyms}
    relevant: set[str] = set()
    content = [w for w in words if match_key(w) not in STOPWORDS or match_key(w) in ACRONYM_GLUE]
    for i, word in enumerate(content[:20]):
        key = stem(word)
        if key in by_stem:
            relevant.add(by_stem[key])
        elif ACRONYM.match(word):
            relevant.add(word[:-1] if word.endswith("s") and word[:-1].isupper() else word)
        for j in range(i + 2, min(len(content), i + 9) + 1):
            relevant.update(c for c in initials(content[i:j]) if c in index.acronyms)
    return relevant


_MIN_PART = 3


def _parts(word: str, key: str, index: ArticleIndex) -> tuple[str, ...]:
    """A typed compound the article writes in two words ("airfares" for "air fares", "roadworks" for
    "road works"): the stem of its last part, when the article uses both parts and not the compound.
    The last part is the compound's head, so it stands for the whole."""
    if key in index.df or len(word) < 2 * _MIN_PART + 1 or not word.isalpha():
        return ()
    for cut in range(_MIN_PART, len(word) - _MIN_PART):
        head = term(word[cut:])
        if len(head) >= _MIN_PART + 1 and head in index.df and term(word[:cut]) in index.df:
            return (head,)
    return ()


def _split_unwritten(words: list[str], index: ArticleIndex) -> list[str]:
    """Hyphenated typed words the article never writes whole are read as their parts:
    "Indonesia-Kazakhstan relations" is about Indonesia and Kazakhstan; "COVID-19" stays one word."""
    out: list[str] = []
    for word in words:
        parts = [p for p in re.split(r"[-–]", word) if p]
        if len(parts) > 1 and term(word) not in index.df:
            out += parts
        else:
            out.append(word)
    return out


def make_query(topic: str, index: ArticleIndex) -> TopicQuery:
    words = WORD_RE.findall(topic[:500])
    expansions = index.expansions_for(_relevant_acronyms(words, index))
    keys: list[str] = []
    typed: list[str] = []  # the words as typed, folded, beside their keys
    head = ""
    for word in _split_unwritten(words, index):
        low = match_key(word)
        if low in _HEAD_ENDS and keys:
            head = head or keys[-1]
        if low in STOPWORDS or low.isdigit() or low.endswith("n't"):
            continue
        key = term(low)
        if key.endswith("s") and key[:-1] in expansions:  # "SMEs" -> "sme"
            key = key[:-1]
        keys.append(key)
        typed.append(low)
    keys, typed = keys[:20], typed[:20]
    units = tuple(
        (
            key,
            *sorted(s for s in index.families.get(key[:4], ()) if s != key and related_stems(key, s)),
            *_parts(word, key, index),
        )
        for key, word in zip(keys, typed, strict=True)
    )
    # The typed words may be the expansion of an acronym the article uses ("corporate social
    # responsibility" for CSR): then either form counts as the same unit.
    head = head or (keys[-1] if keys else "")
    aliases: list[str] = []
    names = {stem_ for unit in units for stem_ in unit}
    heads = {head}
    sequence = tuple(keys)
    for acronym, expansion in expansions.items():
        if acronym in keys:
            aliases.append(expansion.text)
            names.update(expansion.stems)
            if acronym == head:
                heads.add(expansion.stems[-1])
        elif len(expansion.stems) > 1 and _contains_run(sequence, expansion.stems):
            aliases.append(acronym.upper())
            names.add(acronym)
            if expansion.stems[-1] == head:
                heads.add(acronym)
    return TopicQuery(
        topic.strip(), units, tuple(aliases), head, expansions, frozenset(names), frozenset(heads)
    )


def unit_in(unit: tuple[str, ...], terms: SentenceTerms, query: TopicQuery) -> bool:
    """A typed word is in a sentence as itself (or kin), as its acronym, or as the acronym's expansion."""
    if any(key in terms.unique for key in unit):
        return True
    key = unit[0]
    expansion = query.expansions.get(key)
    if expansion and _contains_run(terms.sequence, expansion.stems):
        return True
    # the typed word is part of an expansion whose acronym the sentence uses
    return any(key in exp.stems and acr in terms.unique for acr, exp in query.expansions.items())


def enough_for_loose(query: TopicQuery, terms: SentenceTerms) -> bool:
    """A sentence may loosely discuss a topic it covers only in part when it holds the topic's head
    or two of its words: one side word ("Paris" of "climate summit in Paris") is not the topic."""
    found = [unit for unit in query.units if unit_in(unit, terms, query)]
    return len(found) >= 2 or any(unit[0] in query.heads for unit in found)


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
        if unit_in(unit, terms, query):
            found += weight
    return found / total
