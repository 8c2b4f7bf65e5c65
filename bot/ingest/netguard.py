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
        return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)

    async def check_host(self, host: str, port: int) -> None:
        """Resolve `host` and refuse it unless every address it has may be fetched."""
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
