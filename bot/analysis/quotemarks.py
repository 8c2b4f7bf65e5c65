"""Find quoted passages: straight, curly or mixed double quotes (and ‘single’ ones), unbalanced marks
tolerated, a quote left open at a paragraph's end continued by the next paragraph that opens with a
quote mark."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
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
_LISTENER = word_set("speech_verbs", "listener")
# what may follow an attribution's verb: "said at the launch", "added later", "said as quoted by"
_CIRCUMSTANCE = word_set("circumstance_openers")
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


# a double mark typed for an apostrophe: we”re, county”s, don”t
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[”\"](?=(?:s|t|re|ve|ll|d|m)\b)")


def _marks(line: str) -> Iterator[re.Match[str]]:
    """The double quote marks of a line, not those standing for an apostrophe."""
    return (m for m in _DOUBLE.finditer(line) if not _APOSTROPHE.match(line, m.start()))


def double_quotes(line: str) -> list[tuple[int, int, bool]]:
    """(open, close, closed) of the double-quoted passages in one paragraph (offsets in `line`)."""
    spans: list[tuple[int, int, bool]] = []
    open_at = -1
    for match in _marks(line):
        i, mark_end = match.span()
        mark = match.group()
        if open_at < 0:
            if mark in _CLOSERS and not _is_opening_shape(line, i, mark_end):
                continue  # a stray closing mark
            open_at = i
            continue
        if mark in _OPENERS and _is_opening_shape(line, i, mark_end):
            # a new opening mark while one is open: the first was never closed (or closed by a
            # single mark: “We are glad,' Rose said. “Next …)
            spans.append(_unclosed(line, open_at, i))
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
        spans.append(_unclosed(line, open_at, len(line)))
    return spans


_COMMA_PIECE = re.compile(r",(['’]?)\s+([^,.;:!?\"“”]{2,60}?)\s*(?=[.,;]|$)")


def _unclosed(line: str, open_at: int, limit: int) -> tuple[int, int, bool]:
    """A quote whose double closing mark never came ends before its attribution when one follows a
    comma (`"Well done to Fiji, Ana Puna said.` — the mark lost; `“Well done,' Ana Puna said.` — closed
    by a single mark), else where the next quote opens or the paragraph ends (`limit`)."""
    for piece in _COMMA_PIECE.finditer(line, open_at + 1, limit):
        if _is_attribution(piece.group(2)):
            if piece.group(1):
                return open_at, piece.end(1), True
            return open_at, piece.start(), False
    return open_at, limit, False


def _single_quotes(
    line: str, taken: list[tuple[int, int, bool]], next_line: str = ""
) -> list[tuple[int, int, bool]]:
    """‘Single-quoted’ passages outside the double-quoted ones; apostrophes are left alone. A passage
    that runs on into the next paragraph is left open at the line's end (`_runs_on`)."""
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
            if _runs_on(line, i, want, next_line):
                spans.append((i, len(line), False))
                break
            continue
        spans.append((i, j + 1, True))
        pos = j + 1
    return spans


def _runs_on(line: str, i: int, want: str, next_line: str) -> bool:
    """British copy quotes in single marks and, when a quote runs over paragraphs, closes only its last
    one, opening each with the mark again: `Jo Bell said: 'We wrote 300 letters. ¶ 'Nobody read
    them.'` A single mark opening the paragraph or set after a colon, whose passage has no closing
    mark and ends the paragraph as a sentence ends, with the next paragraph opening with that mark."""
    if line[:i].strip() and not line[:i].rstrip().endswith(":"):
        return False
    rest = line[i + 1 :].rstrip()
    return (
        len(rest.split()) >= 4
        and rest[-1:] in (".", "?", "!", "…")
        and next_line.lstrip()[:1] == line[i]
        and not any(m.group() == want for m in _SINGLE_CLOSE.finditer(line, i + 2))
    )


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage of `text`, in order, offsets into `text`."""
    out: list[QuoteSpan] = []
    offset = 0
    previous_open = previous_quoted = False
    lines = text.split("\n")
    for paragraph, line in enumerate(lines):
        base = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        spans = _repaired(line, double_quotes(line), previous_open, previous_quoted)
        following = paragraph + 1
        while following < len(lines) and not lines[following].strip():
            following += 1  # the next paragraph with words, where a single-quoted passage may run on
        spans += _single_quotes(line, spans, lines[following] if following < len(lines) else "")
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
        # a paragraph that quoted someone at length (not a word or two): its quote may run on
        previous_quoted = any(len(line[a:b].split()) >= 4 for a, b, _ in spans)
    return out


def _repaired(
    line: str, spans: list[tuple[int, int, bool]], previous_open: bool, previous_quoted: bool
) -> list[tuple[int, int, bool]]:
    """The opening mark real copy loses in a paragraph that is all quote up to its attribution (`With
    the new partner, we can grow,” he said.`, or opened with a single mark: `'It can grow,” he said.`),
    often the second paragraph of a quote whose writer did not open it again. After a paragraph that
    left its quote open, a closing mark that comes before any opening one ends that quote's last
    paragraph however it was written (`Also, bring your own water.” ¶`)."""
    first = next(_marks(line), None)
    if first is None:
        return spans
    start, end = len(line) - len(line.lstrip()), first.end()
    if previous_open and first.start() > start and _closes(line, first.start(), end):
        return [(start, end, True), *((a + end, b + end, c) for a, b, c in double_quotes(line[end:]))]
    lone_closer = first.group() in _CLOSERS and all(first.start() < a for a, _, _ in spans)
    if lone_closer and _lost_its_opening(
        line[: first.start()].rstrip(), line[first.end() :], previous_quoted
    ):
        spans = [(start, first.end(), True), *spans]
    return spans


def _lost_its_opening(head: str, tail: str, previous_quoted: bool) -> bool:
    """Words before a lone closing mark are a quote whose opening mark was lost when they sound quoted
    and an attribution follows the mark (`We got what we asked for.” the coach said as quoted by the
    club.`), or, after a paragraph that quoted someone, when the mark ends the paragraph: the last
    paragraph of a quote whose writer did not open it again (`I think we can win.”`)."""
    after = tail.split(".", 1)[0]
    if head[-1:] in (",", "?", "!") and _is_attribution(after) and _sounds_quoted(head):
        return True
    if head[-1:] not in (",", ".", "?", "!", "…") or not _sounds_quoted(head):
        return False
    if not tail.strip():
        # not when the paragraph carries its own speaker (`Ana Puna replied: we will see.”`)
        return previous_quoted and ":" not in head and not _SPEECH.intersection(head.split())
    return _is_attribution(after, loose=True)


_FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me|[Yy]ou|[Yy]our)\b")  # not "US"


def _closes(line: str, i: int, end: int) -> bool:
    """A mark shaped to close: words before it, and a space, punctuation or the line's end after."""
    after = line[end : end + 1]
    return not line[i - 1].isspace() and (not after or after.isspace() or after in ",.;:?!)—–-")


def _sounds_quoted(head: str) -> bool:
    """Words before a lone closing mark are a quote when they open with a single mark or speak as "I",
    "we" or "you"; "He said the plan would fail,” …" is reported speech with a stray mark."""
    return head.lstrip()[:1] in ("‘", "'") or bool(_FIRST_OR_SECOND_PERSON.search(head))


def _is_attribution(text: str, loose: bool = False) -> bool:
    """ "he said", "Ana Puna said", "said Ana Puna": a speech verb with a pronoun or a capitalised name
    on one side and nothing else. `loose` (after words that speak as "I" or "we") also takes a speaker
    described ("the former coach added") and what follows the verb when it is a listener or a
    circumstance ("President Ana Puna told her audience", "he said at the launch"), never other words
    ("he said no more")."""
    if _WORD.sub("", text).strip():
        return False  # punctuation inside: more than an attribution
    words = text.split()
    verbs = [n for n, w in enumerate(words) if w in _SPEECH]
    if not verbs or (len(verbs) > 1 and not loose) or not 2 <= len(words) <= (12 if loose else 6):
        return False
    n = verbs[0]
    if n == 0:
        return len(words) <= 6 and len(verbs) == 1 and _is_speaker(words[1:], loose)
    rest = words[n + 1 :]
    if rest and not (loose and (words[n] in _LISTENER or rest[0].lower() in _CIRCUMSTANCE)):
        return False
    return n <= 5 and _is_speaker(words[:n], loose)


def _is_speaker(who: list[str], loose: bool) -> bool:
    """A pronoun or a capitalised name; `loose`, a description too ("the visiting coach")."""
    if len(who) == 1 and who[0].lower() in _PRONOUNS:
        return True
    if all(w[:1].isupper() for w in who):
        return bool(who)
    return loose and who[0].lower() == "the" and len(who) >= 2


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
