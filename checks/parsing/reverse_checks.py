"""A name that resolved, then failed a check of what it resolved to (issue #17, source-mined round 7).

pg_auto_failover (`src/bin/pg_autoctl/ipaddr.c`) checks that a node's name maps to one of its own addresses and back:
`Failed to resolve hostname "h" to a local IP address, automated pg_hba.conf setup might fail.`, `Failed to resolve
hostname "h" to an IP address that resolves back to the hostname on a reverse DNS lookup.`, `Failed to find an IP
address for hostname "h" that matches hostname again in a reverse-DNS lookup.` The forward look-up worked; what
failed is the match (often a reverse look-up, which LABELS.md does not count). The words right after the name say so,
whatever rule read the words before it.

Held-out JJ-JQ (spent): Synapse's IP range blacklist drops the addresses a name resolved to, logs `Blocked A from DNS
resolution to h`, and then reports Twisted's `DNSLookupError: no results for hostname lookup: h`: the name resolved;
a policy removed its answer (LABELS.md counts no failure).
"""

from __future__ import annotations

import re

_CHECKED_AFTER = re.compile(
    r"[\"'`]?\s(?:to\s(?:a\slocal\sIP\saddress|an\sIP\saddress\sthat\sresolves\sback)"
    r"|that\smatches\s(?:the\s)?host\s?name\sagain)\b",
    re.I,
)


def resolved_then_checked(text: str, name_end: int) -> bool:
    """The name ending at `name_end` is followed by the words of a check of its address (it resolved)."""
    return _CHECKED_AFTER.match(text, name_end, name_end + 80) is not None


_BLOCKED = re.compile(r"\bblocked\s[0-9a-f.:\[\]]{2,45}\sfrom\sdns\sresolution\sto\s(?P<host>[a-z0-9_.\-]{1,253})")
BLOCKED_READ = 1000
"""Blocked answers read per paste (a hostile paste of them)."""
_NO_RESULTS = "no results for hostname lookup"


def blocked_answers(lower: str) -> dict[str, int]:
    """The names whose answers the (lower-case) paste says the client's own policy blocked, each with where it first
    says so (Synapse's `Blocked A from DNS resolution to h`)."""
    found: dict[str, int] = {}
    if "from dns resolution to " in lower:
        for n, m in enumerate(_BLOCKED.finditer(lower)):
            if n >= BLOCKED_READ:
                break
            found.setdefault(m.group("host").rstrip("."), m.start())
    return found


def blocked_after_resolving(blocked: dict[str, int], lower: str, host: str, at: int) -> bool:
    """Whether the failure at offset `at` is Twisted's `no results for hostname lookup: h` for a name `blocked` says
    was blocked above it: the name resolved (another failure of that name, a timeout, a later look-up, still counts)."""
    where = blocked.get(host.rstrip(".").lower())
    if where is None or where > at:
        return False
    line_start = lower.rfind("\n", 0, at) + 1
    line_end = lower.find("\n", at)
    return _NO_RESULTS in lower[line_start : line_end if line_end >= 0 else len(lower)]
