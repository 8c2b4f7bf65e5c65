"""A quote, then only its speaker and a verb to close the sentence: "“…,” Dana Whitfield remembers.",
"“…,” she laughed." The frame itself says the verb reports the quote, whatever the verb (the word lists
hold "remembers" as no speech, since "remembers the war" is none). Only a name or "he"/"she" between
the quote and the verb, and nothing but a full stop or comma after it."""

from __future__ import annotations

from .name_runs import run_left
from .names import tag_of
from .speech_tokens import Token, _is_name_token

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
