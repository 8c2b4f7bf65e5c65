"""Find quoted passages: straight, curly or mixed double quotes (and ‘single’ ones), unbalanced marks
tolerated, a quote left open at a paragraph's end continued by the next paragraph that opens with a
quote mark."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .wordlists import word_set

# a doubled curly single mark stands for a double one in some wire copy: ‘‘We will,’’ she said.
# (typewriter '' and `` are made '"' by text.normalize_text)
_DOUBLE = re.compile(r"‘‘|’’|[\"“”„«»‟″]")
_OPENERS = ("“", "„", "«", "‟", "‘‘")
_CLOSERS = ("”", "»", "’’")
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\W_])")
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?![^\W_])")
_MAX_SINGLE = 600  # a ‘single-quoted’ passage longer than this is more likely apostrophes
_EDGE = " \t,;—–-"
_SPEECH = word_set("speech_verbs", "speech")
_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
_WORD = re.compile(r"[^\W\d_][\w.'’\-]*")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted passage. `open`/`close` include the marks; `start`/`end` are the words inside."""

    open: int
    close: int
    start: int
    end: int
    paragraph: int
    closed: bool
    continues: bool = False  # opens a paragraph that carries on the previous paragraph's open quote

    def text(self, full: str) -> str:
        return full[self.start : self.end]


def _inner(text: str, open_: int, close: int, mark_at_close: bool) -> tuple[int, int]:
    mark = _DOUBLE.match(text, open_)
    start = mark.end() if mark else open_ + 1 if text[open_] in "‘'" else open_  # its mark lost
    end = (
        close - (2 if text[close - 2 : close] == "’’" and close - 2 >= start else 1)
        if mark_at_close
        else close
    )
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _is_opening_shape(line: str, i: int, end: int | None = None) -> bool:
    """A mark with space (or nothing) before and a word after looks like an opening mark."""
    end = i + 1 if end is None else end
    before = line[i - 1] if i > 0 else " "
    after = line[end] if end < len(line) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def double_quotes(line: str) -> list[tuple[int, int, bool]]:
    """(open, close, closed) of the double-quoted passages in one paragraph (offsets in `line`)."""
    spans: list[tuple[int, int, bool]] = []
    open_at = -1
    for match in _DOUBLE.finditer(line):
        i, mark_end = match.span()
        mark = match.group()
        if open_at < 0:
            if mark in _CLOSERS and not _is_opening_shape(line, i, mark_end):
                continue  # a stray closing mark
            open_at = i
            continue
        if mark in _OPENERS and _is_opening_shape(line, i, mark_end):
            # a new opening mark while one is open: the first was never closed
            spans.append((open_at, i, False))
            open_at = i
            continue
        if mark == '"' and _is_opening_shape(line, i):
            # `"yes and left. Later "no"`: an opening-shaped mark after words with no closing
            # punctuation starts a new quote; `face, " he said` (space both sides) still closes
            inner = line[open_at + 1 : i].rstrip()
            if inner and inner[-1] not in ",.?!…;:":
                spans.append((open_at, i, False))
                open_at = i
                continue
        spans.append((open_at, mark_end, True))
        open_at = -1
    if open_at >= 0:
        spans.append((open_at, _unclosed_end(line, open_at), False))
    return spans


_COMMA_PIECE = re.compile(r",\s+([^,.;:!?\"“”]{2,60}?)\s*(?=[.,;]|$)")


def _unclosed_end(line: str, open_at: int) -> int:
    """Where a quote never closed ends: before its attribution when one follows a comma (`"Well done
    to Fiji, Ana Puna said.` — the closing mark lost), else at the paragraph's end."""
    for piece in _COMMA_PIECE.finditer(line, open_at + 1):
        if _is_attribution(piece.group(1)):
            return piece.start()
    return len(line)


def _single_quotes(line: str, taken: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """‘Single-quoted’ passages outside the double-quoted ones; apostrophes are left alone."""
    spans: list[tuple[int, int, bool]] = []
    if "‘" not in line and "'" not in line:
        return spans
    blocked = [(a, b) for a, b, _ in taken]
    pos = 0
    for match in _SINGLE_OPEN.finditer(line):
        i = match.start()
        if i < pos or any(a <= i < b for a, b in blocked):
            continue
        want = "’" if line[i] == "‘" else "'"
        limit = min(len(line), i + _MAX_SINGLE)
        chosen = fallback = -1
        for close in _SINGLE_CLOSE.finditer(line, i + 2, limit):
            j = close.start()
            if any(a <= j < b for a, b in blocked):
                break
            if line[j] != want:
                continue
            before = line[j - 1]
            after = line[j + 1] if j + 1 < len(line) else " "
            if before in ",.?!…" or after in ",.;:?!)":
                chosen = j
                break
            if fallback < 0 and before not in "sS" and after.isspace():
                fallback = j
        j = chosen if chosen >= 0 else fallback
        if j < 0:
            continue
        spans.append((i, j + 1, True))
        pos = j + 1
    return spans


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage of `text`, in order, offsets into `text`."""
    out: list[QuoteSpan] = []
    offset = 0
    previous_open = False
    for paragraph, line in enumerate(text.split("\n")):
        base = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        spans = _repaired(line, double_quotes(line), previous_open)
        spans += _single_quotes(line, spans)
        spans.sort()
        first_mark = len(line) - len(line.lstrip())
        for n, (a, b, closed) in enumerate(spans):
            mark_at_close = closed
            start, end = _inner(line, a, b, mark_at_close)
            if end <= start:
                continue
            continues = n == 0 and previous_open and a == first_mark
            out.append(QuoteSpan(base + a, base + b, base + start, base + end, paragraph, closed, continues))
        previous_open = bool(spans) and not spans[-1][2] and spans[-1][1] == len(line)
    return out


def _repaired(
    line: str, spans: list[tuple[int, int, bool]], previous_open: bool
) -> list[tuple[int, int, bool]]:
    """The opening mark real copy loses in a paragraph that is all quote up to its attribution (`With
    the new partner, we can grow,” he said.`, or opened with a single mark: `'It can grow,” he said.`),
    often the second paragraph of a quote whose writer did not open it again. After a paragraph that
    left its quote open, a closing mark that comes before any opening one ends that quote's last
    paragraph however it was written (`Also, bring your own water.” ¶`)."""
    first = _DOUBLE.search(line)
    if first is None:
        return spans
    start, end = len(line) - len(line.lstrip()), first.end()
    if previous_open and first.start() > start and _closes(line, first.start(), end):
        return [(start, end, True), *((a + end, b + end, c) for a, b, c in double_quotes(line[end:]))]
    if first.group() in _CLOSERS and all(first.start() < a for a, _, _ in spans):
        after = line[first.end() :].split(".", 1)[0]
        head = line[: first.start()].rstrip()
        if head[-1:] in (",", "?", "!") and _is_attribution(after) and _sounds_quoted(head):
            spans = [(len(line) - len(line.lstrip()), first.end(), True), *spans]
    return spans


_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me|[Yy]ou|[Yy]our)\b")  # not "US"


def _closes(line: str, i: int, end: int) -> bool:
    """A mark shaped to close: words before it, and a space, punctuation or the line's end after."""
    after = line[end : end + 1]
    return not line[i - 1].isspace() and (not after or after.isspace() or after in ",.;:?!)—–-")


def _sounds_quoted(head: str) -> bool:
    """Words before a lone closing mark are a quote when they open with a single mark or speak as "I",
    "we" or "you"; "He said the plan would fail,” …" is reported speech with a stray mark."""
    return head.lstrip()[:1] in ("‘", "'") or bool(_FIRST_OR_SECOND_PERSON.search(head))


def _is_attribution(text: str) -> bool:
    """ "he said", "Ana Puna said", "said Ana Puna": a speech verb with a pronoun or a capitalised name
    on one side and nothing else."""
    if _WORD.sub("", text).strip():
        return False  # punctuation inside: more than an attribution
    words = text.split()
    verbs = [n for n, w in enumerate(words) if w in _SPEECH]
    if len(verbs) != 1 or not 2 <= len(words) <= 6:
        return False
    n = verbs[0]
    who = words[:n] if n else words[1:]
    if n and n != len(words) - 1:
        return False
    return (len(who) == 1 and who[0].lower() in _PRONOUNS) or all(w[:1].isupper() for w in who)


_NICKNAME = re.compile(r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?")
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w\-]*) $")
_WORD_AFTER = re.compile(r" ((?:[a-z]{1,3}[ -])?[A-Z][\w'’\-]*)")


def is_nickname(text: str, q: QuoteSpan, known_word: Callable[[str], bool]) -> bool:
    """A quoted name between a first name and a surname: Juan “Chico” Manriquez, Ayo ‘Wizkid’ Balogun.
    The marks set off what friends call the person, not words anyone said, and masking it would cut
    the name in two. `known_word` tells an everyday word, so that a headline's ‘Scare’ Quotes Between
    Capitals are left alone."""
    if not q.closed or not _NICKNAME.fullmatch(text, q.start, q.end):
        return False
    before = _WORD_BEFORE.search(text, max(0, q.open - 40), q.open)
    after = _WORD_AFTER.match(text, q.close)
    return (
        before is not None
        and after is not None
        and not known_word(before.group(1))
        and not known_word(after.group(1).split()[-1].split("-")[-1])
    )


def mask_quotes(text: str, quotes: list[QuoteSpan], fill: str = "\ue000") -> str:
    """`text` with every quoted passage (marks included) replaced by `fill`, offsets unchanged."""
    if not quotes:
        return text
    parts: list[str] = []
    pos = 0
    for q in quotes:
        if q.open < pos:
            continue
        parts.append(text[pos : q.open])
        parts.append(fill * (q.close - q.open))
        pos = q.close
    parts.append(text[pos:])
    return "".join(parts)
