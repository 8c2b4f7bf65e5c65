"""Speech reported by its topic: "She spoke about the strike", "He talked of leaving the club". A verb
of speaking (data/topic_speech_verbs.txt) followed by "about" or "of" reports what was spoken about;
the rest of the clause is the reported speech. Only a person, a pronoun, a described person or a group
speaks so ("talks about the deal" may be a plural noun), as for the other named-speaker verbs."""

from __future__ import annotations

from ..wordlists import word_set
from .speech_tokens import Token

TOPIC_VERBS = word_set("topic_speech_verbs")
_TOPIC_MARKERS = frozenset({"about", "of"})


def topic_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "spoke about" at tokens[i] and the index past "about"; None without "about"/"of" after it."""
    tok = tokens[i]
    if tok.low not in TOPIC_VERBS or not tok.text.islower():
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].low not in _TOPIC_MARKERS:
        return None
    return f"{tok.low} {tokens[i + 1].low}", i + 2
