"""What one sentence says about a topic: its opinion words near the topic, and the word governing it.

The word that governs the topic's noun phrase can say how the text stands to it, whatever the other
words say:
- lacking: "a lack of clean water", "a shortage of nurses" (the topic is missing or short: bad news
  about it, as annotators of real news read it, whatever the sentence's other words say), and what
  someone fails to give: "struggling to provide clean water", "failed to fund the clinics";
- provided or supported: "would offer retraining", "subsidies for feed additives", "funding for
  clinics", "support for the plan", "welcomed the ruling", "urged regulation" (something given,
  paid for, backed or asked for is framed as a good);
- opposed: "a vaccine against measles", "efforts to prevent fraud", "to fight inflation", "vowed to
  scrap the tax", "rejected the proposal" (something opposed).
A cue is looked for up to STANCE_SPAN words before the topic's noun phrase, within its clause; the
sentence's opinion words then count with the cue's sign ("the lack of clean water is a disaster" is
bad news about clean water: there is too little of it). The cue governs the phrase's head: in "provides electronic
trading" the word "trading" of the topic "trading volumes" is not what is provided.
"""

from __future__ import annotations

from collections.abc import Callable

from .movements import CLAUSE_BREAKS
from .sentiment import (
    ECONOMIC_SUBJECTIVITY,
    OTHER_SIDE,
    Assessment,
    assess,
    score_sentence,
)
from .target_sentiment import TargetReading, read_target
from .topic_outcome import outcome_role
from .topic_response import RESPONSES, answered_harms
from .wordlists import word_set

STANCE_SPAN = 4
# News weighs bad news more than good: a word read against the topic counts NEGATIVITY times one read
# for it. Fitted on NewsMTSC train (MIT), not on our articles: of its 5,263 positive or negative targets
# with rated words near them, this reading gives the sign right most often at 2.0 (0.734 at 1.0, 0.750
# at 2.0; on dev_mt and dev_rw together 0.706 -> 0.744): `python -m scripts.fit_negativity`. The
# trained model learns its own weights for either side; this is the lexicon's half of a topic's reading.
NEGATIVITY = 2.0
STANCE_POLARITY = 0.5  # the cue's own weight, for cues no lexicon rates ("against", "curb")
# A topic named as a contest's winner or loser ("X beat Y"): the outcome word counts this much for or
# against it, in place of its own rating (topic_outcome.py).
OUTCOME_POLARITY = 1.0
# What is lacking ("a lack of X", "a shortage of X") is bad news about it: its state is poor. (This read
# as a need for X, so as good news, until real dev showed 7 of 8 such topics labelled negative.)
_LACKING = word_set("stance_cues", "lacking")
# Verbs and nouns of giving, paying for, backing and asking for: what they govern is framed as a good.
_SUPPORTED = word_set("stance_cues", "supported")
_OPPOSED = word_set("stance_cues", "opposed")
# Verbs and adjectives of not managing to do something: a supported cue after them ("struggling to
# provide X") says X is lacking.
_FAILING = word_set("stance_cues", "failing")


def _phrase_starts(anchors: list[int], heads: list[int]) -> list[int]:
    """Where the topic's noun phrase begins for each head: "clean water" in "lack of clean water"."""
    topic = set(anchors)
    starts: set[int] = set()
    for head in heads:
        start = head
        while start - 1 in topic:
            start -= 1
        starts.add(start)
    return sorted(starts)


def _failed_before(tokens: tuple[str, ...], cue: int) -> bool:
    """Whether a cue of giving or backing is what someone fails to do: "struggling to provide
    water", "failed to fund the clinics", "unable to offer places". What is not given is lacking."""
    return cue >= 2 and tokens[cue - 1] == "to" and tokens[cue - 2] in _FAILING


def _stance(tokens: tuple[str, ...], starts: list[int], topic: set[int]) -> tuple[int, int]:
    """(+1 the topic is something supported, -1 something lacking or opposed, 0 neither; the cue's
    position), from the words just before the topic's noun phrase."""
    for a in starts:
        for c in range(a - 1, max(-1, a - 1 - STANCE_SPAN), -1):
            token = tokens[c]
            if token in CLAUSE_BREAKS or c in topic or c - 1 in topic:
                break  # right after a topic word, a cue is part of its name: "the fight against malaria"
            if token in _SUPPORTED:
                return (-1 if _failed_before(tokens, c) else 1), c
            if token in _LACKING or token in _OPPOSED:
                return -1, c
    return 0, -1


def assess_about(
    text: str,
    is_topic_word: Callable[[str], bool],
    reach: float = 5.0,
    is_unrated: Callable[[str], bool] | None = None,
    negativity: float = NEGATIVITY,
    read_outcome: bool = False,
) -> Assessment:
    """Sentiment of the words near the topic's own words: a word d tokens away counts 1 / (1 + d/reach),
    and a word read against the topic `negativity` times as much as one read for it.

    The topic's own words that `is_unrated` names (its modifiers: "disaster loan program" is not bad
    news by its name) are not rated; the others are its head. Without a topic word in the sentence
    (matched through an acronym), the whole sentence counts. Names are matched as written ("Toyota"
    in mid-sentence is a name, yet a topic word). With `read_outcome`, a topic named as a contest's
    winner or loser is read by its side of the outcome word (topic_outcome.py).
    """
    sentence = score_sentence(text)
    words = sentence.named or sentence.tokens
    anchors = [i for i, token in enumerate(words) if is_topic_word(token)]
    if not anchors:
        return assess(text)
    unrated = is_unrated or is_topic_word
    skip = {i for i, token in enumerate(words) if unrated(token)}
    # the harm a topic that is a response answers is no judgement of it: "relief for flood victims"
    rated = {w.position: w.polarity for w in sentence.scored}
    for a in anchors:
        if words[a] in RESPONSES:
            skip.update(answered_harms(words, rated, a))
    heads = [a for a in anchors if is_unrated is None or not is_unrated(words[a])] or anchors
    stance, cue = _stance(words, _phrase_starts(anchors, heads), set(anchors))
    polarity = subjectivity = total = 0.0
    if stance:
        weight = 1.0 / (1.0 + abs(min(anchors, key=lambda a: abs(a - cue)) - cue) / reach)
        polarity += weight * stance * STANCE_POLARITY * (negativity if stance < 0 else 1.0)
        subjectivity += weight * ECONOMIC_SUBJECTIVITY
        total += weight
    elif read_outcome:
        role, at = outcome_role(sentence.tokens, words, anchors, unrated)
        if role:
            weight = 1.0 / (1.0 + min(abs(a - at) for a in anchors) / reach)
            polarity += weight * role * OUTCOME_POLARITY * (negativity if role < 0 else 1.0)
            subjectivity += weight * ECONOMIC_SUBJECTIVITY
            total += weight
            cue = at  # the outcome word's own rating is replaced by the topic's side of it
    for word in sentence.scored:
        if word.position in skip or word.position == cue:
            continue
        lo, hi = word.side
        side = 1.0 if any(lo <= a < hi for a in anchors) else OTHER_SIDE
        distance = min(abs(word.position - a) for a in anchors)
        weight = side / (1.0 + distance / reach)
        value = stance * abs(word.polarity) if stance else word.polarity
        polarity += weight * value * (negativity if value < 0 else 1.0)
        subjectivity += weight * word.subjectivity
        total += weight
    return Assessment(polarity, subjectivity, total)


def _mention(anchors: list[int], heads: list[int]) -> list[int]:
    """The topic's first mention that holds its head: one run of adjacent topic words."""
    start = heads[0]
    topic = set(anchors)
    lo = hi = start
    while lo - 1 in topic:
        lo -= 1
    while hi + 1 in topic:
        hi += 1
    return list(range(lo, hi + 1))


def topic_mention(
    text: str,
    is_topic_word: Callable[[str], bool],
    is_unrated: Callable[[str], bool] | None = None,
    read_outcome: bool = False,
) -> list[int] | None:
    """The token positions of the topic's mention that the trained model reads, or None: the topic's
    words are not in the sentence as such, or a governing word ("a shortage of", "scrap") or, with
    `read_outcome`, its side of a contest's outcome ("beat") sets its side, which the lexicon's
    reading already follows."""
    sentence = score_sentence(text)
    words = sentence.named or sentence.tokens
    anchors = [i for i, token in enumerate(words) if is_topic_word(token)]
    if not anchors:
        return None
    heads = [a for a in anchors if is_unrated is None or not is_unrated(words[a])] or anchors
    if _stance(words, _phrase_starts(anchors, heads), set(anchors))[0]:
        return None
    if read_outcome and outcome_role(sentence.tokens, words, anchors, is_unrated or is_topic_word)[0]:
        return None
    return _mention(anchors, heads)


def read_about(
    text: str,
    is_topic_word: Callable[[str], bool],
    is_unrated: Callable[[str], bool] | None = None,
    read_outcome: bool = False,
) -> TargetReading | None:
    """The trained model's reading of how the sentence treats the topic (`topic_mention`), or None
    without a model or a mention it reads."""
    mention = topic_mention(text, is_topic_word, is_unrated, read_outcome)
    return None if mention is None else read_target(text, mention)
