"""A news site on 127.0.0.1 for the feed tests: RSS and Atom feeds over article pages, with ETags (304),
a switch to make a path fail, and a gate that holds a page until the test opens it."""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from aiohttp import web

# Four short articles written for these tests; each quotes people, so announcements have who said what.
STORIES = [
    (
        "Harbour bridge reopens after repairs",
        "The harbour bridge reopened to traffic on Monday after eight months of repairs.\n"
        '"The bridge is safer now than the day it was built," said Ana Ribeiro, the city engineer.\n'
        "Commuters had faced detours of up to forty minutes while the deck was replaced.\n"
        '"We will watch the traffic closely this winter," said Tomas Weber, head of the transport office.\n',
    ),
    (
        "School district hires two hundred teachers",
        "The school district hired two hundred new teachers ahead of the autumn term.\n"
        '"Smaller classes are the single best thing we can offer pupils," said Grace Okafor, the superintendent.\n'
        "The hiring was paid for by a property levy that voters approved in March.\n"
        "Union representatives welcomed the news but warned that salaries still lag behind.\n",
    ),
    (
        "River cleanup removes ten tonnes of waste",
        "Volunteers removed ten tonnes of waste from the river over the weekend.\n"
        '"People came with their children and their neighbours," said Lena Fischer, who organised the cleanup.\n'
        "Most of the waste was plastic packaging and old tyres.\n"
        "The council said it would add more bins along the riverside path.\n",
    ),
    (
        "Library extends its opening hours",
        "The central library will stay open until ten at night from next month.\n"
        '"Students asked for quiet space in the evenings, and we listened," said Marco Bianchi, the head librarian.\n'
        "The longer hours are funded by a grant from a local foundation.\n"
        "Weekend hours stay the same.\n",
    ),
]
BROKEN = "<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title><item><title>x</ti"
BASE_TIME = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def page(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in body.strip().split("\n"))
    return (
        f"<!doctype html><html><head><title>{escape(title)} | City News</title></head>"
        f"<body><nav>Home · Sport · Weather</nav><article><h1>{escape(title)}</h1>{paragraphs}</article>"
        "<footer>© City News</footer></body></html>"
    )


@dataclass
class Gate:
    """Holds requests for one path: `entered` is set when one arrives, which waits for `opened`."""

    entered: asyncio.Event = field(default_factory=asyncio.Event)
    opened: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class FeedSite:
    """Pages and feeds by path; `published` holds how many of STORIES the feeds list (newest first)."""

    published: int = 3
    broken: bool = False  # the feeds turn into cut-off XML
    failing: set[str] = field(default_factory=set)
    gates: dict[str, Gate] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)
    base: str = ""

    def story_path(self, index: int) -> str:
        return f"/news/{index + 1}.html"

    def items(self) -> list[tuple[int, str, str]]:
        return [(i, *STORIES[i]) for i in reversed(range(self.published))]

    def rss(self) -> str:
        entries = "".join(
            f"<item><title>{escape(title)}</title><link>{self.base}{self.story_path(i)}</link>"
            f"<guid isPermaLink='false'>story-{i + 1}</guid>"
            f"<pubDate>{format_datetime(BASE_TIME + timedelta(hours=i))}</pubDate>"
            f"<description>{escape(body.split(chr(10))[0])}</description></item>"
            for i, title, body in self.items()
        )
        return (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>City News</title>"
            f"<link>{self.base}/</link><description>Local news</description>{entries}</channel></rss>"
        )

    def atom(self) -> str:
        entries = "".join(
            f"<entry><title>{escape(title)}</title><id>urn:city-news:{i + 1}</id>"
            f"<link href='{self.base}{self.story_path(i)}'/>"
            f"<updated>{(BASE_TIME + timedelta(hours=i)).isoformat()}</updated>"
            f"<summary>{escape(body.split(chr(10))[0])}</summary></entry>"
            for i, title, body in self.items()
        )
        return (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>City News (Atom)</title><id>urn:city-news</id>"
            f"<updated>{BASE_TIME.isoformat()}</updated>{entries}</feed>"
        )

    def body(self, path: str) -> tuple[str, str] | None:
        if path == "/broken.xml" or (self.broken and path in ("/rss.xml", "/atom.xml")):
            return BROKEN, "application/rss+xml"
        if path == "/rss.xml":
            return self.rss(), "application/rss+xml"
        if path == "/atom.xml":
            return self.atom(), "application/atom+xml"
        if path == "/broken.xml":
            return (
                "<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title><item><title>x</ti",
                "application/rss+xml",
            )
        if path == "/":
            return page("City News", "Welcome to City News.\nRead our latest stories."), "text/html"
        for i, (title, text) in enumerate(STORIES):
            if path == self.story_path(i):
                return page(title, text), "text/html"
        return None

    async def handle(self, request: web.Request) -> web.Response:
        path = request.path
        self.hits[path] += 1
        gate = self.gates.get(path)
        if gate is not None:
            gate.entered.set()
            await gate.opened.wait()
        if path in self.failing:
            return web.Response(status=503, text="down for maintenance")
        found = self.body(path)
        if found is None:
            return web.Response(status=404, text="not found")
        text, content_type = found
        etag = '"' + hashlib.sha256(text.encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            self.not_modified[path] += 1
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(text=text, content_type=content_type, headers={"ETag": etag})


@asynccontextmanager
async def serve(site: FeedSite) -> AsyncIterator[FeedSite]:
    app = web.Application()
    app.router.add_get("/{tail:.*}", site.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    site.base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        yield site
    finally:
        for gate in site.gates.values():
            gate.opened.set()
        await runner.cleanup()
