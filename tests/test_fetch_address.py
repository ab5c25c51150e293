"""Which addresses a fetch may reach: public unicast only, IPv4 and IPv6."""

from __future__ import annotations

import ipaddress
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from triangulate.fetch import FetchFailed, FetchRefused, is_public
from triangulate.fetch.address import check_host


@pytest.mark.parametrize(
    "text",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space (carrier-grade NAT)
        "0.0.0.0",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "fec0::1",  # site-local
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "::127.0.0.1",  # IPv4-compatible (deprecated)
        "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
        "64:ff9b::7f00:1",  # NAT64 wrapping 127.0.0.1
        "2001:db8::1",  # documentation
    ],
)
def test_address_not_public(text: str) -> None:
    assert not is_public(ipaddress.ip_address(text))


@pytest.mark.parametrize(
    "text", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]
)
def test_address_public(text: str) -> None:
    assert is_public(ipaddress.ip_address(text))


def test_address_any_private_answer_refuses() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.0.0.5"]

    with pytest.raises(FetchRefused, match=r"private address \(10\.0\.0\.5\)"):
        check_host("news.example", 443, resolver)


def test_address_unresolvable_fails() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(FetchFailed, match=re.escape("cannot resolve host 'nowhere.example'")):
        check_host("nowhere.example", 80, resolver)


def test_address_system_resolver_decimal_loopback() -> None:
    # getaddrinfo reads "2130706433" as 127.0.0.1 without any DNS query (offline).
    from triangulate.fetch import system_resolver

    with pytest.raises(FetchRefused, match="loopback"):
        check_host("2130706433", 80, system_resolver)


@given(st.ip_addresses(v=4))
def test_address_mapped_judged_as_ipv4(address: ipaddress.IPv4Address) -> None:
    mapped = ipaddress.IPv6Address(f"::ffff:{address}")
    assert is_public(mapped) == is_public(address)


@given(st.ip_addresses())
def test_address_check_only_refuses(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    def resolver(host: str, port: int) -> list[str]:
        return [str(address)]

    try:
        assert check_host("any.example", 443, resolver) == (str(address),)
    except FetchRefused as exc:
        assert "any.example" in exc.reason
