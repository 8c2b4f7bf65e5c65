"""Speech reported as a verdict on something: "She termed price uncertainty as the biggest challenge",
"The coach characterised the second goal as a poor goal", "He hailed the ruling as a victory". A verb
that frames its subject's choice of words (data/framing_verbs.txt: hailed, termed, branded, …) followed
by its object and "as" and a description reports what the subject called it; the verb and the rest of
the clause are the reported speech. Without the "as" the same verbs report nothing ("hailed a cab",
"labelled the boxes"), and framing.py reads them only before quoted words. Only a person, a pronoun,
a described person or a group speaks so, as for the other named-speaker verbs.
"""

from __future__ import annotations

from ..wordlists import word_set
from .names import tag_of
from .speech_tokens import Token

_FRAMING = word_set("framing_verbs")
_OBJECT_REACH = 20  # tokens an object may take: "the second goal his side conceded in the last minutes"
# a comma ends the object: "attacked her during the primaries for her ties, so it may come as …"
_STOPS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "--", "(", ")"})
_RELATIVE = frozenset({"who", "whom", "whose", "which"})
# acting, not speaking: "portrayed the king as a tragic figure"
_NOT_SPEECH = frozenset({"portrayed", "portrays"})
# "as" that is no description of the object: "as soon as", "as well", "as he left", "as part of"
_NOT_DESCRIPTION = frozenset(
    {"soon", "well", "long", "much", "many", "far", "if", "though", "usual", "part", "such", "of", "to"}
    | {"he", "she", "they", "it", "we", "i", "you", "there", "this", "that", "these", "those"}
)
_OBJECT_OPENERS = ("DT", "PRP", "NN", "JJ", "CD", "PDT")


def as_frame_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """ "termed" at tokens[i] and the index past it, when its object and "as" and a description
    follow ("termed the delay as unacceptable"); else None."""
    tok = tokens[i]
    if (
        tok.low not in _FRAMING
        or tok.low in _NOT_SPEECH
        or not tok.text.islower()
        or not tok.low.endswith(("ed", "es", "s"))
    ):
        return None  # a finite form: "hailed", "characterises"; not "hailing" (framing.py reads it)
    n = len(tokens)
    j = i + 1
    if j >= n or not tokens[j].is_word or tokens[j].is_mask or tokens[j].low == "as":
        return None
    if not (tokens[j].is_cap or tag_of(tokens[j].low).startswith(_OBJECT_OPENERS)):
        return None  # "hailed from Ohio", "branded by the firm": no object
    for k in range(j + 1, min(n, j + 1 + _OBJECT_REACH)):
        t = tokens[k]
        if t.is_mask or t.text in _STOPS or t.low in _RELATIVE:
            return None  # "rebuked critics who say he should condemn X as …": the "as" is theirs
        if t.low == "as":
            return (tok.low, i + 1) if _describes(tokens, k + 1) else None
    return None


def _describes(tokens: list[Token], j: int) -> bool:
    """After "as": a description ("a victory", "unacceptable", “a betrayal”), not a clause or an idiom."""
    if j >= len(tokens):
        return False
    tok = tokens[j]
    if tok.is_mask:
        return True
    return tok.is_word and tok.low not in _NOT_DESCRIPTION
