"""A name that resolved, then failed a check of what it resolved to (issue #17, source-mined round 7).

pg_auto_failover (`src/bin/pg_autoctl/ipaddr.c`) checks that a node's name maps to one of its own addresses and back:
`Failed to resolve hostname "h" to a local IP address, automated pg_hba.conf setup might fail.`, `Failed to resolve
hostname "h" to an IP address that resolves back to the hostname on a reverse DNS lookup.`, `Failed to find an IP
address for hostname "h" that matches hostname again in a reverse-DNS lookup.` The forward look-up worked; what
failed is the match (often a reverse look-up, which LABELS.md does not count). The words right after the name say so,
whatever rule read the words before it.
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
