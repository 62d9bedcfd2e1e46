r"""Services' and their clients' own words for a failed lookup, each naming the host in its own slot (issue #17,
held-out AH and AI).

- Netty's `SearchDomainUnknownHostException` (the JVM's async resolver with a search list): `Search domain query
  failed. Original hostname: 'h' failed to resolve 'h.<search domain>'`: the name asked is the original one, its
  search-path expansion is not; its kind is Netty's cause below it where one is printed (a query timeout, an rcode,
  held-out AJ), else, printed with the exception's class name, that UnknownHostException's (NXDOMAIN by the
  conventions, HELDOUT-c.md), alone no reason (`other`, HELDOUT-ah.md);
- docker-flow-proxy (Swarm): `Could not perform DNS h lookup` (no reason: `other`);
- Redis Sentinel's config check: `Can't resolve master instance hostname.` under the `>>> 'sentinel monitor <master>
  h <port> <quorum>'` line it quotes (no reason: `other`);
- Ceph's `pick_address`/messenger: `server name not found: h (<gai_strerror>)`: the string handed to getaddrinfo as
  printed (a msgr2 address list cut at a comma, `[v2:10.0.0.1:3300`, is what it tried), kind from glibc's text;
- the Python ClickHouse driver's `NetworkError: Code: 210. <gai_strerror> (h:port)`: kind from glibc's text;
- PyTorch's c10d rendezvous (socket.cpp): `The IPv6 network addresses of (h, port) cannot be retrieved (gai error: -2
  - Name or service not known).`: kind from the gai text;
- the mongo shell's `DNSHostNotFound: Failed to look up service "_mongodb._tcp.h"` (the SRV name of a `mongodb+srv://`
  URI): the error code says NXDOMAIN (held-out AJ);
- mount.nfs (nfs-utils): `mount.nfs: Failed to resolve server h: <gai_strerror>`, the text maybe wrapped onto the next
  line (a CSI driver's `Output:`): kind from glibc's text (held-out AK);
- Tailscale: `error resolving DNS name h: no IPv4 or IPv6 addresses found for host: h2` (NXDOMAIN, each name; AK);
- Ceph's `unable to parse addrs in 'h[:port]'` (the monitor address a name that did not resolve; no reason: `other`;
  an address list or an IP there is a parse error, not read; AK);
- Java's `java.net.SocketException: Unresolved address` right under the address it was binding or connecting to
  (ZooKeeper's `Couldn't bind to h:2888`; no reason: `other`; AL);
- the AWS SDK for JavaScript's `Inaccessible host: `h'` (its ENOTFOUND; no failure under an `originalError` that is a
  connection's, `connect ECONNREFUSED 127.0.0.1:4566`: held-out DM), a Node client's `getaddrinfo ENOTFOUND for
  host:h port:N` (AN, AO).

A resolver's answer dumped with its question (Netty's DatagramDnsResponse, getdns, tcpdump) is `resolver_dumps`'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST, printed_as_is
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.netty_cause import netty_cause_below
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, container_id_as_printed, first_group_hit, fixed, hit, rx

# --- Netty's search-domain failure ---------------------------------------------------------------------------------

_NETTY_SEARCH = rx(
    r"\bSearch\sdomain\squery\sfailed\.\s{1,2}Original\shostname:\s'(?P<host>{H})'"
    # held-out DR (spent): DnsResolveContext's `after N queries` ends the UnknownHostException's own message, whatever
    # wrapper (a RuntimeException's `Error Details:`) dropped its class name
    r"(?P<after>\sfailed\sto\sresolve\s'[^'\s]{1,300}'\s{1,3}(?:\[[A-Za-z0-9(), ]{1,60}\]\s{0,3})?"
    r"after\s\d{1,4}\squeries)?"
)

_CLASS_BEFORE = re.compile(r"unknownhostexception:\s{1,3}\Z")
"""The exception's class name printed right before its message (`...$SearchDomainUnknownHostException: Search ...`),
not some other UnknownHostException earlier on the line."""


def _netty_search(m: re.Match[str], seg: Segment) -> Hit | None:
    cause = netty_cause_below(seg)  # Netty's cause under it says how (`DnsNameResolverTimeoutException: [S:53] ...`)
    if cause is not None:
        return hit(m, seg, cause[0], server=cause[1], exact=True)
    if m.group("after") or _CLASS_BEFORE.search(seg.lower, max(0, m.start() - 30), m.start()):
        return hit(m, seg, unstated("Java bare `UnknownHostException: h`"), exact=True)
    return hit(m, seg, unstated("Netty `Search domain query failed. Original hostname: 'h'`"), exact=True)


# --- docker-flow-proxy -------------------------------------------------------------------------------------------

_PERFORM_DNS = rx(r"\bCould\snot\sperform\sDNS\s(?P<host>{H})\slookup\b")

# --- Redis Sentinel's config check --------------------------------------------------------------------------------

_SENTINEL = rx(r"\bCan't\sresolve\s(?:master\s)?instance\shostname\b")
# (source-mined, round 7: KeyDB's Sentinel mode) the replicas and sentinels it was told of, `sentinel known-replica NAME
# h PORT` (`known-slave` before Redis 5), `sentinel known-sentinel NAME h PORT RUNID`: the same error for their address
_SENTINEL_MONITOR = re.compile(
    r"\bsentinel\s{1,8}(?:monitor|known-replica|known-slave|known-sentinel)\s{1,8}\S{1,100}\s{1,8}("
    + HOST
    + r")\s{1,8}\d{1,5}\b",
    re.I,
)
SENTINEL_LINES = 3
"""Lines above the error read for the `sentinel monitor` line it quotes."""


def _sentinel(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(SENTINEL_LINES):
        monitor = _SENTINEL_MONITOR.search(line)
        if monitor:
            kind = unstated("Redis Sentinel `Can't resolve master instance hostname.` (the monitor line above)")
            return hit(m, seg, kind, host=monitor.group(1), exact=True)
    return None


# --- Ceph ---------------------------------------------------------------------------------------------------------

_CEPH = rx(r"\bserver\sname\snot\sfound:\s(?P<host>[^\s()]{1,253})\s\((?P<rest>[^)\n]{1,80})\)")
# a msgr2 address list cut at its comma (`[v2:10.1.2.3:3300`): an address with its protocol and port handed over as one
# string, labelled by the address, no name (LABELS.md's clause; held-out JB-JI's row, spent; held-out AH's row, from
# before LABELS.md, said failure)
_MSGR_ADDRESS = re.compile(r"\[?v\d:(?:\d{1,3}\.){3}\d{1,3}:|\[?v\d:\[[0-9a-f:]{2,39}\]:", re.I)


def _ceph(m: re.Match[str], seg: Segment) -> Hit | None:
    if not printed_as_is(m.group("host")):
        return None  # `"h"`, `h,`, `...`: the paste's quotes, punctuation or elision, not what Ceph printed
    if _MSGR_ADDRESS.match(m.group("host")):
        return None
    kind = classify_resolution(m.group("rest"))
    return replace(hit(m, seg, kind, exact=True), printed=True) if kind else None


# --- clickhouse-driver (Python) -------------------------------------------------------------------------------------

_CLICKHOUSE_DRIVER = rx(r"\bCode:\s210\.\s(?P<rest>[^()\n]{1,80})\s\((?P<host>{H}):(?P<port>\d{1,5})\)")

# --- PyTorch c10d ---------------------------------------------------------------------------------------------------

_C10D = rx(
    r"\bnetwork\saddresses\sof\s\((?P<host>{H}),\s(?P<port>\d{1,5})\)\scannot\sbe\sretrieved\s"
    r"\(gai\serror:\s-?\d{1,3}\s-\s(?P<rest>[^)\n]{1,80})\)"
)

# --- the mongo shell ----------------------------------------------------------------------------------------------

_MONGO_SHELL = rx(r"\bDNSHostNotFound:\s(?:Failed\sto\slook\sup\sservice\s)?{Q}(?P<host>{H}){Q}")

# --- mount.nfs --------------------------------------------------------------------------------------------------

_MOUNT_NFS = rx(r"\bFailed\sto\sresolve\sserver\s(?P<host>{H}):\s(?P<rest>[^\n]{0,80})")


def _mount_nfs(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    below = seg.lines_after(1)
    kind = classify_resolution(rest) or (classify_resolution(f"{rest} {below[0][:60]}") if below else None)
    # not exact: other programs print `Failed to resolve server address: <reason>` (a word in the name's slot)
    if not kind:
        return None
    # held-out KX-LE (spent): mount.nfs prints the server it was given, a container's id too (docker-volume-netshare's)
    return container_id_as_printed(hit(m, seg, kind))


# --- Tailscale -----------------------------------------------------------------------------------------------------

_TAILSCALE = rx(
    r"\berror\sresolving\sDNS\sname\s(?P<host>{H}?)\.?:\sno\sIPv4\sor\sIPv6\saddresses\sfound\sfor\shost:\s"
    r"(?P<host2>{H}?)\.?(?![\w.\-])"
)


def _tailscale_second(m: re.Match[str], seg: Segment) -> Hit | None:
    """The host with no addresses where it is not the name asked (a CNAME's target, the name with a search suffix)."""
    if m.group("host2").rstrip(".").lower() == m.group("host").rstrip(".").lower():
        return None
    return first_group_hit(m, seg, "nxdomain", ("host2",))


# --- Ceph's monitor address ---------------------------------------------------------------------------------------

_CEPH_PARSE = rx(
    r"\bunable\sto\sparse\saddrs\sin\s'(?P<host>[A-Za-z0-9_\-]{1,63}(?:\.[A-Za-z0-9_\-]{1,63}){0,10})(?::\d{1,5})?'"
)


def _ceph_parse(m: re.Match[str], seg: Segment) -> Hit | None:
    if not any(c.isalpha() for c in m.group("host")):
        return None  # an IP address that did not parse: no lookup
    return hit(m, seg, unstated("Ceph `unable to parse addrs in 'h'`"), exact=True)


# --- Java's `SocketException: Unresolved address` under the address it was binding or connecting to (held-out AL) ----

_UNRESOLVED_ADDRESS = rx(r"\bjava\.net\.SocketException:\s{1,3}Unresolved\saddress\b")
# held-out DR (spent): Kafka's `Socket server failed to bind to h:9093: Unresolved address.`, both on one line
_BOUND_TO_UNRESOLVED = rx(
    r"\b(?:bind|connect)\s{1,3}to\s{1,3}(?P<host>{H}):(?P<port>\d{1,5}):\s{1,3}Unresolved\saddress\b"
)
_BOUND_TO = re.compile(r"\b(?:bind|connect)\s{1,3}to\s{1,3}(" + HOST + r"):(\d{1,5})\b", re.I)
UNRESOLVED_LINES = 2
"""Lines above the exception read for the address (ZooKeeper's `Couldn't bind to h:2888` is right above it)."""


def _unresolved_address(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.above(m.start(), UNRESOLVED_LINES):
        found = _BOUND_TO.search(line)
        if found and any(c.isalpha() for c in found.group(1)):
            kind = unstated("Java `SocketException: Unresolved address` (the address on the line above)")
            return hit(m, seg, kind, host=found.group(1), port=found.group(2), exact=True)
    return None


# (the message ends there: `... cannot be found in the address book` is Outlook's, review)
_WAIT_PORT = rx(r"\bThe\saddress\s'(?P<host>{H})'\scannot\sbe\sfound(?=[\"'`]?[ \t]*(?:\n|$))")

# --- the AWS SDK for JavaScript (v2): `UnknownEndpoint: Inaccessible host: `h'` (its ENOTFOUND_ERROR, AN) ----------

_AWS_JS_INACCESSIBLE = rx(
    r"\bInaccessible\shost:\s{0,3}(?:[`'\"](?P<host>{H})[`'\"]"
    # (held-out HF-HM, spent) retyped without its quotes, the message's end after it
    r"|(?P<bare>{H})(?=(?:```|`)?[ \t]*(?:$|\n|\.\s)))"
)
# (its printed object's `originalError: Error: ...` under the SDK's stack, or a JSON log's `"originalError":{"message":
# "..."`; review)
_ORIGINAL_ERROR = re.compile(
    r"\boriginalError[\"']?:\s{0,3}(?:\{\s{0,3}[\"']?message[\"']?:\s{0,3}[\"'])?(?:\w{0,20}Error:\s{0,3})?"
    r"(?P<said>[^\n]{0,120})"
)
# the resolver's own errors, as Node words them (anything else, `connect ECONNREFUSED`, `socket hang up`, is a
# connection's: the name resolved; review)
_RESOLVING = re.compile(r"\b(?:getaddrinfo|ENOTFOUND|EAI_[A-Z]{2,8}|ENODATA|ESERVFAIL|ETIMEOUT|query[A-Z][a-z]{0,4})\b")
ORIGINAL_ERROR_LINES = 30
"""Lines of the printed error object read under the SDK's message for its `originalError`."""


def _aws_js_inaccessible(m: re.Match[str], seg: Segment) -> Hit | None:
    # issue #17 (held-out DM, spent): SDK v2 words every Node error with a numeric errno so (its DNS check's
    # `indexOf(... >= 0)`), a refused connection to the address the name resolved to included: an `originalError`
    # printed under it that is a connection's says the look-up worked
    for line in (seg.text[m.end() :], *seg.lines_after(ORIGINAL_ERROR_LINES)):
        original = _ORIGINAL_ERROR.search(line)
        if original is not None:
            if not _RESOLVING.search(original.group("said")):
                return None
            break
    # issue #17 (held-out BD): where it is a resolver's (`getaddrinfo EAI_AGAIN h`) that rule's kind wins
    return replace(first_group_hit(m, seg, "nxdomain", ("host", "bare")), assumed=True)


# --- a Node client's `getaddrinfo ENOTFOUND for host:h port:N` (a Graphite client, AN) ---------------------------

_ENOTFOUND_FOR_HOST = rx(
    r"\bgetaddrinfo\s(?P<code>ENOTFOUND|EAI_AGAIN)\sfor\shost:\s{0,2}(?P<host>{H})(?:\sport:(?P<port>\d{1,5}))?"
)


def _enotfound_for_host(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = "nxdomain" if m.group("code").upper() == "ENOTFOUND" else "temporary"
    return hit(m, seg, kind, port=m.group("port"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "netty-search-domain",
        ("search domain query failed",),
        _NETTY_SEARCH,
        _netty_search,
    ),
    Rule(
        "docker-flow-proxy-dns",
        ("could not perform dns",),
        _PERFORM_DNS,
        fixed(unstated("docker-flow-proxy `Could not perform DNS h lookup`"), exact=True),
    ),
    Rule("redis-sentinel-monitor", ("instance hostname",), _SENTINEL, _sentinel),
    Rule("ceph-server-name-not-found", ("server name not found:",), _CEPH, _ceph),
    Rule("clickhouse-driver-210", ("code: 210.",), _CLICKHOUSE_DRIVER, by_rest(None, resolution_only=True, exact=True)),
    Rule("pytorch-c10d-gai", ("cannot be retrieved",), _C10D, by_rest(None, resolution_only=True, exact=True)),
    Rule("mongo-shell-dns-host-not-found", ("dnshostnotfound:",), _MONGO_SHELL, fixed("nxdomain", exact=True)),
    Rule("mount-nfs-resolve-server", ("failed to resolve server ",), _MOUNT_NFS, _mount_nfs),
    Rule("tailscale-no-addresses", ("no ipv4 or ipv6 addresses found",), _TAILSCALE, fixed("nxdomain", exact=True)),
    Rule("tailscale-no-addresses-host", ("no ipv4 or ipv6 addresses found",), _TAILSCALE, _tailscale_second),
    Rule("ceph-parse-addrs", ("unable to parse addrs in '",), _CEPH_PARSE, _ceph_parse),
    Rule("java-unresolved-address", ("unresolved address",), _UNRESOLVED_ADDRESS, _unresolved_address),
    Rule(
        "java-bind-to-unresolved-address",
        ("unresolved address",),
        _BOUND_TO_UNRESOLVED,
        fixed(unstated("Java `SocketException: Unresolved address` (the address on the line above)"), exact=True),
    ),
    # held-out DQ (spent): the wait-port package's (Node) message for ENOTFOUND, `The address 'h' cannot be found`
    Rule("node-wait-port-address", ("cannot be found",), _WAIT_PORT, fixed("nxdomain", exact=True)),
    Rule(
        "aws-sdk-js-inaccessible-host",
        ("inaccessible host:",),
        _AWS_JS_INACCESSIBLE,
        _aws_js_inaccessible,
    ),
    Rule("node-getaddrinfo-for-host", ("for host:",), _ENOTFOUND_FOR_HOST, _enotfound_for_host),
)
