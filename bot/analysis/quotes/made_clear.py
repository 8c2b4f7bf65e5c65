"""Reporting by "make it clear": "The minister made it clear that the budget stays", "She has made
clear the state will not pay", "He made it known that he would run". The verb "make" with an object
complement ("it" and "clear", "plain" or "known") states what its subject said as plainly as "said",
so the clause after it is reported speech; without a clause after ("made clear its opposition",
"made it clear to voters") nothing is read.
"""

from __future__ import annotations

from .speech_tokens import Token
from .that_clause import verb_and_clause

_MAKE = frozenset({"made", "makes", "make"})
_COMPLEMENTS = frozenset({"clear", "plain", "known"})
# "made it abundantly clear", "made very plain": degree words before the complement
_DEGREE = frozenset({"very", "abundantly", "perfectly", "quite", "crystal", "absolutely", "all", "so"})


def made_clear(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """("made clear", index where the reported clause starts) when tokens[i] opens "made (it) clear
    (that) <clause>"; else None."""
    if tokens[i].low not in _MAKE:
        return None
    n = len(tokens)
    j = i + 1
    if j < n and tokens[j].low == "it":
        j += 1
    while j < n and tokens[j].low in _DEGREE:
        j += 1
    if j >= n or tokens[j].low not in _COMPLEMENTS or not tokens[j].text.islower():
        return None
    return verb_and_clause(tokens, i, j)
