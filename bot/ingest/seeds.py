"""Seed article files: `*.txt` in the seeds folder, each with an optional JSON sidecar (title/source/year)."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.errors import InputError

from . import from_bytes

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Seed:
    """One seed file read and cleaned; `file_hash` covers the text file and its sidecar."""

    name: str
    file_hash: str
    text: str
    title: str | None
    source: str


def seed_paths(seeds_dir: Path) -> list[Path] | None:
    """The seed files in name order, or None when there is no seeds folder at all."""
    if not seeds_dir.is_dir():
        return None
    return sorted(p for p in seeds_dir.glob("*.txt") if p.is_file())


def read_seed(path: Path, indexed_hash: str | None, *, max_chars: int) -> Seed | None:
    """The seed at `path`, or None when it is unchanged since it was indexed with `indexed_hash`."""
    sidecar_path = path.with_suffix(".json")
    try:
        data = path.read_bytes()
        sidecar = sidecar_path.read_bytes() if sidecar_path.is_file() else b""
    except OSError as exc:
        raise InputError(f"cannot read {path.name} ({exc.strerror or exc})") from None
    file_hash = hashlib.sha256(data + b"\0" + sidecar).hexdigest()
    if file_hash == indexed_hash:
        return None
    meta = _metadata(sidecar, sidecar_path)
    ingested = from_bytes(data, path.name, max_chars=max_chars)
    return Seed(
        name=path.name,
        file_hash=file_hash,
        text=ingested.text,
        title=meta.get("title") or ingested.title,
        source=meta.get("source") or path.name,
    )


def _metadata(sidecar: bytes, path: Path) -> dict[str, str]:
    """Title and source ("China Daily, 2012") from a seed's JSON sidecar; a broken one is ignored."""
    if not sidecar:
        return {}
    try:
        data = json.loads(sidecar)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("ignoring %s: not valid JSON (%s)", path, exc)
        return {}
    if not isinstance(data, dict):
        return {}
    meta: dict[str, str] = {}
    if isinstance(data.get("title"), str) and data["title"].strip():
        meta["title"] = data["title"]
    source = data.get("source") if isinstance(data.get("source"), str) else None
    year = data.get("year")
    if source and isinstance(year, int | str) and str(year).strip():
        source = f"{source}, {year}"
    if source:
        meta["source"] = source
    return meta
