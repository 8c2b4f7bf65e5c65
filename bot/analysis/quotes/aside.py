"""A paragraph of narration between a speaker's words and a quote that carries them on: “…,” Dana
Whitfield said. ¶ The club finished third last year. ¶ “We want more this time.” A whole quote with no
speaker of its own is read against the paragraph before the aside, as it would be against the paragraph
just before it. The aside names nobody (else a new speaker may be the one it brings in), gives no
speech, holds no quote and does not end in a colon (“The statement reads:” brings in a document); the
quote must be its whole paragraph, with no attribution there and no credit line after it, and no
question, which a crowd or an interviewer may have put."""

from __future__ import annotations

from collections.abc import Container

from ..quotemarks import QuoteSpan
from .document import Document
from .introduced import credit_line_after
from .scan import SentenceScan

_TRAILING = ' .,;:!?"”’'


def asides(doc: Document, scan: SentenceScan, spoken: Container[int]) -> frozenset[int]:
    """The paragraphs that neither quote nor give speech (`spoken`: paragraphs with an attribution) nor
    name anyone, and are neither a heading nor end in a colon."""
    quoted = {q.paragraph for q in doc.quotes}
    seen: set[int] = set()
    blocked: set[int] = set()
    for s in doc.sentences:
        seen.add(s.paragraph)
        if (
            s.paragraph in quoted
            or s.paragraph in spoken
            or s.is_heading
            or scan.mentions.get(s.index)
            or doc.text[s.start : s.end].rstrip().endswith(":")
        ):
            blocked.add(s.paragraph)
    return frozenset(seen - blocked)


def carries_on_past(doc: Document, q: QuoteSpan, spoken: Container[int], aside: frozenset[int]) -> bool:
    """The quote, the whole of its paragraph with no attribution there, follows an aside."""
    if q.paragraph - 1 not in aside or q.paragraph in spoken or credit_line_after(doc, q):
        return False
    end = doc.text.find("\n", q.close)
    if doc.text[q.close : end if end >= 0 else len(doc.text)].strip(_TRAILING):
        return False
    return not doc.text[q.start : q.end].rstrip().endswith("?")
