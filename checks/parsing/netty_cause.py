"""The cause Netty's DNS resolver prints under its `Failed to resolve 'NAME' after N queries` (issue #17, the fourth
survey): the rcode of `DnsErrorCauseException: Query failed with SERVFAIL`, or a query timeout naming the server.
Shared by the rules that read Netty's failure (`rules/languages.py`) and its timeout (`rules/survey4.py`), and its
search-domain failure (`rules/service_messages.py`). Also where a `failed to resolve 'h'` is only the expansion inside
that search-domain failure (`netty_search_expansion`)."""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import rx

_NETTY_CAUSE = rx(
    r"\bDnsErrorCauseException:\sQuery\sfailed\swith\s(?P<rcode>NXDOMAIN|SERVFAIL|REFUSED)\b"
    # the server as Java prints an InetSocketAddress: `/10.96.0.10:53`, or with the string it was made from before the
    # slash (`10.96.0.10/10.96.0.10:53`, `dns.local/10.0.0.2:53`; survey 7, Netty's DnsQueryContext)
    r"|\bDnsNameResolverTimeoutException:\s{0,3}\[(?:\d{1,10}:\s)?(?:[A-Za-z0-9_.\-]{1,253})?/?"
    r"(?P<server>[0-9a-fA-F:.\[\]]{2,60}:\d{1,5})\]"
)


def netty_cause_below(seg: Segment, lines: int = 40) -> tuple[FailureKind, str | None] | None:
    """The kind (and DNS server) Netty's cause under `Failed to resolve 'NAME' ...` gives: its rcode
    (`DnsErrorCauseException: Query failed with SERVFAIL`) or its query timeout (`[9444: /10.96.0.10:53] ... timed
    out`, or the older `[/10.96.0.10:53] query timed out`). None when no such cause is within `lines` below."""
    for line in seg.lines_after(lines):
        found = _NETTY_CAUSE.search(line)
        if found is None:
            continue
        if found.group("rcode"):
            return from_rcode(found.group("rcode")), None
        return "timeout", found.group("server")
    return None


_ORIGINAL_BEFORE = re.compile(r"Original\shostname:\s'[^'\n]{1,253}'\s{1,2}\Z", re.I)


def netty_search_expansion(text: str, at: int) -> bool:
    """Whether `failed to resolve 'h'` at `at` in `text` is the expansion in Netty's search-domain failure (`...
    Original hostname: 'h' failed to resolve 'h.<search domain>'`), whose original name `service_messages` reads."""
    return _ORIGINAL_BEFORE.search(text, max(0, at - 300), at) is not None
