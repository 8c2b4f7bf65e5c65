"""A whole quote right after a sentence of narration about the person who spoke last is theirs: “…,”
said Dana Whitfield. ¶ She also praised the groundsmen. ¶ “They worked through the night.” / Whitfield
thanked the volunteers. “Without them we would have closed.” News tells what a speaker did, then
quotes them again, with no "she said" on the quote. The sentence just before the quote (in its
paragraph, or ending the paragraph before when the quote opens its own) must give nobody speech, hold
no quote, and have as the subject of its main clause that speaker: by a name that is theirs, or by
"he"/"she" fitting them with nobody else named since they last spoke. They must have spoken near
(two paragraphs), in a quote or in reported speech, with no other speaker since."""

from __future__ import annotations

import re

from ..models import Sentence
from ..quotemarks import QuoteSpan
from .document import Document, Target
from .people import Person
from .resolve import ResolvedSpeakers
from .scan import SentenceScan

_REACH = 2  # paragraphs from the speaker's last quote to this one
# "He also praised …", "On Monday, she visited …": the pronoun opens the main clause
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[A-Z][^,.;:!?\x00]{0,60},\s+)?(He|She)\s+[a-z]")


def narrated_speaker(
    doc: Document,
    scan: SentenceScan,
    speakers: ResolvedSpeakers,
    q: QuoteSpan,
    s_open: Sentence,
    last: tuple[Sentence, Target] | None,
) -> Person | None:
    """The last speaker, when the narration sentence before the quote is about them; else None."""
    before = doc.sentence(s_open.index - 1)
    if before is None or before.is_heading or doc.text[s_open.start : q.open].strip(" \"“‘'"):
        return None
    last = _latest_speaker(doc, scan, speakers, before, last)
    if last is None or not isinstance(last[1], Person):
        return None
    said_in, person = last[0], last[1]
    if q.paragraph - said_in.paragraph > _REACH or before.index <= said_in.index:
        return None
    if before.paragraph != q.paragraph and not (
        before.paragraph == q.paragraph - 1 and q.open == doc.paragraph_start.get(q.paragraph)
    ):
        return None
    if any(before.start <= other.open < before.end for other in doc.quotes):
        return None
    between = range(said_in.index + 1, before.index + 1)
    if any(t is not person for i in between for a in scan.by_sentence.get(i, ()) for t in speakers.of(a)):
        return None  # someone else spoke since
    if any(speakers.of(a) for a in scan.by_sentence.get(before.index, ())):
        return None
    mentions = scan.mentions.get(before.index, ())
    subjects = [m for m in mentions if m.subject and m.main]
    if subjects:
        return person if all(m.person is person for m in subjects) else None
    pronoun = _PRONOUN_SUBJECT.match(doc.masked, before.start)
    if pronoun is None or pronoun.end() > before.end:
        return None
    want = "m" if pronoun.group(1) == "He" else "f"
    if person.gender not in (None, want):
        return None
    named = (m.person for i in range(said_in.index + 1, before.index) for m in scan.mentions.get(i, ()))
    return None if any(other is not person for other in named) else person


def _latest_speaker(
    doc: Document,
    scan: SentenceScan,
    speakers: ResolvedSpeakers,
    before: Sentence,
    last: tuple[Sentence, Target] | None,
) -> tuple[Sentence, Target] | None:
    """Whoever spoke last before the narration sentence: the speaker of the latest quote, or of speech
    reported since ("Bell said the club would appeal. ¶ She thanked the fans. ¶ “…”"); None when
    several spoke in that sentence."""
    floor = last[0].index if last is not None else -1
    for index in range(before.index - 1, floor, -1):
        sentence = doc.sentence(index)
        if sentence is None or before.paragraph - sentence.paragraph > _REACH:
            break
        found = {id(t): t for a in scan.by_sentence.get(index, ()) for t in speakers.of(a)}
        if found:
            return (sentence, next(iter(found.values()))) if len(found) == 1 else None
    return last
