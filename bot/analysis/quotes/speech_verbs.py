"""Lexicon of speech attribution: speech verbs by behaviour, and the adverbs, clause words and
determiners around them. The lists live in data/ (speech_verbs.txt documents each verb flag)."""

from __future__ import annotations

from ..wordlists import word_set


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Cue verbs derived from PolNeAR's labelled attributions (data/cue_verbs.txt, scripts/derive_cue_verbs.py)
# beyond the hand-flagged ones: "accused", "praised", "dismissed"; only after a clear speaker, never inverted.
_DERIVED = word_set("cue_verbs", "speech") - word_set("speech_verbs")
# Speech verbs as they appear after their subject ("X said", "X called for").
SPEECH_VERBS = word_set("speech_verbs", "speech") | _DERIVED
# Present-tense forms that are also plural nouns: only after a clear speaker.
_AMBIGUOUS_S = word_set("speech_verbs", "plural_noun")
# Verbs whose speaker may follow them ("…," said Smith / asked the minister).
INVERTIBLE = word_set("speech_verbs", "inverts")
# Verbs that only count with a named or pronoun speaker ("Cutler called it a pact").
_NAMED_ONLY = word_set("speech_verbs", "named_speaker") | _DERIVED
# Verbs that take a listener first ("told reporters", "asked the president").
LISTENER_VERBS = word_set("speech_verbs", "listener")
# "agreed to pay", "asked to remain anonymous": not speech before "to".
_NOT_BEFORE_TO = word_set("speech_verbs", "not_before_to")
_SKIP = word_set("attribution_skip")
_NEGATIONS = _set("not never n't didn't doesn't don't won't wouldn't hasn't haven't hadn't cannot can't")
_BE = _set("is are was were be been being")
_WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
_CLAUSE_WORDS = word_set("clause_words")
_PREPOSITIONS = word_set("speaker_prepositions")
_DETERMINERS = _set("the a an this that these those its his her their our some several many one two")
_RUN_JOINERS = frozenset({"of", "for"})
_HARD_BOUNDARIES = frozenset({";", ":", "—", "–", "-", "--"})
