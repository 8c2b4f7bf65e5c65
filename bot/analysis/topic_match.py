"""Which sentences of an article talk about a topic: stems, acronyms and their expansions."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from .models import TopicTerms
from .text import STOPWORDS, WORD_RE, match_key, stem
from .wordlists import word_map

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


_MIN_BRITISH_STEM = 6  # shorter stems ending in "is" are no -ise verbs ("crisis" -> "crisi" anyway)


@lru_cache(maxsize=50_000)
def term(word: str) -> str:
    """The matching key of a word: its Porter stem, irregular forms joined to their base first
    ("grew", "growth" -> "grow"; data/word_forms.txt), British and American spellings joined."""
    low = match_key(word)
    key = stem(word_map("word_forms").get(low, low))
    # British -ise spellings stem to "...is" ("hospitalis", "organis"), American -ize ones further
    # ("hospit", "organ"): one key for both, so "hospitalisation" finds "was hospitalized"
    return stem(key[:-2] + "ize") if key.endswith("is") and len(key) >= _MIN_BRITISH_STEM else key


@dataclass(frozen=True, slots=True)
class SentenceTerms:
    """The content stems of one sentence, in order, and as a set."""

    sequence: tuple[str, ...]
    unique: frozenset[str]
    acronyms: frozenset[str]  # upper-case tokens as written, plural "s" dropped ("SMEs" -> "SME")


@lru_cache(maxsize=10_000)  # sentences repeat across questions; the index cache holds whole articles
def sentence_terms(text: str) -> SentenceTerms:
    sequence: list[str] = []
    acronyms: set[str] = set()
    for token in WORD_RE.findall(text[:_MAX_SENTENCE_CHARS]):
        if _ACRONYM.match(token):
            acronyms.add(token[:-1] if token.endswith("s") and token[:-1].isupper() else token)
        low = match_key(token)
        if low in STOPWORDS or low.isdigit() or low.endswith("n't"):
            continue
        sequence.append(term(low))
    return SentenceTerms(tuple(sequence), frozenset(sequence), frozenset(acronyms))


def initials(words: list[str]) -> list[str]:
    """Acronyms a phrase may be written as: "small and medium-sized enterprises" -> SME, SMSE."""
    kept = [w for w in words if match_key(w) not in _ACRONYM_GLUE]
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


def _explicit_expansions(texts: tuple[str, ...]) -> dict[str, Expansion]:
    """Expansions written "long form (LF)": cheap, so always looked for."""
    found: dict[str, Expansion] = {}
    for text in texts:
        if "(" not in text:
            continue
        for match in _EXPLICIT.finditer(text[:_MAX_SENTENCE_CHARS]):
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


def _implicit_expansions(texts: tuple[str, ...], wanted: set[str]) -> dict[str, Expansion]:
    """Runs of words whose initials spell one of the wanted acronyms ("SMEs" ... "small and medium-sized
    enterprises"). One forward walk per word while the initials still begin a wanted acronym: linear in
    the article's length for all acronyms at once."""
    found: dict[str, Expansion] = {}
    prefixes = {a[:k] for a in wanted for k in range(1, len(a) + 1)}
    longest = max((len(a) for a in wanted), default=0)
    for text in texts:
        words = WORD_RE.findall(text[:_MAX_SENTENCE_CHARS])
        for start, word in enumerate(words):
            if word[0].upper() not in prefixes or match_key(word) in _ACRONYM_GLUE:
                continue
            whole = split = ""
            for end in range(start, min(len(words), start + 2 * longest)):
                current = words[end]
                if match_key(current) in _ACRONYM_GLUE:
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


@dataclass(frozen=True, slots=True)
class ArticleIndex:
    """Per-sentence terms, stem frequencies and acronym expansions of one article."""

    texts: tuple[str, ...]
    terms: list[SentenceTerms]
    df: Counter[str]
    acronyms: frozenset[str]  # as written, singular ("SME")
    explicit: dict[str, Expansion]  # acronym stem -> expansion, from "long form (LF)"
    families: dict[str, list[str]]  # stems by their first four letters, to find a word's kin quickly
    _implicit: dict[str, Expansion | None] = field(default_factory=dict)

    def expansions_for(self, acronyms: set[str]) -> dict[str, Expansion]:
        """Expansions of these acronyms (as written), found once and remembered."""
        missing = {a for a in acronyms if stem(a) not in self.explicit and stem(a) not in self._implicit}
        if missing:
            found = _implicit_expansions(self.texts, missing)
            for acronym in missing:
                self._implicit[stem(acronym)] = found.get(stem(acronym))
        result = dict(self.explicit)
        for acronym in sorted(acronyms):  # the same order in every process: aliases are shown in it
            implicit = self._implicit.get(stem(acronym))
            if implicit is not None and stem(acronym) not in result:
                result[stem(acronym)] = implicit
        return result

    def all_expansions(self) -> dict[str, Expansion]:
        return self.expansions_for(set(self.acronyms))


def build_index(
    texts: tuple[str, ...],
    terms: list[SentenceTerms] | None = None,
    explicit: dict[str, Expansion] | None = None,
) -> ArticleIndex:
    """The index of an article's sentences; `terms` and `explicit` when already derived (stored)."""
    terms = [sentence_terms(t) for t in texts] if terms is None else terms
    explicit = _explicit_expansions(texts) if explicit is None else explicit
    df: Counter[str] = Counter()
    acronyms: set[str] = set()
    for item in terms:
        df.update(item.unique)
        acronyms |= item.acronyms
    families: dict[str, list[str]] = {}
    for key in df:
        if len(key) >= 4:
            families.setdefault(key[:4], []).append(key)
    return ArticleIndex(texts, terms, df, frozenset(acronyms), explicit, families)


# ---- what the library stores of an article for topic questions (models.TopicTerms) ----------------
# Each sentence's terms and the expansions the article writes out. Acronyms the article spells
# without writing them out ("SMEs" ... "small and medium-sized enterprises") are found per question,
# for the acronyms the topic names, as an index built from the text finds them.

# Bump for a change of the stored form itself; a change of how terms are derived changes the digest.
TERMS_VERSION = 1
_DERIVED_BY = ("topic_match.py", "text.py", "data/stopwords.txt", "data/word_forms.txt")


@cache
def terms_format() -> str:
    """How stored terms were derived: TERMS_VERSION and a digest of the code and word lists that derive
    them and of the stemmer's version. Terms stored by an older Newsdesk are derived again, not
    matched against terms derived another way."""
    import nltk  # loaded with the stemmer in any case

    digest = hashlib.sha256(nltk.__version__.encode())
    package = resources.files(__package__)
    for name in _DERIVED_BY:
        digest.update(package.joinpath(name).read_bytes())
    return f"{TERMS_VERSION}-{digest.hexdigest()[:16]}"


def derive_topic_terms(texts: tuple[str, ...]) -> TopicTerms:
    """The stored form of an article's topic terms (its sentences' texts, in order)."""
    terms = [sentence_terms(t) for t in texts]
    return TopicTerms(
        format=terms_format(),
        terms=[" ".join(t.sequence) for t in terms],
        acronyms=[" ".join(sorted(t.acronyms)) for t in terms],
        expansions={k: (" ".join(e.stems), e.text) for k, e in _explicit_expansions(texts).items()},
    )


def terms_fit(stored: TopicTerms, texts: tuple[str, ...]) -> bool:
    """Whether stored terms were derived as this Newsdesk derives them, for these sentences."""
    return stored.format == terms_format() and len(stored.terms) == len(texts) == len(stored.acronyms)


def stored_index(texts: tuple[str, ...], stored: TopicTerms) -> ArticleIndex:
    """The article's index from its stored terms (`terms_fit`): nothing derived from the text again."""
    terms = []
    for sequence, acronyms in zip(stored.terms, stored.acronyms, strict=True):
        stems = tuple(sequence.split())
        terms.append(SentenceTerms(stems, frozenset(stems), frozenset(acronyms.split())))
    explicit = {k: Expansion(tuple(stems.split()), text) for k, (stems, text) in stored.expansions.items()}
    return build_index(texts, terms, explicit)


# The index of an article takes several times its text in memory (terms per sentence, word families):
# the cache keeps the indexes of the articles asked about most recently up to this much article text,
# so that a library-wide question over many large articles does not hold them all.
INDEX_CACHE_CHARS = 4_000_000
INDEX_CACHE_ENTRIES = 512


class _IndexCache:
    """Least recently used article indexes, bounded by their articles' total characters."""

    def __init__(self, max_chars: int, max_entries: int) -> None:
        self.max_chars = max_chars
        self.max_entries = max_entries
        self._items: OrderedDict[tuple[str, ...], tuple[ArticleIndex, int]] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()  # topic questions run in worker threads

    def get(self, texts: tuple[str, ...]) -> ArticleIndex:
        with self._lock:
            found = self._items.get(texts)
            if found is not None:
                self._items.move_to_end(texts)
                return found[0]
        index = build_index(texts)
        size = sum(len(t) for t in texts)
        if size > self.max_chars:
            return index  # bigger than the whole cache: built for this question only
        with self._lock:
            if texts not in self._items:
                self._items[texts] = (index, size)
                self._chars += size
            while self._chars > self.max_chars or len(self._items) > self.max_entries:
                _, (_, dropped) = self._items.popitem(last=False)
                self._chars -= dropped
        return index

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._chars = 0

    @property
    def chars(self) -> int:
        return self._chars


INDEX_CACHE = _IndexCache(INDEX_CACHE_CHARS, INDEX_CACHE_ENTRIES)


def cached_index(texts: tuple[str, ...]) -> ArticleIndex:
    """The article's index, kept for the articles asked about most recently (INDEX_CACHE_CHARS)."""
    return INDEX_CACHE.get(texts)


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
    content = [w for w in words if match_key(w) not in STOPWORDS or match_key(w) in _ACRONYM_GLUE]
    for i, word in enumerate(content[:20]):
        key = stem(word)
        if key in by_stem:
            relevant.add(by_stem[key])
        elif _ACRONYM.match(word):
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
