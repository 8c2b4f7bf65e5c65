"""Extractive summary: lead-biased sentence ranking by centrality and topic overlap, then selection."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .models import Sentence, Summary
from .text import WORD_RE, content_stems, fold, word_count

DEFAULT_SENTENCES = 3
MAX_SENTENCES = 10
KEYWORD_COUNT = 8
# A run-on "sentence" (a pasted 1 MB line) is scored on its opening only, keeping cost linear and low.
MAX_SENTENCE_CHARS = 5_000

# News puts the gist first, so position carries most of the weight; centrality (how many of the
# article's recurring words a sentence holds) and topic overlap let a later sentence displace a weak
# lead sentence. The topic is the title's words plus the lead sentence's: a headline alone is short and
# often a pun or a teaser, while the lead states what the story is about (and stands in when there is
# no title at all). Weights chosen for news in general, not tuned per article.
POSITION_WEIGHT = 1.0
CENTRALITY_WEIGHT = 0.3
TOPIC_WEIGHT = 0.2
POSITION_DECAY = 0.6  # score of body sentence b is 1 / (1 + b) ** decay
# Long sentences cost the reader more words for the same point; above this many words a sentence's
# score shrinks as (LONG_SENTENCE / words) ** LENGTH_EXPONENT.
LONG_SENTENCE = 25
LENGTH_EXPONENT = 0.5

# Edmundson-style cue features: who said what, and hard facts (figures, named things), are what a
# news summary reports.
SPEECH_WEIGHT = 0.2
FACT_WEIGHT = 0.4
_REPORTING = re.compile(
    r"\b(?:said|says|told|added|announced|according to|suggested|urged|warned|called for|argued|"
    r"stressed|noted|explained|believes?|expects?|predicted|estimated|reported)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(?:hundred|thousand|million|billion|trillion|percent|per cent|half|twice|dozens?)\b",
    re.IGNORECASE,
)
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’.-]*")

_POSSESSIVE = re.compile(r"['’]s?$")
# Words that are frequent in news without saying what an article is about.
_REPORTING_WORDS = frozenset(
    """added asked called announced noted stated explained suggested reported two three four five six
    seven eight nine ten hundred hundreds thousand thousands million millions billion billions percent
    cent last first""".split()  # noqa: SIM905
)

# An opening that points back to something the reader of a summary will not have seen.
_PRONOUN_OPENING = re.compile(
    r"^(?:he|she|it|they|this|these|those|that|his|her|its|their|them|him|such|but|and|also|"
    r"however|meanwhile|instead|still|yet|then|there)\b",
    re.IGNORECASE,
)
_QUOTE_OPENING = re.compile(r"^[\"“”'‘’«»\-–—…]")
# A piece of a quote cut mid-way ("“but not yet,” she said") or a sentence the splitter cut in two.
_FRAGMENT_OPENING = re.compile(r"^[\"“”'‘’«»\-–—…(\s]*[a-z]")
_MIN_WORDS = 6
_REDUNDANCY = 0.6  # Jaccard overlap of content stems above which a candidate repeats a chosen one


@dataclass(frozen=True, slots=True)
class Ranking:
    """A score per sentence (higher is more summary-worthy) and the article's keywords."""

    scores: list[float]
    keywords: list[str]


def opening_penalty(text: str) -> float:
    """Multiplier < 1 for sentences that cannot stand alone at the head of a summary."""
    factor = 1.0
    stripped = text.lstrip()
    if _PRONOUN_OPENING.match(stripped):
        factor *= 0.55
    if _FRAGMENT_OPENING.match(stripped):
        factor *= 0.4
    elif _QUOTE_OPENING.match(stripped):
        factor *= 0.8
    n_words = word_count(text)
    if n_words < _MIN_WORDS:
        factor *= 0.3
    if stripped.endswith((":", "?")):
        factor *= 0.6
    if n_words > LONG_SENTENCE:
        factor *= (LONG_SENTENCE / n_words) ** LENGTH_EXPONENT
    return factor


def speech_cue(text: str) -> float:
    """1 when the sentence reports what someone said or announced."""
    return 1.0 if _REPORTING.search(text) else 0.0


def fact_density(text: str) -> float:
    """Share of words that are figures or capitalised names (not the sentence's first word), capped."""
    n_words = word_count(text) or 1
    hits = len(_NUMBER.findall(text)) + len(_INNER_CAPITAL.findall(text))
    return min(1.0, 4.0 * hits / n_words)


def rank_sentences(sentences: list[Sentence], title: str | None = None) -> Ranking:
    """Score every sentence once (linear in the article's length); headings score 0."""
    stems = [
        set(content_stems(s.text[:MAX_SENTENCE_CHARS])) if not s.is_heading else set() for s in sentences
    ]
    # document frequency: in how many sentences a stem appears
    df: Counter[str] = Counter()
    for group in stems:
        df.update(group)
    topic_stems = set(content_stems(title[:MAX_SENTENCE_CHARS])) if title else set()
    topic_stems |= next((group for group in stems if group), set())  # the lead sentence
    raw_central: list[float] = []
    for group in stems:
        shared = sum(df[t] - 1 for t in group if df[t] > 1)
        raw_central.append(shared / math.sqrt(len(group) + 4))
    top = max(raw_central, default=0.0) or 1.0
    scores: list[float] = []
    body = 0
    for sentence, group, central in zip(sentences, stems, raw_central, strict=True):
        if sentence.is_heading:
            scores.append(0.0)
            continue
        text = sentence.text[:MAX_SENTENCE_CHARS]
        position = 1.0 / (1.0 + body) ** POSITION_DECAY
        body += 1
        topic_hit = len(group & topic_stems) / len(topic_stems) if topic_stems else 0.0
        score = (
            POSITION_WEIGHT * position
            + CENTRALITY_WEIGHT * central / top
            + TOPIC_WEIGHT * topic_hit
            + SPEECH_WEIGHT * speech_cue(text)
            + FACT_WEIGHT * fact_density(text)
        ) * opening_penalty(text)
        scores.append(round(score, 6))
    return Ranking(scores=scores, keywords=extract_keywords(sentences, title))


def extract_keywords(
    sentences: list[Sentence], title: str | None = None, limit: int = KEYWORD_COUNT
) -> list[str]:
    """The article's most frequent meaningful words (title words count double), as written."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    first_seen: dict[str, int] = {}
    texts = [s.text for s in sentences]
    if title:
        texts.append(title)
    for position, text in enumerate(texts):
        weight = 2 if title and position == len(texts) - 1 else 1
        for token in WORD_RE.findall(text[:MAX_SENTENCE_CHARS]):
            token = _POSSESSIVE.sub("", token)
            found = content_stems(token)
            if not found or len(token) < 3 or fold(token) in _REPORTING_WORDS:
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


def select_summary(
    sentences: list[Sentence],
    ranking: Ranking,
    count: int | None = DEFAULT_SENTENCES,
    ratio: float | None = None,
) -> Summary:
    """Pick the best `count` sentences (or `ratio` of them), returned in article order."""
    body = [s for s in sentences if not s.is_heading and s.index < len(ranking.scores)]
    if ratio is not None:
        count = max(1, round(len(body) * min(max(ratio, 0.0), 1.0)))
    count = max(1, min(count or DEFAULT_SENTENCES, len(body)))
    chosen: list[Sentence] = []
    chosen_stems: list[set[str]] = []
    for sentence in sorted(body, key=lambda s: (-ranking.scores[s.index], s.index)):
        if len(chosen) >= count:
            break
        group = set(content_stems(sentence.text[:MAX_SENTENCE_CHARS]))
        if any(_jaccard(group, other) > _REDUNDANCY for other in chosen_stems):
            continue
        chosen.append(sentence)
        chosen_stems.append(group)
    if len(chosen) < count:  # redundancy left gaps: fill from the best remaining
        picked = {s.index for s in chosen}
        for sentence in sorted(body, key=lambda s: (-ranking.scores[s.index], s.index)):
            if len(chosen) >= count:
                break
            if sentence.index not in picked:
                chosen.append(sentence)
    chosen.sort(key=lambda s: s.index)
    total = sum(word_count(s.text) for s in sentences)
    kept = sum(word_count(s.text) for s in chosen)
    return Summary(
        sentences=[s.text for s in chosen],
        indices=[s.index for s in chosen],
        reduced_by=round(100.0 * (1 - kept / total), 1) if total else 0.0,
        keywords=ranking.keywords,
    )


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
