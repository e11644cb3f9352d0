"""Where `serve` can be reached from a phone on the same network: the LAN address and base URL.

Both `serve` (to announce itself) and `show` (a show with no base URL configured is published at
`serve`'s address) need it; it lives apart so that neither reaches into the other.
"""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["DEFAULT_PORT", "default_base_url", "lan_address"]

DEFAULT_PORT = 8765
_FALLBACK_HOST = "127.0.0.1"
_ROUTE_PROBE = ("192.0.2.1", 9)
"""TEST-NET-1 (RFC 5737): connecting a UDP socket only picks a route; no packet is sent."""


def _usable(address: str) -> bool:
    """A LAN address a phone could reach: IPv4, not loopback, link-local or unspecified."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified)


def lan_address() -> str:
    """The machine's LAN address, found without sending a packet; 127.0.0.1 when there is none."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        names = {str(info[4][0]) for info in infos}
    except OSError:
        names = set()
    for name in sorted(names):
        if _usable(name):
            return name
    try:  # which interface would route to the internet: connect() on UDP sends nothing
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_ROUTE_PROBE)
            address = str(probe.getsockname()[0])
        if _usable(address):
            return str(address)
    except OSError:
        pass
    return _FALLBACK_HOST


def default_base_url(port: int = DEFAULT_PORT) -> str:
    """The base URL `serve` announces, e.g. `http://192.168.1.20:8765/` (ends with a slash)."""
    return f"http://{lan_address()}:{port}/"
