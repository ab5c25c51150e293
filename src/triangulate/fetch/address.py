"""Which network addresses a fetch may reach: public unicast addresses only.

A host name is resolved here, by the caller's resolver, and every address it resolves to is
checked: one private address among public ones is enough to refuse, since the connection
could go to any of them.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

from triangulate.fetch.errors import FetchFailed, FetchRefused

Resolver = Callable[[str, int], Sequence[str]]
"""``resolver(host, port)`` -> the IP addresses (as text) a connection to ``host`` may use."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

PRIVATE_HINT = "pass allow_private=True (--allow-private) only for servers you trust"


def system_resolver(host: str, port: int) -> tuple[str, ...]:
    """Every address ``socket.getaddrinfo`` gives for ``host`` (duplicates removed, in order).

    Args:
        host: A host name or an IP address literal.
        port: The port to connect to.

    Returns:
        The addresses, as text.

    Raises:
        OSError: The name does not resolve (``socket.gaierror``).
    """
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return tuple(dict.fromkeys(str(info[4][0]) for info in infos))


def _embedded(address: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 address carries (6to4, Teredo)."""
    found: list[ipaddress.IPv4Address] = []
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)
    return tuple(found)


def is_public(address: IPAddress) -> bool:
    """True when ``address`` is a global unicast address, and so is any IPv4 inside it.

    Args:
        address: The address to check.

    Returns:
        False for private, loopback, link-local, multicast, reserved, unspecified and
        shared (carrier-grade NAT) addresses, for IPv6 site-local ones, and for IPv6
        addresses that carry such an IPv4 address (``::ffff:127.0.0.1``, 6to4, Teredo).
    """
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # Judged by the IPv4 address inside (Python < 3.13 calls all of ::ffff:0:0/96 private).
        return is_public(address.ipv4_mapped)
    if (
        not address.is_global
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    ):
        return False
    if isinstance(address, ipaddress.IPv6Address):
        if address.is_site_local:
            return False
        return all(is_public(inner) for inner in _embedded(address))
    return True


def _describe(address: IPAddress) -> str:
    """ "loopback", "private", ...: the kind of a refused address, for the message."""
    checked = address
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        checked = address.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "unspecified", "private", "reserved"):
        if getattr(checked, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def check_host(host: str, port: int, resolver: Resolver) -> tuple[str, ...]:
    """Resolve ``host`` and refuse it unless every address is public.

    Args:
        host: The URL's host (a name or an IP literal, without brackets).
        port: The port to connect to.
        resolver: Resolves names to addresses.

    Returns:
        The addresses, all public, in the resolver's order.

    Raises:
        FetchFailed: The host does not resolve.
        FetchRefused: An address is not public.
    """
    try:
        found = tuple(resolver(host, port))
    except (OSError, UnicodeError) as exc:
        raise FetchFailed(f"cannot resolve host '{host}' ({exc})") from None
    if not found:
        raise FetchFailed(f"host '{host}' resolves to no address")
    for text in found:
        try:
            address = ipaddress.ip_address(text)
        except ValueError:
            raise FetchRefused(f"host '{host}' resolves to '{text}', not an IP address") from None
        if not is_public(address):
            raise FetchRefused(
                f"host '{host}' resolves to a {_describe(address)} address ({text}); {PRIVATE_HINT}"
            )
    return found
