"""Direct quotes: reported clauses, full vs partial quotes, and the speaker of each quoted passage."""

from __future__ import annotations

import bisect
import re

from .models import Quote, Sentence
from .names import (
    FUNCTION_WORDS,
)
from .quote_context import (
    _BREAK,
    _CIRCUMSTANCE,
    _CONTENT_WORD,
    _NAMING,
    _SAY_VERBS,
    _WINDOW,
    ExtractorState,
    _has_verb,
    _Target,
)
from .quotemarks import QuoteSpan
from .speech_tokens import MASK, Attribution


class DirectQuotes(ExtractorState):
    def _clauses(self, sentence: Sentence) -> dict[int, tuple[int, int]]:
        """Each attribution's clause; sentences with several speakers split at "; " or ", while"."""
        cached = self._clause_cache.get(sentence.index)
        if cached is not None:
            return cached
        found = sorted(self.by_sentence.get(sentence.index, ()), key=lambda a: a.start)
        bounds: dict[int, tuple[int, int]] = {}
        start = sentence.start
        for n, attribution in enumerate(found):
            end = sentence.end
            next_start = start
            if n + 1 < len(found):
                nxt = found[n + 1]
                between = self.masked[max(self._intro_end(attribution), nxt.start - _WINDOW) : nxt.start]
                breaks = list(_BREAK.finditer(between))
                if breaks:
                    offset = max(self._intro_end(attribution), nxt.start - _WINDOW)
                    end = offset + breaks[-1].start()
                    next_start = offset + breaks[-1].end()
            # a runaway sentence is read only near each attribution, so the cost stays linear
            bounds[id(attribution)] = (
                max(start, attribution.start - _WINDOW),
                min(end, self._intro_end(attribution) + _WINDOW),
            )
            start = next_start
        self._clause_cache[sentence.index] = bounds
        return bounds

    def _view(self, a: int, b: int) -> str:
        """text[a:b] with full quotes masked and partial ones ("overwhelming consensus") readable."""
        out = list(self.masked[a:b])
        i = bisect.bisect_left(self.quote_opens, a - 1)
        i = max(0, i - 1)
        while i < len(self.quotes) and self.quotes[i].open < b:
            q = self.quotes[i]
            if q.open not in self.full_quotes and q.close > a:
                lo, hi = max(a, q.open), min(b, q.close)
                out[lo - a : hi - a] = self.text[lo:hi]
            i += 1
        return "".join(out)

    def _content_words(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        text = self._view(a, b).replace(MASK, " ")
        return sum(1 for w in _CONTENT_WORD.findall(text) if w.lower() not in FUNCTION_WORDS)

    def _is_full(self, q: QuoteSpan, adjacent: bool) -> bool:
        inner = self.text[q.start : q.end]
        words = inner.split()
        if adjacent:
            return True
        if self._titleish(q):
            return False
        first = inner.lstrip("[(‘'\"“")[:1]
        sentence_like = len(words) >= 4 or inner.rstrip()[-1:] in (".", "?", "!", "…")
        return sentence_like and (first.isupper() or first.isdigit())

    def _titleish(self, q: QuoteSpan) -> bool:
        words = self.text[q.start : q.end].split()
        if not words or len(words) > 6 or self.text[q.start : q.end].rstrip()[-1:] in ".?!":
            return False
        small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by"}
        return all(w[:1].isupper() or w in small for w in words) and len(words) >= 2

    def _naming(self, q: QuoteSpan, after: int) -> bool:
        before = self.masked[max(after, q.open - 40) : q.open]
        return bool(_NAMING.search(before))

    def _quote_speaker(
        self, q: QuoteSpan, s_open: Sentence, s_close: Sentence
    ) -> tuple[_Target | None, bool]:
        # A: the attribution right after the quote: `"…," she said` / `"…" said X`
        for attribution in self._near(s_close.index, q.close, 0, 2):
            if attribution.start >= q.close and re.fullmatch(
                r"[\s,—–-]*", self._gap(q.close, attribution.start)
            ):
                targets = self._targets(attribution)
                if targets:
                    return targets[-1], True
        # B: the attribution right before it: `X said: "…"`, `"…," he said, "…"`
        candidates = self._near(s_open.index, q.open, 4, 0)
        if s_open.index - 1 >= 0 and s_open.start == self.paragraph_start.get(s_open.paragraph, -1):
            prev = self._sentence_by_index(s_open.index - 1)
            if prev is not None and self.masked[max(prev.start, prev.end - 5) : prev.end].rstrip().endswith(
                ":"
            ):
                candidates = self._near(prev.index, prev.end, 3, 0) + candidates
        for attribution in reversed(candidates):
            end = self._intro_end(attribution)
            if end > q.open:
                continue
            gap = self._gap(end, q.open)
            if attribution.order == "label" and not gap.strip():
                labelled = self._targets(attribution)
                return (labelled[-1] if labelled else None), True
            if not ("," in gap or ":" in gap) and self._titleish(q):
                continue  # "told CNN's "State of the Union" on Sunday"
            if re.fullmatch(r"\s*[,:]\s*(?:that\s+)?|\s*(?:that\s+)?", gap) and (
                attribution.order == "sv" or ("," in gap or ":" in gap)
            ):
                targets = self._targets(attribution)
                if targets:
                    return targets[-1], True
        # C: inside an attribution's reported clause: `X said there was "overwhelming consensus"`
        best: tuple[int, _Target] | None = None
        for sentence in {s_open.index, s_close.index}:
            sent = self._sentence_by_index(sentence)
            if sent is None:
                continue
            clauses = self._clauses(sent)
            for attribution in self._near(sentence, q.open, 4, 4):
                targets = self._targets(attribution)
                if not targets or attribution.order == "label":
                    continue
                c0, c1 = clauses.get(id(attribution), (sent.start, sent.end))
                distance = -1
                if attribution.order in ("sv", "acc") and self._intro_end(attribution) <= q.open < c1:
                    if self._naming(q, attribution.verb_end) or self._titleish(q):
                        continue
                    distance = q.open - self._intro_end(attribution)
                elif q.close <= attribution.start and q.open >= c0 and self._trailing(attribution, c1):
                    if self._naming(q, c0) or self._titleish(q):
                        continue
                    distance = attribution.start - q.close
                if distance >= 0 and (best is None or distance < best[0]):
                    best = (distance, targets[-1])
        if best is not None:
            return best[1], False
        return None, False

    def _near(self, sentence: int, pos: int, before: int, after: int) -> list[Attribution]:
        """The attributions of a sentence nearest to `pos`: `before` starting before it, `after` from it."""
        found = self._sorted.get(sentence)
        if found is None:
            attributions = sorted(self.by_sentence.get(sentence, ()), key=lambda a: a.start)
            found = self._sorted[sentence] = (attributions, [a.start for a in attributions])
        attributions, starts = found
        i = bisect.bisect_left(starts, pos)
        return attributions[max(0, i - before) : i + after]

    def _trailing(self, attribution: Attribution, c1: int) -> bool:
        """The attribution closes its clause ("…, Wu said." / "…," he said): its speech is before it."""
        c1 = min(c1, self._intro_end(attribution) + _WINDOW)
        after = self.masked[self._intro_end(attribution) : c1]
        if MASK in after:
            return False
        if attribution.order == "vs":
            return True
        if _CIRCUMSTANCE.match(after) or re.match(r"\s*,\s*\w+ing\b", after):
            return True  # "…, he said on Monday" / "…, he said, thanking those present"
        return not self._reports(self._intro_end(attribution), c1, attribution.verb)

    def _reports(self, a: int, b: int, verb: str) -> bool:
        """Whether text[a:b], after a speech verb, is a reported clause of its own."""
        view = self._view(a, min(b, a + _WINDOW))
        if MASK in view:
            view = view[: view.index(MASK)]
        words = self._content_words(a, a + len(view))
        if verb in _SAY_VERBS:
            # "said on a conference call" reports nothing; "said the deal was off" does
            if len(_CONTENT_WORD.findall(view)) >= 2 and _has_verb(view):
                return True
            return words >= (4 if _CIRCUMSTANCE.match(view) else 2)
        return words >= 1  # "called for a strike"

    def _paragraph_speaker(self, q: QuoteSpan, sentence: Sentence) -> _Target | None:
        """A full quote with no attribution of its own: the speaker of its paragraph, before or after,
        or of the previous paragraph's last quote when this paragraph opens with it."""
        paragraph = sentence.paragraph
        attributions, ends = self._paragraph_attributions(paragraph)
        before: Attribution | None = None
        after: Attribution | None = None
        i = bisect.bisect_right(ends, q.open)
        for attribution in reversed(attributions[max(0, i - 8) : i]):
            if self._targets(attribution) and attribution.end <= q.open:
                before = attribution
                break
        for attribution in attributions[i : i + 8]:
            if self._targets(attribution) and attribution.start >= q.close:
                after = attribution
                break
        chosen = before or after
        if chosen is not None:
            return self._targets(chosen)[-1]
        if q.open == self.paragraph_start.get(paragraph, -1) and self._last_quote_target is not None:
            last_paragraph, target = self._last_quote_target
            if last_paragraph == paragraph - 1:
                return target
        return None

    def _paragraph_attributions(self, paragraph: int) -> tuple[list[Attribution], list[int]]:
        cache = self._by_paragraph
        if cache is None:
            grouped: dict[int, list[Attribution]] = {}
            for attribution in self.attributions:
                s = self._sentence_by_index(attribution.sentence)
                if s is not None:
                    grouped.setdefault(s.paragraph, []).append(attribution)
            cache = self._by_paragraph = {}
            for key, found in grouped.items():
                found.sort(key=lambda a: a.end)
                cache[key] = (found, [a.end for a in found])
        return cache.get(paragraph, ([], []))

    def add_direct(self) -> None:
        self._last_quote_target = None
        for q, target, sentence_index, _full in self._assign_direct():
            quote = Quote(self.text[q.start : q.end], "direct", q.start, q.end, sentence_index)
            target.quotes.append(quote)

    def _assign_direct(self) -> list[tuple[QuoteSpan, _Target, int, bool]]:
        # the paragraph fallback needs the last attributed quote as we go, so assign in order
        out: list[tuple[QuoteSpan, _Target, int, bool]] = []
        original = self.quotes
        self.full_quotes = set()
        previous: _Target | None = None
        for q in original:
            s_open = self.sentence_at(q.open)
            if s_open is None:
                continue
            s_close = self.sentence_at(max(q.open, q.close - 1)) or s_open
            target, adjacent = self._quote_speaker(q, s_open, s_close)
            full = self._is_full(q, adjacent)
            if full:
                self.full_quotes.add(q.open)
            if target is None and q.continues and previous is not None:
                target = previous
            if target is None and full and not self._titleish(q) and not self._naming(q, q.open - 40):
                target = self._paragraph_speaker(q, s_open)
            if target is None:
                continue
            previous = target
            self._last_quote_target = (q.paragraph, target)
            out.append((q, target, s_open.index, full))
        return out
