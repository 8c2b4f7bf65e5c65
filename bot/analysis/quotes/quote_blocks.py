"""Direct quotes read across paragraphs: a quote block's speaker named at its end, and a quote with no
speaker of its own between two quotes of one speaker."""

from __future__ import annotations

from ..models import Sentence
from ..quotemarks import QuoteSpan
from .document import Target
from .resolve import ResolvedSpeakers
from .rules import QuoteRule
from .speech_tokens import Attribution

Reading = tuple[QuoteSpan, Sentence, Target | None, QuoteRule]
ByParagraph = dict[int, tuple[list[Attribution], list[int]]]


def speaker_after_the_block(readings: list[Reading]) -> list[Reading]:
    """A quote left open at its paragraph's end and carried on by the next paragraph's quote belongs to
    the speaker named after the block: “We will keep the tariff. ¶ “Nobody should expect a change,” she
    said. Read backwards, so a block of several paragraphs takes the speaker of its last one. The
    block's own attribution outweighs a speaker guessed from the paragraphs before it (“Several MPs
    urged a rethink. ¶ “We understand … ¶ “…,” MP Jo Bell said.”), not the other way round."""
    out = list(readings)
    for n in range(len(out) - 2, -1, -1):
        q, sentence, target, rule = out[n]
        following = out[n + 1]
        if (
            (target is None or rule in _GUESSED)
            and not q.closed
            and following[0].continues
            and following[2] is not None
            and following[3] not in _GUESSED
        ):
            out[n] = (q, sentence, following[2], QuoteRule.CONTINUED_QUOTE)
    return out


# speakers read from the paragraphs around a quote, not from an attribution of the quote's own block
_GUESSED = frozenset({QuoteRule.PREVIOUS_PARAGRAPH_SPEAKER, QuoteRule.NARRATED_SUBJECT})


def between_quotes(
    readings: list[Reading], unheard: set[int], speakers: ResolvedSpeakers, by_paragraph: ByParagraph
) -> list[Reading]:
    """A whole quote opening its paragraph with no speaker of its own, speaking as "I" or "we", between
    quotes of one speaker a paragraph or two away, with nobody else speaking between: that speaker's
    (“…,” he added. ¶ Prices rose again. ¶ “We saw the turn coming.” ¶ “…,” he pointed out.). Not a
    question or remark in other voices (“How big is that wall?”), which a crowd or an interviewer may
    have put."""
    out = list(readings)
    for n in sorted(unheard):
        q, sentence, target, _ = out[n]
        if target is not None:
            continue
        before = next((r for r in reversed(out[:n]) if r[2] is not None), None)
        after = next((r for r in out[n + 1 :] if r[2] is not None), None)
        if before is None or after is None or before[2] is not after[2]:
            continue
        if (
            q.paragraph - before[0].paragraph > _BETWEEN_REACH
            or after[0].paragraph - q.paragraph > _BETWEEN_REACH
        ):
            continue
        others = (
            t
            for p in range(before[0].paragraph, after[0].paragraph + 1)
            for a in by_paragraph.get(p, ([], []))[0]
            if before[0].close <= a.start and a.end <= after[0].open
            for t in speakers.of(a)
        )
        if all(t is before[2] for t in others):
            out[n] = (q, sentence, before[2], QuoteRule.BETWEEN_QUOTES)
    return out


_BETWEEN_REACH = 2  # paragraphs from the unattributed quote to the quotes around it
