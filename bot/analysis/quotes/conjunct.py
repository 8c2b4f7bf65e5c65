"""The subject a second, coordinated verb shares with the first: "She waved to the crowd and declared
that …", "He called her “a fraud” and said …", "The minister was on his way to Perth but said …",
"But he returned and explained that …". English drops the subject of a verb joined by "and"/"but" to
the verb before it, so the speaker of the speech verb is the subject of the clause's first verb.

The first verb is the clause's first finite one, past an opening conjunction ("But") and an opening
adverbial clause ("When asked, he laughed and said"); nothing is read when the subject region holds a
quote or a relative clause, when a clause of its own stands between the two verbs ("met the unions
that represent … and said"), or when the first verb is passive and the second may share its
auxiliary ("was convicted and warned to expect …" is no speech).
"""

from __future__ import annotations

from .directive import DIRECTIVE_VERBS, directive_follows
from .names import tag_of
from .speech_tokens import Token
from .speech_verbs import _BE, _CLAUSE_WORDS, SPEECH_VERBS

_OPENING_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "then", "still"})
# an adverbial clause opening the sentence; the main clause starts after its comma
_ADVERBIAL_OPENERS = frozenset(
    {"when", "while", "whilst", "after", "as", "if", "because", "although", "though", "since", "once"}
)
# clause words that open a finite clause with a subject of its own, between the two verbs
_OWN_CLAUSE = _CLAUSE_WORDS - {"and", "but", "or", "so", "as", "than", "after", "before", "until"}
# what opens that subject: "regretted that the fans …", not "brought that down" or "unions that represent"
_SUBJECT_OPENERS = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "these",
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
    }
)
_FINITE = ("VBD", "VBZ", "VBP", "VBN", "MD")
_HAVE = frozenset({"has", "have", "had", "having"})
_WH_WORDS = frozenset({"what", "how", "why"})


def first_verb(tokens: list[Token], k: int, lo: int) -> int | None:
    """Index of the first finite verb of the clause tokens[lo:k] whose coordinated verb follows the
    "and"/"but" at k, when its subject may be that verb's speaker; else None."""
    start = _main_clause_start(tokens, lo, k)
    if start is None:
        return None
    i = start
    while i < k:
        tok = tokens[i]
        if tok.low in ("who", "which") and i > start and tokens[i - 1].text == ",":
            # "Lai Mohammed, who received the artefacts, hailed …": past the relative clause
            i = next((j for j in range(i, k) if tokens[j].text == ","), k) + 1
            continue
        if tok.is_mask or (tok.is_word and tok.low in _OWN_CLAUSE | _WH_WORDS):
            return None  # a quote or a clause in the subject: "Those that did …", "what X is thinking"
        if tok.is_word and not tok.is_cap and (tok.low in _BE or tag_of(tok.low) in _FINITE):
            return i if _carries_on(tokens, i, k) else None
        i += 1
    return None


def _main_clause_start(tokens: list[Token], lo: int, k: int) -> int | None:
    """Past an opening "But" and an opening adverbial or participial clause ("When asked, …",
    "Rallying the workers, …")."""
    start = lo
    if start < k and tokens[start].low in _OPENING_CONJUNCTIONS:
        start += 1
    if start < k and (tokens[start].low in _ADVERBIAL_OPENERS or tag_of(tokens[start].low) == "VBG"):
        comma = next((i for i in range(start, k) if tokens[i].text == ","), None)
        return None if comma is None else comma + 1
    return start


def _carries_on(tokens: list[Token], v: int, k: int) -> bool:
    """The verb at v leaves its subject to the verb after k: not a speech verb (whose attribution carries
    its own "and said" on), no passive the second verb may share, no clause of its own in between."""
    low = tokens[v].low
    # "requested a point of order and said": a request put to no one is no attribution of its own
    asks_no_one = low in DIRECTIVE_VERBS and not directive_follows(tokens, v + 1)
    if low in SPEECH_VERBS and not asks_no_one and not (v + 1 < k and tokens[v + 1].low == "to"):
        return False  # "He said A and warned B" is read from "said"; "pointed to …" is no attribution
    if _passive(tokens, v, k):
        return False
    return not any(
        tokens[i].low in _OWN_CLAUSE and (tokens[i + 1].low in _SUBJECT_OPENERS or tokens[i + 1].is_cap)
        for i in range(v + 1, k - 1)
    )


def _passive(tokens: list[Token], v: int, k: int) -> bool:
    """ "was convicted", "has been told", "is hailing": a form of "be" before a participle, from v on."""
    seen_be = False
    for tok in tokens[v:k]:
        if not tok.is_word:
            return False
        if tok.low in _BE or tok.low in _HAVE or tag_of(tok.low) == "RB":
            seen_be = seen_be or tok.low in _BE
            continue
        # "is hailing the results but warns": a progressive is left alone too, as the old reading did
        return seen_be and (tag_of(tok.low) in ("VBN", "VBG") or tok.low.endswith("ed"))
    return False
