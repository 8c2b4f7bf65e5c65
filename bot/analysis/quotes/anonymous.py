"""A source the article says is not named ("a policeman said, not giving his name", "an official who
spoke on condition of anonymity"): no named person is that source, so the build stage never links it."""

from __future__ import annotations

import re

# How news English says a name is withheld: anonymity, declining or asking not to be named or
# identified, not giving (or not wanting to give) one's name.
_WITHHELD = re.compile(
    r"\b(?:condition\s+of\s+anonymity|anonymously"
    r"|(?:declin|refus|ask|want|wish)\w*\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|(?:not|without|declin\w*\s+to|refus\w*\s+to|(?:did|would|could)\s*(?:n['’]t|\s+not)\s+)"
    r"\s*(?:giving|give|to\s+give|provid\w*)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“‘'])")
_REACH = 250  # characters on either side of the quotes: the sentence that attributes them


def withheld_name(text: str, start: int, end: int) -> bool:
    """The sentence around text[start:end] (a source's quotes) says the source's name is withheld."""
    left = text[max(0, start - _REACH) : start]
    ends = list(_SENTENCE_END.finditer(left))
    lo = max(0, start - _REACH) + (ends[-1].end() if ends else 0)
    after = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    hi = after.start() + 1 if after else min(len(text), end + _REACH)
    return bool(_WITHHELD.search(text, lo, hi))
