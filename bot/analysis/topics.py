"""The sentiment of an article about a topic it lists (topic_list.py) or a reader types: the topic's
sentences found (topic_match.py), read by the trained model and the lexicon, pooled with the article's tone."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from .models import Sentence, TopicSentiment, TopicTerms
from .polarity import NEUTRAL_BAND
from .sentiment import Assessment, judgement_in, moving_nouns, pool, score_sentence
from .text import STOPWORDS, match_key
from .text_polarity import sentence_polarity
from .topic_evidence import assess_about, read_about, topic_mention
from .topic_index import ArticleIndex, build_index, cached_index
from .topic_match import MIN_COVERAGE, TopicQuery, coverage, enough_for_loose, make_query
from .topic_outcome import reads_outcome
from .topic_response import answered_words
from .topic_stored import stored_index, terms_fit
from .topic_terms import sentence_terms, term
from .topic_variants import synonym_variants, without_unwritten_aspect

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
# sum is scaled by TOPIC_SCALE, which sets where the neutral band (+-0.05) falls. Most topics news
# readers ask about are judged ones (neutral is rare on the hidden real sets, 16-28 % of the hand-written
# ones), so the band is narrow: fitted on the real dev articles for a class mix of 54 % negative, 15 %
# neutral, 31 % positive rather than dev's own 31 % neutral, figures cross-validated by article:
# `python -m scripts.fit_topic_pooling` (refitted when bad news came to weigh more than good in the
# lexicon's reading, topic_evidence.NEGATIVITY: the band on the unscaled sum is 0.01, the tone counts half).
ARTICLE_SHARE = 0.5
TOPIC_SCALE = 5.0
TONE_SENTENCES = 50
# A topic that is a name (a person, an organisation, a place, a team: every content word capitalised as
# typed) is judged by the story as a whole: news about someone is good or bad news for them, while
# their own sentences mostly say what they did or said about something else. On real dev the article's
# tone alone gives the sign of 0.782 of the 156 polar name topics, their own evidence 0.750 (other
# topics: 0.671 and 0.782), so a name's tone counts NAME_TONE times. Chosen on real dev under the
# 54/15/31 mix (1, 2, 3, 4: 0.664, 0.669, 0.670, 0.671; 7-fold CV by article 0.664 -> 0.667; sign
# of the polar name topics 0.769 -> 0.827); real blind, scored only, 0.646 -> 0.649.
NAME_TONE = 4.0


def topic_sentiment(
    sentences: list[Sentence], topic: str, stored: TopicTerms | None = None, title: str | None = None
) -> TopicSentiment | None:
    """Sentiment of the sentences about `topic`, or None when the article does not discuss it.
    `stored`: the article's topic terms from the library (when they fit, nothing is derived from its
    text again, nor cached); without them the article's index is built and cached. `title`: the
    article's headline, read as one more of the topic's sentences when it discusses the topic too."""
    texts = tuple(s.text for s in sentences)
    if not texts or not topic.strip():
        return None
    if stored is not None and terms_fit(stored, texts):
        index = stored_index(texts, stored)
    else:
        index = cached_index(texts)
    return _topic_sentiment(sentences, index, topic, title)


def _word_tests(
    query: TopicQuery, extra_names: frozenset[str] = frozenset()
) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """(is a word of the topic, is a modifier of it): "disaster" in "disaster loan program" names the
    topic, it does not judge it; the head does."""
    names = query.names | extra_names
    # an effort against a harm ("the fight against malaria") is not judged by its own name's words
    answered = frozenset(term(w) for w in answered_words(query.phrase))

    def is_topic_word(token: str) -> bool:
        return term(token) in names

    def is_modifier_word(token: str) -> bool:
        key = term(token)
        return key in names and (key not in query.heads or key in answered)

    return is_topic_word, is_modifier_word


def _own_names(text: str, query: TopicQuery, extra_names: frozenset[str]) -> frozenset[str]:
    """The words of the topic's other names (its news synonyms) that name it in this sentence: none
    where the sentence writes the topic's own head. A synonym finds the topic where the article writes
    it another way ("rising prices" for inflation); where the article writes it as typed, the synonym's
    other words are the sentence's own, and say how the topic moved ("inflation rose")."""
    if not extra_names:
        return extra_names
    if any(term(token) in query.heads for token in score_sentence(text).named):
        return frozenset()
    return extra_names


def _evidence(text: str, query: TopicQuery, extra_names: frozenset[str] = frozenset()) -> Assessment:
    """What one sentence says about the topic.

    Polarity: the trained model's reading of how the sentence treats the topic's mention (P(positive)
    - P(negative)), each sentence counting once. Without the model (or a mention of the topic's own
    words), the lexicon's reading: the weighted mean of the rated words near the mention with
    SENTENCE_PRIOR words' worth of neutral evidence added, counting by its confidence w / (w +
    SENTENCE_PRIOR). Subjectivity is always the lexicon's.
    """
    is_topic_word, is_modifier_word = _word_tests(query, _own_names(text, query, extra_names))
    outcome = reads_outcome(query.phrase)
    found = assess_about(text, is_topic_word, REACH, is_modifier_word, read_outcome=outcome)
    damp = found.weight + SENTENCE_PRIOR
    confidence = found.weight / damp
    subjectivity = confidence * found.subjectivity_sum / damp
    lexicon = found.polarity_sum / damp
    reading = read_about(text, is_topic_word, is_modifier_word, outcome)
    if reading is None:
        return Assessment(confidence * lexicon, subjectivity, confidence)
    return Assessment(MODEL_SHARE * reading.polarity + (1 - MODEL_SHARE) * lexicon, subjectivity, 1.0)


@dataclass(frozen=True, slots=True)
class TopicMatch:
    """The sentences that discuss a topic (indices into the article's sentences), before any sentiment."""

    query: TopicQuery
    names: frozenset[str]  # the stems that name it in its synonyms' words too
    supporting: list[int]
    title: str | None = None  # the article's headline, when it discusses the topic too


def match_topic(
    sentences: list[Sentence], index: ArticleIndex, topic: str, title: str | None = None
) -> TopicMatch | None:
    """The sentences that discuss `topic` (by MIN_COVERAGE, else loosely), or None: not discussed. The
    headline (`title`) counts beside them when it covers the topic as a sentence must, never alone."""
    query = make_query(topic, index)
    if not query.units:
        return None
    variants = synonym_variants(topic)
    reduced = without_unwritten_aspect(topic, query, index)
    if reduced is not None:
        variants.append(reduced)
    queries = [query, *(make_query(v, index) for v in variants)]
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
    found = [i for i, _ in supporting]
    return TopicMatch(query, names, found, _headline(title, queries, index, n, sentences, found))


def _headline(
    title: str | None,
    queries: list[TopicQuery],
    index: ArticleIndex,
    n: int,
    sentences: list[Sentence],
    found: list[int],
) -> str | None:
    """The headline, when it discusses the topic as a sentence must (MIN_COVERAGE) and is not one of
    its sentences already. A headline says in a line how the story treats what it names ("Ferry
    service slammed after ..."), often more plainly than the body's sentences about it."""
    if not title or not title.strip() or any(sentences[i].text == title for i in found):
        return None
    terms = sentence_terms(title)
    return title if max(coverage(q, terms, index, n) for q in queries) >= MIN_COVERAGE else None


def _evidence_parts(sentences: list[Sentence], match: TopicMatch) -> tuple[Assessment, float]:
    """(what the topic's own sentences say, pooled; what its own name says, at PHRASE_SHARE, but the
    words of a harm it answers: topic_response)."""
    query = match.query
    texts = [sentences[i].text for i in match.supporting] + ([match.title] if match.title else [])
    pooled = pool([_evidence(text, query, match.names) for text in texts])
    named = judgement_in(query.phrase, _unmoved(sentences, match), answered_words(query.phrase))
    return pooled, PHRASE_SHARE * named


def topic_evidence(sentences: list[Sentence], match: TopicMatch) -> Assessment:
    """What the topic's own sentences say about it, plus what its own name says."""
    pooled, named = _evidence_parts(sentences, match)
    return Assessment(pooled.polarity_sum + named * pooled.weight, pooled.subjectivity_sum, pooled.weight)


def _unmoved(sentences: list[Sentence], match: TopicMatch) -> bool:
    """Whether the topic is named by a noun whose rise is good or bad news ("inflation", "profits")
    that none of its sentences says the movement of ("inflation eased"): its name then says how it
    stands (sentiment.judgement_in)."""
    named = {term(noun) for noun in moving_nouns(match.query.phrase)[0]}
    if not named:
        return False
    moved = (moving_nouns(sentences[i].text)[1] for i in match.supporting)
    return not any(term(noun) in named for nouns in moved for noun in nouns)


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


_NAME_WORDS = re.compile(r"[^\W_][\w'’.-]*")

# How far past the neutral band a topic's scaled sum must go to read about +-0.76 (tanh(1)): the sum is
# shown squashed, not cut at +-1. With the narrow band (TOPIC_SCALE 5) a cut left two topics in three at
# exactly +-1.0, so a chart could not tell a mild topic from a savaged one; at 3.0 the median topic of
# the real dev articles reads about +-0.5 and one in ten beyond +-0.9. Inside the band the sum is shown
# as it is, so every label is the one the linear sum gives.
DISPLAY_SPREAD = 3.0


def shown_polarity(scaled: float) -> float:
    """The scaled sum as shown: itself inside the neutral band, squashed toward +-1 beyond it."""
    size = abs(scaled)
    if size <= NEUTRAL_BAND:
        return scaled
    shown = NEUTRAL_BAND + (1.0 - NEUTRAL_BAND) * math.tanh((size - NEUTRAL_BAND) / DISPLAY_SPREAD)
    return math.copysign(shown, scaled)


def framed_polarity(evidence: float, tone: float) -> float:
    """A topic's polarity from its own evidence and the article's tone (ARTICLE_SHARE, TOPIC_SCALE)."""
    return shown_polarity(TOPIC_SCALE * (evidence + ARTICLE_SHARE * tone))


def is_name(phrase: str) -> bool:
    """Whether a topic as typed is a name: its content words all capitalised ("Bank of Zambia",
    "Jacques Audiard"), not a thing or an event named in common nouns ("water bills")."""
    words = [w for w in _NAME_WORDS.findall(phrase) if match_key(w) not in STOPWORDS]
    return any(w[0].isupper() for w in words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def written_as_name(sentences: list[Sentence], match: TopicMatch) -> bool:
    """Whether the topic is a name, as typed (is_name) unless the article's spelling says otherwise: a
    reader may type "tesla" for the firm, or "Water Bills" for common nouns. Only when the topic's
    sentences hold its head past their first word (a sentence's first word is capitalised anyway):
    typed in lower case, it is a name when they write each of its content words capitalised more often
    than not; typed capitalised, it is not one when they never capitalise any. (An organisation's name
    is often written back in lower case, "the council said", so a lower-case mention alone says
    nothing.)"""
    phrase = match.query.phrase
    content = {term(w) for w in _NAME_WORDS.findall(phrase) if match_key(w) not in STOPWORDS}
    capitals: dict[str, list[bool]] = {key: [] for key in content}
    for i in match.supporting:
        for word in _NAME_WORDS.findall(sentences[i].text)[1:]:
            if (key := term(word)) in capitals:
                capitals[key].append(word[0].isupper() or word[0].isdigit())
    seen = [spelled for spelled in capitals.values() if spelled]
    typed = is_name(phrase)
    if not capitals.get(match.query.head):  # the head says most: "post" in "vacant health secretary post"
        return typed
    if typed:
        return any(any(spelled) for spelled in seen)
    return phrase == phrase.lower() and all(2 * sum(spelled) > len(spelled) for spelled in seen)


def framing_tone(sentences: list[Sentence], match: TopicMatch) -> float:
    """The article's tone as it frames this topic: NAME_TONE times for a name."""
    tone = article_tone(sentences, match.supporting)
    return NAME_TONE * tone if written_as_name(sentences, match) else tone


def measure_topic(sentences: list[Sentence], match: TopicMatch) -> TopicSentiment:
    """The topic's sentiment: its sentences' evidence pooled, its own name, the article's tone."""
    query = match.query
    pooled = topic_evidence(sentences, match)
    polarity = framed_polarity(pooled.polarity, framing_tone(sentences, match))
    return TopicSentiment(
        phrase=query.phrase,
        polarity=round(polarity, 4),
        subjectivity=round(max(0.0, min(1.0, pooled.subjectivity)), 4),
        mentions=len(match.supporting),
        sentence_indices=[sentences[i].index for i in match.supporting],
        sentences=[sentences[i].text for i in match.supporting],
        aliases=list(query.aliases),
    )


def find_topic(sentences: list[Sentence], topic: str, title: str | None = None) -> TopicMatch | None:
    """The topic's sentences in the article (through the index cache), or None: not discussed."""
    texts = tuple(s.text for s in sentences)
    return match_topic(sentences, cached_index(texts), topic, title) if texts and topic.strip() else None


def topic_mentions(sentences: list[Sentence], match: TopicMatch) -> list[tuple[str, list[int]]]:
    """(sentence, token positions of the topic's mention) for each of the topic's sentences that the
    trained model reads: what scripts/train_target_sentiment.py learns from on labelled articles."""
    found = []
    for i in match.supporting:
        names = _own_names(sentences[i].text, match.query, match.names)
        is_topic_word, is_modifier_word = _word_tests(match.query, names)
        mention = topic_mention(
            sentences[i].text, is_topic_word, is_modifier_word, reads_outcome(match.query.phrase)
        )
        if mention is not None:
            found.append((sentences[i].text, mention))
    return found


def _parts(
    sentences: list[Sentence], topic: str, title: str | None = None
) -> tuple[float, float, float] | None:
    """(what the topic's sentences say, what its own name says, the article's tone as it frames the
    topic) before they are combined, or None when the article does not discuss it."""
    match = find_topic(sentences, topic, title)
    if match is None:
        return None
    pooled, named = _evidence_parts(sentences, match)
    if not pooled.weight:
        named = 0.0  # as in topic_evidence: a name counts with its sentences' evidence
    return pooled.polarity, named, framing_tone(sentences, match)


def topic_reading(
    sentences: list[Sentence], topic: str, title: str | None = None
) -> tuple[float, float] | None:
    """(the topic's own evidence, the article's tone) before they are combined, or None when the
    article does not discuss it: what scripts/fit_topic_pooling.py fits ARTICLE_SHARE and TOPIC_SCALE on."""
    parts = _parts(sentences, topic, title)
    return None if parts is None else (parts[0] + parts[1], parts[2])


def topic_signals(
    sentences: list[Sentence], topic: str, title: str | None = None
) -> tuple[float, float, float] | None:
    """(what the topic's sentences say, what its own name says, the article's tone), each as it enters
    the sum, or None when the article does not discuss it: what eval/topic_signals.py compares."""
    parts = _parts(sentences, topic, title)
    return None if parts is None else (parts[0], parts[1], ARTICLE_SHARE * parts[2])


def _topic_sentiment(
    sentences: list[Sentence], index: ArticleIndex, topic: str, title: str | None = None
) -> TopicSentiment | None:
    match = match_topic(sentences, index, topic, title)
    return measure_topic(sentences, match) if match else None


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
