"""A whole quote in the first person that opens its paragraph with no speaker anywhere near goes to the
one person the paragraph before introduces: "Dana Whitfield, whose shop flooded twice, is not happy
with the council. ¶ “We have been waiting for years.” " News writes a quote after the sentence that
brings its speaker in; with nobody speaking in that paragraph and only one person named there, as the
subject of its main clause, the quote can be no one else's. Not when two people are named there, nor
when the paragraph already gives speech to someone (then the quote may carry on theirs), nor when a
credit line after the quote names its speaker ("¶ – Dana Whitfield")."""

from __future__ import annotations

from ..quotemarks import QuoteSpan
from .document import Document
from .people import Person
from .pronoun import looks_personal
from .resolve import ResolvedSpeakers
from .scan import SentenceScan


def introduced_speaker(
    doc: Document, scan: SentenceScan, speakers: ResolvedSpeakers, q: QuoteSpan
) -> Person | None:
    """The one person the paragraph before the quote's introduces as its subject, or None."""
    if credit_line_after(doc, q):
        return None
    previous = [s for s in doc.sentences if s.paragraph == q.paragraph - 1]
    if not previous or any(s.is_heading for s in previous):
        return None
    if any(speakers.of(a) for s in previous for a in scan.by_sentence.get(s.index, ())):
        return None  # someone speaks there: the quote may be theirs or carry on theirs
    mentions = [m for s in previous for m in scan.mentions.get(s.index, ())]
    people = {id(m.person): m.person for m in mentions}
    if len(people) != 1:
        return None
    person = mentions[0].person
    if not any(m.subject and m.main for m in mentions) or not looks_personal(person):
        return None
    following = next((s for s in doc.sentences if s.paragraph == q.paragraph + 1), None)
    if following is not None and any(
        t is not person for a in scan.by_sentence.get(following.index, ()) for t in speakers.of(a)
    ):
        return None  # "“…” ¶ Jo Bell said …": the quote may be the next speaker's, brought in after it
    return person


def credit_line_after(doc: Document, q: QuoteSpan) -> bool:
    """The paragraph after the quote is a credit line naming its speaker ("“…” ¶ – Dana Whitfield")."""
    after = doc.text.find("\n", q.close)
    return after >= 0 and doc.text[after:].lstrip()[:1] in ("-", "–", "—")
