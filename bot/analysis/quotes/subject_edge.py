"""Where a subject left of a speech verb really ends: before the full stop of an abbreviation that closes
a name, and before a short bracketed aside (kept: it may be the speaker's role)."""

from __future__ import annotations

from .names import NAME_SUFFIXES, ORG_WORDS
from .speech_tokens import Token, _rejoin


def before_abbreviation_dot(tokens: list[Token], k: int, lo: int) -> int:
    """k, or the token before a full stop that closes an abbreviation ("Martin Luther King Jr. said")."""
    tok = tokens[k]
    if (
        tok.text == "."
        and k - 1 >= lo
        and tokens[k - 1].end == tok.start
        and (
            tokens[k - 1].low in NAME_SUFFIXES
            or tokens[k - 1].low in ORG_WORDS
            or len(tokens[k - 1].text) == 1
        )
    ):
        return k - 1
    return k


def before_parenthesis(tokens: list[Token], k: int, lo: int) -> tuple[int, str | None]:
    """(the token before a short bracketed aside ending at k, the aside), or (k, None) when there is none."""
    if tokens[k].text != ")":
        return k, None
    j = k - 1
    while j >= lo and k - j < 8 and tokens[j].text != "(":
        j -= 1
    if j >= lo and tokens[j].text == "(":
        return j - 1, _rejoin(tokens, j + 1, k)
    return k, None
