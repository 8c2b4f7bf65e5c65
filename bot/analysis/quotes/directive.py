"""Verbs that report a request by whom it was put to and what they were to do: "Bell begged the
governor to intervene", "She appealed to traders to stay calm", "…, requesting the lender to help".
Their frame is a listener and a "to" infinitive (or a "that" clause: "requested that the vote be
delayed"); without it the same words report nothing ("requested anonymity", "advised the board on
tax", "appealed the ruling"). Orders given in office ("directed", "instructed", "tasked") are left
out: often a decision, not speech. Firms and agencies advise and appeal as often as people do, so a
name asks only with a sign it is a person's. The verbs are flagged `directive` in
data/speech_verbs.txt, their -ing forms listed in data/directive_participles.txt.
"""

from __future__ import annotations

from ..wordlists import word_set
from .names import tag_of
from .speech_tokens import Speaker, Token, opens_object

DIRECTIVE_VERBS = word_set("speech_verbs", "directive")
DIRECTIVE_PARTICIPLES = word_set("directive_participles")
_LISTENER_REACH = 14  # tokens a listener may take: "stakeholders, including artists and designers,"
# a listener may come after a preposition: "appealed to residents to", "begged of them to"
_PARTICLES = frozenset({"to", "with", "on", "upon", "of"})
_STOPS = frozenset({";", ":", ".", "!", "?", "—", "–", "--"})


def directive_follows(tokens: list[Token], j: int) -> bool:
    """After a directive verb ending before tokens[j]: a listener, then "to" and a verb ("the
    governor to intervene"), or "that" and a clause; else the verb reports nothing here."""
    n = len(tokens)
    if j < n and tokens[j].low == "that":
        return True
    if j < n and tokens[j].low in _PARTICLES and j + 1 < n and tag_of(tokens[j + 1].low) != "VB":
        j += 1  # "appealed to residents", not "begged to differ" (no listener)
    if j >= n or not tokens[j].is_word or tokens[j].is_mask or tokens[j].low == "to":
        return False  # "requested to remain anonymous": no one was asked
    if not opens_object(tokens[j]):
        return False  # "advised at the time to …": a listener opens with a noun, a name or a pronoun
    for k in range(j + 1, min(n, j + 1 + _LISTENER_REACH)):
        tok = tokens[k]
        if tok.is_mask or tok.text in _STOPS:
            return False
        if tok.low == "to":
            return k + 1 < n and _infinitive(tokens[k + 1])
    return False


def _infinitive(tok: Token) -> bool:
    """A verb after "to": the lexicon's base form, or a noun whose past form is a verb ("to vote", "to
    act"), not one that is only a noun ("begged them to safety")."""
    if not tok.is_word or not tok.text.islower():
        return False
    tag = tag_of(tok.low)
    if tag in ("VB", "VBP"):
        return True
    past = tok.low + ("d" if tok.low.endswith("e") else "ed")
    return tag == "NN" and tag_of(past) in ("VBD", "VBN")


def asks_as_person(speaker: Speaker) -> bool:
    """The subject of a directive verb is a person: a pronoun, people ("residents", "the minister"),
    or a name with a sign it is a person's ("Mayor Jo Bell", "Jo Bell, a trader,", "Ms Bell", a known
    first name), not a capitalised name with none, which may be a firm's or an agency's."""
    if speaker.kind != "name":
        return speaker.kind in ("pronoun", "group", "desc")
    parse = speaker.name
    return parse is not None and (
        bool(parse.honorific) or parse.evidence or parse.role is not None or bool(speaker.roles)
    )
