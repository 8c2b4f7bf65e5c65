"""News feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) to their items: pure functions, bytes in, dataclasses
out; run `parse_feed` off the event loop."""

from __future__ import annotations

import calendar
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax import SAXException

from bot.analysis.text import normalize_text
from bot.errors import InputError

from .decode import decode_bytes
from .fetch import TEXT_TYPES, Wanted
from .formats import fragment_to_text

# Feeds are served under every one of these (and often as plain text or even HTML); which one it is
# is decided by reading the body, not by the header.
FEED_TYPES = Wanted(
    TEXT_TYPES
    | {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
    },
    "a news feed",
)
JSON_FEED_VERSION = "https://jsonfeed.org/version/"
MAX_TITLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed. `key` identifies it across polls: its GUID or id, else its link, else a
    hash of its title and content. `content` is the feed's own text of it (may be empty)."""

    key: str
    title: str
    link: str | None
    published: float | None  # seconds since the epoch (UTC)
    content: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed's title and its items, oldest first."""

    title: str
    kind: str  # rss20, atom10, json1, ... (feedparser's names; json<N> for JSON Feed)
    items: tuple[FeedItem, ...]


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse an RSS, Atom or JSON feed; anything else (a web page, broken XML) is one sentence."""
    start = body.lstrip()[:1]
    if start in (b"{", b"[") or content_type in ("application/feed+json", "application/json"):
        return _parse_json_feed(body, url)
    return _parse_xml_feed(body, url, content_type)


def _one_line(text: str | None, limit: int = MAX_TITLE_CHARS) -> str:
    line = " ".join(normalize_text(text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _item_text(html_or_text: str) -> str:
    return (
        normalize_text(fragment_to_text(html_or_text))
        if "<" in html_or_text
        else normalize_text(html_or_text)
    )


def _make_item(
    *, guid: str | None, title: str | None, link: str | None, published: float | None, content: str
) -> FeedItem | None:
    text = _item_text(content) if content else ""
    heading = _one_line(title) or _one_line(text.split("\n", 1)[0])
    if not heading and not link:
        return None  # nothing to show and nothing to fetch
    key = (guid or "").strip() or (link or "").strip()
    if not key:
        key = "sha256:" + hashlib.sha256(f"{heading}\n{text}".encode()).hexdigest()
    return FeedItem(
        key=key[:2000], title=heading or (link or ""), link=link, published=published, content=text
    )


def oldest_first(items: Iterable[FeedItem]) -> tuple[FeedItem, ...]:
    """By date when every item has one; otherwise the reverse of the feed's order (feeds list the
    newest first). Items repeated under one key keep their first appearance."""
    unique: dict[str, FeedItem] = {}
    for item in items:
        unique.setdefault(item.key, item)
    listed = list(reversed(unique.values()))
    if listed and all(item.published is not None for item in listed):
        listed.sort(key=lambda item: item.published or 0.0)  # stable: equal dates keep feed order
    return tuple(listed)


# ---- RSS and Atom (feedparser) -------------------------------------------------------------


def _entry_time(entry: Any) -> float | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            return float(calendar.timegm(value))
    return None


def _entry_content(entry: Any) -> str:
    contents = entry.get("content") or []
    longest = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return longest if len(longest) > len(summary) else summary


def _parse_xml_feed(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    import feedparser  # loads only when a feed is read

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    problem = parsed.get("bozo_exception")
    if not parsed.get("version"):
        raise InputError(_not_a_feed(body, url, problem))
    items = [
        _make_item(
            guid=entry.get("id"),
            title=entry.get("title"),
            link=entry.get("link"),
            published=_entry_time(entry),
            content=_entry_content(entry),
        )
        for entry in parsed.entries
    ]
    found = [i for i in items if i is not None]
    if not found and isinstance(problem, SAXException):
        # feedparser reads what it can of broken XML; with nothing read, the feed is unusable.
        raise InputError(f"{url} is a broken feed that cannot be read ({_reason(problem)}).")
    title = _one_line(parsed.feed.get("title")) or url
    return ParsedFeed(title, parsed.version, oldest_first(found))


def _reason(problem: Exception) -> str:
    return " ".join(str(problem).split())[:120] or type(problem).__name__


def _not_a_feed(body: bytes, url: str, problem: Exception | None) -> str:
    head = body.lstrip()[:512].lower()
    if b"<html" in head or b"<!doctype html" in head:
        return f"{url} is a web page, not a news feed (RSS, Atom or JSON Feed)."
    if problem is not None and (b"<rss" in head or b"<feed" in head or b"<rdf" in head):
        return f"{url} is a broken feed that cannot be read ({_reason(problem)})."
    return f"{url} is not a news feed (RSS, Atom or JSON Feed)."


# ---- JSON Feed -----------------------------------------------------------------------------


def _json_time(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:  # RFC 3339, as JSON Feed specifies
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return float(calendar.timegm(moment.timetuple()))
    return moment.timestamp()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    try:
        data = json.loads(decode_bytes(body, url, "utf-8"))
    except (ValueError, RecursionError):
        raise InputError(f"{url} is not a news feed (its JSON cannot be read).") from None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, str) or not version.startswith(JSON_FEED_VERSION):
        raise InputError(f"{url} is JSON but not a JSON Feed (no jsonfeed.org version).")
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise InputError(f"{url} is a broken JSON Feed (its items are not a list).")
    items = []
    for raw in raw_items:
        if not isinstance(raw, dict):
            continue
        content = _text(raw.get("content_html")) or _text(raw.get("content_text")) or ""
        summary = _text(raw.get("summary")) or ""
        items.append(
            _make_item(
                guid=str(raw["id"]) if isinstance(raw.get("id"), str | int) else None,
                title=_text(raw.get("title")),
                link=_text(raw.get("url")) or _text(raw.get("external_url")),
                published=_json_time(raw.get("date_published") or raw.get("date_modified")),
                content=content if len(content) >= len(summary) else summary,
            )
        )
    number = version.removeprefix(JSON_FEED_VERSION).split(".")[0].strip("/") or "1"
    title = _one_line(_text(data.get("title"))) or url
    return ParsedFeed(title, f"json{number}", oldest_first(i for i in items if i is not None))
