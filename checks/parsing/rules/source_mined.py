"""Client libraries' formats read from their own source (issue #17, session 51: probes rendered from the source of
Perl's LWP and others, after held-out FR-FY), and those held-out FZ-GG's misses showed (spent data).

- Perl's LWP (`500 Can't connect to h:port (reason)`, from IO::Socket::INET / IO::Socket::IP): the resolver's text in
  the brackets, or IO::Socket::INET's `Bad hostname` (inet_aton found no address; no reason stated, as corpus set D
  labels it); a refused or timed-out connect there is no look-up's failure;
- ZooKeeper's client: `Unable to open socket to h/<unresolved>:port` (Java's unresolved address, no reason: `other`,
  as its `Unable to resolve address: h/<unresolved>:port`);
- the Neo4j Python driver: `ValueError: Cannot resolve address h:port` (a bare `could not resolve`: `nxdomain`);
- Thanos' and dskit's DNS provider (memcached, store discovery): `lookup IP addresses "h": <reason>`, the name in Go's
  `%q` (its quotes escaped inside a logfmt value).
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.no_reason import NO_REASON, unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

_LWP_CANT_CONNECT = rx(r"\bCan't\sconnect\sto\s(?P<host>{H}):(?P<port>\d{1,5})\s\((?P<reason>[^)\n]{1,80})\)")
_BAD_HOSTNAME = "bad hostname"


def _lwp_cant_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = m.group("reason")
    if reason.strip().lower() == _BAD_HOSTNAME:
        kind = unstated("Perl IO::Socket::INET `Can't connect to h:port (Bad hostname)`")
    else:
        found = classify_resolution(reason)
        if found is None:
            return None
        kind = found
    return hit(m, seg, kind, port=m.group("port"), exact=True)


_ZK_OPEN_SOCKET = rx(r"\bUnable\sto\sopen\ssocket\sto\s(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})")
_NEO4J_CANNOT_RESOLVE = rx(r"\bCannot\sresolve\saddress\s(?P<host>{H}):(?P<port>\d{1,5})(?![\w.:])")
_LOOKUP_IP_ADDRESSES = rx(r"\blookup\sIP\saddresses\s\\?\"(?P<host>{H})\\?\":\s(?P<rest>[^\n\"\\]{1,200})")


_GAIERROR_ABOVE = re.compile(r"\bgaierror:\s\[Errno\s-?\d{1,5}\]\s(?P<rest>[^\n]{3,100})")
# (review) or, drivers 4.x to 5.24 raising without `from e`, `During handling of the above exception, ...`
_CHAINED = ("The above exception was the direct cause", "During handling of the above exception")
_EXCEPTION_LINE = re.compile(r"^[\w.]{1,120}(?:Error|Exception|Exit|Interrupt)\b[^\n]{0,400}$")
NEO4J_LINES = 40
"""Lines above the driver's `Cannot resolve address` read for the gaierror it was raised from (a traceback between:
a driver's routing frames take twenty lines and more; review)."""
_NEO4J_NO_REASON = unstated("Neo4j Python driver `Cannot resolve address h:port`")


def _neo4j_cannot_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    """The kind of the gaierror its own traceback was chained to (nearest first: its frames, the chaining line, then
    the gaierror); another exception's line first means another chain (review: a Redis error's gaierror above)."""
    chained = False
    for line in seg.lines_before(NEO4J_LINES):
        if line.startswith(_CHAINED):
            chained = True
            continue
        cause = _GAIERROR_ABOVE.search(line) if chained else None
        kind = classify(cause.group("rest")) if cause is not None else None
        if kind is not None:
            return hit(m, seg, kind, exact=True)
        if _EXCEPTION_LINE.match(line.strip()):
            break
    return replace(hit(m, seg, _NEO4J_NO_REASON, exact=True), assumed=True)


RULES: tuple[Rule, ...] = (
    Rule("perl-lwp-cant-connect", ("can't connect to ",), _LWP_CANT_CONNECT, _lwp_cant_connect),
    Rule(
        "zookeeper-open-socket-unresolved",
        ("unable to open socket to ",),
        _ZK_OPEN_SOCKET,
        fixed(unstated("ZooKeeper `Unable to open socket to h/<unresolved>:port`"), exact=True),
    ),
    Rule(
        "neo4j-cannot-resolve-address",
        ("cannot resolve address ",),
        _NEO4J_CANNOT_RESOLVE,
        # no reason of its own: a chained gaierror's stated one wins (rules/product_sources.py), or the gaierror it
        # was raised from, printed above it (probes, round 18)
        _neo4j_cannot_resolve,
    ),
    Rule("dskit-lookup-ip-addresses", ("lookup ip addresses ",), _LOOKUP_IP_ADDRESSES, by_rest(NO_REASON, exact=True)),
)
