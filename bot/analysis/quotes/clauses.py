"""Reading around an attribution: the clause each speaker owns, whether the words after a speech
verb report something, and which quoted passages stay readable (partial quotes) or are masked."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from ..models import Sentence
from ..quotemarks import QuoteSpan
from .document import (
    CIRCUMSTANCE,
    CLAUSE_BREAK,
    CLAUSE_OR_QUOTE,
    CONTENT_WORD,
    NAMING,
    REPORTS_CLAUSE,
    WINDOW,
    Document,
    has_verb,
)
from .names import FUNCTION_WORDS, tag_of
from .reported import _CARRIED_ON, _PARTICIPLE, _reports_clause
from .scan import SentenceScan
from .speech_tokens import MASK, Attribution, Order
from .speech_verbs import SPEECH_VERBS

_BY_SAYING = re.compile(r"\W*(?:\w+\W+){0,6}?by\s+" + _PARTICIPLE.pattern, re.I)
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s*$")
# what takes quoted words as its complement: a verb ("was", "promoting"), a preposition or "to", a determiner
_COMPLEMENT_TAGS = ("VB", "IN", "TO", "DT")
_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by"})


_THAT_THEN_QUOTE = re.compile(
    rf"\s+that\s+{MASK}+[\s,]*(?!(?:and|but|or|while|as|when|before|after|he|she|they)\b)(?P<rest>\w[^{MASK}.;:]*)",
    re.I,
)


def opens_with_quote(after_verb: str) -> bool:
    """`stressed that “if we act now”, the country can …`: a quoted passage opens the reported clause,
    which goes on after it with a verb of its own (not `said that “…” and the crowd cheered`)."""
    found = _THAT_THEN_QUOTE.match(after_verb)
    return found is not None and has_verb(" ".join(found.group("rest").split()[:6]))


class ClauseReader:
    """Clause bounds and views of one document; `full_quotes` (opening offsets of the passages read
    as full quotes) may grow while direct quotes are assigned, and views follow it."""

    def __init__(self, doc: Document, scan: SentenceScan, full_quotes: Collection[int]) -> None:
        self.doc = doc
        self.scan = scan
        self.full_quotes = full_quotes
        self._clauses: dict[int, dict[int, tuple[int, int]]] = {}
        self._sorted: dict[int, tuple[list[Attribution], list[int]]] = {}

    def clauses(self, sentence: Sentence) -> dict[int, tuple[int, int]]:
        """Each attribution's clause; sentences with several speakers split at "; " or ", while"."""
        cached = self._clauses.get(sentence.index)
        if cached is not None:
            return cached
        found = sorted(self.scan.by_sentence.get(sentence.index, ()), key=lambda a: a.start)
        bounds: dict[int, tuple[int, int]] = {}
        start = sentence.start
        for n, attribution in enumerate(found):
            end = sentence.end
            next_start = start
            if n + 1 < len(found):
                nxt = found[n + 1]
                offset = max(attribution.intro_end, nxt.start - WINDOW)
                # up to the next verb: a speaker read as "while the CEO of X" still splits at ", while"
                upto = max(nxt.start, min(nxt.verb_start, nxt.start + WINDOW))
                breaks = [
                    m
                    for m in CLAUSE_BREAK.finditer(self.doc.masked[offset:upto])
                    if offset + m.start() < nxt.start
                ]
                if breaks:
                    end = offset + breaks[-1].start()
                    next_start = offset + breaks[-1].end()
            # a runaway sentence is read only near each attribution, so the cost stays linear
            bounds[id(attribution)] = (
                max(start, attribution.start - WINDOW),
                min(end, attribution.intro_end + WINDOW),
            )
            start = next_start
        self._clauses[sentence.index] = bounds
        return bounds

    def near(self, sentence: int, pos: int, before: int, after: int) -> list[Attribution]:
        """The attributions of a sentence nearest to `pos`: `before` starting before it, `after` from it."""
        found = self._sorted.get(sentence)
        if found is None:
            attributions = sorted(self.scan.by_sentence.get(sentence, ()), key=lambda a: a.start)
            found = self._sorted[sentence] = (attributions, [a.start for a in attributions])
        attributions, starts = found
        i = bisect.bisect_left(starts, pos)
        return attributions[max(0, i - before) : i + after]

    def view(self, a: int, b: int) -> str:
        """text[a:b] with full quotes masked and partial ones ("overwhelming consensus") readable."""
        doc = self.doc
        out = list(doc.masked[a:b])
        i = max(0, bisect.bisect_left(doc.quote_opens, a - 1) - 1)
        while i < len(doc.quotes) and doc.quotes[i].open < b:
            q = doc.quotes[i]
            if q.open not in self.full_quotes and q.close > a:
                lo, hi = max(a, q.open), min(b, q.close)
                out[lo - a : hi - a] = doc.text[lo:hi]
            i += 1
        return "".join(out)

    def content_words(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        text = self.view(a, b).replace(MASK, " ")
        return sum(1 for w in CONTENT_WORD.findall(text) if w.lower() not in FUNCTION_WORDS)

    def trailing(self, attribution: Attribution, c1: int) -> bool:
        """The attribution closes its clause ("…, Wu said." / "…," he said): its speech is before it."""
        c1 = min(c1, attribution.intro_end + WINDOW)
        after = self.doc.masked[attribution.intro_end : c1]
        if re.match(r"\s*,\s*\w+ing\b", after):
            return True  # "…, he said, thanking those present" (a quote after is the participle's)
        if MASK in after:
            return False
        if attribution.order is Order.VERB_FIRST:
            return True
        if CIRCUMSTANCE.match(after):
            return True  # "…, he said on Monday"
        return not self.reports(attribution.intro_end, c1, attribution.verb)

    def reports(self, a: int, b: int, verb: str) -> bool:
        """Whether text[a:b], after a speech verb, is a reported clause of its own."""
        view = self.view(a, min(b, a + WINDOW))
        if MASK in view and not opens_with_quote(view):
            view = view[: view.index(MASK)]
        words = self.content_words(a, a + len(view))
        if verb in REPORTS_CLAUSE:
            # "said on a conference call" reports nothing; "said the deal was off" does
            if len(CONTENT_WORD.findall(view)) >= 2 and has_verb(view):
                return True
            return words >= (4 if CIRCUMSTANCE.match(view) else 2)
        if verb in CLAUSE_OR_QUOTE:
            # "reported that sales fell", "responded on X, calling it …"; not "reported a loss"
            end = a + len(view)
            carried = _CARRIED_ON.search(self.doc.masked, a, end) or _BY_SAYING.match(view)
            return carried is not None or _reports_clause(self.doc, verb, False, a, b)
        return words >= 1  # "called for a strike"

    def titleish(self, q: QuoteSpan) -> bool:
        """ "State of the Union": a short quoted title in capitals, not speech."""
        words = self.doc.text[q.start : q.end].split()
        if not words or len(words) > 6 or self.doc.text[q.start : q.end].rstrip()[-1:] in ".?!":
            return False
        return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and len(words) >= 2

    def embedded(self, q: QuoteSpan) -> bool:
        """Quoted words a clause runs through: the complement of a verb, preposition or determiner
        before them ("the main rival was “the banks” rather than …", "said it was ‘not an accident’"),
        not a passage a speech verb, "that" or a listener introduces ("said “We …”", "said that “…”",
        "told reporters “…”"): that passage is the whole of what was said, a direct quote."""
        found = _WORD_BEFORE.search(self.doc.text, max(0, q.open - 40), q.open)
        if found is None:
            return False
        word = found.group(1)
        return word != "that" and word not in SPEECH_VERBS and tag_of(word).startswith(_COMPLEMENT_TAGS)

    def naming(self, q: QuoteSpan, after: int) -> bool:
        """ "a plan dubbed “Project Blue”": the passage is a name or a term."""
        before = self.doc.masked[max(after, q.open - 40) : q.open]
        return bool(NAMING.search(before))
