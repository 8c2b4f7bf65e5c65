"""Bytes to text: BOMs, declared charsets, UTF-8, then charset detection; binary data is refused."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from bot.errors import InputError

from .plausible import looks_like_text

# Leading bytes of common non-text files people might send instead of an article.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a media file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"{\\rtf", "an RTF document"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an audio file"),
    (b"\x00\x00\x00\x18ftyp", "a video file"),
    (b"\x00\x00\x00\x20ftyp", "a video file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def sniff_binary(data: bytes, name: str) -> None:
    """Refuse well-known binary formats and anything with NUL bytes that has no UTF-16/32 BOM."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} is {what}, not text; send plain text, Markdown or HTML.")
    if b"\x00" in data[:8192] and not any(data.startswith(bom) for bom, _ in _BOMS):
        raise InputError(f"{name} is a binary file, not text; send plain text, Markdown or HTML.")


def html_declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        found = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    # As browsers do (WHATWG): pages labelled Latin-1 or ASCII are really Windows-1252, whose
    # curly quotes would otherwise become invisible control characters.
    return "cp1252" if found in ("latin-1", "iso8859-1", "ascii") else found


_WESTERN_EXTRAS = set("“”‘’–—…€•™©®°£§«»¿¡·\u00a0")


def _western(data: bytes) -> str | None:
    """Windows-1252, the usual encoding of non-UTF-8 Western news text, when the result is plausible:
    accented letters a minority among plain ones and no symbols outside the usual typography.
    (Statistical detection alone mistakes short Western text for Baltic or Cyrillic code pages.)"""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    ascii_letters = accented = 0
    for char in text:
        if char.isascii():
            ascii_letters += char.isalpha()
        elif "\u00c0" <= char <= "\u00ff" and char not in "×÷":
            accented += 1
        elif char not in _WESTERN_EXTRAS:
            return None
    return text if accented <= 0.3 * (accented + ascii_letters) else None


def _detected(data: bytes, name: str) -> str:
    """The first of charset detection's guesses, best first, whose characters look like writing."""
    for match in charset_normalizer.from_bytes(data):
        text = str(match)
        if looks_like_text(text):
            return text
    raise InputError(
        f"{name} is not text in any encoding Newsdesk can recognise; save it as UTF-8 and send it again."
    )


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode without ever mangling: exact decodings first, detection last, refusal otherwise."""
    sniff_binary(data, name)
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name} starts like {encoding} text but is not valid {encoding}.") from None
            break
    if text is None:
        candidates = [c for c in (_known_codec(declared), "utf-8") if c is not None]
        for encoding in candidates:
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        text = _western(data)
    if text is None:
        text = _detected(data, name)
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(2, len(text[:65536]) // 100):
        raise InputError(f"{name} looks like binary data, not text.")
    return text
