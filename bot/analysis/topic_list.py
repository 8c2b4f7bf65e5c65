"""The article's topics: key noun phrases from TextBlob's offline chunker, ranked by how much the article
comes back to them, each with the sentiment of its sentences (topics.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from textblob.en import parse

from .models import Sentence, TopicSentiment, TopicTerms
from .text import STOPWORDS, match_key, strip_dateline
from .topic_match import ArticleIndex, Expansion, build_index, initials, stored_index, term, terms_fit
from .topics import TopicMatch, match_topic, measure_topic
from .wordlists import word_set

# Nouns too general to be a topic on their own ("the year", "people"), and the nouns news uses for
# who is speaking ("experts said", "officials"): they say who talks, not what the article is about.
GENERIC_NOUNS = word_set("topic_words", "generic")
# Dates name when, not what: trimmed from the edges of a phrase ("event Monday" -> "event").
_TIME_WORDS = word_set("topic_words", "time")
# General nouns that describing words leave general ("important things", "the last time", "healthy
# people"); with another noun they name something ("election day").
_VAGUE = word_set("topic_words", "vague")
# Pronouns the tagger reads as nouns end no phrase: "the last time anything" -> "the last time".
_INDEFINITE = word_set("topic_words", "indefinite")
# Units say how much, not what: "cent", "tonnes", "billion" are never a topic alone.
_UNITS = word_set("topic_words", "unit")
_MAX_TOPIC_WORDS = 4
_TOKEN = re.compile(r"[^\W_][\w.&\-]*[\w&]|[^\W_]|['’]s\b|[^\w\s]")
# Web addresses are no topic: their pieces ("https", "www.example.com") would be read as nouns.
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_LEADING_TAGS = ("DT", "PRP", "PRP$", "CD", "RB", "WDT", "WP", "WP$", "PDT", "EX", "CC", "IN")
_INNER_OPENERS = ("DT", "PRP", "PRP$", "WDT", "WP", "WP$", "EX")
_MAX_PARSE_CHARS = 2_000  # the chunker sees the opening of a runaway sentence only
_MAX_TOPIC_SENTENCES = 2_000  # topic extraction reads the first 2,000 sentences of a huge text


@dataclass(slots=True)
class _Candidate:
    words: list[str]
    stems: tuple[str, ...]
    first: int
    sentences: set[int]
    count: int = 0
    matched: int = 0  # sentences found by topic matching (acronyms, word families, partial phrases)


def _chunker_tokens(text: str) -> str:
    """Words and punctuation split as the chunker expects ("Toyota 's brand"), slashes escaped; web
    addresses left out."""
    tokens = _TOKEN.findall(_URL.sub(" ", text[:_MAX_PARSE_CHARS]).replace("’", "'"))
    return " ".join(t.replace("/", "&slash;") for t in tokens)


def noun_phrases(text: str) -> list[list[str]]:
    """Noun phrases of one sentence as word lists; "China 's financial system" joined into one."""
    tokenized = _chunker_tokens(text)
    if not tokenized:
        return []
    tagged = parse(tokenized, tokenize=False, tags=True, chunks=True, relations=False, lemmata=False)
    phrases: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    possessive = False
    for line in tagged.split("\n"):
        for item in line.split(" "):
            parts = item.rsplit("/", 3)
            if len(parts) < 4:
                continue
            word, tag, chunk = parts[0].replace("&slash;", "/"), parts[1], parts[2]
            if tag == "POS" and current:
                current.append((word, tag))
                possessive = True
                continue
            if chunk == "B-NP" or (chunk == "I-NP" and current):
                # a determiner or pronoun inside a chunk opens another phrase the chunker ran on
                # into ("council members their concerns")
                # ("US" in "second US writer" is read as the pronoun "us": only a written pronoun opens)
                opens = chunk == "B-NP" or (tag in _INNER_OPENERS and word.islower())
                if opens and current and not possessive:
                    phrases.append(current)
                    current = []
                current.append((word, tag))
            else:
                if current:
                    phrases.append(current)
                current = []
            possessive = False
    if current:
        phrases.append(current)
    return [cleaned for phrase in phrases if (cleaned := _clean(phrase))]


def _leading_noise(phrase: list[tuple[str, str]]) -> bool:
    """The phrase's first word is no part of it: a determiner, number or pronoun, a stop word, a
    date, a dash or sign ("— A man", "% growth"), a possessive left of a dropped date ("'s hearing"),
    or a verb the chunker took for a noun, which a determiner follows ("sign an agreement")."""
    word, tag = phrase[0]
    key = match_key(word)
    return (
        tag in _LEADING_TAGS
        or key in STOPWORDS
        or key in _TIME_WORDS
        or not any(c.isalnum() for c in word)
        or word[0] in "'’"
        or (len(phrase) > 1 and phrase[1][1] in ("DT", "PRP$") and tag != "PDT")
    )


def _clean(phrase: list[tuple[str, str]]) -> list[str]:
    """Drop determiners, numbers and pronouns at the edges; keep phrases that end in a real noun."""
    while phrase and _leading_noise(phrase):
        phrase = phrase[1:]
    while phrase and (
        not phrase[-1][1].startswith("NN")
        or match_key(phrase[-1][0]) in _TIME_WORDS
        or match_key(phrase[-1][0]) in _INDEFINITE
    ):
        phrase = phrase[:-1]
    while phrase and _leading_noise(phrase):
        phrase = phrase[1:]
    if not phrase or len(phrase) > 6:
        return []
    head = match_key(phrase[-1][0])
    if head in STOPWORDS or not any(c.isalpha() for c in head) or len(head) < 2:
        return []
    if len(phrase) == 1 and (head in GENERIC_NOUNS or head in _UNITS):
        return []
    if head in _VAGUE and not any(tag.startswith("NN") for _, tag in phrase[:-1]):
        return []
    return [w for w, _ in phrase]


def _display(words: list[str]) -> str:
    """Words joined as written: "China 's image" -> "China's image", "Reuters ' unit" -> "Reuters' unit"."""
    return re.sub(r" (['’]s?)(?= |$)", r"\1", " ".join(words))


def _name_words(people: Iterable[str]) -> frozenset[str]:
    """Every word of the speakers' names, folded: "Long" alone is the analyst Ann Long, no topic."""
    return frozenset(match_key(w) for name in people for w in re.findall(r"[^\W\d_][\w'’-]*", name))


_ROLE_WORDS = word_set("role_words")
_REPORTING_VERBS = word_set("speech_verbs", "inverts")  # "said", "told": before or after who speaks
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _speaking_roles(sentences: list[Sentence]) -> frozenset[str]:
    """Offices the article has speak ("the health minister said", "said the chairman"): a phrase
    ending in one is who speaks, even when no name is given to be quoted."""
    found: set[str] = set()
    for sentence in sentences[:_MAX_TOPIC_SENTENCES]:
        words = [match_key(w) for w in _WORD.findall(sentence.text[:_MAX_PARSE_CHARS])]
        for i, word in enumerate(words):
            if word in _REPORTING_VERBS:
                before = words[i - 1] if i else ""
                after = words[i + 1 : i + 3]  # "said the chairman": a determiner may come first
                if after and after[0] in _DETERMINERS:
                    after = after[1:]
                found.update(w for w in (before, *after[:1]) if w in _ROLE_WORDS)
    return frozenset(found)


def _names_a_speaker(words: list[str], name_words: frozenset[str]) -> bool:
    """A phrase that ends in a speaker's name names that person, with or without a title or role
    ("Long", "Professor Ann Long", "coach Ann Long"); "Long's warning" is about the warning."""
    return bool(name_words) and match_key(words[-1]) in name_words


def _topic_text(sentence: Sentence, first_body: bool) -> str:
    """The sentence as topics are read from it: the article's first sentence without its dateline."""
    return strip_dateline(sentence.text) if first_body else sentence.text


def extract_topics(
    sentences: list[Sentence],
    title: str | None = None,
    limit: int = 8,
    people: Iterable[str] = (),
    terms: TopicTerms | None = None,
) -> list[TopicSentiment]:
    """The article's key noun phrases, best first, each with the sentiment of its sentences.

    `people` are the names of the article's speakers: a phrase that ends in their names' words, or in
    an office the article has speak, is who speaks, not what about. `terms`: the article's topic terms (derived once as it is added);
    the index is built from them, or from the text, for this call only: an article is analysed once,
    and keeping its whole index in the cache would hold every newly added article."""
    if not sentences or limit <= 0:
        return []
    name_words = _name_words(people) | _speaking_roles(sentences)
    texts = tuple(s.text for s in sentences)
    if terms is not None and terms_fit(terms, texts):
        index = stored_index(texts, terms)
    else:
        index = build_index(texts)
    expansions = index.all_expansions()
    candidates: dict[tuple[str, ...], _Candidate] = {}
    occurrences: list[tuple[int, tuple[str, ...]]] = []
    first_body = next((s.index for s in sentences if not s.is_heading), -1)
    for sentence in sentences[:_MAX_TOPIC_SENTENCES]:
        if sentence.is_heading:
            continue
        for words in noun_phrases(_topic_text(sentence, sentence.index == first_body)):
            key = tuple(term(w) for w in words if match_key(w) not in STOPWORDS and w[0] not in "'’")
            if not key or len(key) > _MAX_TOPIC_WORDS:
                continue
            if _names_a_speaker(words, name_words):
                continue
            key = _acronym_key(key, words, expansions)
            found = candidates.get(key)
            if found is None:
                found = candidates[key] = _Candidate(words, key, sentence.index, set())
            found.count += 1
            found.sentences.add(sentence.index)
            occurrences.append((sentence.index, key))
    if not candidates:
        return []
    title_stems = {term(w) for w in re.findall(r"\w+", title or "") if match_key(w) not in STOPWORDS}
    ranked = sorted(candidates.values(), key=lambda c: -_score(c, index, title_stems))
    # The best candidates are matched against the whole article (acronyms, word families), ranked
    # again by how many sentences discuss them, and only then kept or dropped as the same topic.
    scored: list[tuple[float, _Candidate, TopicMatch]] = []
    best = ranked[: 3 * limit]
    # a phrase is also mentioned inside longer phrases: "CSR" in "CSR pledges"
    for index_, key in occurrences:
        for candidate in best:
            if len(candidate.stems) < len(key) and _contains(key, candidate.stems):
                candidate.sentences.add(index_)
    for candidate in best:
        expansion = expansions.get(candidate.stems[0]) if len(candidate.stems) == 1 else None
        # an acronym's topic is named by its expansion, the acronym becomes an alias
        phrase = expansion.text if expansion else _display(candidate.words)
        # sentiment is measured only for the topics kept: matching is cheap, evidence is not
        matched = match_topic(sentences, index, phrase)
        if matched is None:
            continue
        candidate.matched = len(matched.supporting)
        scored.append((_score(candidate, index, title_stems), candidate, matched))
    scored.sort(key=lambda item: -item[0])
    topics: list[TopicSentiment] = []
    taken: list[set[str]] = []
    for _, candidate, matched in scored:
        stems = set(candidate.stems)
        # a phrase inside a better-ranked one ("SMEs" in "Chinese SMEs"), or the other way round,
        # is the same topic
        if any(stems <= other or other <= stems for other in taken):
            continue
        taken.append(stems)
        topics.append(measure_topic(sentences, matched))
        if len(topics) >= limit:
            break
    return topics


def _contains(sequence: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(sequence[i : i + n] == part for i in range(len(sequence) - n + 1))


def _acronym_key(key: tuple[str, ...], words: list[str], expansions: dict[str, Expansion]) -> tuple[str, ...]:
    """An expansion and its acronym count as one candidate, keyed by the acronym."""
    for acronym, expansion in expansions.items():
        tail = expansion.stems[-len(key) :]
        if (len(key) >= 2 and key == tail) or (len(key) == 1 and key[0].rstrip("s") == acronym):
            return (acronym,)
        if len(words) >= 2 and any(acronym == match_key(a) for a in initials(words)):
            return (acronym,)
    return key


def _score(candidate: _Candidate, index: ArticleIndex, title_stems: set[str]) -> float:
    """Mentions, how much the phrase's words recur, title words, an early mention, a few words."""
    mentions = len(candidate.sentences) + 0.5 * max(0, candidate.matched - len(candidate.sentences))
    recurrence = sum(index.df.get(s, 0) for s in candidate.stems) / len(candidate.stems)
    in_title = len(set(candidate.stems) & title_stems) / len(candidate.stems) if title_stems else 0.0
    early = 1.0 / (1.0 + candidate.first / 5.0)
    length = 1.0 + 0.3 * min(len(candidate.stems) - 1, 2)
    # a topic is something the article comes back to; a name said once is a passing mention
    once = 0.6 if mentions < 2 else 1.0
    return (mentions + 0.3 * recurrence + 2.0 * in_title + early) * length * once
