"""A sentence in the first person right after someone's reported speech is still theirs: "Kessler said
the port would reopen in May. We have waited long enough for it." News is written in the third person,
so a "we" or "I" outside quote marks, after a clause reported for one person, is that person's voice
carried on without a "she said" (as translated and agency copy often writes it). Only the sentence
right after the one holding that person's reported clause and nobody else's, in its paragraph or
opening the next, with no attribution of its own and no quoted words; and never in an article whose
writer speaks in the first person (a column, a memoir: "I" or "we" where nobody spoke just before)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..models import Quote
from .direct import Attributed
from .document import Document
from .people import Person
from .resolve import ResolvedSpeakers
from .rules import QuoteRule
from .scan import SentenceScan
from .speech_tokens import MASK

# "US" is a country and "World War I" a war: only a lower-case "us", and "I" before a verb
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Mm]y|me|us)\b|\bI(?:\s+[a-z]|['’](?:m|ve|ll|d)\b)")


def first_person_after(
    doc: Document, scan: SentenceScan, speakers: ResolvedSpeakers, reported: Sequence[Attributed]
) -> list[Attributed]:
    """The reported clauses in `reported`, each followed by the first-person sentence after it that
    carries its speaker's words on."""
    by_sentence: dict[int, list[Attributed]] = {}
    for item in reported:
        by_sentence.setdefault(item.quote.sentence_index, []).append(item)
    if _writer_speaks(doc, scan, by_sentence):
        return list(reported)
    carried: dict[int, Attributed] = {}
    for index, items in by_sentence.items():
        target = items[0].target
        if not isinstance(target, Person) or any(item.target is not target for item in items):
            continue
        said = doc.sentence(index)
        follow = doc.sentence(index + 1)
        if said is None or follow is None or follow.is_heading or follow.index in by_sentence:
            continue
        if follow.paragraph - said.paragraph > 1 or scan.by_sentence.get(follow.index):
            continue
        if any(t is not target for a in scan.by_sentence.get(index, ()) for t in speakers.of(a)):
            continue  # another speaker in that sentence: whose voice carries on is unclear
        body = doc.masked[follow.start : follow.end]
        if MASK in body or not _FIRST_PERSON.search(body):
            continue
        span = doc.trim(follow.start, follow.end)
        if span is None:
            continue
        a, b = span
        b -= 1 if doc.text[b - 1] in ".!?" else 0
        quote = Quote(doc.text[a:b], "indirect", a, b, follow.index, QuoteRule.FIRST_PERSON_AFTER)
        carried[index] = Attributed(target, quote)
    out: list[Attributed] = []
    for i, item in enumerate(reported):
        out.append(item)
        index = item.quote.sentence_index
        if (i + 1 == len(reported) or reported[i + 1].quote.sentence_index != index) and index in carried:
            out.append(carried.pop(index))
    return out


def _writer_speaks(doc: Document, scan: SentenceScan, reported: Mapping[int, object]) -> bool:
    """A sentence in the first person outside quote marks that follows no speech and has no speech verb
    of its own: the writer's own voice, so "we" after a reported clause may be theirs too."""
    for sentence in doc.sentences:
        index = sentence.index
        if sentence.is_heading or index in reported or scan.by_sentence.get(index):
            continue
        if index - 1 in reported or scan.by_sentence.get(index - 1):
            continue
        body = doc.masked[sentence.start : sentence.end]
        if MASK not in body and _FIRST_PERSON.search(body):
            return True
    return False
