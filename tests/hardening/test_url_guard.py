"""URLs cannot reach what they should not, and a download cannot grow past its cap, against a real
aiohttp server on 127.0.0.1. The server is reached as "localhost" (allow-listed by name), so a
redirect to the literal 127.0.0.1, to 169.254.169.254 or to [::1] is a hop to an address nobody
allowed, and must be refused; tests/ingest/test_fetch.py covers the ordinary fetch failures."""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from bot.errors import InputError
from bot.ingest.fetch import FetchLimits, fetch
from bot.ingest.netguard import AddressPolicy
from bot.library import Library
from bot.settings import Settings
from tests.cogs.replies import assert_one_sentence_error
from tests.discord_double import DiscordDouble
from tests.discord_double.fixtures import ADMIN_ID, GUILD_ID, BotFactory

MB = 1024 * 1024
BOMB_SIZE = 256 * MB  # what the body inflates to
TEXT = "Port traffic rose sharply in March, the authority said.\nExports led the growth."


def gzip_bomb(size: int) -> bytes:
    """`size` bytes of spaces, gzip-compressed (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    block = b" " * MB
    return b"".join(packer.compress(block) for _ in range(size // MB)) + packer.flush()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(BOMB_SIZE)


@pytest.fixture
async def port(bomb: bytes) -> AsyncIterator[int]:
    def redirect(target: str) -> web.Response:
        return web.Response(status=302, headers={"Location": target})

    async def handle(request: web.Request) -> web.Response:
        port = request.url.port
        routes = {
            "/page.txt": lambda: web.Response(text=TEXT, content_type="text/plain"),
            "/to-127": lambda: redirect(f"http://127.0.0.1:{port}/page.txt"),
            "/to-metadata": lambda: redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-ipv6-loopback": lambda: redirect(f"http://[::1]:{port}/page.txt"),
            "/to-mapped": lambda: redirect(f"http://[::ffff:127.0.0.1]:{port}/page.txt"),
            "/to-private": lambda: redirect("http://10.0.0.1/"),
            "/to-localhost": lambda: redirect(f"http://localhost:{port}/page.txt"),
            "/bomb": lambda: web.Response(
                body=bomb, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"}
            ),
        }
        return routes[request.path]()

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield runner.addresses[0][1]
    await runner.cleanup()


BY_NAME = FetchLimits(max_bytes=MB, timeout=5.0, max_redirects=3, allowlist=("localhost",))
NOTHING_ALLOWED = FetchLimits(max_bytes=MB, timeout=5.0, max_redirects=3)


async def test_the_allow_listed_name_is_fetched(port: int) -> None:
    fetched = await fetch(f"http://localhost:{port}/page.txt", BY_NAME)
    assert fetched.body.decode().startswith("Port traffic")


@pytest.mark.parametrize(
    "path,address",
    [
        ("/to-127", "127.0.0.1"),
        ("/to-metadata", "169.254.169.254"),
        ("/to-ipv6-loopback", "::1"),
        ("/to-mapped", "::ffff:7f00:1"),
        ("/to-private", "10.0.0.1"),
    ],
)
async def test_a_redirect_from_an_allowed_host_to_a_private_address_is_refused(
    port: int, path: str, address: str
) -> None:
    with pytest.raises(InputError) as refused:
        await fetch(f"http://localhost:{port}{path}", BY_NAME)
    message = str(refused.value)
    assert f"({address})" in message and message.endswith("Newsdesk only fetches public web pages.")


async def test_without_the_allow_list_the_local_server_is_refused_before_connecting(port: int) -> None:
    for url in (
        f"http://localhost:{port}/page.txt",
        f"http://127.0.0.1:{port}/page.txt",
        f"http://[::1]:{port}/page.txt",
        f"http://[::ffff:127.0.0.1]:{port}/page.txt",
        f"http://2130706433:{port}/page.txt",  # 127.0.0.1 as one decimal number
        f"http://0x7f.0.0.1:{port}/page.txt",
        f"http://127.1:{port}/page.txt",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
    ):
        with pytest.raises(InputError, match=r"private or local address|Could not find the server"):
            await fetch(url, NOTHING_ALLOWED)


@pytest.mark.parametrize(
    "url", ["ftp://example.com/a", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)"]
)
async def test_only_http_and_https(url: str) -> None:
    with pytest.raises(InputError, match="not an http or https URL"):
        await fetch(url, BY_NAME)


async def test_a_compressed_bomb_is_capped_after_decompression(port: int, bomb: bytes) -> None:
    assert len(bomb) < MB  # the transfer alone is under the cap: only the inflated size is over it
    with pytest.raises(InputError) as refused:
        await fetch(f"http://localhost:{port}/bomb", BY_NAME)
    assert str(refused.value) == f"http://localhost:{port}/bomb is larger than the 1.0 MB limit."


async def test_adding_a_bomb_url_is_one_sentence_and_stores_nothing(settings: Settings, port: int) -> None:
    config = dataclasses.replace(settings, url_allowlist=("localhost",), max_download_bytes=MB)
    async with await Library.open(config) as library:
        before = (await library.list_articles(guild_id=5))[1]
        with pytest.raises(InputError, match=r"is larger than the 1\.0 MB limit\.$"):
            await library.add_url(f"http://localhost:{port}/bomb", guild_id=5)
        with pytest.raises(InputError, match="private or local address"):
            await library.add_url(f"http://localhost:{port}/to-metadata", guild_id=5)
        assert (await library.list_articles(guild_id=5))[1] == before


@pytest.mark.parametrize(
    "address",
    [
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
        "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254 (cloud metadata)
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "::7f00:1",  # IPv4-compatible 127.0.0.1
        "::ffff:7f00:1",  # IPv4-mapped 127.0.0.1
        "2001:0:a00:1::80ff:fffe",  # Teredo: server 10.0.0.1, client 127.0.0.1
    ],
)
def test_ipv6_forms_that_carry_a_private_ipv4_address_are_refused(address: str) -> None:
    assert not AddressPolicy().address_allowed(address)


def test_ipv6_forms_that_carry_a_public_ipv4_address_stay_allowed() -> None:
    assert AddressPolicy().address_allowed("2002:808:808::1")  # 6to4 of 8.8.8.8
    assert AddressPolicy().address_allowed("2606:4700:4700::1111")  # an ordinary public address


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://[2002:a00:1::]/page", "private or local address"),  # 6to4 of 10.0.0.1
        ("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", "private or local address"),
        ("http://8.8.8.8:22/", "ports 80 and 443 only"),
        ("https://8.8.8.8:8443/news", "ports 80 and 443 only"),
        ("http://127.1/", "shortened IP address; write it in full (127.0.0.1)"),
    ],
)
async def test_an_add_of_a_forbidden_url_is_one_clear_sentence(
    bot_factory: BotFactory, discord_double: DiscordDouble, url: str, said: str
) -> None:
    await bot_factory(url_allowlist=("127.0.0.1",))
    record = await discord_double.slash(
        "article", {"url": url}, subcommand="add", guild_id=GUILD_ID, user_id=ADMIN_ID
    )
    sentence = assert_one_sentence_error(await record.reply())
    assert said in sentence, sentence


async def test_an_allow_listed_host_may_use_any_port(port: int) -> None:
    fetched = await fetch(f"http://127.0.0.1:{port}/page.txt", FetchLimits(MB, 5, 2, ("127.0.0.1",)))
    assert fetched.body.decode() == TEXT
