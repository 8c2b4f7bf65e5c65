"""Indirect quotes and transcripts: the reported clause of each attribution and `NAME: words` paragraphs."""

from __future__ import annotations

import bisect
import re

from .direct_quotes import DirectQuotes
from .models import Quote, Sentence
from .quote_context import (
    _CIRCUMSTANCE,
    _CONTENT_WORD,
    _DATELINE,
    _DESCRIPTION_WORDS,
    _SELF_STANDING,
    _WINDOW,
)
from .speech_tokens import MASK, Attribution


class IndirectQuotes(DirectQuotes):
    def add_transcripts(self) -> None:
        """`NAME: words` with no quote marks in the paragraph: the words are the speaker's."""
        quoted = {q.paragraph for q in self.quotes}
        for attribution in self.attributions:
            if attribution.order != "label":
                continue
            sentence = self._sentence_by_index(attribution.sentence)
            targets = self._targets(attribution)
            if sentence is None or not targets or sentence.paragraph in quoted:
                continue
            line_end = self.text.find("\n", attribution.end)
            span = self._trim(attribution.end, line_end if line_end >= 0 else len(self.text))
            if span is not None:
                a, b = span
                targets[-1].quotes.append(Quote(self.text[a:b], "direct", a, b, sentence.index))

    def add_indirect(self) -> None:
        last_indirect: dict[int, tuple[int, int]] = {}
        for sentence in self.sentences:
            found = self.by_sentence.get(sentence.index)
            if not found:
                continue
            clauses = self._clauses(sentence)
            for attribution in found:
                targets = self._targets(attribution)
                if not targets or attribution.order == "label":
                    continue
                span = self._indirect_span(attribution, sentence, clauses.get(id(attribution)))
                if span is None:
                    continue
                a, b = span
                if a == self.paragraph_start.get(sentence.paragraph, -1):
                    dateline = _DATELINE.match(self.text, a, b)
                    if dateline:
                        a = dateline.end()  # "LONDON (Reuters) - " is not part of what was said
                quote = Quote(self.text[a:b], "indirect", a, b, sentence.index)
                for target in targets:
                    # clauses come in text order, so only the target's latest indirect quote can overlap
                    previous = last_indirect.get(id(target))
                    if previous is None or not (previous[0] < b and a < previous[1]):
                        target.quotes.append(quote)
                        last_indirect[id(target)] = (a, b)

    def _indirect_span(
        self, attribution: Attribution, sentence: Sentence, clause: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        c0, c1 = clause or (sentence.start, sentence.end)
        intro_end = self._intro_end(attribution)
        speaker_end = max(s.end for s in attribution.speakers)
        left = self.masked[max(c0, attribution.start - _WINDOW) : attribution.start]
        after_quote = bool(re.search(MASK + r"[\s,—–-]*$", left))
        if after_quote:
            # `"…," he said, adding that …`: the words after the attribution are reported too
            rest_start = max(intro_end, speaker_end)
            rest = self._view(rest_start, min(c1, rest_start + _WINDOW))
            if MASK in rest:
                rest = rest[: rest.index(MASK)]
            first = _CONTENT_WORD.search(rest)
            if first is None or first.group()[0].isupper() or first.group().lower() in _DESCRIPTION_WORDS:
                return None  # "…," said X, managing partner at Y — an appositive, not more speech
            if _CIRCUMSTANCE.match(rest) or self._content_words(rest_start, rest_start + len(rest)) < 3:
                return None
            return self._trim(rest_start, rest_start + len(rest))
        if attribution.order in ("sv", "acc"):
            after = self._view(intro_end, c1)
            before_full = after[: after.index(MASK)] if MASK in after else after
            introduces = MASK in after and before_full.rstrip().endswith((":", ","))
            reported = self._reports(intro_end, c1, attribution.verb)
            if reported and not (introduces and _CIRCUMSTANCE.match(before_full)):
                return self._piece(c0, c1, attribution)
        reported_before = (
            re.search(r",\s*$", left) or attribution.order == "vs" or re.search(r"\b(?:that|which)\s*$", left)
        )
        if (
            reported_before
            and self._trailing(attribution, c1)
            and self._content_words(max(c0, attribution.start - _WINDOW), attribution.start) >= 3
        ):
            return self._piece(c0, c1, attribution)
        if attribution.verb in _SELF_STANDING:
            return self._trim(c0, c1)
        return None

    def _piece(self, c0: int, c1: int, attribution: Attribution) -> tuple[int, int] | None:
        """The clause without its full quotes: the contiguous stretch around the attribution."""
        a, b = c0, c1
        first = max(0, bisect.bisect_left(self.quote_opens, c0) - 1)
        last = bisect.bisect_left(self.quote_opens, c1)
        for q in self.quotes[first:last]:
            if q.close <= c0 or q.open >= c1 or q.open not in self.full_quotes:
                continue
            if q.close <= attribution.start:
                a = max(a, q.close)
            elif q.open >= attribution.end:
                b = min(b, q.open)
        return self._trim(a, b)

    def _trim(self, a: int, b: int) -> tuple[int, int] | None:
        while a < b and (self.text[a] in " ,;:—–-" or self.text[a].isspace()):
            a += 1
        while b > a and (self.text[b - 1] in " ,;:—–-" or self.text[b - 1].isspace()):
            b -= 1
        if b - a < 3:
            return None
        return a, b
