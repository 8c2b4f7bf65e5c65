"""Topics (key noun phrases from TextBlob's offline chunker) and the sentiment of the text about each."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from textblob.en import parse

from .models import Sentence, TopicSentiment, TopicTerms
from .sentiment import Assessment, judgement_in, pool
from .text import STOPWORDS, match_key, strip_dateline
from .text_polarity import sentence_polarity
from .topic_evidence import assess_about, read_about
from .topic_match import (
    MIN_COVERAGE,
    ArticleIndex,
    Expansion,
    TopicQuery,
    build_index,
    cached_index,
    coverage,
    enough_for_loose,
    initials,
    make_query,
    stored_index,
    synonym_variants,
    term,
    terms_fit,
)
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
# How far (in words) sentiment about a topic reaches from its mention: a word d words away counts
# 1 / (1 + d / REACH), so a word five words off counts half. Opinion words near a mention are about
# it; those at the other end of a long sentence are often about something else.
REACH = 5.0
# How much neutral evidence each sentence starts with (in rated words at the mention): evidence that
# is weak or far from the mention leaves a topic near neutral instead of tipping it over +-0.05.
SENTENCE_PRIOR = 0.5
# A topic no sentence covers by MIN_COVERAGE is still discussed where sentences hold a good part of it.
LOOSE_COVERAGE = 0.2
LOOSE_MARGIN = 0.05
LOOSE_SENTENCES = 5
# The topic as the user or the article names it ("failed talks", "weak demand") already says how it
# stands: its own words' lexicon polarity is added to what its sentences say, at this share.
PHRASE_SHARE = 1.0
# The trained model's reading and the lexicon's count half each: the model reads how a sentence treats
# its target; the lexicon knows news words the model's training sentences never judged.
MODEL_SHARE = 0.5
# An article frames its topics in its own tone: a topic's sentences are read together with the whole
# article's polarity (text_polarity of its opening TONE_SENTENCES sentences) at ARTICLE_SHARE, and the
# sum is scaled by TOPIC_SCALE, so that the neutral band (+-0.05) sits where it separates the labels
# best. Both fitted on the real dev articles, figures cross-validated by article:
# `python -m scripts.fit_topic_pooling`.
ARTICLE_SHARE = 1.0
TOPIC_SCALE = 0.769
TONE_SENTENCES = 50
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


def topic_sentiment(
    sentences: list[Sentence], topic: str, stored: TopicTerms | None = None
) -> TopicSentiment | None:
    """Sentiment of the sentences about `topic`, or None when the article does not discuss it.
    `stored`: the article's topic terms from the library (when they fit, nothing is derived from its
    text again, nor cached); without them the article's index is built and cached."""
    texts = tuple(s.text for s in sentences)
    if not texts or not topic.strip():
        return None
    if stored is not None and terms_fit(stored, texts):
        index = stored_index(texts, stored)
    else:
        index = cached_index(texts)
    return _topic_sentiment(sentences, index, topic)


def _evidence(text: str, query: TopicQuery, extra_names: frozenset[str] = frozenset()) -> Assessment:
    """What one sentence says about the topic.

    Polarity: the trained model's reading of how the sentence treats the topic's mention (P(positive)
    - P(negative)), each sentence counting once. Without the model (or a mention of the topic's own
    words), the lexicon's reading: the weighted mean of the rated words near the mention with
    SENTENCE_PRIOR words' worth of neutral evidence added, counting by its confidence w / (w +
    SENTENCE_PRIOR). Subjectivity is always the lexicon's.
    """
    names = query.names | extra_names

    def is_topic_word(token: str) -> bool:
        return term(token) in names

    def is_modifier_word(token: str) -> bool:
        # "disaster" in "disaster loan program" names the topic, it does not judge it; the head does
        key = term(token)
        return key in names and key not in query.heads

    found = assess_about(text, is_topic_word, REACH, is_modifier_word)
    damp = found.weight + SENTENCE_PRIOR
    confidence = found.weight / damp
    subjectivity = confidence * found.subjectivity_sum / damp
    lexicon = found.polarity_sum / damp
    reading = read_about(text, is_topic_word, is_modifier_word)
    if reading is None:
        return Assessment(confidence * lexicon, subjectivity, confidence)
    return Assessment(MODEL_SHARE * reading.polarity + (1 - MODEL_SHARE) * lexicon, subjectivity, 1.0)


@dataclass(frozen=True, slots=True)
class _Match:
    """The sentences that discuss a topic (indices into the article's sentences), before any sentiment."""

    query: TopicQuery
    names: frozenset[str]  # the stems that name it in its synonyms' words too
    supporting: list[int]


def _match(sentences: list[Sentence], index: ArticleIndex, topic: str) -> _Match | None:
    query = make_query(topic, index)
    if not query.units:
        return None
    queries = [query, *(make_query(v, index) for v in synonym_variants(topic))]
    n = len(sentences)
    scores = [
        (i, max(coverage(q, terms, index, n) for q in queries))
        for i, terms in enumerate(index.terms)
        if not sentences[i].is_heading
    ]
    supporting = [(i, score) for i, score in scores if score >= MIN_COVERAGE]
    if not supporting:
        loose = [
            (i, score)
            for i, score in scores
            if score >= LOOSE_COVERAGE and any(enough_for_loose(q, index.terms[i]) for q in queries)
        ]
        supporting = _loose_match(loose)
    if not supporting:
        return None
    names = frozenset().union(*(q.names for q in queries[1:]))
    return _Match(query, names, [i for i, _ in supporting])


def topic_evidence(sentences: list[Sentence], match: _Match) -> Assessment:
    """What the topic's own sentences say about it, plus what its own name says."""
    query = match.query
    pooled = pool([_evidence(sentences[i].text, query, match.names) for i in match.supporting])
    named = PHRASE_SHARE * judgement_in(query.phrase) * pooled.weight
    return Assessment(pooled.polarity_sum + named, pooled.subjectivity_sum, pooled.weight)


@lru_cache(maxsize=64)  # every topic of one article reads the same sentences' ratings
def _ratings(texts: tuple[str, ...]) -> tuple[float | None, ...]:
    return tuple(sentence_polarity(t) for t in texts)


def article_tone(sentences: list[Sentence], leave_out: Iterable[int] = ()) -> float:
    """The polarity of the rest of the article: its opening TONE_SENTENCES body sentences but those at
    the positions `leave_out` (the topic's own, which its evidence already reads), 0.0 when none is
    left."""
    body = [i for i, s in enumerate(sentences) if not s.is_heading][:TONE_SENTENCES]
    ratings = _ratings(tuple(sentences[i].text for i in body))
    skip = set(leave_out)
    kept = [r for i, r in zip(body, ratings, strict=True) if r is not None and i not in skip]
    return sum(kept) / len(kept) if kept else 0.0


def framed_polarity(evidence: float, tone: float) -> float:
    """A topic's polarity from its own evidence and the article's tone (ARTICLE_SHARE, TOPIC_SCALE)."""
    return max(-1.0, min(1.0, TOPIC_SCALE * (evidence + ARTICLE_SHARE * tone)))


def _measure(sentences: list[Sentence], match: _Match) -> TopicSentiment:
    """The topic's sentiment: its sentences' evidence pooled, its own name, the article's tone."""
    query = match.query
    pooled = topic_evidence(sentences, match)
    polarity = framed_polarity(pooled.polarity, article_tone(sentences, match.supporting))
    return TopicSentiment(
        phrase=query.phrase,
        polarity=round(polarity, 4),
        subjectivity=round(max(0.0, min(1.0, pooled.subjectivity)), 4),
        mentions=len(match.supporting),
        sentence_indices=[sentences[i].index for i in match.supporting],
        sentences=[sentences[i].text for i in match.supporting],
        aliases=list(query.aliases),
    )


def topic_reading(sentences: list[Sentence], topic: str) -> tuple[float, float] | None:
    """(the topic's own evidence, the article's tone) before they are combined, or None when the
    article does not discuss it: what scripts/fit_topic_pooling.py fits ARTICLE_SHARE and TOPIC_SCALE on."""
    texts = tuple(s.text for s in sentences)
    match = _match(sentences, cached_index(texts), topic) if texts and topic.strip() else None
    if match is None:
        return None
    return topic_evidence(sentences, match).polarity, article_tone(sentences, match.supporting)


def _topic_sentiment(sentences: list[Sentence], index: ArticleIndex, topic: str) -> TopicSentiment | None:
    match = _match(sentences, index, topic)
    return _measure(sentences, match) if match else None


def _loose_match(scores: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """A topic typed in other words than the article's ("Infosys share price" for "Infosys shares
    fell"): the sentences that hold the most of it, when they hold at least LOOSE_COVERAGE."""
    best = max((score for _, score in scores), default=0.0)
    if best < LOOSE_COVERAGE:
        return []
    return [(i, score) for i, score in scores if score >= best - LOOSE_MARGIN][:LOOSE_SENTENCES]


def topic_extremes(result: TopicSentiment) -> tuple[str | None, str | None]:
    """The most positive and the most negative of a topic's sentences, scored as topic_sentiment
    scores them (words near the topic's mention count most), so they agree with its polarity.

    A side with no sentence of that sign is None: a wholly positive topic has no "most negative".
    """
    texts = tuple(t for t in result.sentences if t.strip())
    if not texts:
        return None, None
    # an index of the topic's own sentences, for this question only: the article-index cache keeps
    # whole articles that topic questions read again, not one topic's sentences
    query = make_query(result.phrase, build_index(texts))
    # the aliases (an acronym or its expansion) found in the whole article name the topic too
    aliases = frozenset(term(w) for alias in result.aliases for w in re.findall(r"\w+", alias))
    scored = [(text, _evidence(text, query, aliases)) for text in texts]
    polarities = [(text, a.polarity_sum / a.weight if a.weight else 0.0) for text, a in scored]
    positive = max(polarities, key=lambda item: item[1])
    negative = min(polarities, key=lambda item: item[1])
    return (positive[0] if positive[1] > 0 else None, negative[0] if negative[1] < 0 else None)


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
    scored: list[tuple[float, _Candidate, _Match]] = []
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
        matched = _match(sentences, index, phrase)
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
        topics.append(_measure(sentences, matched))
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
