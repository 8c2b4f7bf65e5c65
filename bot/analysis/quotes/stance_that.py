"""Reporting by a stated stance: "She was adamant the council should act", "He was optimistic that
prices would fall", "The minister is confident that the deal holds", "He was of the view that …". A
form of "be" with an adjective of asserted certainty or expectation and a that-clause tells what its
subject said as a verb of saying would ("insisted", "predicted"), so the clause is reported speech.
Only the stance adjectives below count: feelings ("was happy that", "was worried that") and states
("was aware that", "was likely that") are left alone, and without a clause after nothing is read.
"""

from __future__ import annotations

from .speech_tokens import Token
from .speech_verbs import _BE
from .that_clause import verb_and_clause

# adjectives that assert what the subject holds or expects, as a verb of saying would
_STANCE = frozenset(
    {
        "adamant",
        "optimistic",
        "pessimistic",
        "confident",
        "hopeful",
        "convinced",
        "certain",
        "emphatic",
        "insistent",
        "categorical",
        "upbeat",
        "unequivocal",
    }
)
# "was of the view that", "is of the opinion that"
_VIEW_NOUNS = frozenset({"view", "opinion"})
# "was very confident", "remained quietly optimistic": degree words before the adjective
_DEGREE = frozenset({"very", "quite", "fairly", "cautiously", "quietly", "so", "absolutely", "also", "still"})
BE_FORMS = _BE | frozenset({"remained", "remains"})


def stance_that(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """("was adamant", index where the reported clause starts) when tokens[i] opens "was (very)
    adamant (that) <clause>" or "was of the view that <clause>"; else None."""
    if tokens[i].low not in BE_FORMS or not tokens[i].text.islower():
        return None
    n = len(tokens)
    j = i + 1
    while j < n and tokens[j].low in _DEGREE:
        j += 1
    if j >= n or not tokens[j].text.islower():
        return None
    if (
        tokens[j].low == "of"
        and j + 2 < n
        and tokens[j + 1].low == "the"
        and tokens[j + 2].low in _VIEW_NOUNS
    ):
        j += 2
        if j + 1 >= n or tokens[j + 1].low != "that":
            return None  # "of the view" needs its "that": "was of the view it …" is rare, "of the opinion pages" is not
    elif tokens[j].low not in _STANCE:
        return None
    return verb_and_clause(tokens, i, j)
