"""Plain text, Markdown and HTML to article text (paragraphs one per line) and a title when there is one."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Literal

from bot.errors import InputError

Format = Literal["text", "markdown", "html"]

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
SUPPORTED = "plain text (.txt), Markdown (.md) or HTML (.html)"
# File types people save articles as (or attach by mistake) that Newsdesk cannot read. Refused by name,
# whatever the bytes: reading a .pdf that happens to hold text would teach people that PDFs work.
# Vague names (.bin, .dat, .key) are left to the content checks.
_UNREADABLE_KINDS = {
    "a PDF document": ".pdf",
    "a Word document": ".doc .docx .docm .dot .dotx",
    "a Pages document": ".pages",
    "an OpenDocument text": ".odt .ott .fodt",
    "an RTF document": ".rtf",
    "an e-book": ".epub .mobi .azw .azw3 .fb2 .djvu",
    "a spreadsheet": ".xls .xlsx .xlsm .ods .numbers",
    "a presentation": ".ppt .pptx .odp",
    "a PNG image": ".png",
    "a JPEG image": ".jpg .jpeg",
    "a GIF image": ".gif",
    "an image": ".webp .bmp .tif .tiff .heic .heif .avif .ico .svg .psd",
    "a ZIP archive": ".zip",
    "a gzip archive": ".gz .tgz",
    "an archive": ".bz2 .xz .zst .7z .rar .tar",
    "an audio file": ".mp3 .wav .ogg .oga .flac .m4a .aac .opus",
    "a video file": ".mp4 .m4v .mov .avi .mkv .webm .wmv",
    "a program": ".exe .dll .msi .apk .dmg .so .jar",
}
UNREADABLE_SUFFIXES = {
    suffix: kind for kind, suffixes in _UNREADABLE_KINDS.items() for suffix in suffixes.split()
}
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S
)


def detect_format(suffix: str, content_type: str | None, text: str) -> Format:
    """The format from the media type, else the file suffix, else what the text starts with."""
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in ("text/markdown", "text/x-markdown"):
        return "markdown"
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "html" if _HTML_START.match(text[:2048]) else "text"


def refuse_unreadable_suffix(suffix: str, name: str) -> None:
    """Refuse a file whose name says it is a format Newsdesk cannot read (PDF, Word, images, ...)."""
    kind = UNREADABLE_SUFFIXES.get(suffix.lower())
    if kind is not None:
        raise InputError(f"{name} is {kind}, which Newsdesk cannot read; send the article as {SUPPORTED}.")


def extract(fmt: Format, text: str) -> tuple[str, str | None]:
    """(article text, title or None). The text still needs `normalize_text`."""
    if fmt == "html":
        return html_to_text(text)
    if fmt == "markdown":
        return markdown_to_text(text)
    return plain_to_text(text), None


# ---- plain text ---------------------------------------------------------------------------

_BLANK = re.compile(r"\n[^\S\n]*\n")


def plain_to_text(text: str) -> str:
    """Keep one paragraph per line; unwrap hard-wrapped paragraphs (blank-line separated, short lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in _BLANK.split(text) if b.strip()]
    lines = [line for line in text.split("\n") if line.strip()]
    wrapped = (
        len(blocks) < len(lines)  # some block spans several lines
        and max((len(line) for line in lines), default=0) <= 100
        and any(b.count("\n") for b in blocks)
        and len(blocks) > 1
    )
    if not wrapped:
        return text
    return "\n".join(" ".join(line.strip() for line in b.split("\n") if line.strip()) for b in blocks)


# ---- Markdown -----------------------------------------------------------------------------

_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_CODE = re.compile(r"`+([^`]+)`+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):  # nested emphasis such as ***bold italic***
        line = _EMPHASIS.sub(r"\2", line)
    return unescape(_TAG.sub("", line))


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """Strip Markdown markup; headings become their own paragraphs, the first `#` heading the title."""
    paragraphs: list[str] = []
    current: list[str] = []
    title: str | None = None
    in_fence = False

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if raw.strip():
                paragraphs.append(raw.strip())
            continue
        heading = _ATX_HEADING.match(raw)
        if heading:
            flush()
            words = _inline(heading.group(2)).strip()
            if words:
                if title is None and len(heading.group(1)) == 1:
                    title = words
                paragraphs.append(words)
            continue
        if _SETEXT.match(raw) and current:
            # "Title" underlined with === or --- : the paragraph so far is a heading.
            words = " ".join(current)
            current.clear()
            if title is None and raw.strip().startswith("="):
                title = words
            paragraphs.append(words)
            continue
        if _RULE.match(raw) or _REF_DEF.match(raw):
            flush()
            continue
        line = _QUOTE.sub("", raw)
        if _LIST.match(line):
            flush()
            line = _LIST.sub("", line)
        line = _inline(line).strip()
        if not line:
            flush()
            continue
        current.append(line)
    flush()
    return "\n".join(paragraphs), title


# ---- HTML ---------------------------------------------------------------------------------


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text via trafilatura (boilerplate removed); a plain tag stripper when it finds nothing."""
    import trafilatura  # imported on first use: it takes a tenth of a second, and most input is text

    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    text = getattr(document, "text", None) if document is not None else None
    title = getattr(document, "title", None) if document is not None else None
    fallback_text, fallback_title = _strip_tags(html)
    if not text or not text.strip():
        text = fallback_text
    return text, (title or fallback_title or None)


_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
    "tr", "header", "footer", "pre", "dd", "dt", "figcaption", "main", "ul", "ol", "table",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "nav", "form", "button"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self.parts.append(data.replace("\n", " "))


def _strip_tags(html: str) -> tuple[str, str | None]:
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # Python 3.11's parser asserts on some malformed markup ("<![" not opening a CDATA section)
        # rather than reading it as text: what came before it is kept.
        pass
    title = " ".join("".join(parser.title_parts).split())
    return "".join(parser.parts), title or None


def fragment_to_text(html: str) -> str:
    """The text of a snippet of HTML (a feed item's content): tags stripped, paragraphs kept, nothing
    judged boilerplate (trafilatura would drop a short fragment whole)."""
    return _strip_tags(html)[0]
