"""Page furniture out of article text: bylines, photo credits, "Scroll down for video", "Related news",
share and subscribe lines, time stamps, "Click here" and contact lines, and a wire story's closing credits
(who reported and edited it, copyright). A dateline left on a line of its own joins the paragraph it introduces.

Runs on normalised text (one paragraph per line) for files, pages and pastes alike; paragraphs are
kept, and a line is dropped only when all of it is furniture, so a sentence is never lost.
"""

from __future__ import annotations

import re

from bot.analysis.sentences import CUE_LINK, SCROLL_DOWN
from bot.analysis.text import DATELINE

# Furniture is short: a longer line is article text whatever it starts with.
_MAX_FURNITURE_WORDS = 16

# "By Jane Smith", "BY JANE SMITH AND TOM REYES, Associated Press", "By Jane Smith | Reuters",
# "Posted by Jane Smith"
_BYLINE = re.compile(
    r"^(?:(?:[Pp]osted|[Ww]ritten|POSTED|WRITTEN)\s+)?(?:by|BY|By)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|AND|&|de|van|von|da|bin|al))*"
    r"(?:\s*[,|–—-]\s*[\w .,&'’/|-]{0,60})?$"
)
# "Photo: Jane Smith/AP", "(AP Photo/Ted S. Warren)", "Image copyright Getty Images", "Picture: PA"
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:(?:file\s+)?photo(?:graph)?s?|pictures?|images?|credit|image copyright|image caption|"
    r"copyright)\s*(?:[:©]|by\b|credit\b|copyright\b)"
    r"|^\(?\s*(?:AP|AFP|EPA|Reuters|PA)\s+(?:Photo|Images?)\b|\b(?:Getty Images|Shutterstock)\)?\.?$",
    re.IGNORECASE,
)
# "Related news", "READ MORE: ...", "See also - ..."; alone or leading a link's title.
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:news|stories|articles|coverage|content|links?|reading))?|read more|more on this story|"
    r"see also|also read|read also|recommended(?:\s+stories)?|advertisement)\s*(?:$|[:»|–—-])",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"^(?:share(?:\s+(?:this|on|via)\b.*)?|tweet|email|print|subscribe\b.*|sign up\b.*newsletter.*|"
    r"follow us\b.*|click here to (?:subscribe|share|follow)\b.*|"
    r"(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|copy link)(?:\s*[|/,·]\s*"
    r"(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|email|copy link))*)[.!]?$",
    re.IGNORECASE,
)
# A page's own lines: "Click here for …", "Story continues below advertisement", "Image caption …",
# "Follow Jane Doe on Twitter: @janedoe", a link to another story under a cue ("(READ: …)", "WATCH: …").
_PAGE = re.compile(
    rf"^{CUE_LINK.pattern}$|^(?-i:WATCH|LOOK|LISTEN|READ)\s*:"
    r"|^click here\b|^(?:story|article) continues (?:below|after)\b|^continue reading\b|^(?:image|media) caption\b"
    r"|^follow\b.{0,60}\bon (?:twitter|x|facebook|instagram|linkedin|threads|tiktok|bluesky)\b",
    re.IGNORECASE,
)
# "Updated: 5:32 PM EST Jan 5, 2020", "Published 3 hours ago": a time stamp alone, never a sentence (no
# full stop; "Published in 2019, the report found …." is one).
_TIMESTAMP = re.compile(
    r"^(?:last\s+|first\s+)?(?:updated|published|posted|modified)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)[^.]*$",
    re.IGNORECASE,
)
_MAX_TIMESTAMP_WORDS = 8
# A short line giving an e-mail address: "Contact reporter Jane Doe at jdoe@example.com"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_MAX_EMAIL_LINE_WORDS = 10
# A wire story's closing credits: "(Reporting by Jane Doe; Editing by Tom Roe)", "Associated Press writer
# Jane Doe contributed to this report.", "Copyright 2020 The Associated Press. All rights reserved." They
# can run past the furniture length (several reporters and cities), so their shape alone decides.
_WIRE_CREDIT = re.compile(
    r"^\((?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|produced)\s+by\b[^()]*\)\.?$"
    r"|^(?:additional\s+)?reporting\s+by\b.*;\s*(?:writing|editing)\s+by\b"
    r"|\bcontributed\s+(?:reporting|(?:to|for)\s+this\s+(?:report|story|article))(?:\s+(?:from|in)\s[^.]*)?\.?$"
    r"|^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b|\ball rights reserved\.?$"
    r"|^this material may not be published, broadcast, rewritten,? or redistributed\.?$",
    re.IGNORECASE,
)
_MAX_CREDIT_WORDS = 40
_DOUBLED_QUOTES = re.compile(r"([\"“”«»])\s?\1+")


def is_furniture(line: str) -> bool:
    """Whether a whole paragraph is a byline, photo credit, related-links or share line, or a wire
    story's closing credit."""
    stripped = line.strip()
    words = len(stripped.split())
    if words <= _MAX_CREDIT_WORDS and _WIRE_CREDIT.search(stripped):
        return True
    if words <= _MAX_TIMESTAMP_WORDS and _TIMESTAMP.match(stripped):
        return True
    if words <= _MAX_EMAIL_LINE_WORDS and _EMAIL.search(stripped):
        return True
    if words > _MAX_FURNITURE_WORDS:
        return False
    return any(p.search(stripped) for p in (_BYLINE, _PHOTO_CREDIT, _RELATED, _SHARE, _PAGE))


def _is_dateline_alone(line: str) -> bool:
    """A dateline on a line of its own ("VANCOUVER, Wash. (AP) —", "Riverton, (RNA - 7th Apr, 2020 ) :"):
    a lone upper-case word ending on a colon without an agency ("UPDATE:") may be a label, not a place."""
    match = DATELINE.match(line)
    if match is None or match.end() != len(line):
        return False
    return line[-1] in "-–—" or ")" in line


def strip_furniture(text: str) -> str:
    """`text` (one paragraph per line) without page furniture; a lone dateline joins the next line.
    Text that is nothing but furniture is returned unchanged rather than emptied."""
    kept: list[str] = []
    pending_dateline = ""
    for line in text.split("\n"):
        line = " ".join(_DOUBLED_QUOTES.sub(r"\1", SCROLL_DOWN.sub(" ", line)).split())
        if not line or is_furniture(line):
            continue
        if _is_dateline_alone(line):
            pending_dateline = f"{pending_dateline} {line}".strip()
            continue
        if pending_dateline:
            line = f"{pending_dateline} {line}"
            pending_dateline = ""
        kept.append(line)
    if pending_dateline:
        kept.append(pending_dateline)
    return "\n".join(kept) if kept else text
