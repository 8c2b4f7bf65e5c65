"""A role set off after a name by a pair of dashes, as news English sets off an appositive with commas:
"Jo Bell – a magistrate in the city – told …", "backed by Tom Lee — a former campaign adviser — and …"."""

from __future__ import annotations

from .role_heads import opens_noun_phrase
from .roles import clean_role, is_role_modifier
from .speech_tokens import Token, _rejoin

# a hyphen is a token of its own only when spaces set it off: then it is a dash ("Jo Bell - a nurse -")
_DASHES = frozenset({"–", "—", "-"})
_MAX_TOKENS = 30  # a role, not a parenthetical sentence
_SENTENCE_MARKS = frozenset({".", ";", ":", "!", "?"})


def dash_appositive(text: str, tokens: list[Token], after: int) -> tuple[int, str] | None:
    """Where the role starts and its words, when a dash right after a name (tokens[after]) opens a
    noun phrase ("a …", "the …", "the agency's …") that the same dash closes before the sentence ends.
    A dash left open ("Tom Lee — who knows?") or a clause between the dashes gives none."""
    n = len(tokens)
    if after + 2 >= n or tokens[after].text not in _DASHES or not _opens_role(tokens[after + 1].text):
        return None
    b = after + 1
    while b < n and b - after <= _MAX_TOKENS and tokens[b].text != tokens[after].text:
        if tokens[b].text in _SENTENCE_MARKS or tokens[b].is_mask:
            return None
        b += 1
    if b >= n or tokens[b].text != tokens[after].text:
        return None
    role = clean_role(text[tokens[after + 1].start : tokens[b - 1].end], appositive=True)
    return (tokens[after + 1].start, role) if role else None


def dashed_role_before(tokens: list[Token], k: int, lo: int) -> int:
    """ "Jo Bell – chairman of the ward committee – said": where the name ends (an index) when the dash
    at tokens[k], right before a verb, closes a role that the same dash opens after that name; or -1."""
    if k < 3 or tokens[k].text not in _DASHES:
        return -1
    for after in range(k - 2, max(lo, k - _MAX_TOKENS) - 1, -1):
        tok = tokens[after]
        if tok.text in _SENTENCE_MARKS or tok.is_mask:
            return -1
        if tok.text != tokens[k].text:
            continue
        named = after >= 1 and tokens[after - 1].is_cap and tokens[after - 1].is_word
        if not named or not _opens_role(tokens[after + 1].text):
            return -1
        return after - 1 if clean_role(_rejoin(tokens, after + 1, k), appositive=True) else -1
    return -1


def _opens_role(word: str) -> bool:
    """ "a nurse at …", "the agency's …", "Chairman of …": a noun phrase or an office opens the piece,
    not a clause ("– who knows? –")."""
    return opens_noun_phrase(word) or is_role_modifier(word)
