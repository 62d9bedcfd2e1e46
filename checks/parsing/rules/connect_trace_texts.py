"""Failed look-ups that a program reports as a failed connection, or that only a trace shows, as held-out GX-HE's
misses showed them (issue #17, session 54; spent data).

- a MySQL replica's `error connecting to master 'user@h:port' - retry-time: N retries: N, Error_code: 2005` (MySQL 8:
  `source`, `MY-002005`): client error 2005 is CR_UNKNOWN_HOST, the name printed as the replica was given it (with a
  stray `//` or a cut last label); no resolver's reason: `other`;
- Java NIO's `UnresolvedAddressException` under the log record that names the address it was connecting to (Spark's
  `Error connecting to h:port` right above it, Hadoop's `Failed to connect to h:port ...` on its line, Druid's
  `Request[URL] failed.` above a wrapping exception's trace): the address was never resolved; no resolver's reason:
  `other`;
- a Go controller's klog line `DNS "h" not found` (Liqo's gateway): the name has no record: `nxdomain`;
- the Ruby MongoDB driver's `MONGODB | getaddrinfo: <resolver's text>` with no name, under its `MONGODB | Adding
  h:port to the cluster.` a few lines above;
- Bitnami's shell library under `set -x`: `dns_lookup h` (`getent ahosts h`) then `[[ '' == '' ]]`, the look-up's
  empty answer, in its retry loop for a peer's name; no resolver's reason: `other`.

And from the sixth round of probes rendered from programs' source (session 54): the Kafka clients' `No resolvable
bootstrap urls` walked up like NIO's exception, Antrea's FQDN controller, Rook's `Conversion of host: h to IP failed`,
cilium-cli's look-ups from a test pod, Nextcloud's `No DNS record found for h`, MariaDB Connector/J's and Keycloak's
bare cause (an UnknownHostException's message, the name alone), Galera's `Failed to resolve tcp://h:port` and asio's
`resolve: Host not found`.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import SOURCE_FILE_SUFFIXES
from checks.parsing.hosts import is_ip
from checks.parsing.kinds import classify_resolution, errno_kind
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_MYSQL_REPLICA_FORMAT = (
    "MySQL replica `error connecting to master 'u@h:port' ... Error_code: 2005` (no resolver reason)"
)
_MYSQL_REPLICA = rx(
    r"\berror\sconnecting\sto\s(?:master|source)\s'(?:[^'@\s]{1,100}@)?(?P<host>[^'@\s:]{1,253}):(?P<port>\d{1,5})'"
    r"[^\n]{0,120}?\bError_code:\s(?:MY-00)?2005\b"
)

_NIO_UNRESOLVED_FORMAT = "Java NIO `UnresolvedAddressException` under `Error connecting to h:port` (no resolver reason)"
_NIO_UNRESOLVED = rx(
    r"\bjava\.nio\.channels\.UnresolvedAddressException\b"
    # (source-mined, round 6) the Kafka clients' `ConfigException: No resolvable bootstrap urls given in
    # bootstrap.servers` under Strimzi's `... with bootstrap h:9090`: the same walk up to the record's address
    r"|\bConfigException:\sNo\sresolvable\sbootstrap\surls\sgiven\sin\sbootstrap\.servers\b"
)
# the record's own address: a URL (`Request[http://h:8081/...] failed.`) or `h:port` (`Error connecting to h:35093`)
_RECORD_ADDRESS = rx(
    r"\b[a-z][a-z0-9+.\-]{1,15}://(?:[^\s/@\"'<>\]\[]{1,256}@)?(?P<url>{H})|{NB}(?P<host>{H}):\d{1,5}(?![:.\d])"
)
# the record says a connection or a request failed (review: not an INFO line's `started at http://h:4040`, nor prose's
# `the docs at https://h/...`)
_RECORD_FAILED = rx(
    r"\b(?:connect\w{0,6}|request\w{0,3}|fail\w{0,3}|error\w{0,3}|unable|could\s?not|cannot|can't|bootstrap"
    r"|unreachable|exception)\b"
)
# a stack trace's own lines, passed over on the way up to the record's message: frames, `... N more`, `Caused by:`,
# an exception's class and message (`org.jboss.netty.channel.ChannelException: Faulty channel in resource pool`)
_TRACE_LINE = re.compile(r"\s*(?:at\s|\.\.\.\s\d|Caused\sby:|(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b)")
# what may stand before the exception's class on its own line: `Caused by: `, `Exception in thread "main" `, the
# class's package (`org.apache.kafka.common.config.` before `ConfigException`)
_TRACE_HEAD = re.compile(r"\s*(?:Caused\sby:\s*|Exception\sin\sthread\s\"[^\"\n]{0,80}\"\s*)?(?:[a-z_$][\w$]*\.)*\Z")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_CAPITALISED_LABEL = re.compile(r"(?:^|\.)[A-Z]")
TRACE_LINES = 40
"""Lines of a stack trace walked up from NIO's exception to the log record's message."""
TRACE_WALKS = 200
"""Traces walked up in one paste (a hostile paste of the exception repeated: each walk reads up to TRACE_LINES)."""
OWN_LINE = 400
"""Characters of the exception's own line read before it (a megabyte line of it repeated stays linear)."""


def _record_address(line: str) -> tuple[str, str | None] | None:
    """The last address a record's line names, and its port, where the line says something failed; none is an IP, a
    time's hours (`11:06:52`), Java's `h/<unresolved>:port` (the rule for that reads it), a logger's class before its
    line number (log4j's `KafkaRebalanceAssemblyOperator:1064`, logback's `c.e.Worker:42`) or a source file's
    (`(Client.java:88)`)."""
    if not _RECORD_FAILED.search(line):
        return None
    found = [(m.group("url") or m.group("host"), m.group(0)) for m in _RECORD_ADDRESS.finditer(line)]
    found = [
        (h, text)
        for h, text in found
        if not is_ip(h)
        and not h.startswith("<")
        and any(c.isalpha() for c in h)
        and not _CAMEL_CASE.search(h)
        and not (text.startswith(h) and _CAPITALISED_LABEL.search(h))
        and h.lower().rsplit(".", 1)[-1] not in SOURCE_FILE_SUFFIXES
    ]
    if not found:
        return None
    host, text = found[-1]
    port = text.rsplit(":", 1)[1] if text.startswith(host) and ":" in text else None
    return host, port


def _nio_unresolved(m: re.Match[str], seg: Segment) -> Hit | None:
    """The address the log record names that NIO's exception ends (Spark's `Error connecting to h:port` right above
    it, Hadoop's `Failed to connect to h:port ... UnresolvedAddressException` on its line, Druid's `Request[URL]
    failed.` above a wrapping exception's trace): its own line before it, then up the trace to the first line that is
    not the trace's own."""
    if not seg.doc.spend("nio-trace", TRACE_WALKS):
        return None
    before = seg.text[max(0, m.start() - OWN_LINE) : m.start()]
    if not _TRACE_HEAD.match(before):
        return _found(m, seg, _record_address(before))
    for line in seg.lines_before(TRACE_LINES):
        if _TRACE_LINE.match(line) and not _RECORD_ADDRESS.search(line.split(": ", 1)[-1] if ": " in line else ""):
            continue
        return _found(m, seg, _record_address(line))
    return None


def _found(m: re.Match[str], seg: Segment, address: tuple[str, str | None] | None) -> Hit | None:
    if address is None:
        return None
    return hit(m, seg, unstated(_NIO_UNRESOLVED_FORMAT), host=address[0], port=address[1], exact=True)


# a controller's own klog message, the whole of it (review: not an API's `External DNS "h" not found`, `upstream dns
# "x" not found`, `DNS "h" not found in namespace ...`, a test's certificate check)
_DNS_NOT_FOUND = rx(r"(?:^|(?<=\n)|(?<=\]\s))DNS\s(?:name\s|record\s)?\"(?P<host>{H})\"\snot\sfound(?=[ \t]*(?:\n|$))")

_MONGO_RUBY_GETADDRINFO = rx(r"\bMONGODB\s\|\sgetaddrinfo(?:\(3\))?:\s(?P<rest>[^\n]{1,80})")
_MONGO_RUBY_ADDING = rx(r"\bMONGODB\s\|\sAdding\s(?P<host>{H}):(?P<port>\d{1,5})\sto\sthe\scluster\b")
MONGO_LINES = 6
"""Lines above the driver's `getaddrinfo:` read for the address it was adding."""


def _mongo_ruby_getaddrinfo(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    adding = seg.first_above(_MONGO_RUBY_ADDING, MONGO_LINES) if kind else None
    if kind is None or adding is None or is_ip(adding.group("host")):
        return None
    return hit(m, seg, kind, host=adding.group("host"), port=adding.group("port"), exact=True)


_BITNAMI_LOOKUP_FORMAT = "Bitnami's `dns_lookup h` traced under `set -x`, then `[[ '' == '' ]]` (an empty answer)"
_BITNAMI_DNS_LOOKUP = rx(r"(?:^|(?<=\n))\+{1,6}\sdns_lookup\s(?P<host>{H})(?=[ \t]*(?:\n|$))")
_BITNAMI_EMPTY = re.compile(r"^\+{1,6} \[\[ '' == '' \]\]\s*$")
BITNAMI_LINES = 8
"""Lines after `dns_lookup h` read for the test of its empty answer."""


def _bitnami_dns_lookup(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_after(BITNAMI_LINES):
        if "dns_lookup " in line:
            return None  # the next look-up's trace (review): its answer is not this one's
        if _BITNAMI_EMPTY.match(line):
            return hit(m, seg, unstated(_BITNAMI_LOOKUP_FORMAT), exact=True)
    return None


# --- source-mined, round 6 (session 54) ---------------------------------------------------------------------------

# Antrea's FQDN policy controller (klog, structured): `"FQDN was not resolved to any addresses, skip updating DNS cache"
# fqdn="h"`: the answer held no address for the name
_ANTREA_FQDN = rx(r"\bFQDN\swas\snot\sresolved\sto\sany\saddresses\b[^\n]{0,80}?\bfqdn=\"?(?P<host>{H})")


def _antrea_fqdn(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True)


# Rook's create-external-cluster-resources.py: `Execution Failed: Conversion of host: h to IP failed.` (its
# socket.getaddrinfo's gaierror in the traceback below gives the reason, when it is pasted)
_ROOK_HOST_TO_IP = rx(r"\bConversion\sof\shost:\s(?P<host>{H})\sto\sIP\sfailed\b")
_ROOK_FORMAT = "Rook's `Conversion of host: h to IP failed` (no resolver reason)"
_GAIERROR = re.compile(r"gaierror:\s\[Errno\s(?P<code>-?\d{1,5})\]\s(?P<rest>[^\n]{1,80})")
ROOK_TRACE_LINES = 30
"""Lines of the traceback under Rook's message read for its gaierror."""


def _rook_host_to_ip(m: re.Match[str], seg: Segment) -> Hit | None:
    cause = seg.first_below(_GAIERROR, ROOK_TRACE_LINES)
    kind = errno_kind(cause.group("code"), cause.group("rest")) if cause else None
    return hit(m, seg, kind or unstated(_ROOK_FORMAT), exact=True)


# cilium-cli's connectivity test: `Error looking up h from pod ns/p: command terminated with exit code 1: <nslookup's
# output>`, the verdict on its own lines below (`;; connection timed out; no servers could be reached`)
_CILIUM_LOOKING_UP = rx(r"\bError\slooking\sup\s(?P<host>{H})\sfrom\spod\s[\w.\-]{1,253}/[\w.\-]{1,253}:")
_NSLOOKUP_VERDICT = re.compile(
    r"^;;\s(?:connection\stimed\sout|communications\serror)|^\*\*\sserver\scan't\sfind\s[^:\n]{1,253}:\s(?P<rcode>[A-Z]{4,8})"
)
_RCODES: dict[str, FailureKind] = {"NXDOMAIN": "nxdomain", "SERVFAIL": "servfail", "REFUSED": "refused"}
CILIUM_LINES = 8
"""Lines of the pod's nslookup output read under cilium-cli's message."""


def _cilium_looking_up(m: re.Match[str], seg: Segment) -> Hit | None:
    # the output's first line is on the message's own line, after `exit code 1: ` (review)
    own = _NSLOOKUP_VERDICT.search(seg.text[m.end() :].split("exit code 1: ", 1)[-1])
    verdict = own or seg.first_below(_NSLOOKUP_VERDICT, CILIUM_LINES)
    if verdict is None:
        return hit(m, seg, "other", exact=True)
    rcode = verdict.group("rcode")
    return hit(m, seg, "timeout" if rcode is None else _RCODES.get(rcode, "other"), exact=True)


# Nextcloud's DnsPinMiddleware: `No DNS record found for h` (its LocalServerException), no record of any type
# (review: a dotted name, not `for the domain h`, `for type TXT`)
_NO_DNS_RECORD = rx(r"\bNo\sDNS\srecord\sfound\sfor\s(?P<host>[A-Za-z0-9_\-]{1,63}\.{H})")

# MariaDB Connector/J: `Socket fail to connect to h:port. h` or `... to address=(host=h)(port=..)(type=primary). h`
# (2.x: `Could not connect to address=(host=h)(port=3306)(type=master) : h`): the cause's message after the period is
# a bare UnknownHostException's, the name alone (no resolver reason: `other`)
_CONNECTOR_J = rx(
    r"\b(?:Socket\sfail\sto|Could\snot)\sconnect\sto\s"
    r"(?:address=\(host=(?P<host>{H})\)(?:\([A-Za-z]{1,24}=[^)\n]{0,40}\)){0,6}"
    r"|(?P<host2>{H})(?::(?P<port>\d{1,5}))?)\s?[.:]\s(?P<cause>{H})(?=[\s\"',}]|$)"
)
_CONNECTOR_J_FORMAT = "MariaDB Connector/J `Socket fail to connect to h. h` (a bare UnknownHostException's message)"


def _connector_j(m: re.Match[str], seg: Segment) -> Hit | None:
    host = m.group("host") or m.group("host2")
    if host is None or host.lower() != m.group("cause").lower():
        return None  # the cause's message is something else (`Connection refused`)
    return hit(m, seg, unstated(_CONNECTOR_J_FORMAT), host=host, port=m.group("port"), exact=True)


# Keycloak's ExecutionExceptionHandler prints each cause's message on a line of its own: under `ERROR: The connection
# attempt failed.` (PostgreSQL's JDBC driver), a bare `ERROR: h` is the UnknownHostException's message, the name alone
_KEYCLOAK_ATTEMPT = rx(r"\bERROR:\sThe\sconnection\sattempt\sfailed\.")
_KEYCLOAK_CAUSE = re.compile(r"\bERROR:\s(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252})\s*$")
_KEYCLOAK_FORMAT = "Keycloak's `ERROR: h` under `ERROR: The connection attempt failed.` (a bare UnknownHostException)"


def _keycloak_cause(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    cause = _KEYCLOAK_CAUSE.search(below[0]) if below else None
    if cause is None or ("." not in cause.group("host") and "-" not in cause.group("host")):
        return None  # one word (`Unknown`) is no name; a Service's name has a dash or a dot
    return hit(m, seg, unstated(_KEYCLOAK_FORMAT), host=cause.group("host"), exact=True)


# cilium-cli's connectivity test gives up: `timeout reached waiting for lookup for h from pod ns/p to succeed (last
# error: command terminated with exit code 1)`: no resolver's reason
# (held-out HF-HM, spent: older cilium-cli prints `waiting lookup for h`, no `for`)
_CILIUM_WAITED = rx(
    r"\btimeout\sreached\swaiting\s(?:for\s)?lookup\sfor\s(?P<host>{H})\sfrom\spod\s"
    r"(?=(?:[^\n]{0,300}?\(last\serror:\s(?P<last>[^)\n]{1,120})\))?)"
)


def _cilium_waited(m: re.Match[str], seg: Segment) -> Hit | None:
    """No resolver's reason, unless the last try itself ran out of time (`last error: context deadline exceeded`:
    held-out HF-HM's label)."""
    timed_out = "deadline exceeded" in (m.group("last") or "")
    return hit(m, seg, "timeout" if timed_out else unstated(_CILIUM_WAITED_FORMAT), exact=True)


_CILIUM_WAITED_FORMAT = "cilium-cli `timeout reached waiting for lookup for h from pod` (no resolver reason)"

# Galera (wsrep): `[Galera] Failed to resolve ssl://h:4567` (gcomm's peer address, no reason: `other`), and asio's
# reason inside another message, `... at ssl://h:4568', asio error 'resolve: Host not found (authoritative)'`
_GALERA_RESOLVE = rx(
    r"\[Galera\]\sFailed\sto\sresolve\s(?:[a-z]{2,5}://)?(?P<host>{H}):(?P<port>\d{1,5})(?=[\s'\",]|$)"
)
_GALERA_FORMAT = "Galera `Failed to resolve tcp://h:port` (no resolver reason)"
_ASIO_RESOLVE = rx(r"\basio\serror\s'resolve:\sHost\snot\sfound\s\((?P<auth>non-authoritative|authoritative)\)")
# the address right before asio's reason (`... at ssl://h:4568', asio error ...`)
_ASIO_URL = rx(r"\b[a-z]{2,5}://(?P<host>{H}):(?P<port>\d{1,5})'?,?\s{0,3}$")
ASIO_REACH = 300
"""Characters before asio's reason read for the address it is about."""


def _asio_resolve(m: re.Match[str], seg: Segment) -> Hit | None:
    url = _ASIO_URL.search(seg.text[max(0, m.start() - ASIO_REACH) : m.start()])
    if url is None or is_ip(url.group("host")):
        return None
    kind: FailureKind = "nxdomain" if m.group("auth").lower() == "authoritative" else "temporary"
    return hit(m, seg, kind, host=url.group("host"), port=url.group("port"), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "mysql-replica-error-2005",
        ("error connecting to master '", "error connecting to source '"),
        _MYSQL_REPLICA,
        fixed(unstated(_MYSQL_REPLICA_FORMAT), exact=True),
    ),
    Rule(
        "nio-unresolved-under-connecting",
        ("unresolvedaddressexception", "no resolvable bootstrap urls given"),
        _NIO_UNRESOLVED,
        _nio_unresolved,
    ),
    Rule("antrea-fqdn-not-resolved", ("fqdn was not resolved to any addresses",), _ANTREA_FQDN, _antrea_fqdn),
    Rule("rook-host-to-ip", ("conversion of host: ",), _ROOK_HOST_TO_IP, _rook_host_to_ip),
    Rule("cilium-cli-looking-up", ("error looking up ",), _CILIUM_LOOKING_UP, _cilium_looking_up),
    Rule("nextcloud-no-dns-record", ("no dns record found for ",), _NO_DNS_RECORD, fixed("nxdomain", exact=True)),
    Rule(
        "connector-j-socket-fail",
        ("socket fail to connect to ", "could not connect to address=("),
        _CONNECTOR_J,
        _connector_j,
    ),
    Rule(
        "cilium-cli-waited-for-lookup",
        ("waiting for lookup for ", "waiting lookup for "),
        _CILIUM_WAITED,
        _cilium_waited,
    ),
    Rule(
        "galera-failed-to-resolve",
        ("[galera] failed to resolve ",),
        _GALERA_RESOLVE,
        fixed(unstated(_GALERA_FORMAT), exact=True),
    ),
    Rule("asio-resolve-host-not-found", ("asio error 'resolve: host not found",), _ASIO_RESOLVE, _asio_resolve),
    Rule("keycloak-bare-cause", ("error: the connection attempt failed.",), _KEYCLOAK_ATTEMPT, _keycloak_cause),
    Rule(
        "dns-quoted-not-found", ('dns "', 'dns name "', 'dns record "'), _DNS_NOT_FOUND, fixed("nxdomain", exact=True)
    ),
    Rule("mongo-ruby-getaddrinfo", ("mongodb | getaddrinfo:",), _MONGO_RUBY_GETADDRINFO, _mongo_ruby_getaddrinfo),
    Rule("bitnami-dns-lookup-empty", ("dns_lookup ",), _BITNAMI_DNS_LOOKUP, _bitnami_dns_lookup),
)
