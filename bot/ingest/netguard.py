"""Which hosts Newsdesk may fetch: public addresses only, unless the operator allow-lists a host or network."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any

from aiohttp.abc import ResolveResult
from aiohttp.resolver import ThreadedResolver

from bot.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
WEB_PORTS = (80, 443)
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries, which is where a packet to it ends up: 6to4
    (2002::/16), Teredo (2001::/32, server and client), NAT64 (64:ff9b::/96), IPv4-compatible (::/96)."""
    found = [v4 for v4 in (ip.sixtofour, *(ip.teredo or ())) if v4 is not None]
    if ip in NAT64 or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


class AddressPolicy:
    """Refuses loopback, private, link-local, multicast, reserved and unspecified addresses."""

    def __init__(self, allowlist: tuple[str, ...] = ()) -> None:
        self.names: set[str] = set()
        self.networks: list[IPNetwork] = []
        for entry in allowlist:
            try:
                self.networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.names.add(entry.strip().lower().rstrip("."))

    def host_allowed_by_name(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.names

    def address_allowed(self, address: str | IPAddress) -> bool:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if any(ip in net for net in self.networks):
            return True
        if isinstance(ip, ipaddress.IPv6Address) and not all(map(self.address_allowed, embedded_ipv4(ip))):
            return False
        return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)

    def network_allowed(self, address: str) -> bool:
        ip = ipaddress.ip_address(address)
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in net for net in self.networks)

    async def check_host(self, host: str, port: int) -> None:
        """Resolve `host` and refuse it unless every address it has may be fetched, on a web port
        (80, 443) unless the operator allow-listed it."""
        if self.host_allowed_by_name(host):
            return
        try:
            literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [str(literal)]
        else:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError):
                raise InputError(f"Could not find the server {host}.") from None
            addresses = sorted({str(info[4][0]) for info in infos})
        for address in addresses:
            if not self.address_allowed(address.split("%")[0]):
                raise InputError(
                    f"{host} is a private or local address ({address}); Newsdesk only fetches public web pages."
                )
        if port not in WEB_PORTS and not all(self.network_allowed(a.split("%")[0]) for a in addresses):
            raise InputError(
                f"Newsdesk fetches web pages on ports 80 and 443 only, not {port} (the operator can allow "
                "a host with NEWSDESK_URL_ALLOWLIST)."
            )


class GuardedResolver(ThreadedResolver):
    """The resolver aiohttp connects with: checks the very addresses it connects to, so a name that
    resolves differently between the check and the connection (DNS rebinding) is still refused."""

    def __init__(self, policy: AddressPolicy, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        if self._policy.host_allowed_by_name(host):
            return results
        safe = [r for r in results if self._policy.address_allowed(r["host"].split("%")[0])]
        if not safe:
            raise OSError(f"{host} resolves only to private or local addresses")
        return safe
