"""Files, uploads and web pages to clean article text. Everything here is synchronous and meant to run
off the event loop; downloading is in `bot.ingest.fetch` (imported only when a URL is added)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from bot.analysis import normalize_text
from bot.errors import InputError, echo

if TYPE_CHECKING:
    from .fetch import Fetched
    from .formats import Format

# .decode (charset-normalizer) and .formats (the HTML parser) are imported by the functions that read
# a document: a command that only reads the library imports this package for its seeds' hashes.

__all__ = [
    "Ingested",
    "check_file_name",
    "check_length",
    "display_name",
    "from_bytes",
    "from_fetched",
    "from_path",
]

MAX_NAME_CHARS = 80


def display_name(filename: str) -> str:
    """A file name fit for a one-line message: no line breaks, control or direction characters, and
    at most MAX_NAME_CHARS characters; "The file" when nothing printable is left."""
    return echo(PurePath(filename).name if filename else "", MAX_NAME_CHARS) or "The file"


@dataclass(frozen=True, slots=True)
class Ingested:
    """Normalised article text, the title found in the document (if any) and where it came from."""

    text: str
    title: str | None
    source: str
    format: Format


def check_length(text: str, name: str, max_chars: int) -> None:
    if not text:
        raise InputError(f"{name} contains no readable text.")
    if len(text) > max_chars:
        raise InputError(f"{name} is {len(text):,} characters long; the limit is {max_chars:,}.")


def check_file_name(filename: str) -> None:
    """Refuse a file whose name says it is a format Newsdesk cannot read (.pdf, .docx, images,
    archives...), before anyone downloads it."""
    from .formats import refuse_unreadable_suffix

    refuse_unreadable_suffix(PurePath(filename).suffix, display_name(filename))


def from_bytes(data: bytes, filename: str, *, max_chars: int) -> Ingested:
    """Decode and extract an uploaded or local file (CPU-bound for HTML: call in a thread). Its name
    decides first: a .pdf, .docx, image or archive is refused whatever it holds."""
    check_file_name(filename)
    return _from_body(data, filename, display_name(filename), max_chars=max_chars)


def _from_body(
    data: bytes,
    filename: str,
    name: str,
    *,
    max_chars: int,
    content_type: str | None = None,
    charset: str | None = None,
) -> Ingested:
    from .decode import decode_bytes, html_declared_charset
    from .formats import detect_format, extract

    if not data.strip():
        raise InputError(f"{name} is empty.")
    suffix = PurePath(filename).suffix
    looks_html = content_type in ("text/html", "application/xhtml+xml") or suffix.lower() in (".html", ".htm")
    declared = charset or (html_declared_charset(data) if looks_html or data.lstrip()[:1] == b"<" else None)
    raw = decode_bytes(data, name, declared)
    fmt = detect_format(suffix, content_type, raw)
    body, title = extract(fmt, raw)
    text = normalize_text(body)
    check_length(text, name, max_chars)
    title = normalize_text(title).replace("\n", " ") if title else None
    return Ingested(text=text, title=title or None, source=name, format=fmt)


def from_path(path: str | Path, *, max_chars: int, max_bytes: int) -> Ingested:
    """Read a local file (CLI) with the same rules as an upload."""
    from .formats import refuse_unreadable_suffix

    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path} is a folder, not a file.")
        refuse_unreadable_suffix(path.suffix, str(path))  # before the size: "PDFs can't be read" is the news
        if size > max_bytes:
            raise InputError(f"{path} is {size:,} bytes; the limit is {max_bytes:,}.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file.") from None
    except PermissionError:
        raise InputError(f"{path} cannot be read (permission denied).") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read ({exc.strerror or exc}).") from None
    return from_bytes(data, path.name, max_chars=max_chars)


def from_fetched(fetched: Fetched, *, max_chars: int) -> Ingested:
    """Extract a downloaded page; the file name for format detection is the URL's last path segment.
    Unlike a file's name, a URL's suffix is not refused: the server's media type, which `fetch` has
    already checked, is what a download is (a page at /report.pdf may well be HTML)."""
    filename = PurePath(fetched.url.split("?")[0].split("#")[0]).name or "page"
    return _from_body(
        fetched.body,
        filename,
        fetched.url,
        max_chars=max_chars,
        content_type=fetched.content_type,
        charset=fetched.charset,
    )
