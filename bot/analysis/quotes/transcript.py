"""Transcript labels: a speaker's name and a colon opening a paragraph ("LOUIS LATAIF: …"), which
attributes what follows to that speaker as a speech verb would."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import Sentence
from .document import Document
from .names import HONORIFICS, NOT_NAMES, ORG_WORDS, is_common_word, is_first_name, name_key, place_names
from .people import People, title_case
from .speech_tokens import MASK, Attribution, NameParse, Order, Speaker


def transcript_attribution(doc: Document, sentence: Sentence, people: People) -> Attribution | None:
    """ "LOUIS LATAIF: …" opening a paragraph: the label is an attribution of what follows."""
    line_end = doc.text.find("\n", sentence.start)
    line = doc.masked[sentence.start : line_end if line_end >= 0 else len(doc.text)]

    def known_surname(word: str) -> bool:
        person = people.find([word], len(doc.text))
        return person is not None and len(person.tokens) >= 2

    label = transcript_label(line[:200], known_surname)
    if label is None or not _speech_label(*label, line) or _dateline(doc, sentence, label[0]):
        return None
    name, end = label
    words = name.split()
    parse = NameParse(
        name=words, start=sentence.start, end=sentence.start + len(name), kind="person", evidence=True
    )
    if words[0].lower().rstrip(".") in {"mr", "mrs", "ms", "dr", "prof", "mister", "miss"}:
        parse.honorific = words[0].rstrip(".")
        parse.name = words[1:]
    parse.name = title_case(parse.name)
    speaker = Speaker("name", " ".join(parse.name), sentence.start, sentence.start + end, name=parse)
    return Attribution(
        sentence.index,
        [speaker],
        ":",
        sentence.start + end - 2,
        sentence.start + end - 1,
        Order.LABEL,
        sentence.start,
        sentence.start + end,
    )


def _dateline(doc: Document, sentence: Sentence, name: str) -> bool:
    """ "SAN FRANCISCO: Texas Instruments said …": two words in capitals and a colon opening the story's
    first paragraph are where it was filed, not a speaker, unless a first name or a title opens them
    ("DANA WHITFIELD: …"); an interview's labels elsewhere need no first name once it has begun."""
    if not doc.text[sentence.start : sentence.start + len(name)].isupper():
        return False
    first = name.split()[0]
    if is_first_name(first) or first.lower().rstrip(".") in HONORIFICS:
        return False
    return all(s.is_heading for s in doc.sentences[: sentence.index])


def _speech_label(name: str, end: int, line: str) -> bool:
    """A label that names someone speaking: not a possessive heading ("Editor's Note:", "Tuesday's
    Morning Email:") nor a tally ("Jo Bell: 1,769."), whose line holds figures and no words (a quote,
    masked in `line`, counts as words)."""
    if any(w.endswith(("'s", "’s")) for w in name.split()):
        return False
    return any(c.isalpha() or c == MASK for c in line[end:])


# Any script's letters: "TĀWHIRI:" and "NGUYỄN:" label a transcript as "SMITH:" does
_LABEL = re.compile(r"^(?P<name>(?:[^\W\d_][\w'’\-]*\.?\s+){0,3}[^\W\d_][\w'’\-]*)\s*:\s+(?=\S)")


def transcript_label(
    paragraph_text: str, known: Callable[[str], bool] | None = None
) -> tuple[str, int] | None:
    """A speaker label opening a paragraph ("LOUIS LATAIF: …"): (name, end of the label).

    `known` says whether a single word names a person the article has introduced: an interview
    labels its answers "LATAIF:" once the full name has been given."""
    match = _LABEL.match(paragraph_text)
    if not match:
        return None
    raw = match.group("name")
    words = raw.split()
    if not all(w[0].isupper() for w in words):
        return None
    if raw.isupper():
        words = [
            w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-")) for w in words
        ]
    lows = [w.lower().rstrip(".") for w in words]
    if any(w in ORG_WORDS or w in NOT_NAMES for w in lows):
        return None
    honorific = lows[0] in HONORIFICS
    content = words[1:] if honorific else words
    if not content or name_key(" ".join(content)) in place_names():
        return None
    if len(content) < 2 and not honorific:
        # a lone surname only in capitals (a label's style, unlike "Update:") and of someone named before
        if not (raw.isupper() and len(content) == 1 and known is not None and known(content[0])):
            return None
        return " ".join(words), match.end()
    if not (honorific or is_first_name(content[0]) or not all(is_common_word(w) for w in content)):
        return None
    return " ".join(words), match.end()
