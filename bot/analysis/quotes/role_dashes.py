"""A role set off after a name by a pair of dashes, as news English sets off an appositive with commas:
"Jo Bell – a magistrate in the city – told …", "backed by Tom Lee — a former campaign adviser — and …"."""

from __future__ import annotations

from .role_heads import opens_noun_phrase
from .roles import clean_role
from .speech_tokens import Token

_DASHES = frozenset({"–", "—"})
_MAX_TOKENS = 30  # a role, not a parenthetical sentence
_SENTENCE_MARKS = frozenset({".", ";", ":", "!", "?"})


def dash_appositive(text: str, tokens: list[Token], after: int) -> tuple[int, str] | None:
    """Where the role starts and its words, when a dash right after a name (tokens[after]) opens a
    noun phrase ("a …", "the …", "the agency's …") that the same dash closes before the sentence ends.
    A dash left open ("Tom Lee — who knows?") or a clause between the dashes gives none."""
    n = len(tokens)
    if after + 2 >= n or tokens[after].text not in _DASHES or not opens_noun_phrase(tokens[after + 1].text):
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
