"""Host names, servers, URLs and ports as they appear in error text.

`HOST` is the regex fragment every rule uses for a name (bounded, so no rule can backtrack far);
`clean_host` decides whether what it caught is a name worth reporting; `dialed_url` finds the URL
on the same line that was being dialed to that name.
"""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

HOST = r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252}"
"""A DNS name as written in a message (letters, digits, `-`, `_`, `.`); checked by `clean_host`."""

QUOTE = "[\"'\u2018\u2019\u201c\u201d`]"
"""The quotes people and programs put around names: ASCII, typographic, and wget's backtick."""

NOT_BEFORE_HOST = r"(?<![A-Za-z0-9_.\-])"
"""Lookbehind for rules that start with the name: do not start in the middle of a word."""

# Words that a loose rule can catch where a name should be ("failed to resolve the issue").
_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "to",
        "on",
        "in",
        "is",
        "of",
        "for",
        "and",
        "or",
        "due",
        "not",
        "no",
        "host",
        "hostname",
        "name",
        "address",
        "server",
        "lookup",
        "dns",
        "error",
        "failed",
        "unable",
        "unknown",
        "null",
        "nil",
        "none",
        "true",
        "false",
    }
)

_URL = re.compile(
    r"\b(?:https?|wss?|grpcs?|h2c?|tcp|udp|redis|rediss|mongodb(?:\+srv)?|postgres(?:ql)?|mysql|amqps?|nats"
    r"|kafka|ldaps?|smtp)://[^\s\"'<>|\\`]{1,2048}",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:)]}>'\""
_DEFAULT_PORTS = {"http": 80, "ws": 80, "https": 443, "wss": 443}


def is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def clean_host(raw: str) -> str | None:
    """The name lower-cased without its trailing dot, or None if it is not a plausible DNS name."""
    host = raw.strip().rstrip(".").lower()
    if not host or len(host) > 253 or ".." in host or host in _STOPWORDS:
        return None
    labels = host.split(".")
    if any(not label or len(label) > 63 for label in labels):
        return None
    if all(label.isdigit() for label in labels):  # an IP address, a fragment of one, or a loop probe
        return None
    if is_ip(host):
        return None
    return host


@lru_cache(maxsize=1024)
def clean_server(raw: str | None) -> str | None:
    """A DNS server as `ip:port` (IPv6 in brackets), or None if `raw` is not an address."""
    if not raw:
        return None
    raw = raw.strip()
    if raw.startswith("["):
        addr, _, port = raw[1:].partition("]")
        port = port.lstrip(":")
    else:
        addr, sep, port = raw.rpartition(":")
        if not sep:
            addr, port = raw, ""
    if not is_ip(addr) or (port and not port.isdigit()):
        return None
    shown = f"[{addr}]" if ":" in addr else addr
    return f"{shown}:{port}" if port else shown


def to_port(raw: str | None) -> int | None:
    if raw is None or not raw.isdigit():
        return None
    port = int(raw)
    return port if 0 < port < 65536 else None


def dialed_url(text: str, host: str, at: int) -> tuple[str | None, int | None]:
    """The URL in `text` whose host is `host` (nearest before `at`, else the first after) and its port."""
    best: tuple[str, int | None] | None = None
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(_URL_TRAILING)
        try:
            parts = urlsplit(url)
            url_host = parts.hostname
            port = parts.port
        except ValueError:
            continue
        if not url_host or url_host.rstrip(".").lower() != host:
            continue
        if port is None:
            port = _DEFAULT_PORTS.get(parts.scheme.lower())
        if m.start() <= at or best is None:
            best = (url, port)
        if m.start() > at:
            break
    return best if best is not None else (None, None)
