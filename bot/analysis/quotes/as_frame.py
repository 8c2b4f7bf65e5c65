"""Speech reported as a verdict on something: "She termed price uncertainty as the biggest challenge",
"The coach characterised the second goal as a poor goal", "He hailed the ruling as a victory", and,
for verbs of praise and blame (flag for_frame), with "for": "She blamed the union for the strike". A verb
that frames its subject's choice of words (data/framing_verbs.txt: hailed, termed, branded, …) followed
by its object and "as" and a description reports what the subject called it; the verb and the rest of
the clause are the reported speech. Without the "as" the same verbs report nothing ("hailed a cab",
"labelled the boxes"), and framing.py reads them only before quoted words. Only a person, a pronoun,
a described person or a group speaks so, as for the other named-speaker verbs.
"""

from __future__ import annotations

from ..wordlists import word_set
from .names import tag_of
from .speech_tokens import Token, opens_object

_FRAMING = word_set("framing_verbs")
_FOR_FRAME = word_set("framing_verbs", "for_frame")
_OBJECT_REACH = 20  # tokens an object may take: "the second goal his side conceded in the last minutes"
# a comma ends the object (a quote inside it does not: "blamed the “cynical actions” of the union for"): "attacked her during the primaries for her ties, so it may come as …"
_STOPS = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "--", "(", ")"})
_RELATIVE = frozenset({"who", "whom", "whose", "which"})
# a clause of its own after the object: "criticised him in December when he called for …"
_CLAUSE_OPENERS = frozenset({"when", "while", "because", "after", "before", "if", "since", "until", "where"})
# a verdict not given: "Clinton should have congratulated me for …", "will blame them for …"
_MODALS = frozenset({"should", "would", "could", "might", "must", "will", "may", "can", "shall"})
# acting, not speaking: "portrayed the king as a tragic figure"
_NOT_SPEECH = frozenset({"portrayed", "portrays"})
# "as" that is no description of the object: "as soon as", "as well", "as he left", "as part of"
_NOT_DESCRIPTION = frozenset(
    {"soon", "well", "long", "much", "many", "far", "if", "though", "usual", "part", "such", "of", "to"}
    | {"he", "she", "they", "it", "we", "i", "you", "there", "this", "that", "these", "those"}
)
_NOT_REASON = frozenset(
    {"example", "instance", "years", "months", "weeks", "days", "hours", "decades", "now", "ever", "sale"}
    | {"long", "once", "good", "more", "less", "some", "several", "many", "it", "that", "this"}
)


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
    if any(t.low in _MODALS for t in tokens[max(0, i - 3) : i]) or _had_before_subject(tokens, i):
        return None
    n = len(tokens)
    j = i + 1
    if j >= n or not tokens[j].is_word or tokens[j].is_mask or tokens[j].low == "as":
        return None
    if not opens_object(tokens[j]):
        return None  # "hailed from Ohio", "branded by the firm": no object
    for k in range(j + 1, min(n, j + 1 + _OBJECT_REACH)):
        t = tokens[k]
        if t.text in _STOPS or t.low in _RELATIVE or t.low in _CLAUSE_OPENERS:
            return None  # "rebuked critics who say he should condemn X as …": the "as" is theirs
        if t.low == "as":
            return (tok.low, i + 1) if _describes(tokens, k + 1) else None
        if t.low == "for" and tok.low in _FOR_FRAME:
            return (tok.low, i + 1) if _reason(tokens, k + 1) else None
    return None


def _reason(tokens: list[Token], j: int) -> bool:
    """After "for": what was praised or blamed ("the strike", "not stopping people"), not a time or
    an aside ("for years", "for the first time", "for example")."""
    if j >= len(tokens) or not tokens[j].is_word:
        return False
    tok = tokens[j]
    if tok.low in _NOT_REASON or tag_of(tok.low) == "CD" or tok.text[:1].isdigit():
        return False
    following = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return not (tok.low in ("the", "a") and following in ("first", "second", "last", "time", "moment"))


def _describes(tokens: list[Token], j: int) -> bool:
    """After "as": a description ("a victory", "unacceptable", “a betrayal”), not a clause or an idiom."""
    if j >= len(tokens):
        return False
    tok = tokens[j]
    if tok.is_mask:
        return True
    return tok.is_word and tok.low not in _NOT_DESCRIPTION


def _had_before_subject(tokens: list[Token], i: int) -> bool:
    """ "it would have been cool had Jo Bell congratulated him for …": "had" before a named subject
    makes the clause a condition, a verdict never given."""
    k = i - 1
    while k >= 0 and tokens[k].is_cap:
        k -= 1
    return i - 1 > k >= 0 and tokens[k].text == "had"
