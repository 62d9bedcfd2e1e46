"""A name further from its reason than the generic rule's window (issue #17, recall by generalisation).

urllib3 (under requests, and so most Python clients) names the host once, in its pool's repr, and the resolver's
reason only at the end of the `Caused by` it wraps: `HTTPSConnectionPool(host='h', port=443): Max retries exceeded
with url: <path> (Caused by NewConnectionError('...: Failed to establish a new connection: [Errno -2] Name or service
not known'))`. A long URL path puts the name beyond `generic.SPAN`; the spent sets have it in four of them (the
corpus, A, K twice). When no name is in the window, the pool's `host=` on the same line, with its own `Caused by`
between it and the reason, is the name: quoted in a keyword field, so even a word (`host='python'`) is what was
looked up.
"""

from __future__ import annotations

from collections.abc import Callable

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST, clean_host
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, LazyPattern

FAR = 4000
"""Characters looked back from the reason for the pool's repr."""
_POOL_AT = "ConnectionPool(host="
_POOL = LazyPattern(
    r"ConnectionPool\(host=(?P<q>['\"])(?P<host>" + HOST + r")(?P=q),\sport=(?P<port>\d{1,5})\):\s"
    r"Max\sretries\sexceeded\swith\surl:\s"
)


def pool_host(seg: Segment, at: int, kind_of: Callable[[int], tuple[FailureKind, bool] | None]) -> Hit | None:
    """The hit for a reason at `at` (in `seg.text`) whose urllib3 pool names the host beyond the window."""
    text = seg.text
    found = text.rfind(_POOL_AT, max(0, at - FAR), at)
    m = _POOL.match(text, found) if found != -1 else None
    if m is None or text.find("(Caused by ", m.end(), at) == -1:
        return None  # no pool, or the reason is not the cause it wraps
    if clean_host(m.group("host"), exact=True) is None:
        return None
    read = kind_of(m.end("host"))
    if read is None:
        return None
    port = int(m.group("port"))
    return Hit(
        m.group("host"),
        read[0],
        seg.start + m.start("host"),
        seg.start + m.end("host"),
        None,
        port if 0 < port < 65536 else None,
        exact=True,
        assumed=read[1],
    )
