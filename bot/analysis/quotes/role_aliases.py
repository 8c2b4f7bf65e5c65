"""Two spellings of one office: "the chief executive" is the "CEO" named before, "the premier" the
"Prime Minister". A description refers back by either, so role words are compared with both. And the
broader words news calls an office's holder by (data/office_broader.txt): "the diplomat" after
"Ambassador X", "the judge" after "Justice X"."""

from __future__ import annotations

from ..wordlists import word_map

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


_BROADER = tuple(
    (frozenset(key.split()), frozenset(words.split())) for key, words in word_map("office_broader").items()
)


def broader(words: set[str]) -> set[str]:
    """The other words a holder of these role words is called by ("ambassador" → "diplomat"), for a
    person's roles only: a description keeps its own words."""
    out: set[str] = set()
    for key, others in _BROADER:
        if key <= words:
            out |= others
    return out
