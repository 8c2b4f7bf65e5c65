"""Whether the search index on disk is whole, checked without trusting tantivy to notice.

Every file tantivy writes for a segment ends with a footer: its length, a magic number, and the
CRC32 of everything before it. A truncated file loses the footer; bytes overwritten break the CRC.
Checking every segment that meta.json lists reads the whole index once (about a second per GB), so
it runs when the index is opened and when a cheap sign (a file's size or time changed, an empty
answer where SQLite finds matches) says something may be wrong.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

FOOTER_MAGIC = 1337
CHUNK = 1 << 20
META = "meta.json"

Snapshot = dict[str, tuple[int, int]]


def segment_files(directory: Path) -> list[Path]:
    """The files of the segments meta.json lists; raises ValueError when meta.json is unreadable."""
    try:
        meta = json.loads((directory / META).read_text(encoding="utf-8"))
        ids = {str(segment["segment_id"]).replace("-", "") for segment in meta["segments"]}
    except FileNotFoundError:
        return []  # a new, empty index
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{META} is unreadable ({exc})") from None
    files = [path for path in directory.iterdir() if path.name.split(".", 1)[0] in ids]
    missing = ids - {path.name.split(".", 1)[0] for path in files}
    if missing:
        raise ValueError(f"segment {sorted(missing)[0]} has no files")
    return files


def damage(directory: Path) -> str | None:
    """What is wrong with the index in `directory` (one file named), or None when every segment
    file's checksum holds."""
    try:
        for path in segment_files(directory):
            if not _intact(path):
                return f"{path.name} is truncated or overwritten"
    except (OSError, ValueError) as exc:
        return str(exc)
    return None


def snapshot(directory: Path) -> Snapshot:
    """Size and modification time of each segment file: comparing two costs a stat per file, so it
    is done before every search (a file changed under a running bot is checked before it is read)."""
    found: Snapshot = {}
    try:
        for path in segment_files(directory):
            stat = path.stat()
            found[path.name] = (stat.st_size, stat.st_mtime_ns)
    except (OSError, ValueError):
        return {}
    return found


def changed(directory: Path, before: Snapshot) -> bool:
    """Whether any file of `before` is gone or differs in size or time."""
    for name, (size, mtime) in before.items():
        try:
            stat = os.stat(directory / name)
        except OSError:
            return True
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
            return True
    return False


def _intact(path: Path) -> bool:
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size < 8:
            return False
        file.seek(size - 8)
        footer_len, magic = struct.unpack("<II", file.read(8))
        body_len = size - 8 - footer_len
        if magic != FOOTER_MAGIC or body_len < 0:
            return False
        file.seek(body_len)
        try:
            expected = int(json.loads(file.read(footer_len))["crc"])
        except (ValueError, KeyError, TypeError):
            return False
        file.seek(0)
        crc, left = 0, body_len
        while left > 0:
            chunk = file.read(min(CHUNK, left))
            if not chunk:
                return False
            crc = zlib.crc32(chunk, crc)
            left -= len(chunk)
    return crc == expected
