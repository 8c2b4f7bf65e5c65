"""A speaker called by their nationality ("the Spaniard said", "the 24-year-old Brazilian added") is the
person a "he"/"she" would be there, when that person has spoken.

"Coach Tomas Berg praised his players. “We were brave,” the Spaniard said.": news, sports news above all,
calls a person just quoted by where they come from, as it calls them "the 45-year-old". Read as a
capitalised run, "the Spaniard" had become an organisation's name and kept the quote as an unnamed
source. Only the one person who stands out now and has spoken, the same test as "the official said"
(described_back.referred_back): the text rarely says where that person comes from, so the nationality is
no role and says nothing against them. "The Uruguayan reported" (a paper) mid-sentence, with its capital "The",
is a newspaper and stays one.
"""

from __future__ import annotations

import re

from ..wordlists import word_set
from .document import Document
from .names import tag_of
from .people import Person
from .pronoun import Recent, recent_people
from .speech_tokens import Attribution, Speaker

DEMONYMS = word_set("demonyms")
# what may stand between "the" and the nationality: an age, "veteran", "young"
_AGE_OR_KIND = r"(?:\d{1,3}-years?(?:-old)?\s+)?(?:veteran\s+|young\s+)?"
# "the Spaniard", "the 24-year-old Brazilian", "the 29-year Mongolian", "the veteran Argentine"
_DESCRIBED = re.compile(
    r"^(?:(?P<the>[Tt]he)\s+)?" + _AGE_OR_KIND + r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$"
)
# the same words before a run that was read without them
_THE_BEFORE = re.compile(r"(?:^|\s)(?P<the>[Tt]he)\s+" + _AGE_OR_KIND + "$")


def nationality_speaker(
    doc: Document, speaker: Speaker, attribution: Attribution, recent: Recent
) -> Person | None:
    """The person a "the <nationality>" speaker of `attribution` refers back to, or None."""
    if not _one_speaks(attribution.verb):
        return None  # "the Israeli claim that …": the nationality describes a noun, nobody speaks
    found = _DESCRIBED.match(speaker.text.strip())
    if found is None or found.group("who").lower() not in DEMONYMS:
        return None
    the = found.group("the")
    if the is None:  # the run read as a name may have left "the" and an age outside it
        lo = max(0, speaker.start - 40)
        before = _THE_BEFORE.search(doc.masked[lo : speaker.start])
        if before is None:
            return None
        the, start = before.group("the"), lo + before.start("the")
    else:
        start = speaker.start
    if the == "The" and not _opens_sentence(doc, attribution.sentence, start):
        return None  # "The Uruguayan reported": a newspaper's name
    near = recent_people(recent)
    chosen = recent.most_salient(near) if near else None
    if not isinstance(chosen, Person) or id(chosen) not in recent.spoke:
        return None
    return chosen


def _one_speaks(verb: str) -> bool:
    """A verb form one person speaks with: past ("said") or "-s" ("says"), not "claim"."""
    word = verb.split()[0].lower() if verb.strip() else ""
    return word.endswith(("s", "ed")) or tag_of(word) in ("VBD", "VBN", "VBZ")


def _opens_sentence(doc: Document, sentence: int, pos: int) -> bool:
    """Nothing but quoted words, punctuation or spaces between the sentence's start and `pos`."""
    found = doc.sentence(sentence)
    if found is None:
        return False
    return not re.search(r"[A-Za-z0-9]", doc.masked[found.start : pos])
