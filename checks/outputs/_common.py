"""Helpers shared by the parsers in this package: tolerant number and address conversion, and the
"header line + continuation lines" record grouping that iproute2 uses (with `-o` the continuations are
joined onto the header line with a backslash; without it they are indented lines that follow).

Nothing here raises on bad input: a value that does not convert is None.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_INT = re.compile(r"[+-]?\d+")


def to_int(text: str | None) -> int | None:
    """`text` as an int, or None when it is not a plain decimal integer."""
    if text is None or not _INT.fullmatch(text.strip()):
        return None
    return int(text)


# Cached: a sweep parses the same prefixes and addresses in every node's outputs (each node's route table
# names every peer's block: 40,000 parses at 200 nodes), and both results are immutable.
@lru_cache(maxsize=4096)
def valid_ip(text: str | None) -> str | None:
    """The address in canonical form (IPv4 or IPv6, brackets and zone allowed), or None."""
    if not text:
        return None
    try:
        return str(ipaddress.ip_address(text.strip("[]")))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def address_of(text: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """`valid_ip`'s address as an object, for lookups (brackets and zone allowed), or None."""
    canonical = valid_ip(text)
    return ipaddress.ip_address(canonical) if canonical is not None else None


@lru_cache(maxsize=4096)
def as_network(text: str | None) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """A prefix ("10.40.52.128/26") or a bare address (taken as /32 or /128), host bits allowed."""
    if not text:
        return None
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError:
        return None


def host_of_prefix(text: str | None) -> str | None:
    """The address of a host prefix ("10.96.0.10/32", "10.96.0.10", "fd00::a/128"); None for wider ones."""
    net = as_network(text)
    if net is None or net.prefixlen != net.max_prefixlen:
        return None
    return str(net.network_address)


def as_interface(text: str | None) -> str | None:
    """An interface address with its prefix ("10.41.1.22/16"); a bare address gets /32 or /128."""
    if not text:
        return None
    try:
        return str(ipaddress.ip_interface(text))
    except ValueError:
        return None


def split_host_port(text: str) -> tuple[str, int] | None:
    """`ip:port` or `[ipv6]:port` (ipvsadm, iptables DNAT targets) as (ip, port); None if not both valid."""
    host, sep, port_text = text.strip().rpartition(":")
    port = to_int(port_text)
    if not sep or port is None or not 0 <= port <= 65535:
        return None
    if ":" in host and not host.startswith("["):
        return None  # an unbracketed IPv6 address: the last group is not a port
    ip = valid_ip(host)
    return None if ip is None else (ip, port)


def split_dotted_port(text: str) -> tuple[str, int | None] | None:
    """tcpdump's `a.b.c.d.port` (or `a.b.c.d` without a port, or `fe80::1.53`) as (ip, port|None)."""
    whole = valid_ip(text)
    if whole is not None:
        return whole, None
    host, sep, port_text = text.rpartition(".")
    port = to_int(port_text)
    ip = valid_ip(host)
    if not sep or ip is None or port is None or not 0 <= port <= 65535:
        return None
    return ip, port


def value_after(tokens: Sequence[str], key: str) -> str | None:
    """The token following the first `key` token, or None."""
    for i, token in enumerate(tokens[:-1]):
        if token == key:
            return tokens[i + 1]
    return None


def int_after(tokens: Sequence[str], key: str) -> int | None:
    """The integer following the first `key` token, or None."""
    return to_int(value_after(tokens, key))


def split_ifname(name: str) -> tuple[str, str | None]:
    """iproute2's `eth0@if4` / `tunl0@NONE` / `eth0.100@eth0` as (name, what follows the @ or None)."""
    base, sep, peer = name.partition("@")
    return base, (peer if sep else None)


def lines_of(text: str) -> list[str]:
    """The non-blank lines of `text` with trailing whitespace removed."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class Record:
    """One iproute2 object: its header match and the continuation segments that belong to it."""

    header: re.Match[str]
    rest: tuple[str, ...]


def records(text: str, header: re.Pattern[str]) -> list[Record]:
    """Group iproute2 output into records that start at a line matching `header`.

    A record's continuation segments are the backslash-separated parts of its own line (`-o` output) and the
    indented lines after it. Lines before the first header, or that are neither, are skipped.
    """
    found: list[tuple[re.Match[str], list[str]]] = []
    for line in lines_of(text):
        head, *joined = line.split("\\")
        match = header.match(head)
        if match is not None:
            found.append((match, [part.strip() for part in joined if part.strip()]))
        elif line[:1].isspace() and found:
            found[-1][1].extend(part.strip() for part in line.split("\\") if part.strip())
    return [Record(match, tuple(rest)) for match, rest in found]
