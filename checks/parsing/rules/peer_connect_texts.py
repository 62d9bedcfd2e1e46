"""Servers' and drivers' texts for a peer whose name did not resolve, as held-out GH-GO's misses showed them (issue #17,
session 52; spent data).

- HBase's `IllegalArgumentException: Failed resolve of h:port` (a bare "could not resolve": `nxdomain`, LABELS.md);
- a Redis replica's `Connecting to MASTER h:port` with `Unable to connect to MASTER: <reason>` below it: the replica
  prints the errno its connect left, and a failed `getaddrinfo` leaves EAGAIN's `Resource temporarily unavailable`
  (`temporary`); a refused or timed-out connect is no look-up's;
- Kong's Cassandra driver (lua-cassandra): `h:port: host seems unhealthy, considering it down (host not found)` and
  `(... ([toip() name lookup failed]: <reason>)`, one per node of the cluster;
- MySQL Connector/Python: `Can't connect to MySQL server on 'h:port' (-3 Temporary failure in name resolution)`, the
  name as given (a stand-in in brackets too);
- Apollo's Java client: `Could not complete get operation [Cause: h]`, the cause's message the bare name of the URL
  it was polling (a bare UnknownHostException's; no reason: `other`);
- CRC's `Failed internal dns query: ssh command error:` with the `command : host -R 3 h` it ran below it (and its public
  query's `command : curl --head https://h`), and its host check's `Wildcard DNS resolution for h does not appear to be
  working` (source-mined, session 52);
- Pekko's (Akka's) async DNS `Resolve of h timed out after N s. Trying next name server` and twemproxy's `address
  resolution of node 'h' service 'p' failed: <reason>` (source-mined, session 52);
- gevent's report of a greenlet that died of a `gaierror` (`<Greenlet at 0x..: fetch('h')> failed with gaierror`), the
  name its function was called with, the reason the gaierror's line above it states (source-mined, session 52).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, LazyPattern, Rule, by_rest, fixed, hit, rx


def _first(pattern: LazyPattern | re.Pattern[str], lines: list[str]) -> re.Match[str] | None:
    """The first of `lines` (nearest first) where `pattern` is found."""
    return next((found for line in lines if (found := pattern.search(line)) is not None), None)


_HBASE_FAILED_RESOLVE = rx(r"\bFailed\sresolve\sof\s(?P<host>{H})(?::(?P<port>\d{1,5}))?(?![\w.\-])")
_HBASE_FORMAT = "HBase `Failed resolve of h:port`"

_REDIS_MASTER_FAILED = rx(r"\bUnable\sto\sconnect\sto\sMASTER:\s(?P<reason>[^\n]{1,80})")
_REDIS_CONNECTING = rx(r"\bConnecting\sto\sMASTER\s(?P<host>{H}):(?P<port>\d{1,5})\b")
_EAGAIN = "resource temporarily unavailable"
REDIS_LINES = 3
"""Lines above a replica's failed connect read for the `Connecting to MASTER h:port` it follows."""


def _redis_master(m: re.Match[str], seg: Segment) -> Hit | None:
    reason = m.group("reason").strip().rstrip(".")
    kind = "temporary" if reason.lower() == _EAGAIN else classify_resolution(reason)
    if kind is None:
        return None
    connecting = _first(_REDIS_CONNECTING, seg.above(m.start(), REDIS_LINES))
    if connecting is None:
        return None
    return hit(m, seg, kind, host=connecting.group("host"), port=connecting.group("port"), exact=True)


_KONG_CASSANDRA_DOWN = rx(
    r"{NB}(?P<host>{H})(?::(?P<port>\d{1,5}))?:\shost\sseems\sunhealthy,\sconsidering\sit\sdown\s"
    r"\((?:(?P<reason>[^()\[\n]{1,120})|\[toip\(\)\sname\slookup\sfailed\](?::\s(?P<rest>[^)\n]{0,100}))?)\)"
)
_KONG_FORMAT = "Kong's Cassandra driver `[toip() name lookup failed]` (no resolver reason)"


def _kong_cassandra_down(m: re.Match[str], seg: Segment) -> Hit | None:
    """The resolver's text in the brackets (OpenResty's `host not found`, LuaSocket's getaddrinfo text), or OpenResty's
    `[toip() name lookup failed]` with what followed it; a refused or timed-out connect is no look-up's."""
    reason, rest = m.group("reason"), m.group("rest") or ""
    kind = classify_resolution(reason) if reason else classify_resolution(rest) or unstated(_KONG_FORMAT)
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


_MYSQL_CONNECTOR = rx(
    r"\bCan't\sconnect\sto\sMySQL\sserver\son\s'(?P<host>{H})(?::(?P<port>\d{1,5}))?'\s{0,2}"
    r"\(-?\d{1,5}\s(?P<rest>[^)\n]{1,100})\)"
)


_APOLLO_CAUSE = rx(r"\bCould\snot\scomplete\sget\soperation\s\[Cause:\s(?P<host>{H})\]")
_APOLLO_FORMAT = "Apollo `Could not complete get operation [Cause: h]` (the URL's host)"


def _apollo_cause(m: re.Match[str], seg: Segment) -> Hit | None:
    """Only where the line dials that name (`long polling url: http://h:8080/...`): other words are no name."""
    host = m.group("host").lower()
    if f"://{host}:" not in seg.lower and f"://{host}/" not in seg.lower:
        return None
    return hit(m, seg, unstated(_APOLLO_FORMAT), exact=True)


_CRC_DNS_QUERY = rx(r"\bFailed\s(?:internal|public)\sdns\squery(?:\sfrom\sthe\scluster)?:\s")
_CRC_COMMAND = rx(
    r"^\s{0,8}command\s{0,2}:\s{0,2}(?:host\s(?:-[A-Za-z]{1,2}\s(?:\d{1,3}\s)?){0,4}(?P<host>{H})"
    r"|curl\s(?:-{1,2}[A-Za-z][\w-]{0,20}\s){0,4}https?://(?P<host2>{H})[:/]?[^\s]*)\s*$"
)
_CRC_FORMAT = "CRC `Failed internal dns query` (the `host` command below it)"
# CRC's check from the host: `Wildcard DNS resolution for apps-crc.testing does not appear to be working`
_WILDCARD_NOT_WORKING = rx(r"\bWildcard\sDNS\sresolution\sfor\s(?P<host>{H})\sdoes\snot\sappear\sto\sbe\sworking")
_WILDCARD_FORMAT = "CRC `Wildcard DNS resolution for h does not appear to be working`"
CRC_LINES = 2
"""Lines below CRC's failed query read for the command it ran."""


def _crc_dns_query(m: re.Match[str], seg: Segment) -> Hit | None:
    command = _first(_CRC_COMMAND, seg.lines_after(CRC_LINES))
    if command is None:
        return None
    return hit(m, seg, unstated(_CRC_FORMAT), host=command.group("host") or command.group("host2"), exact=True)


# gevent's report of a greenlet that died (`<Greenlet at 0x7f..: fetch('h')> failed with gaierror`): the function's
# first argument quoted, the gaierror's text just above it (source-mined, session 52)
_GREENLET_GAIERROR = rx(
    r"<Greenlet[^<>\n]{0,80}?:\s[A-Za-z_][\w.]{0,60}\((?P<q>['\"])(?P<host>{H})(?P=q)[^\n]{0,200}?\)>\sfailed\swith\s"
    r"gaierror\b"
)
_GAIERROR_TEXT = re.compile(r"gaierror:\s(?P<reason>[^\n]{1,200})")
GREENLET_LINES = 3
"""Lines above gevent's report read for the gaierror it names."""


def _greenlet_gaierror(m: re.Match[str], seg: Segment) -> Hit | None:
    error = _first(_GAIERROR_TEXT, seg.above(m.start(), GREENLET_LINES))
    if error is None:
        return None
    # a gaierror is the resolver's: c-ares' texts too (`ARES_ETIMEOUT: Timeout while contacting DNS servers`)
    return hit(m, seg, classify(error.group("reason")) or "other", exact=True)


# Pekko's (and Akka's) async DNS: `Resolve of h timed out after 5.000 s. Trying next name server`, `Resolve of h
# failed. Trying next name server. Exception: <why>` (source-mined, session 52)
_PEKKO_RESOLVE = rx(
    r"\bResolve\sof\s(?P<host>{H})\s(?:(?P<timeout>timed\sout\safter\s[\d.]{1,8}\s?s)|failed)\.\sTrying\snext\sname\sserver"
)
_PEKKO_FORMAT = "Pekko async DNS `Resolve of h failed. Trying next name server` (no resolver reason)"


def _pekko_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "timeout" if m.group("timeout") else unstated(_PEKKO_FORMAT), exact=True)


# twemproxy: `address resolution of node 'h' service '6379' failed: <gai_strerror>` (source-mined, session 52)
_TWEMPROXY_NODE = rx(
    r"\baddress\sresolution\sof\snode\s'(?P<host>{H})'\sservice\s'[^'\n]{0,20}'\sfailed:\s(?P<rest>[^\n]{1,100})"
)


RULES: tuple[Rule, ...] = (
    Rule(
        "hbase-failed-resolve-of",
        ("failed resolve of ",),
        _HBASE_FAILED_RESOLVE,
        fixed(unstated(_HBASE_FORMAT), exact=True, assumed=True),
    ),
    Rule("redis-replica-master", ("unable to connect to master: ",), _REDIS_MASTER_FAILED, _redis_master),
    Rule("kong-cassandra-host-down", ("considering it down (",), _KONG_CASSANDRA_DOWN, _kong_cassandra_down),
    Rule(
        "mysql-connector-cant-connect",
        ("connect to mysql server on '",),
        _MYSQL_CONNECTOR,
        by_rest(None, resolution_only=True, exact=True),
    ),
    Rule("apollo-cause-host", ("could not complete get operation [cause: ",), _APOLLO_CAUSE, _apollo_cause),
    Rule(
        "crc-internal-dns-query",
        ("failed internal dns query", "failed public dns query"),
        _CRC_DNS_QUERY,
        _crc_dns_query,
    ),
    Rule("pekko-async-dns-resolve", ("trying next name server",), _PEKKO_RESOLVE, _pekko_resolve),
    Rule(
        "twemproxy-node-resolution",
        ("address resolution of node '",),
        _TWEMPROXY_NODE,
        by_rest(None, resolution_only=True),
    ),
    Rule("gevent-greenlet-gaierror", ("> failed with gaierror",), _GREENLET_GAIERROR, _greenlet_gaierror),
    Rule(
        "crc-wildcard-not-working",
        ("wildcard dns resolution for ",),
        _WILDCARD_NOT_WORKING,
        fixed(unstated(_WILDCARD_FORMAT), exact=True),
    ),
)
