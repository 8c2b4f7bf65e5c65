"""Where the clause that a role set off before a name opens begins: the sentence's start, after
"that" or a speech verb, or after short adverbials or a participle phrase set off by commas ("Earlier
this month, | …", "Speaking at the launch, | the police spokesman, Jo Bell, said")."""

from __future__ import annotations

from .names import tag_of
from .speech_tokens import Token


def after_opening_adverbial(tokens: list[Token], a: int) -> bool:
    """ "Earlier, | the chairman of …", "On Monday, | …", "Earlier this month, in a speech at the summit,
    | …": tokens[a] follows short verbless adverbials that open the sentence, each set off by a comma,
    so it opens the clause as it would the sentence."""
    if a < 2 or tokens[a - 1].text != ",":
        return False
    pieces: list[list[Token]] = [[]]
    for tok in tokens[: a - 1]:
        if tok.text == ",":
            pieces.append([])
        elif tok.is_word:
            pieces[-1].append(tok)
        elif tok.text not in _APOSTROPHES:
            return False  # a quote, a bracket or a dash: no plain adverbial
    words = sum(len(piece) for piece in pieces)
    if words > _MAX_ADVERBIAL * len(pieces) or len(pieces) > _MAX_PIECES:
        return False
    return all(_adverbial(piece) for piece in pieces)


def _adverbial(piece: list[Token]) -> bool:
    """ "Earlier this month", "in his statement during the opening ceremony", "Speaking at the
    launch": an adverb, a preposition or a participle opens the piece and no finite verb is in it."""
    if not piece or (tag_of(piece[0].low) not in ("RB", "RBR", "IN") and not _participle_opens(piece)):
        return False
    return not any(tag_of(t.low) in ("VBD", "VBZ", "VBP", "MD") for t in piece)


def _participle_opens(piece: list[Token]) -> bool:
    """ "Speaking at the launch", "Addressing reporters": an -ing verb with its object or preposition,
    a clause whose subject is the one named after it."""
    first = piece[0]
    return len(piece) > 1 and first.low.endswith("ing") and tag_of(first.low) == "VBG" and not first.is_mask


_APOSTROPHES = frozenset({"'", "’"})  # "the Foreign Ministers’ Meeting": a plural's possessive mark
_MAX_PIECES = 3  # adverbials set off one after another before the office
_MAX_ADVERBIAL = 12  # words of an opening adverbial ("After a goalless draw in the first leg on Sunday")
CLAUSE_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
_CLAUSE_BEFORE = frozenset({"that", "said", "says"})


def opens_sentence_at(tokens: list[Token], a: int) -> bool:
    """tokens[a] opens the sentence or a clause after "that", perhaps after a quote mark, dash or colon."""
    if a > 0 and tokens[a - 1].low in _CLAUSE_BEFORE:
        # "… alleged that Minister of Transport, Ports and Aviation, Jo Bell, had …", "he said Chief
        # Minister, Jo Bell has assured …" (a reported clause without "that")
        return True
    if a > 0 and tokens[a - 1].low in CLAUSE_CONJUNCTIONS and opens_sentence_at(tokens, a - 1):
        return True  # "But Ghana coach, Jo Bell, …"
    return a == 0 or (not tokens[a - 1].is_word and tokens[a - 1].text not in (",", "(", ")"))
