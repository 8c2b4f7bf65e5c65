"""Two spellings of one office: "the chief executive" is the "CEO" named before, "the premier" the
"Prime Minister". A description refers back by either, so role words are compared with both."""

from __future__ import annotations

# (the words of the long form, the short form): general news English, no names
_ALIASES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset(["chief", "executive"]), "ceo"),
    (frozenset(["chief", "financial", "officer"]), "cfo"),
    (frozenset(["chief", "operating", "officer"]), "coo"),
    (frozenset(["prime minister"]), "premier"),  # one word: a rank before an office (role_fit)
)


def with_aliases(words: set[str]) -> set[str]:
    """The lower-case role words with the other spelling of each office they hold added."""
    out = set(words)
    for long_form, short in _ALIASES:
        if long_form <= words:
            out.add(short)
        elif short in words:
            out |= long_form
    return out
