"""Team-sport positions that are also common words ("forward", "guard"), read as a role before a name
only where a modifier says they name a player: "US forward Jo Bell", "veteran guard Jo Bell"; "put
forward Jo Bell" is a verb's particle."""

from __future__ import annotations

from ..wordlists import word_set
from .names import is_function_word, tag_of
from .roles import is_role_modifier
from .speech_tokens import Token

POSITIONS = word_set("position_words")


def position_before_name(tokens: list[Token], k: int, lo: int) -> bool:
    """tokens[k] is such a position, in lower case, after a capitalised word, an adjective or a role
    modifier."""
    tok = tokens[k]
    if not tok.text.islower() or tok.low not in POSITIONS or k - 1 < lo:
        return False
    before = tokens[k - 1]
    if not before.is_word:
        return False
    if before.is_cap:  # "US forward": an acronym, though "us" is a function word
        return before.text.isupper() or not is_function_word(before.text)
    return tag_of(before.low) == "JJ" or is_role_modifier(before.text)
