"""Fetching URLs from a real aiohttp server on 127.0.0.1: limits, content types, redirects, private hosts."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from bot.errors import InputError
from bot.ingest import from_fetched
from bot.ingest.fetch import FetchLimits, fetch
from bot.ingest.netguard import AddressPolicy

from .test_files import CP1252_TEXT, HTML

LIMITS = FetchLimits(max_bytes=200_000, timeout=3.0, max_redirects=3, allowlist=("127.0.0.1",))


async def big_stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/plain"})
    await response.prepare(request)  # chunked: no Content-Length to reject up front
    for _ in range(100):
        await response.write(b"x" * 10_000 + b"\n")
    await response.write_eof()
    return response


RELEASE = web.AppKey("release", asyncio.Event)


async def slow(request: web.Request) -> web.Response:
    # Answers only when the test is over, long after the client's timeout.
    await request.app[RELEASE].wait()
    return web.Response(text="too late")


def redirect(target: str) -> web.Response:
    return web.Response(status=302, headers={"Location": target})


def handler(make: Callable[[web.Request], web.Response]) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        return make(request)

    return handle


def make_app() -> web.Application:
    text = "Port traffic rose sharply in March, the authority said.\nExports led the growth."
    simple: dict[str, Callable[[web.Request], web.Response]] = {
        "/article.html": lambda r: web.Response(text=HTML, content_type="text/html"),
        "/plain.txt": lambda r: web.Response(text=text, content_type="text/plain"),
        "/notes.md": lambda r: web.Response(text="# Notes\n\nSome *notes*.", content_type="text/markdown"),
        # No charset in the header: the bytes must be recognised as Windows-1252.
        "/legacy": lambda r: web.Response(
            body=CP1252_TEXT.encode("cp1252"), headers={"Content-Type": "text/plain"}
        ),
        "/big-declared": lambda r: web.Response(body=b"x" * 300_000, content_type="text/plain"),
        "/pdf": lambda r: web.Response(body=b"%PDF-1.4 ...", content_type="application/pdf"),
        "/empty": lambda r: web.Response(body=b"", content_type="text/html"),
        "/binary": lambda r: web.Response(body=b"\x00\x01\x02\x03" * 100, content_type="text/plain"),
        "/missing": lambda r: web.Response(status=404, text="nope"),
        "/hop": lambda r: redirect("/article.html"),
        "/loop-a": lambda r: redirect("/loop-b"),
        "/loop-b": lambda r: redirect("/loop-a"),
        "/chain/{n}": lambda r: redirect(f"/chain/{int(r.match_info['n']) + 1}"),
        "/to-file": lambda r: redirect("file:///etc/passwd"),
        "/to-ipv6-loopback": lambda r: redirect(f"http://[::1]:{r.url.port}/article.html"),
    }
    app = web.Application()
    app[RELEASE] = asyncio.Event()
    for path, make in simple.items():
        app.router.add_get(path, handler(make))
    app.router.add_get("/big-stream", big_stream)
    app.router.add_get("/slow", slow)
    return app


@pytest.fixture
async def server() -> AsyncIterator[str]:
    app = make_app()
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}"
    app[RELEASE].set()
    await runner.cleanup()


async def test_html_page_is_fetched_and_extracted(server: str) -> None:
    fetched = await fetch(f"{server}/article.html", LIMITS)
    assert fetched.content_type == "text/html"
    got = from_fetched(fetched, max_chars=1_000_000)
    assert got.title == "Harbour reopens after storm"
    assert "The harbour reopened on Monday" in got.text and got.source == f"{server}/article.html"


async def test_plain_text_markdown_and_legacy_encodings(server: str) -> None:
    plain = from_fetched(await fetch(f"{server}/plain.txt", LIMITS), max_chars=1_000_000)
    assert plain.text == "Port traffic rose sharply in March, the authority said.\nExports led the growth."
    notes = from_fetched(await fetch(f"{server}/notes.md", LIMITS), max_chars=1_000_000)
    assert (notes.title, notes.text) == ("Notes", "Notes\nSome notes.")
    legacy = from_fetched(await fetch(f"{server}/legacy", LIMITS), max_chars=1_000_000)
    assert legacy.text == CP1252_TEXT.strip()


async def test_redirects_are_followed_and_the_final_url_kept(server: str) -> None:
    fetched = await fetch(f"{server}/hop", LIMITS)
    assert fetched.url == f"{server}/article.html"


@pytest.mark.parametrize(
    "path,message",
    [
        ("/big-declared", "the limit is"),
        ("/big-stream", "larger than"),
        ("/pdf", "application/pdf, not a web page"),
        ("/empty", "empty page"),
        ("/missing", "HTTP 404"),
        ("/loop-a", "redirects in a loop"),
        ("/chain/0", "redirects more than 3 times"),
        ("/to-file", "not an http or https URL"),
        ("/to-ipv6-loopback", "private or local address"),
        ("/slow", "did not answer within"),
    ],
)
async def test_each_fetch_failure_is_one_clear_sentence(server: str, path: str, message: str) -> None:
    limits = FetchLimits(max_bytes=200_000, timeout=1.0, max_redirects=3, allowlist=("127.0.0.1",))
    with pytest.raises(InputError, match=message) as caught:
        await fetch(server + path, limits)
    assert "\n" not in str(caught.value)


async def test_binary_body_with_a_text_content_type_is_refused(server: str) -> None:
    fetched = await fetch(f"{server}/binary", LIMITS)
    with pytest.raises(InputError, match="binary"):
        from_fetched(fetched, max_chars=1_000_000)


async def test_private_addresses_are_refused_unless_allow_listed(server: str) -> None:
    strict = FetchLimits(max_bytes=200_000, timeout=3.0, max_redirects=3)
    port = server.rsplit(":", 1)[1]
    for url in (f"{server}/plain.txt", f"http://localhost:{port}/plain.txt"):
        with pytest.raises(InputError, match="private or local address"):
            await fetch(url, strict)
    by_name = FetchLimits(max_bytes=200_000, timeout=3.0, max_redirects=3, allowlist=("localhost",))
    fetched = await fetch(f"http://localhost:{port}/plain.txt", by_name)
    assert fetched.body.startswith(b"Port traffic")


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "not a url", "http://"])
async def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(InputError):
        await fetch(url, LIMITS)


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
     "224.0.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "ff02::1"],
)  # fmt: skip
def test_address_policy_refuses_non_public_addresses(address: str) -> None:
    assert not AddressPolicy().address_allowed(address)


def test_address_policy_allows_public_and_allow_listed_networks() -> None:
    assert AddressPolicy().address_allowed("93.184.216.34")
    assert AddressPolicy().address_allowed("2606:4700::6810:85e5")
    policy = AddressPolicy(("10.0.0.0/8", "intranet.example"))
    assert policy.address_allowed("10.20.30.40") and not policy.address_allowed("192.168.0.1")
    assert policy.host_allowed_by_name("INTRANET.example.")


def closed_port() -> int:
    """A port nothing listens on: bound for a moment to get it, then released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_a_closed_port_is_one_clear_sentence() -> None:
    with pytest.raises(InputError, match=r"Could not connect to 127\.0\.0\.1 \(connection refused\)\."):
        await fetch(f"http://127.0.0.1:{closed_port()}/news", LIMITS)
