"""A quote, then only its speaker and a verb to close the sentence: "“…,” Dana Whitfield remembers.",
"“…,” she laughed." The frame itself says the verb reports the quote, whatever the verb (the word lists
hold "remembers" as no speech, since "remembers the war" is none). Only a name or "he"/"she" between
the quote and the verb, and nothing but a full stop or comma after it. Inverted, the verb right after
the quote and its speaker after the verb ("“…,” beamed Dana Whitfield", "“…,” tweeted the mayor")."""

from __future__ import annotations

from collections.abc import Container

from .name_runs import run_left
from .names import tag_of
from .speech_tokens import Token, _index_at, _is_name_token

_FINITE = frozenset({"VBD", "VBZ"})
_AUXILIARIES = frozenset({"is", "was", "has", "had", "does", "did"})


def quote_frame_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The verb at tokens[i] closes "“…,” NAME VERB." (or "he"/"she"): the verb and the index after it."""
    tok = tokens[i]
    n = len(tokens)
    if not tok.text.islower() or tag_of(tok.low) not in _FINITE or tok.low in _AUXILIARIES:
        return None
    if i + 1 < n and tokens[i + 1].text not in (".", ","):
        return None
    k = i - 1
    if k < 0:
        return None
    if tokens[k].low in ("he", "she"):
        k -= 1
    elif _is_name_token(tokens[k]):
        k = run_left(tokens, k, 0) - 1
    else:
        return None
    if k >= 1 and tokens[k].text == ",":
        k -= 1
    return (tok.low, i + 1) if k >= 0 and tokens[k].is_mask else None


_PAST_OR_PRESENT = frozenset({"VBD", "VBZ", "VBN"})


def follows_quote(tokens: list[Token], i: int) -> bool:
    """tokens[i] stands right after a quote, or after a quote and a comma: "“…,” VERB", "“…”, VERB"."""
    return i >= 1 and (
        tokens[i - 1].is_mask or (i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].is_mask)
    )


def inverted_frame_verb(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The verb at tokens[i] opens "“…,” VERB SPEAKER": a past or present verb in lower case right
    after the quote, then a capitalised word or "the" ("“…,” beamed Dana Whitfield", "“…,” ruled the
    judge"). Whether a speaker follows is for the inversion to read (attribution._attribution_at)."""
    tok = tokens[i]
    if not tok.text.islower() or tok.low in _AUXILIARIES or not follows_quote(tokens, i):
        return None
    tag = tag_of(tok.low)
    if tag not in _PAST_OR_PRESENT and not (tag == "" and tok.low.endswith("ed")):
        return None
    if i + 1 >= len(tokens):
        return None
    after = tokens[i + 1]
    if not (after.text[:1].isupper() or after.low == "the"):
        return None
    return tok.low, i + 1


def quote_then_verb(tokens: list[Token], i: int) -> bool:
    """ "“…,” tweeted the mayor.", "“…,” beamed Dana Whitfield.": any verb right after a whole quote that
    opens its sentence (or follows a colon) may take its speaker after it, as "said" does; a quoted
    title ("The “Buy Local” rule angered Kestrel") stands inside its sentence."""
    if not follows_quote(tokens, i):
        return False
    m = i - 1 if tokens[i - 1].is_mask else i - 2
    return m == 0 or tokens[m - 1].text in (":", ";")


def speaker_closes(tokens: list[Token], end: int, circumstances: Container[str]) -> bool:
    """Nothing but a full stop, a comma or a circumstance ("on Monday", "in a statement") after the
    speaker of an inverted frame, which ends at `end`: "“Hamlet” won Tony awards" has more to say."""
    j = _index_at(tokens, end)
    return j >= len(tokens) or tokens[j].text in (".", ",", ";", "!", "?") or tokens[j].low in circumstances
