"""Stage 4: indirect quotes, the reported clause of each attribution ("Whitfield said the deal was
off"). It reads the passages the direct stage took as whole quotes as masked, so it needs that
stage's result."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Quote, Sentence
from ..text import DATELINE
from . import reported
from .clauses import ClauseReader, opens_with_quote
from .direct import Attributed, DirectQuotes
from .document import (
    CIRCUMSTANCE,
    CONTENT_WORD,
    DESCRIPTION_WORDS,
    SELF_STANDING,
    WINDOW,
    Document,
    has_verb,
)
from .first_person import first_person_after
from .resolve import ResolvedSpeakers
from .rules import QuoteRule
from .scan import SentenceScan
from .speech_tokens import MASK, Attribution, Order


@dataclass(frozen=True, slots=True)
class IndirectQuotes:
    quotes: tuple[Attributed, ...]  # in text order; a speaker's overlapping clauses kept once


def indirect_quotes(
    doc: Document, scan: SentenceScan, speakers: ResolvedSpeakers, direct: DirectQuotes
) -> IndirectQuotes:
    reader = ClauseReader(doc, scan, direct.full_quotes)
    out: list[Attributed] = []
    last_indirect: dict[int, tuple[int, int]] = {}
    for sentence in doc.sentences:
        found = scan.by_sentence.get(sentence.index)
        if not found:
            continue
        clauses = reader.clauses(sentence)
        for attribution in found:
            targets = speakers.of(attribution)
            if not targets or attribution.order is Order.LABEL or attribution.quotes_only:
                continue
            for a, b, rule in _reported_spans(
                doc, reader, attribution, sentence, clauses.get(id(attribution)), found
            ):
                if a == doc.paragraph_start.get(sentence.paragraph, -1):
                    dateline = DATELINE.match(doc.text, a, b)
                    if dateline:
                        a = dateline.end()  # "LONDON (Reuters) - " is not part of what was said
                quote = Quote(doc.text[a:b], "indirect", a, b, sentence.index, rule)
                for target in targets:
                    # clauses come in text order, so only the target's latest indirect quote can overlap
                    previous = last_indirect.get(id(target))
                    if previous is None or not (previous[0] < b and a < previous[1]):
                        out.append(Attributed(target, quote))
                        last_indirect[id(target)] = (a, b)
    return IndirectQuotes(tuple(first_person_after(doc, scan, speakers, out)))


def _reported_spans(
    doc: Document,
    reader: ClauseReader,
    attribution: Attribution,
    sentence: Sentence,
    clause: tuple[int, int] | None,
    others: Sequence[Attribution],
) -> list[tuple[int, int, QuoteRule]]:
    """What the attribution reports, cut to the reported clause without its "said X" (reported.py);
    the stretch the rule found when a cut would leave too little."""
    c0, c1 = clause or (sentence.start, sentence.end)
    interrupted = reported.interrupted_clause(
        doc, attribution, _after_whole_quote(doc, reader, c0, attribution), c1, others
    )
    if interrupted is not None:
        return [(*interrupted, QuoteRule.CLAUSE_AROUND_VERB)]
    ending = _clause_ending_in_quote(doc, reader, attribution, c0, c1, others)
    before = [(*ending, QuoteRule.CLAUSE_BEFORE_VERB)] if ending is not None else []
    span = _reported_span(doc, reader, attribution, sentence, clause)
    if span is None:
        return before
    a, b, rule = span
    if rule is QuoteRule.CLAUSE_AFTER_VERB:
        cut = reported.clause_after_verb(doc, attribution, a, b, others)
    elif rule is QuoteRule.CLAUSE_BEFORE_VERB:
        cut = reported.clause_before_verb(doc, attribution, a, b)
    elif rule is QuoteRule.SPEECH_AFTER_QUOTE:
        after = reported.speech_after_participle(doc, a, b)
        cut = [after] if after is not None else []
    else:
        cut = []
    return before + ([(x, y, rule) for x, y in cut] or [span])


def _after_whole_quote(doc: Document, reader: ClauseReader, c0: int, attribution: Attribution) -> int:
    """The clause's start past any whole quote before the attribution."""
    span = _piece(doc, reader, c0, attribution.start, attribution)
    return span[0] if span is not None else c0


_ENDS_IN_QUOTE = re.compile(MASK + r"+[\s,]*$")


def _clause_ending_in_quote(
    doc: Document,
    reader: ClauseReader,
    attribution: Attribution,
    c0: int,
    c1: int,
    others: Sequence[Attribution],
) -> tuple[int, int] | None:
    """The decline was “surprising,” said analyst Ali Nouri: a clause whose last words are quoted, right
    before the attribution that closes it, is reported speech as a whole (the quote stays a direct quote
    too); not a quote set off by a colon or comma, nor one after another speaker's verb."""
    opening = reported.speaker_opening(doc, attribution)
    left = doc.masked[c0:opening]
    quoted = _ENDS_IN_QUOTE.search(left)
    if quoted is None:
        return None
    head = reader.view(c0, c0 + quoted.start())  # partial quotes before it read as words
    if MASK in head or head.rstrip().endswith((":", ",")) or len(CONTENT_WORD.findall(head)) < 3:
        return None
    if any(c0 <= other.start < attribution.start for other in others if other is not attribution):
        return None
    if not has_verb(doc.text[c0 : attribution.start]) or not reader.trailing(attribution, c1):
        return None
    return doc.trim(c0, opening)


def _reported_span(
    doc: Document,
    reader: ClauseReader,
    attribution: Attribution,
    sentence: Sentence,
    clause: tuple[int, int] | None,
) -> tuple[int, int, QuoteRule] | None:
    """The first rule that finds what the attribution reports, in order."""
    c0, c1 = clause or (sentence.start, sentence.end)
    left = doc.masked[max(c0, attribution.start - WINDOW) : reported.speaker_opening(doc, attribution)]
    if re.search(MASK + r"[\s,—–-]*$", left):
        return _with(_speech_after_quote(doc, reader, attribution, c1), QuoteRule.SPEECH_AFTER_QUOTE)
    if _clause_after_verb(reader, attribution, c1):
        return _with(_piece(doc, reader, c0, c1, attribution), QuoteRule.CLAUSE_AFTER_VERB)
    if _clause_before_verb(reader, attribution, left, c0, c1):
        return _with(_piece(doc, reader, c0, c1, attribution), QuoteRule.CLAUSE_BEFORE_VERB)
    if attribution.verb in SELF_STANDING:
        return _with(doc.trim(c0, c1), QuoteRule.SELF_STANDING_VERB)
    return None


def _with(span: tuple[int, int] | None, rule: QuoteRule) -> tuple[int, int, QuoteRule] | None:
    return None if span is None else (*span, rule)


def _speech_after_quote(
    doc: Document, reader: ClauseReader, attribution: Attribution, c1: int
) -> tuple[int, int] | None:
    """“We will appeal,” she said, adding that the ruling was wrong: after a quote, the words after
    the attribution are reported too, unless they describe the speaker ("…," said X, a partner at Y)."""
    rest_start = max(attribution.intro_end, max(s.end for s in attribution.speakers))
    rest = reader.view(rest_start, min(c1, rest_start + WINDOW))
    if MASK in rest:
        rest = rest[: rest.index(MASK)]
    first = CONTENT_WORD.search(rest)
    if first is None or first.group()[0].isupper() or first.group().lower() in DESCRIPTION_WORDS:
        return None
    end = rest_start + len(rest)
    if CIRCUMSTANCE.match(rest):
        # "…,” Trump said at a rally in San Diego, adding that …": the participle after the circumstance
        participle = reported.carried_on(doc, rest_start, end)
        if participle is None:
            return None
        rest_start = participle
    if reader.content_words(rest_start, end) < 3:
        return None
    return doc.trim(rest_start, end)


def _clause_after_verb(reader: ClauseReader, attribution: Attribution, c1: int) -> bool:
    """Whitfield said the deal was off: a clause of its own after the verb (not a circumstance that
    introduces a quote, as in `said on Monday: “…”`)."""
    if attribution.order not in (Order.SPEAKER_FIRST, Order.ACCORDING_TO):
        return False
    after = reader.view(attribution.intro_end, c1)
    before_full = after[: after.index(MASK)] if MASK in after else after
    introduces = MASK in after and before_full.rstrip().endswith((":", ","))
    reported = reader.reports(attribution.intro_end, c1, attribution.verb)
    return reported and not (introduces and CIRCUMSTANCE.match(before_full))


def _clause_before_verb(reader: ClauseReader, attribution: Attribution, left: str, c0: int, c1: int) -> bool:
    """The deal was off, Whitfield said. / …, said Whitfield. / … that the deal was off which she said:
    three content words or more before an attribution that closes its clause."""
    reported_before = (
        re.search(r",\s*$", left)
        or attribution.order is Order.VERB_FIRST
        or re.search(r"\b(?:that|which)\s*$", left)
    )
    # "Ruiz said the deal that Reyes announced was off": the words before are Ruiz's, not Reyes's
    spoken_before = any(
        c0 <= other.start for other in reader.near(attribution.sentence, attribution.start, 1, 0)
    )
    return bool(
        reported_before
        and not spoken_before
        and reader.trailing(attribution, c1)
        and _enough_said(reader, max(c0, attribution.start - WINDOW), attribution.start)
    )


def _enough_said(reader: ClauseReader, a: int, b: int) -> bool:
    """Three content words, or a short clause with a verb of its own: "It will not work, she said"."""
    content = reader.content_words(a, b)
    if content >= 3:
        return True
    view = reader.view(a, b)
    return content >= 1 and len(CONTENT_WORD.findall(view)) >= 3 and has_verb(view)


def _piece(
    doc: Document, reader: ClauseReader, c0: int, c1: int, attribution: Attribution
) -> tuple[int, int] | None:
    """The clause without its whole quotes: the contiguous stretch around the attribution."""
    a, b = c0, c1
    first = max(0, bisect.bisect_left(doc.quote_opens, c0) - 1)
    last = bisect.bisect_left(doc.quote_opens, c1)
    for q in doc.quotes[first:last]:
        if q.close <= c0 or q.open >= c1 or q.open not in reader.full_quotes:
            continue
        if q.close <= attribution.start:
            a = max(a, q.close)
        elif q.open >= attribution.end and not opens_with_quote(
            doc.masked[attribution.intro_end : q.close + 80]
        ):
            b = min(b, q.open)
    return doc.trim(a, b)
