"""Quoted words in the object of a verb that frames them, in a sentence with no speech verb before
them: "Coach Ma Lin hailed his squad's “perfect” campaign", "He goaded Brown to “have another go”",
"Ferguson filed the lawsuit, calling the order “illegal”". The subject chose those words, so the
quote is theirs; the words after such a verb report no clause, so its attribution serves quotes only.

The verb must be the nearest verb before the quote (no other finite verb, relative clause or quote
between), its subject a name, a pronoun or a description right before it (not a passive: "was
labelled"), and the quote not someone else's words named between ("Brown's claim that “…”").
"""

from __future__ import annotations

from ..wordlists import word_set
from .attribution import _skip_left
from .names import tag_of
from .participles import _clause_subject
from .speaker_before import _subject_left
from .speech_tokens import Attribution, Order, Speaker, Token
from .speech_verbs import _BE, _HARD_BOUNDARIES

_FRAMING = word_set("framing_verbs")
_SPEECH_NOUNS = word_set("speech_nouns", "noun")
_RELATIVE = frozenset({"which", "who", "whom", "whose"})
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_REACH = 40  # tokens before the quote in which the verb and its subject stand
_PERSONS = ("name", "pronoun", "desc")


def framing_attributions(
    tokens: list[Token], found: list[Attribution], sentence_index: int
) -> list[Attribution]:
    """The quote-only attributions of a sentence's quoted words, given the attributions found in it."""
    first_found = min((a.start for a in found), default=None)
    out: list[Attribution] = []
    for qi, tok in enumerate(tokens):
        if not tok.is_mask or (qi and tokens[qi - 1].is_mask):
            continue
        if first_found is not None and first_found < tok.start:
            break  # a speech verb before the quote speaks for it
        framed = _framing_verb(tokens, qi)
        if framed is None:
            continue
        v, speakers = framed
        verb = tokens[v]
        if out and out[-1].verb_start == verb.start:
            continue  # "hailed the “grit” and “spirit”": one attribution for both
        start = min(s.start for s in speakers)
        out.append(
            Attribution(
                sentence_index,
                speakers,
                verb.low,
                verb.start,
                verb.end,
                Order.SPEAKER_FIRST,
                min(start, verb.start),
                max(max(s.end for s in speakers), verb.end),
                quotes_only=True,
            )
        )
    return out


def _framing_verb(tokens: list[Token], qi: int) -> tuple[int, list[Speaker]] | None:
    """The framing verb nearest before the quote at tokens[qi] and its subject, or None."""
    lo = clause_start(tokens, qi, _REACH)
    for v in range(qi - 1, lo - 1, -1):
        tok = tokens[v]
        if tok.is_mask or tok.low in _RELATIVE:
            return None
        if not tok.is_word or tok.is_cap:
            continue
        if tok.low in _FRAMING:
            if _names_other_speech(tokens, v, qi):
                return None
            speakers = [s for s in _subject_of(tokens, v, lo) if s.kind in _PERSONS]
            return (v, speakers) if speakers else None
        if (tok.low in _BE and tok.low not in ("be", "been", "being")) or tag_of(tok.low) in _FINITE:
            return None  # a nearer finite verb: "… the plan, which was “bold”"
    return None


def clause_start(tokens: list[Token], end: int, reach: int) -> int:
    """Where the stretch before tokens[end] begins: after a semicolon, colon or dash, at most `reach`
    tokens back, so a verb and its subject are sought in the clause that leads up to `end`."""
    lo = end - 1
    while lo > 0 and end - lo < reach and tokens[lo - 1].text not in _HARD_BOUNDARIES:
        lo -= 1
    return lo


def _subject_of(tokens: list[Token], v: int, lo: int) -> list[Speaker]:
    """The subject of the verb at v: right before it, or for ", calling …" the clause's before the comma."""
    if tokens[v].low.endswith("ing"):
        return _clause_subject(tokens, v - 1) if v >= 1 and tokens[v - 1].text == "," else []
    j, ok = _skip_left(tokens, v - 1, lo, tokens[v].low)
    if not ok or j < lo or not tokens[j].is_word:
        return []  # "was labelled", "to praise", or no subject next to the verb
    return _subject_left(tokens, j, lo, 0)


def _names_other_speech(tokens: list[Token], v: int, qi: int) -> bool:
    """ "welcomed Brown's promise of “…”": the quoted words are another's speech, named before them."""
    for k in range(v + 1, qi):
        if (
            tokens[k].low in _SPEECH_NOUNS
            and tokens[k - 1].is_cap
            and tokens[k - 1].low.endswith(("'s", "’s"))
        ):
            return True
    return False
