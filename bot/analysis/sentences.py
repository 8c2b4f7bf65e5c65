"""Sentence splitting with character offsets, paragraphs and sub-headings kept.

A rule-based splitter tuned for news prose: it knows titles ("Mr.", "Gov."), initials, months before
dates, company suffixes ("Co. Ltd."), dotted acronyms ("U.S."), and closing quote marks after the
full stop. It runs in one pass over each paragraph, so its cost grows linearly with the text (pysbd,
used before, took ~30 ms per 1,000 words and tens of seconds on a 1 MB line).
"""

from __future__ import annotations

import re

from .models import Sentence
from .quotemarks import double_quotes
from .wordlists import word_set


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TERMINAL = re.compile(r"[.!?:;\"'”’)\]…]$")
_HEADING_TAIL = _set("and or of the a an to in for with by on at from as but nor")

# A run of sentence-final marks, any closing quotes/brackets glued to it, then white space; or a full
# stop glued to the next sentence, as text flattened from a page leaves it ("was rectified.The minister
# said"): a word of three lower-case letters or more, the stop, then a capitalised word that is not
# itself an abbreviation ("Pol.Lt.", "U.S.", "Gov.Kim" never match).
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+|(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\b(?![.\w]))")
# A web or mail address around a glued stop ("www.site.Com", "name@host.Org") never ends a sentence.
_ADDRESS = re.compile(r"[/@]|www\.", re.IGNORECASE)
# A dash after the full stop that opens the next sentence ("not looking for it. – They were…"), told
# from a dateline's ("Fla. – Tiger Woods…") and a credit's ("… the country. — AFP") by the lower-case
# word before the stop and a sentence of several words after the dash.
_DASH_OPENER = re.compile(r"[-–—]\s+[A-Z][a-z]*(?:\s+\S+){3}")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w.])([a-z]{2,})$")
_WORD_BEFORE = re.compile(r"([\w.&'’\-]*?)([\w&]+)\.*$")

# Abbreviations that never end a sentence ("Mr."), never before a number ("Oct. 31"), or only before an
# ordinary sentence opener ("Inc.", "U.S."): data/abbreviations.txt and data/sentence_openers.txt.
_NEVER_FINAL = word_set("abbreviations", "never_final")
_BEFORE_NUMBER = word_set("abbreviations", "before_number")
_MAYBE_FINAL = word_set("abbreviations", "maybe_final")
# Any abbreviation at all: a lower-case word before a bare or glued full stop ends a sentence only
# when it is none of them.
_ANY_ABBREVIATION = _NEVER_FINAL | _MAYBE_FINAL | _BEFORE_NUMBER
_OPENERS = word_set("sentence_openers")
# A wire service's credit after a dateline ("(AP) —", "(Reuters) -") continues the sentence before it.
_AGENCY_CREDIT = re.compile(r"\([A-Z][\w&.'’ -]{0,30}\)\s*[-–—]|[-–—]")
# "Scroll down for video", left in text flattened from a page to one block, runs into the sentences
# around it ("…his own links to radicalism. Scroll down for video Abase Hussen, left, took…"): it is a
# sentence of its own, and none of the article's.
SCROLL_DOWN = re.compile(r"\bscroll down for (?:the )?videos?\b[.:!]?", re.IGNORECASE)
# A link to another story under a cue, in brackets: "(READ: …)", "(LOOK: …)". A page may set it inside a
# paragraph, where it splits off as a sentence of its own and none of the article's.
CUE_LINK = re.compile(r"\((?:read|look|watch|listen|see|also read|related|more)\s*:[^()]*\)", re.IGNORECASE)
# A dateline written as a place and a full stop ("Jakarta. The government said…", "Kuala Lumpur. Police
# said…"), at the very start of a story: the place stays with the sentence it introduces.
_PLACE_DATELINE = re.compile(r"[A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’-]+){0,2}\.")
_MAX_QUOTED = 600  # a longer "quotation" is more likely a stray mark than one quoted passage
# A question or exclamation closing its quote, then the speaker and the verb ending the sentence
# ("“Why would anyone leave?” Tamsin Orrell recalled."): one sentence, the speaker's, not two.
_QUOTE_CLOSER = re.compile(r"[?!]+[\"”]\s+$")
_SPEAKER_CLOSES = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*\s+([a-z]+)\s*(?:[.,;]|$)")
_SPEECH = word_set("speech_verbs", "speech")
_OPENING_MARKS = "\"'“‘«([„"


def is_heading(line: str) -> bool:
    """A short line with no closing punctuation is a sub-heading ("Business icon")."""
    stripped = line.strip()
    if not stripped or _TERMINAL.search(stripped):
        return False
    tokens = stripped.split()
    if len(tokens) > 10:
        return False
    # "(c) a reduction in exports; or" is a list item running on, not a heading
    return tokens[-1].lower() not in _HEADING_TAIL


def state_abbreviations() -> frozenset[str]:
    """AP-style state abbreviations as written, without the final dot ("Wash", "N.Y")."""
    return word_set("state_abbreviations")


HEADLINE_WORDS = 20
_CLOSING_MARKS = "\"'”’»)]"


def is_headline(line: str) -> bool:
    """A line that reads as an article's headline when it opens the text: at most HEADLINE_WORDS
    words and no sentence-final punctuation ("Top health official declares measles outbreak an
    emergency in Clark County"). Only the first line is ever taken as one, and only with a body after it."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > HEADLINE_WORDS:
        return False
    if stripped.rstrip(_CLOSING_MARKS)[-1:] in ".!?:;,…-–—":
        return False
    return is_heading(" ".join(stripped.split()[-10:]))


def _next_word(line: str, pos: int) -> str:
    """The word starting at `pos`, opening quotes and brackets skipped."""
    end = min(len(line), pos + 40)
    while pos < end and line[pos] in _OPENING_MARKS:
        pos += 1
    match = re.match(r"[\w'’\-]+", line[pos:end])
    return match.group(0) if match else line[pos : pos + 1]


def _is_boundary(line: str, mark_start: int, after: int) -> bool:
    """Whether the marks at `mark_start` (white space ending at `after`) close a sentence."""
    nxt = _next_word(line, after)
    if not nxt:
        return False
    if _AGENCY_CREDIT.match(line, after):
        return _dash_opens_sentence(line, mark_start, after)
    first = nxt[0]
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit() or line[after] in _OPENING_MARKS or not first.isalnum()):
        return False
    if line[mark_start] != ".":
        return not _speaker_closes_quote(line, mark_start, after)  # ? ! … followed by a capital
    if line.startswith("...", mark_start):
        return True
    head = line[max(0, mark_start - 40) : mark_start]
    match = _WORD_BEFORE.search(head)
    if not match:
        return True
    word = match.group(2)
    token = (match.group(1) + word).lower().strip("'’-")
    low = word.lower()
    if low in _NEVER_FINAL or token in _NEVER_FINAL:
        return False
    if first.isdigit() and (low in _BEFORE_NUMBER or token in _BEFORE_NUMBER):
        return False
    if len(word) == 1 and word.isalpha():
        # an initial ("J. K. Rowling") or the last letter of "U.S."
        return "." in match.group(1) and nxt.lower() in _OPENERS
    written = (match.group(1) + word).strip("'’-")
    if (
        low in _MAYBE_FINAL
        or token in _MAYBE_FINAL
        or "." in match.group(1)
        or written in state_abbreviations()
    ):
        return nxt.lower() in _OPENERS
    return True


def _speaker_closes_quote(line: str, mark_start: int, after: int) -> bool:
    """Whether a quoted question or exclamation ends at `after` and a name with its speech verb, alone,
    end the sentence after it ('?” Tamsin Orrell recalled.', '!" Police said,')."""
    if not _QUOTE_CLOSER.match(line, mark_start, after):
        return False
    match = _SPEAKER_CLOSES.match(line, after)
    return match is not None and (match.group(1) in _SPEECH or match.group(1).endswith("ed"))


def _dash_opens_sentence(line: str, mark_start: int, after: int) -> bool:
    """Whether a bare full stop, then a dash at `after`, ends a sentence and opens the next."""
    if line[mark_start:after].strip() != "." or not _DASH_OPENER.match(line, after):
        return False
    word = _LOWER_WORD_BEFORE.search(line, max(0, mark_start - 40), mark_start)
    return word is not None and word.group(1) not in _ANY_ABBREVIATION


def _glued_stop_ends(line: str, after: int) -> bool:
    """Whether a full stop with no space after it (just before `after`) ends a sentence."""
    token = line[max(0, after - 60) : after - 1].rsplit(None, 1)[-1]
    if _ADDRESS.search(token) or _ADDRESS.search(line[after : after + 30].split(None, 1)[0]):
        return False
    word = re.search(r"[A-Za-z]+$", token)
    low = word.group(0).lower() if word else ""
    return low not in _ANY_ABBREVIATION


def _quoted_ranges(line: str) -> list[tuple[int, int]]:
    """Closed quotations of reasonable length: a sentence never ends inside one."""
    if '"' not in line and "“" not in line and "«" not in line:
        return []
    return [(a, b) for a, b, closed in double_quotes(line) if closed and b - a <= _MAX_QUOTED]


def _split_line(line: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one paragraph, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    quoted = _quoted_ranges(line)
    qi = 0
    for match in _BOUNDARY.finditer(line):
        after = match.end()
        if after >= len(line):
            break
        while qi < len(quoted) and quoted[qi][1] <= after:
            qi += 1
        if qi < len(quoted) and quoted[qi][0] < after < quoted[qi][1]:
            continue  # "It's a big recall. It's voluntary," he said: one sentence
        glued = match.start() == after
        ends = _glued_stop_ends(line, after) if glued else _is_boundary(line, match.start(), after)
        if ends:
            spans.append((start, match.end()))
            start = after
    spans.append((start, len(line)))
    spans = _split_furniture(line, spans)
    out = []
    for a, b in spans:
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append((a + lead, a + lead + len(stripped)))
    return out


def _split_furniture(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` cut again before and after each "Scroll down for video" and bracketed link ("(READ: …)")."""
    if "(" not in line and "scroll" not in line.lower():
        return spans
    found = [*SCROLL_DOWN.finditer(line), *CUE_LINK.finditer(line)]
    cuts = sorted({p for m in found for p in (m.start(), m.end())})
    if not cuts:
        return spans
    out = []
    for a, b in spans:
        for p in cuts:
            if a < p < b:
                out.append((a, p))
                a = p
        out.append((a, b))
    return out


def is_furniture_sentence(text: str) -> bool:
    """ "Scroll down for video" or a bracketed link to another story left in the text: no sentence of the
    article."""
    stripped = text.strip()
    return bool(SCROLL_DOWN.fullmatch(stripped) or CUE_LINK.fullmatch(stripped))


def _join_place_dateline(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The story's first two spans as one when the first is a place dateline ("Jakarta.")."""
    if len(spans) > 1 and _PLACE_DATELINE.fullmatch(line, spans[0][0], spans[0][1]):
        return [(spans[0][0], spans[1][1]), *spans[2:]]
    return spans


def opens_with_headline(lines: list[str]) -> bool:
    """Whether the first non-empty line is a headline over a body that follows it."""
    filled = [line for line in lines[:50] if line.strip()]
    return len(filled) > 1 and is_headline(filled[0])


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised text (paragraphs separated by newlines) into sentences with offsets."""
    sentences: list[Sentence] = []
    offset = 0
    lines = text.split("\n")
    headline = opens_with_headline(lines)
    for paragraph, line in enumerate(lines):
        line_start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        if is_heading(line) or (headline and not sentences):
            start = line_start + (len(line) - len(line.lstrip()))
            stripped = line.strip()
            sentences.append(
                Sentence(len(sentences), stripped, start, start + len(stripped), paragraph, True)
            )
            continue
        spans = _split_line(line)
        if not any(not s.is_heading for s in sentences):
            spans = _join_place_dateline(line, spans)
        for a, b in spans:
            sentences.append(
                Sentence(
                    len(sentences),
                    line[a:b],
                    line_start + a,
                    line_start + b,
                    paragraph,
                    is_furniture_sentence(line[a:b]),
                )
            )
    return sentences
