"""Stage 3: direct quotes. Each quoted passage goes to the attribution next to it, around it or in its
paragraph; `NAME: words` transcript paragraphs are direct quotes without marks. The rules are tried in
the order `_quote_speaker` and `direct_quotes` show; each names itself in the quote's `rule`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Quote, Sentence
from ..quotemarks import QuoteSpan
from .aside import asides, carries_on_past
from .clauses import ClauseReader
from .document import Document, Target
from .introduced import introduced_speaker
from .narrated import narrated_speaker
from .people import Person
from .quote_blocks import ByParagraph, Reading, between_quotes, speaker_after_the_block
from .reported import carried_on
from .resolve import ResolvedSpeakers
from .rules import QuoteRule
from .scan import SentenceScan
from .speech_tokens import MASK, Attribution, Order


@dataclass(frozen=True, slots=True)
class Attributed:
    """A quote and the speaker it was given to."""

    target: Target
    quote: Quote


@dataclass(frozen=True, slots=True)
class DirectQuotes:
    quotes: tuple[Attributed, ...]  # quoted passages, in text order
    transcripts: tuple[Attributed, ...]  # `NAME: words` paragraphs
    full_quotes: frozenset[int]  # openings of the passages read as whole quotes, not quoted words


@dataclass(frozen=True, slots=True)
class _Found:
    target: Target | None
    adjacent: bool  # the attribution touches the passage, so the passage is a whole quote
    rule: QuoteRule
    nobody: bool = False  # its own "he said" refers to nobody known: no other speaker may take it


def direct_quotes(doc: Document, scan: SentenceScan, speakers: ResolvedSpeakers) -> DirectQuotes:
    full: set[int] = set()
    reader = ClauseReader(doc, scan, full)  # reads partial quotes as text, so it follows `full` as it grows
    by_paragraph = _attributions_by_paragraph(doc, scan)
    aside = asides(doc, scan, by_paragraph)
    found_for: list[Reading] = []
    unheard: set[int] = set()  # whole quotes in the first person opening their paragraph, no speaker yet
    last: tuple[int, Target] | None = None  # paragraph and speaker of the latest attributed quote
    last_said: tuple[Sentence, Target] | None = None  # the sentence it closes in, and its speaker
    for q in doc.quotes:
        s_open = doc.sentence_at(q.open)
        if s_open is None:
            continue
        s_close = doc.sentence_at(max(q.open, q.close - 1)) or s_open
        found = _quote_speaker(Passage(doc, reader, speakers, q, s_open, s_close))
        target, rule = found.target, found.rule
        whole = _is_full(doc, reader, q, found.adjacent)
        if whole and not reader.embedded(q):
            full.add(q.open)  # quoted words inside a clause stay part of it: "was “the banks” rather than"
        if target is None and not found.nobody and q.continues and found_for and found_for[-1][2] is not None:
            target, rule = found_for[-1][2], QuoteRule.CONTINUED_QUOTE  # the quote it carries on
        if (
            target is None
            and not found.nobody
            and whole
            and not reader.titleish(q)
            and not reader.naming(q, q.open - 40)
        ):
            skips = carries_on_past(doc, q, by_paragraph, aside)
            target, rule = _paragraph_speaker(doc, speakers, by_paragraph, q, s_open, last, skips)
            if target is None:
                narrated = narrated_speaker(doc, scan, speakers, q, s_open, last_said)
                if narrated is not None:
                    target, rule = narrated, QuoteRule.NARRATED_SUBJECT
        if (
            target is None
            and not found.nobody
            and whole
            and q.open == doc.paragraph_start.get(q.paragraph)
            and _FIRST_PERSON.search(doc.text[q.start : q.end])
        ):
            unheard.add(len(found_for))
        found_for.append((q, s_open, target, rule))
        if target is not None:
            last = (q.paragraph, target)
            last_said = (s_close, target)
    readings = between_quotes(speaker_after_the_block(found_for), unheard, speakers, by_paragraph)
    for n in unheard:
        q, s, target, _ = readings[n]
        person = introduced_speaker(doc, scan, speakers, q) if target is None else None
        if person is not None:
            readings[n] = (q, s, person, QuoteRule.INTRODUCED_BEFORE)
    out = [
        Attributed(target, Quote(doc.text[q.start : q.end], "direct", q.start, q.end, s.index, rule))
        for q, s, target, rule in readings
        if target is not None
    ]
    return DirectQuotes(tuple(out), _transcripts(doc, scan, speakers), frozenset(full))


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me)\b")  # not "US"


@dataclass(frozen=True, slots=True)
class Passage:
    """What a speaker rule reads: one quoted passage, its sentences and the earlier stages' results."""

    doc: Document
    reader: ClauseReader
    speakers: ResolvedSpeakers
    q: QuoteSpan
    s_open: Sentence  # the sentence the passage opens in
    s_close: Sentence  # the sentence it closes in


def _speaker_after_quote(p: Passage) -> _Found | None:
    """The attribution right after the passage: “We will appeal,” said Dana Whitfield. / “…” she said."""
    for attribution in p.reader.near(p.s_close.index, p.q.close, 0, 2):
        if attribution.start >= p.q.close and re.fullmatch(
            r"[\s,—–-]*", p.doc.gap(p.q.close, attribution.start)
        ):
            targets = p.speakers.of(attribution)
            if targets:
                return _Found(targets[-1], True, QuoteRule.SPEAKER_AFTER_QUOTE)
            if p.speakers.nobody(attribution):
                return _Found(None, True, QuoteRule.SPEAKER_AFTER_QUOTE, nobody=True)
    return None


def _speaker_before_quote(p: Passage) -> _Found | None:
    """The attribution right before it: Whitfield said: “We will appeal.” / “…,” he said, “…”; or a
    transcript label: WHITFIELD: “We will appeal.” An attribution ending the previous sentence with a
    colon counts when the passage opens its paragraph."""
    doc, q, s_open = p.doc, p.q, p.s_open
    candidates = p.reader.near(s_open.index, q.open, 4, 0)
    if s_open.index - 1 >= 0 and s_open.start == doc.paragraph_start.get(s_open.paragraph, -1):
        prev = doc.sentence(s_open.index - 1)
        if prev is not None and doc.masked[max(prev.start, prev.end - 5) : prev.end].rstrip().endswith(":"):
            candidates = p.reader.near(prev.index, prev.end, 3, 0) + candidates
    for attribution in reversed(candidates):
        end = attribution.intro_end
        if end > q.open:
            continue
        # the attribution may end with its comma: “…,” said Cameron, “but how …”
        comma_end = attribution.order is Order.VERB_FIRST and doc.masked[end - 1 : end] == ","
        gap = doc.gap(end - 1 if comma_end else end, q.open)
        if attribution.order is Order.LABEL and not gap.strip():
            labelled = p.speakers.of(attribution)
            return _Found(labelled[-1] if labelled else None, True, QuoteRule.LABEL_BEFORE_QUOTE)
        if not ("," in gap or ":" in gap) and p.reader.titleish(q):
            continue  # "told CNN's "State of the Union" on Sunday"
        if re.fullmatch(r"\s*[,:]\s*(?:that\s+)?|\s*(?:that\s+)?", gap) and (
            attribution.order is Order.SPEAKER_FIRST or ("," in gap or ":" in gap)
        ):
            targets = p.speakers.of(attribution)
            if targets:
                return _Found(targets[-1], True, QuoteRule.SPEAKER_BEFORE_QUOTE)
            if p.speakers.nobody(attribution):
                return _Found(None, True, QuoteRule.SPEAKER_BEFORE_QUOTE, nobody=True)
    return None


def _quote_in_reported_clause(p: Passage) -> _Found | None:
    """Quoted words inside an attribution's reported clause, the nearest attribution winning:
    Whitfield said there was “overwhelming consensus”. / The plan was “a disgrace”, Whitfield said."""
    q, reader = p.q, p.reader
    best: tuple[int, Target, QuoteRule] | None = None
    for sentence in {p.s_open.index, p.s_close.index}:
        sent = p.doc.sentence(sentence)
        if sent is None:
            continue
        clauses = reader.clauses(sent)
        for attribution in reader.near(sentence, q.open, 4, 4):
            targets = p.speakers.of(attribution)
            if not targets or attribution.order is Order.LABEL:
                continue
            c0, c1 = clauses.get(id(attribution), (sent.start, sent.end))
            distance = -1
            if (
                attribution.order in (Order.SPEAKER_FIRST, Order.ACCORDING_TO)
                and attribution.intro_end <= q.open < c1
            ):
                # a person who "called the plan “a disgrace”" speaks; "a plan dubbed “X”" names it
                naming = reader.naming(q, attribution.verb_end) and not attribution.quotes_only
                if naming or reader.titleish(q):
                    continue
                distance = q.open - attribution.intro_end
            elif q.close <= attribution.start and q.open >= c0 and reader.trailing(attribution, c1):
                if reader.naming(q, c0) or reader.titleish(q):
                    continue
                distance = attribution.start - q.close
            if distance >= 0 and (best is None or distance < best[0]):
                framed = attribution.quotes_only
                best = (
                    distance,
                    targets[-1],
                    QuoteRule.QUOTE_FRAMED_BY_VERB if framed else QuoteRule.QUOTE_IN_REPORTED_CLAUSE,
                )
    return None if best is None else _Found(best[1], False, best[2])


def _quote_carried_on(p: Passage) -> _Found | None:
    """Quoted words after a reporting participle that carries on a speaker's sentence: “…,” said
    Dana Whitfield, adding “we will appeal.” / Whitfield said the ruling was wrong, adding that the
    firm would “appeal at once”. The nearest attribution before the passage in its sentence, with
    nothing between but its own words and the participle's."""
    doc, q = p.doc, p.q
    for attribution in reversed(p.reader.near(p.s_open.index, q.open, 4, 0)):
        if attribution.intro_end > q.open or attribution.order is Order.LABEL:
            continue
        after = carried_on(doc, attribution.intro_end, q.open)
        if after is None or MASK in doc.masked[attribution.intro_end : after]:
            return None
        if p.reader.naming(q, after) or p.reader.titleish(q):
            return None
        targets = p.speakers.of(attribution)
        return _Found(targets[-1], False, QuoteRule.QUOTE_CARRIED_ON) if targets else None
    return None


# The speaker rules for a quoted passage, in the order they are tried: the first that answers wins.
# (When none does, a whole quote may still go to its paragraph's speaker: `direct_quotes`.)
SPEAKER_RULES: tuple[Callable[[Passage], _Found | None], ...] = (
    _speaker_after_quote,
    _speaker_before_quote,
    _quote_in_reported_clause,
    _quote_carried_on,
)


def _quote_speaker(passage: Passage) -> _Found:
    for rule in SPEAKER_RULES:
        found = rule(passage)
        if found is not None:
            return found
    return _Found(None, False, QuoteRule.PARAGRAPH_SPEAKER)


def _is_full(doc: Document, reader: ClauseReader, q: QuoteSpan, adjacent: bool) -> bool:
    """A whole quote (not quoted words in a sentence): next to its attribution, or sentence-like."""
    inner = doc.text[q.start : q.end]
    if adjacent:
        return True
    if reader.titleish(q):
        return False
    opened = inner.lstrip("[(‘'\"“")
    sentence_like = len(inner.split()) >= 4 or inner.rstrip()[-1:] in (".", "?", "!", "…")
    # an ellipsis first marks words cut from the start of what was said ("…so it does not mean",
    # "...There is"): the passage is still one, whatever case its next word takes
    cut = _CUT_START.match(opened)
    if cut is not None:
        return len(inner.split()) >= 4 and opened[cut.end() :][:1].isalnum()
    first = opened[:1]
    return sentence_like and (first.isupper() or first.isdigit())


_CUT_START = re.compile(r"(?:…|\.{3})\s*")


def _attributions_by_paragraph(doc: Document, scan: SentenceScan) -> ByParagraph:
    grouped: dict[int, list[Attribution]] = {}
    for attribution in scan.attributions:
        s = doc.sentence(attribution.sentence)
        if s is not None:
            grouped.setdefault(s.paragraph, []).append(attribution)
    out: ByParagraph = {}
    for key, found in grouped.items():
        found.sort(key=lambda a: a.end)
        out[key] = (found, [a.end for a in found])
    return out


def _paragraph_speaker(
    doc: Document,
    speakers: ResolvedSpeakers,
    by_paragraph: ByParagraph,
    q: QuoteSpan,
    sentence: Sentence,
    last: tuple[int, Target] | None,
    past_aside: bool = False,
) -> tuple[Target | None, QuoteRule]:
    """A whole quote with no attribution of its own: the speaker of its paragraph, before or after
    (“We will appeal.” Whitfield said the ruling was wrong.), or, when the quote opens its paragraph,
    the speaker of the previous paragraph's last quote; `past_aside`, of the paragraph before a
    paragraph of narration (aside.py)."""
    paragraph = sentence.paragraph
    attributions, ends = by_paragraph.get(paragraph, ([], []))
    before: Attribution | None = None
    after: Attribution | None = None
    i = bisect.bisect_right(ends, q.open)
    for attribution in reversed(attributions[max(0, i - 8) : i]):
        if speakers.of(attribution) and attribution.end <= q.open:
            before = attribution
            break
    for attribution in attributions[i : i + 8]:
        if speakers.of(attribution) and attribution.start >= q.close:
            after = attribution
            break
    chosen = before or after
    if chosen is not None:
        return speakers.of(chosen)[-1], QuoteRule.PARAGRAPH_SPEAKER
    if q.open != doc.paragraph_start.get(paragraph, -1):
        return None, QuoteRule.PARAGRAPH_SPEAKER
    back = paragraph - 2 if past_aside else paragraph - 1
    if last is not None and last[0] in (paragraph - 1, back):
        return last[1], QuoteRule.PREVIOUS_PARAGRAPH_SPEAKER
    # "He said that the NHS was short of staff. ¶ “It's actually half a million …": the one speaker of
    # the paragraph before
    before_targets = {id(t): t for a in by_paragraph.get(back, ([], []))[0] for t in speakers.of(a)[-1:]}
    targets = list(before_targets.values())
    # "Salleh said journalists may quote what the Justice Department has said. ¶ “You can quote them
    # …”": the person speaking first, when the others are bodies cited inside what they said (not
    # "CNN reported that Petraeus testified …", where the person is inside the report)
    first_person = bool(targets) and isinstance(targets[0], Person)
    if len(targets) == 1 or (first_person and not any(isinstance(t, Person) for t in targets[1:])):
        return targets[0], QuoteRule.PREVIOUS_PARAGRAPH_SPEAKER
    return None, QuoteRule.PARAGRAPH_SPEAKER


def _transcripts(doc: Document, scan: SentenceScan, speakers: ResolvedSpeakers) -> tuple[Attributed, ...]:
    """WHITFIELD: We will appeal. — a label with no quote marks in its paragraph: the words are the
    speaker's, to the end of the line."""
    quoted = {q.paragraph for q in doc.quotes}
    out: list[Attributed] = []
    for attribution in scan.attributions:
        if attribution.order is not Order.LABEL:
            continue
        sentence = doc.sentence(attribution.sentence)
        targets = speakers.of(attribution)
        if sentence is None or not targets or sentence.paragraph in quoted:
            continue
        line_end = doc.text.find("\n", attribution.end)
        span = doc.trim(attribution.end, line_end if line_end >= 0 else len(doc.text))
        if span is not None:
            a, b = span
            quote = Quote(doc.text[a:b], "direct", a, b, sentence.index, QuoteRule.TRANSCRIPT)
            out.append(Attributed(targets[-1], quote))
    return tuple(out)
