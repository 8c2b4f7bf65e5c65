"""Download one web page: bounded time, size and redirects, each hop's host checked before connecting."""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
from dataclasses import dataclass

import aiohttp
from yarl import URL

from bot.errors import InputError, echo

from .netguard import AddressPolicy, GuardedResolver

TEXT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
)
REDIRECTS = {301, 302, 303, 307, 308}
USER_AGENT = "Newsdesk/0.1 (+https://github.com/; news article reader)"
CHUNK = 64 * 1024
URL_CHARS = 100
_IPV4_SHORTHAND = re.compile(r"[0-9a-fA-FxX.]+")


def shown(value: object) -> str:
    """A URL, host or server's word as an error sentence quotes it: on one line and cut short."""
    return echo(value, URL_CHARS)


@dataclass(frozen=True, slots=True)
class FetchLimits:
    max_bytes: int
    timeout: float
    max_redirects: int
    allowlist: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said identifies its last answer, sent back so it may answer 304 Not Modified."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded body; `url` is where it came from after redirects. `not_modified`: the server
    answered 304 to a conditional request, and `body` is empty."""

    url: str
    body: bytes
    content_type: str | None
    charset: str | None
    validators: Validators = Validators()
    not_modified: bool = False


def parse_url(raw: str) -> URL:
    """A usable absolute http(s) URL, or one clear sentence saying why not."""
    raw = raw.strip()
    try:
        url = URL(raw)
    except (ValueError, TypeError):
        raise InputError(f"“{shown(raw)}” is not a valid URL.") from None
    if url.scheme not in ("http", "https"):
        raise InputError(f"“{shown(raw)}” is not an http or https URL.")
    if not url.host:
        raise InputError(f"“{shown(raw)}” has no host name.")
    return url


def _shortened_ipv4(host: str) -> str | None:
    """The full form of an IPv4 address written short ("127.1", "0x7f.1", "2130706433"), which the
    download library refuses with a confusing message; None for anything else."""
    if not _IPV4_SHORTHAND.fullmatch(host):
        return None
    try:
        ipaddress.IPv4Address(host)
        return None  # already in full
    except ValueError:
        pass
    try:
        return socket.inet_ntoa(socket.inet_aton(host))
    except OSError:
        return None


def _megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


@dataclass(frozen=True, slots=True)
class Wanted:
    """The media types a caller accepts, and what to call them when refusing another."""

    types: frozenset[str] = TEXT_TYPES
    noun: str = "a web page or text"


PAGES = Wanted()


async def fetch(
    raw_url: str, limits: FetchLimits, *, wanted: Wanted = PAGES, validators: Validators | None = None
) -> Fetched:
    """GET `raw_url`, following at most `limits.max_redirects` redirects by hand. With `validators`
    the request is conditional, and a 304 comes back as `Fetched(not_modified=True)`."""
    url = parse_url(raw_url)
    request = _Request(wanted, validators.headers() if validators else {})
    policy = AddressPolicy(limits.allowlist)
    connector = aiohttp.TCPConnector(resolver=GuardedResolver(policy), limit=4)
    try:
        async with (
            asyncio.timeout(limits.timeout),
            aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": USER_AGENT}, auto_decompress=True
            ) as session,
        ):
            return await _follow(session, url, policy, limits, request)
    except TimeoutError:
        raise InputError(f"{shown(url.host)} did not answer within {limits.timeout:g} seconds.") from None
    except aiohttp.ClientConnectorError as exc:
        if isinstance(exc.os_error, ConnectionRefusedError):
            reason = "connection refused"
        else:
            reason = str(exc.os_error.strerror or exc.os_error or exc)
        raise InputError(f"Could not connect to {shown(url.host)} ({reason}).") from None
    except aiohttp.TooManyRedirects:
        raise InputError(f"{shown(raw_url)} redirects too many times.") from None
    except (aiohttp.ClientError, OSError) as exc:
        reason = str(exc) or type(exc).__name__
        raise InputError(f"Could not download {shown(raw_url)}: {reason}.") from None
    finally:
        await connector.close()


@dataclass(frozen=True, slots=True)
class _Request:
    wanted: Wanted
    headers: dict[str, str]


async def _follow(
    session: aiohttp.ClientSession, url: URL, policy: AddressPolicy, limits: FetchLimits, request: _Request
) -> Fetched:
    seen = {str(url)}
    for _hop in range(limits.max_redirects + 1):
        assert url.host is not None
        await policy.check_host(url.host, url.port or (443 if url.scheme == "https" else 80))
        full = _shortened_ipv4(url.host)
        if full is not None:  # allowed, but the download library refuses it with a confusing message
            raise InputError(f"{shown(url.host)} is a shortened IP address; write it in full ({full}).")
        async with session.get(url, allow_redirects=False, headers=request.headers) as response:
            if response.status in REDIRECTS:
                url = _next_hop(url, response, seen)
                continue
            if response.status == 304 and request.headers:
                return Fetched(str(url), b"", None, None, _validators(response), not_modified=True)
            if response.status >= 400:
                raise InputError(
                    f"{shown(url)} answered HTTP {response.status} {shown(response.reason or '')}".rstrip()
                    + "."
                )
            return await _read_body(url, response, limits, request.wanted)
    raise InputError(f"{shown(url)} redirects more than {limits.max_redirects} times.")


def _next_hop(url: URL, response: aiohttp.ClientResponse, seen: set[str]) -> URL:
    location = response.headers.get("Location")
    if not location:
        raise InputError(f"{shown(url)} redirects without saying where to.")
    try:
        target = url.join(URL(location))
    except ValueError:
        raise InputError(f"{shown(url)} redirects to an invalid address.") from None
    if target.scheme not in ("http", "https") or not target.host:
        raise InputError(f"{shown(url)} redirects to {shown(target)}, which is not an http or https URL.")
    if str(target) in seen:
        raise InputError(f"{shown(url)} redirects in a loop.")
    seen.add(str(target))
    return target


def _validators(response: aiohttp.ClientResponse) -> Validators:
    return Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))


async def _read_body(
    url: URL, response: aiohttp.ClientResponse, limits: FetchLimits, wanted: Wanted
) -> Fetched:
    declared = response.headers.get("Content-Type")
    content_type = response.content_type.lower() if declared else None
    if content_type is not None and content_type not in wanted.types:
        raise InputError(f"{shown(url)} is {shown(content_type)}, not {wanted.noun}.")
    length = response.content_length
    if length is not None and length > limits.max_bytes:
        raise InputError(
            f"{shown(url)} is {_megabytes(length)}; the limit is {_megabytes(limits.max_bytes)}."
        )
    body = bytearray()
    async for chunk in response.content.iter_chunked(CHUNK):
        body += chunk
        if len(body) > limits.max_bytes:
            # Stop reading at once: the rest of an oversized body is never downloaded.
            raise InputError(f"{shown(url)} is larger than the {_megabytes(limits.max_bytes)} limit.")
    if not body.strip():
        raise InputError(f"{shown(url)} returned an empty page.")
    charset = response.charset if declared else None
    return Fetched(str(url), bytes(body), content_type, charset, _validators(response))
