"""A topic named as an effort against a harm or help for those it struck ("the fight against malaria",
"flood relief", "relief for flood victims", "cancer screening", "anti-corruption drive"): the harm's
words say what the effort answers, not how the article treats the effort, in its name and beside its
mention in a sentence ("relief for flood victims arrived")."""

from __future__ import annotations

from functools import lru_cache

from .sentiment import score_sentence
from .wordlists import word_set

RESPONSES = word_set("harm_responses")
_PREFIXES = tuple(w for w in RESPONSES if w.endswith("-"))
# Between a response and the harm after it: "relief for flood victims", "the fight against malaria".
_GOVERNING = frozenset({"for", "against", "of", "to", "on", "from"})
_BREAKS = frozenset({",", ";", ":", ".", "and", "or", "but", "which", "that", "who"})
_SPAN = 4  # how far a response reaches over a compound: "relief for flood and storm victims" stops at "and"


def _is_harm(word: str, polarity: float) -> bool:
    """A word the lexicon rates bad that names a harm: a participle judges instead ("a failed relief
    effort", "a botched rescue")."""
    return polarity < 0 and not word.endswith(("ed", "ing"))


def _prefixed_harm(word: str) -> bool:
    """ "anti-corruption": a response prefix on a harm (not "anti-immigrant", which names no harm)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix):
            return any(w.polarity < 0 for w in score_sentence(word[len(prefix) :]).scored)
    return False


def answered_harms(words: tuple[str, ...], rated: dict[int, float], response: int) -> list[int]:
    """The positions of the harm words that the response word at `response` answers: the compound
    before it ("crime prevention", "cancer screening") and the phrase after a preposition ("fight
    against malaria", "relief for flood victims"), up to _SPAN words each way."""
    governed: list[int] = []
    i = response - 1
    while i >= max(0, response - _SPAN) and words[i] not in _GOVERNING and words[i] not in _BREAKS:
        governed.append(i)
        i -= 1
    if response + 1 < len(words) and words[response + 1] in _GOVERNING:
        i = response + 2
        while i < min(len(words), response + 2 + _SPAN) and words[i] not in _GOVERNING | _BREAKS:
            governed.append(i)
            i += 1
    return [i for i in governed if i in rated and _is_harm(words[i], rated[i])]


@lru_cache(maxsize=1_024)
def answered_words(phrase: str) -> frozenset[str]:
    """The words of a topic's name (lower case) that are no judgement of it because it answers a harm:
    the harm it answers and the response word itself, which lexicons rate as bad ("fight") or good
    ("relief") by its everyday sense: the name of an effort says neither, its sentences do. Other
    words keep their say ("flu vaccine shortage" is still a shortage). Empty for any other topic."""
    sentence = score_sentence(phrase)
    words = sentence.tokens
    rated = {w.position: w.polarity for w in sentence.scored}
    found: set[str] = {w for w in words if _prefixed_harm(w)}
    if found:  # "the anti-corruption fight": the effort's other words name it too
        found.update(w for w in words if w in RESPONSES)
    for r, word in enumerate(words):
        harms = answered_harms(words, rated, r) if word in RESPONSES else []
        if harms:
            found.update([word, *(words[i] for i in harms)])
    return frozenset(found)
