"""The article's topics: key noun phrases from TextBlob's offline chunker, ranked by how much the article
comes back to them, each with the sentiment of its sentences (topics.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from textblob.en import parse

from .keywords import can_be_verb, english_word, not_english, without_states, word_tag
from .models import Sentence, TopicSentiment, TopicTerms
from .text import STOPWORDS, match_key, strip_dateline
from .topic_acronyms import Expansion, initials
from .topic_index import ArticleIndex, build_index
from .topic_speakers import MAX_PARSE_CHARS, MAX_TOPIC_SENTENCES, names_a_speaker, speaker_words
from .topic_stored import stored_index, terms_fit
from .topic_terms import term
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
    tokens = _TOKEN.findall(_URL.sub(" ", text[:MAX_PARSE_CHARS]).replace("’", "'"))
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


def _foreign(words: list[str]) -> bool:
    """Two lower-case words or more that no English lexicon knows: a phrase of a quoted line in
    another language ("ito po"), in a sentence too mixed to be left out whole."""
    return sum(1 for w in words if w[:1].islower() and "-" not in w and not english_word(w)) >= 2


_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|must|should|may|might)\s+$", re.IGNORECASE)


def _without_leading_verb(words: list[str], text: str) -> list[str]:
    """The phrase without a verb the chunker read as its first noun: "to cause public harm" ->
    "public harm", "will combat dengue" -> "dengue"."""
    if len(words) < 2 or not words[0][:1].islower() or not can_be_verb(match_key(words[0])):
        return words  # "due to continuous rain": "to" is a preposition there
    at = text.find(_display(words))
    if at > 0 and _VERB_BEFORE.search(text[max(0, at - 12) : at]):
        return words[1:]
    return words


# Words that open a verb's object: "fear" in "islanders fear the closure" is the verb.
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "that", "to", "their", "its", "his", "her", "this", "these", "those", "it", "them"}
)


def _without_trailing_verb(words: list[str], text: str) -> list[str]:
    """The phrase without a verb the chunker read as its last noun, after a plural subject and before
    its object: "Islanders fear the closure" -> "Islanders" ("sports fans" keeps its noun)."""
    if len(words) < 2:
        return words
    last, before = words[-1], words[-2]
    plural = before.endswith("s") and not before.endswith(("ss", "'s", "’s"))
    if not last.islower() or last.endswith("s") or not plural or not can_be_verb(last):
        return words
    shown = _display(words)
    at = text.find(shown)
    following = text[at + len(shown) :].split(maxsplit=1) if at >= 0 else []
    return words[:-1] if following and match_key(following[0]) in _OBJECT_OPENERS else words


def _cut_from_a_name(candidate: _Candidate, sentences: list[Sentence]) -> bool:
    """A phrase ending in a describing word that every mention runs on into a name ("Malaysia's
    Prime" of "Malaysia's Prime Minister", "Communications and Digital" of "... Digital Minister"):
    the chunker cut a name short."""
    last = candidate.words[-1]
    if not last[:1].isupper() or not _describes(last):
        return False
    pattern = re.compile(rf"(?<![\w'’]){re.escape(_display(candidate.words))}(?![\w'’])(\s+\S)?")
    runs_on = [m.group(1) for i in candidate.sentences for m in pattern.finditer(sentences[i].text)]
    return bool(runs_on) and all(after is not None and after.strip()[:1].isupper() for after in runs_on)


_ROLE_MODIFIERS = word_set("role_modifiers")


def _describes(word: str) -> bool:
    return match_key(word) in _ROLE_MODIFIERS or word_tag(word.lower()) in ("JJ", "JJR", "JJS")


def _topic_text(sentence: Sentence, first_body: bool) -> str:
    """The sentence as topics are read from it: the article's first sentence without its dateline."""
    return without_states(strip_dateline(sentence.text) if first_body else sentence.text)


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
    texts = tuple(s.text for s in sentences)
    if terms is not None and terms_fit(terms, texts):
        index = stored_index(texts, terms)
    else:
        index = build_index(texts)
    candidates, occurrences = _candidates(sentences, index, speaker_words(sentences, people))
    if not candidates:
        return []
    title_stems = {term(w) for w in re.findall(r"\w+", title or "") if match_key(w) not in STOPWORDS}
    ranked = sorted(candidates.values(), key=lambda c: -_score(c, index, title_stems))
    best = [c for c in ranked[: 3 * limit] if not _cut_from_a_name(c, sentences)]
    # a phrase is also mentioned inside longer phrases: "CSR" in "CSR pledges"
    for index_, key in occurrences:
        for candidate in best:
            if len(candidate.stems) < len(key) and _contains(key, candidate.stems):
                candidate.sentences.add(index_)
    # The best candidates are matched against the whole article (acronyms, word families), ranked
    # again by how many sentences discuss them, and only then kept or dropped as the same topic.
    scored = _matched(best, sentences, index, title_stems, title)
    return _distinct(scored, sentences, limit)


def _candidates(
    sentences: list[Sentence], index: ArticleIndex, name_words: frozenset[str]
) -> tuple[dict[tuple[str, ...], _Candidate], list[tuple[int, tuple[str, ...]]]]:
    """Every noun phrase of the article that may be a topic, by its stems, with where it occurs."""
    expansions = index.all_expansions()
    candidates: dict[tuple[str, ...], _Candidate] = {}
    occurrences: list[tuple[int, tuple[str, ...]]] = []
    first_body = next((s.index for s in sentences if not s.is_heading), -1)
    for sentence in sentences[:MAX_TOPIC_SENTENCES]:
        if sentence.is_heading or not_english(sentence.text):
            continue
        text = _topic_text(sentence, sentence.index == first_body)
        for found in noun_phrases(text):
            words = _without_trailing_verb(_without_leading_verb(found, text), text)
            key = tuple(term(w) for w in words if match_key(w) not in STOPWORDS and w[0] not in "'’")
            if not key or len(key) > _MAX_TOPIC_WORDS:
                continue
            if names_a_speaker(words, name_words) or _foreign(words):
                continue
            key = _acronym_key(key, words, expansions)
            candidate = candidates.get(key)
            if candidate is None:
                candidate = candidates[key] = _Candidate(words, key, sentence.index, set())
            candidate.count += 1
            candidate.sentences.add(sentence.index)
            occurrences.append((sentence.index, key))
    return candidates, occurrences


def _matched(
    best: list[_Candidate],
    sentences: list[Sentence],
    index: ArticleIndex,
    title_stems: set[str],
    title: str | None = None,
) -> list[tuple[float, _Candidate, TopicMatch]]:
    """The candidates the article discusses, as typed topics are found (the headline read with their
    sentences when it discusses them too), best first."""
    expansions = index.all_expansions()
    scored: list[tuple[float, _Candidate, TopicMatch]] = []
    for candidate in best:
        expansion = expansions.get(candidate.stems[0]) if len(candidate.stems) == 1 else None
        if expansion and _describes(expansion.text.split()[-1]):
            expansion = None  # initials read as a name cut short: "MP" is no "Malaysia's Prime"
        # an acronym's topic is named by its expansion, the acronym becomes an alias
        phrase = expansion.text if expansion else _display(candidate.words)
        # sentiment is measured only for the topics kept: matching is cheap, evidence is not
        matched = match_topic(sentences, index, phrase, title)
        if matched is None:
            continue
        candidate.matched = len(matched.supporting)
        scored.append((_score(candidate, index, title_stems), candidate, matched))
    scored.sort(key=lambda item: -item[0])
    return scored


def _distinct(
    scored: list[tuple[float, _Candidate, TopicMatch]], sentences: list[Sentence], limit: int
) -> list[TopicSentiment]:
    """The first `limit` topics, each measured; a phrase inside a better-ranked one ("SMEs" in
    "Chinese SMEs"), or the other way round, is the same topic."""
    topics: list[TopicSentiment] = []
    taken: list[set[str]] = []
    for _, candidate, matched in scored:
        stems = set(candidate.stems)
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
