"""Verbs that report by the clause they take: "She bemoaned that prices rose", "He affirmed on Monday
that the cabinet stays". A finite verb whose object is "that" and a clause reports what its subject
said or holds, whichever verb it is, so the speech-verb lists need not name every one of them; the
verbs that take such a clause without reporting anything said (knowing, finding, causing: "found
that", "meant that", "ensured that") are listed in data/not_reporting_verbs.txt.

Only a verb the lists do not know comes here, and attribution.py credits it only to a person, a
pronoun, a described person or a group ("named_speaker" verbs), never to a bare organisation.
"""

from __future__ import annotations

from ..wordlists import word_set
from .names import tag_of
from .speech_tokens import Token
from .speech_verbs import _BE, _WEEKDAYS

_NOT_REPORTING = word_set("not_reporting_verbs")
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_SETTINGS = word_set("speech_settings")
_PP_OPENERS = frozenset(
    {"on", "in", "at", "during", "to", "before", "after", "via", "last", "this", "earlier"}
)
_PP_WORDS = 6  # "affirmed in a written statement on Monday that": a short circumstance
_CLAUSE_REACH = 8  # words after "that" in which the clause's verb stands
# words that end the reach of a clause's verb: a second clause or a relative one starts
# ("renewed that prediction even before the deal was announced", "used that fact to attack …": "that"
# was a determiner, its noun no subject)
_CLAUSE_BREAKS = frozenset(
    {"and", "or", "but", "because", "when", "while", "which", "who", "if", "although", "to"}
    | {"before", "after", "since", "until", "than", "as"}
)
# words that cannot follow a determiner "that" ("that plan"), so after them "that" is a conjunction
_OPENS_SUBJECT = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "we", "i"}
)


def that_clause_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The verb at tokens[i] and the index past it when it takes "that" and a clause, maybe after a
    short circumstance ("posted on Facebook that", "ruled on Monday that"); else None."""
    if i + 1 >= len(tokens) or (tokens[i + 1].low != "that" and tokens[i + 1].low not in _PP_OPENERS):
        return None  # the common case, first: no "that" or circumstance after the word
    tok = tokens[i]
    if not tok.is_word or not tok.text.islower() or tok.low in _BE or tok.low in _NOT_REPORTING:
        return None
    if tag_of(tok.low) not in ("VBD", "VBZ", "VBN") and not _verb_in_s(tok.low) and not _after_do(tokens, i):
        return None  # the lexicon tags "informed", "clarified" VBN
    if _in_question(tokens, i):
        return None
    that = _that_after(tokens, i + 1)
    if that is None or not _clause_after(tokens, that + 1):
        return None
    return tok.low, i + 1


def verb_and_clause(tokens: list[Token], i: int, j: int) -> tuple[str, int] | None:
    """The verb `tokens[i]` with its complement `tokens[j]` ("made clear", "was adamant") and where the
    clause it reports starts: after an optional "that", a clause with a verb of its own must follow."""
    n = len(tokens)
    verb = tokens[i].low + " " + tokens[j].low
    j += 1
    if j < n and tokens[j].low == "that":
        j += 1
    if j >= n or not _clause_after(tokens, j):
        return None
    return verb, j


def _after_do(tokens: list[Token], i: int) -> bool:
    """A base form after emphatic "did"/"does" is the finite verb: "Deans did concede that …"."""
    return i >= 1 and tokens[i - 1].low in ("did", "does", "do") and tag_of(tokens[i].low) in ("VB", "VBP")


def _verb_in_s(low: str) -> bool:
    """A present form the lexicon reads as a plural noun ("estimates", "fears") whose past form is a
    verb ("estimated"): before "that" and a clause it is the verb ("Ruiz estimates that …")."""
    if low.endswith("es") and tag_of(low[:-1] + "d") in ("VBD", "VBN"):
        return True  # "estimates" → "estimated"
    return low.endswith("s") and not low.endswith("ss") and tag_of(low[:-1] + "ed") in ("VBD", "VBN")


def _that_after(tokens: list[Token], j: int) -> int | None:
    """Index of the "that" at tokens[j] or after a short circumstance ending in a name, a weekday or
    a setting ("on Monday", "on Facebook", "in a statement"): a phrase ending in another noun may be
    the head of a relative clause ("worked in a bank that the family owned")."""
    n = len(tokens)
    if j < n and tokens[j].low == "that":
        return j
    if j >= n or tokens[j].low not in _PP_OPENERS:
        return None
    for k in range(j + 1, min(n, j + 1 + _PP_WORDS)):
        tok = tokens[k]
        if tok.low == "that":
            last = tokens[k - 1]
            ends_well = last.is_cap or last.low in _WEEKDAYS or last.low in _SETTINGS
            return k if k - 1 > j and ends_well else None
        if not tok.is_word or tok.is_mask or tag_of(tok.low).startswith(("VB", "MD")):
            return None  # "sought to bolster his case that …": an infinitive, no circumstance
    return None


def _clause_after(tokens: list[Token], j: int) -> bool:
    """A clause follows: a subject first (not a verb: "backed that would …" makes "that" the subject),
    then a finite verb within a few words, before any comma or second clause ("that plan and left")."""
    n = len(tokens)
    if j >= n or not tokens[j].is_word or tag_of(tokens[j].low) in (*_FINITE_TAGS, "TO"):
        return False
    # "that the council ignored …": before an article or a subject pronoun "that" can only open a
    # clause, so a past form the lexicon tags as a participle ("ignored", "resorted") is its verb
    verbs = (*_FINITE_TAGS, "VB", "VBN") if tokens[j].low in _OPENS_SUBJECT else (*_FINITE_TAGS, "VB")
    for tok in tokens[j + 1 : min(n, j + 1 + _CLAUSE_REACH)]:
        if not tok.is_word or tok.low in _CLAUSE_BREAKS:
            return tok.is_mask
        if tok.low in _BE or tok.low.endswith("n't") or tag_of(tok.low) in verbs:
            return True  # "VB": the lexicon tags a plural subject's verb "defy" as a base form
    return False


def _in_question(tokens: list[Token], i: int) -> bool:
    """The verb stands in an embedded question ("Asked if he thought that …", "whether she believed
    that …"): what is asked, not what the subject said."""
    for tok in reversed(tokens[max(0, i - 4) : i]):
        if not tok.is_word:
            return False
        if tok.low in ("if", "whether"):
            return True
    return False
