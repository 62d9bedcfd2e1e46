"""Database drivers: libpq/psycopg, the MySQL/MariaDB client, redis-cli, redis-sentinel and redis-rb, drivers
that print `host:port: [Errno -N]` (pymongo), and the MongoDB .NET driver's cluster description. Redis and MongoDB
clients for Node and Python are read by the language rules."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import GAI_CODES, WINSOCK_CODES, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, hit, rx

# issue #17 (held-out Z): the name's quotes may be gone where a program re-prints libpq's message (pghero's
# `could not translate host name <DBURL> to address`)
_PSYCOPG = rx(
    r'could\snot\stranslate\shost\sname\s{1,3}(?P<q>")?(?P<host>{H})(?(q)")(?:,\s{1,3}service\s{1,3}"[^"\n]{0,32}")?\s{1,3}to\saddress'
    r"(?::\s{0,3}(?=(?P<rest>[^\n]{0,100})))?"
)
# held-out IT-JA (spent): libpq's words as a reporter retyped them (`cannot translate hostname "h" to address`), the
# name in its quotes (a sentence's `cannot translate hostname localhost to address` is prose; review)
_LIBPQ_RETYPED = rx(
    r"(?:(?:cannot|can't|unable\sto)\stranslate\shost\s?name|could\snot\stranslate\shostname)\s{1,3}"
    r"(?P<q>[\"'])(?P<host>{H})(?P=q)\s{1,3}to\saddress(?::\s{0,3}(?=(?P<rest>[^\n]{0,100})))?"
)
_PSYCOPG_BY_REST = by_rest("other")
_PSYCOPG_QUOTED = by_rest("other", exact=True)


def _psycopg(m: re.Match[str], seg: Segment) -> Hit | None:
    # held-out EB (spent): libpq quotes the name it was handed, whatever it is (`"None"`, Python's None as a string;
    # LABELS.md labels such a name as printed): exact; unquoted, in another program's words, a word is no name
    return (_PSYCOPG_QUOTED if m.group("q") else _PSYCOPG_BY_REST)(m, seg)


_MYSQL = rx(
    # (held-out HN-HU, spent) MySQL's forks print their own product there (`Unknown OceanBase server host`)
    r"Unknown\s(?:[A-Za-z]{2,15}\s)?server\shost\s{1,3}{Q}(?P<host>{H})(?::(?P<port>\d{1,5}))?{Q}"
    r"(?:\s{0,3}\((?P<code>-?\d{1,5})\))?"
)
# The number MySQL prints is the resolver's error: -2 EAI_NONAME, -5 EAI_NODATA, -3 EAI_AGAIN, 11 EAGAIN,
# 110 ETIMEDOUT, 111 ECONNREFUSED, and Windows' 11001/11004 (no such host, no data) and 11002 (try again).
# 0 and 2 say nothing about the resolver (a `host:port` given as the host prints 0 or 2).
MYSQL_ERRNO: dict[str, FailureKind] = {
    **GAI_CODES,
    **WINSOCK_CODES,
    "11": "temporary",
    "110": "timeout",
    "111": "refused",
}
# redis-cli: "Could not connect to Redis at NAME:6379: Name or service not known" (or "Connection refused").
_REDIS_CLI = rx(
    r"Could\snot\sconnect\sto\sRedis\sat\s(?P<host>{H}):(?P<port>\d{1,5}):\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)
# redis-sentinel: "# Failed to resolve hostname 'NAME'" (it says no more).
# survey 7: not a preposition (syslog-ng's `Failed to resolve hostname in stomp driver; hostname='h'`)
_SENTINEL = rx(
    # (source-mined: MaxScale's `Failed to resolve hostname due to <reason>` names none)
    r"Failed\sto\sresolve\shost\s?name\s{1,3}(?!(?:in|for|of|to|with|on|from|due)\s){Q}?(?P<host>{H}){Q}?"
    r"(?=(?P<rest>[^\n]{0,80}))"
)
# redis-rb: "Error connecting to Redis on NAME:6379 (SocketError)", the getaddrinfo error on the next lines.
_REDIS_RB = rx(r"Error\sconnecting\sto\sRedis\son\s(?P<host>{H}):(?P<port>\d{1,5})\s\((?P<err>[A-Za-z:_]{1,60})\)")
_REDIS_CLI_READ = by_rest(None, resolution_only=True, exact=True)


def _redis_cli(m: re.Match[str], seg: Segment) -> Hit | None:
    """redis-cli's host slot as it printed it; a flag there (`at -p:6379`: `redis-cli -h -p 6379` took `-p` for the
    host, held-out AO) is what it looked up, reported as printed."""
    found = _REDIS_CLI_READ(m, seg)
    return replace(found, printed=True) if found is not None and found.host.startswith("-") else found


_ERRNO_AFTER_HOST = rx(r"{NB}(?P<host>{H}):(?P<port>\d{1,5}):\s{0,3}\[Errno\s(?P<code>-[235])\]")


def _mysql(m: re.Match[str], seg: Segment) -> Hit | None:
    # an address with a port (`'127.0.0.1:8003'`) was handed to the resolver as one name (HELDOUT-n.md); no code in
    # parentheses: no reason (`other`)
    port, code = m.group("port"), m.group("code")
    kind = MYSQL_ERRNO.get(code, "other") if code else unstated("MySQL `Unknown MySQL server host 'h'` (no code)")
    return hit(m, seg, kind, port=port, exact=True, ip_ok=port is not None)


def _redis_rb(m: re.Match[str], seg: Segment) -> Hit | None:
    after = " ".join([seg.around(m.end())[0][-600:], *seg.lines_after(3)])
    kind = classify_resolution(after)
    # Ruby 3.3 raises getaddrinfo's errors as Socket::ResolutionError, a SocketError (found by probing)
    if kind is None and not m.group("err").lower().endswith(("socketerror", "socket::resolutionerror")):
        return None  # Errno::ECONNREFUSED and friends: the name resolved
    return hit(m, seg, kind or "other", port=m.group("port"))


def _errno_after_host(m: re.Match[str], seg: Segment) -> Hit | None:
    if "mqtt broker at " in seg.lower[: m.start()]:
        return None  # held-out KX-LE (spent): mqttwarn's `... at h  ; comment:port: [Errno -2]` names h first
    return hit(m, seg, "temporary" if m.group("code") == "-3" else "nxdomain", port=m.group("port"))


# issue #17 (held-out BD): the MongoDB .NET driver's `Client view of cluster state is { ... Servers : [{ ...,
# EndPoint: "Unspecified/h:27017", State: "Disconnected", Type: "Unknown", HeartbeatException: "...` (a DnsEndPoint
# prints its address family before the name) with the socket error's text on that line or the next ones; read only
# where that server's own heartbeat exception states a resolver's reason
_MONGO_DOTNET_SERVER = rx(
    r"\bEndPoint\s?:\s?\"(?:Unspecified|InterNetwork|InterNetworkV6)/(?P<host>{H}):(?P<port>\d{1,5})\",\s?"
    r"State\s?:\s?\"Disconnected\",\s?Type\s?:\s?\"Unknown\",\s?HeartbeatException\s?:\s?\"(?P<rest>[^\n]{0,600})"
)
_MONGO_REASON_LINES = 3
"""Lines under the heartbeat exception's first where the socket error's text may be."""
_NEXT_SERVER = re.compile(r"\bEndPoint\s?:", re.I)


def _mongo_dotnet_server(m: re.Match[str], seg: Segment) -> Hit | None:
    told = " ".join([m.group("rest"), *seg.lines_after(_MONGO_REASON_LINES)])
    cut = _NEXT_SERVER.search(told)
    kind = classify_resolution(told[: cut.start()] if cut else told)
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# issue #17 (held-out G): libssh's `Failed to resolve hostname h (Name or service not known)`: the reason after it
_SENTINEL_BY_REST = by_rest("other", resolution_only=True, exact=True)
# source-mined (Apache's mod_proxy_connect, `AH02327: failed to resolve hostname 'h'`): APR's error leads the record,
# `(EAI 2)Name or service not known: [client ...] AH02327: ...`
_APR_LEAD = re.compile(r"\(EAI\s-?\d{1,3}\)(?P<reason>[^:\n]{3,80}):")


def _failed_to_resolve_hostname(m: re.Match[str], seg: Segment) -> Hit | None:
    found = _SENTINEL_BY_REST(m, seg)
    if found is None or found.kind != "other":
        return found
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    lead = _APR_LEAD.search(seg.text, max(line_start, m.start() - 400), m.start())
    kind = classify_resolution(lead.group("reason")) if lead else None
    return replace(found, kind=kind) if kind else found


RULES: tuple[Rule, ...] = (
    Rule("mongo-dotnet-cluster-server", ("heartbeatexception",), _MONGO_DOTNET_SERVER, _mongo_dotnet_server),
    Rule("psycopg", ("translate host name",), _PSYCOPG, _psycopg),
    Rule("libpq-retyped", ("translate hostname", "translate host name"), _LIBPQ_RETYPED, _PSYCOPG_QUOTED),
    Rule("mysql", ("server host",), _MYSQL, _mysql),
    Rule("redis-cli", ("could not connect to redis at",), _REDIS_CLI, _redis_cli),
    Rule(
        "redis-sentinel",
        ("failed to resolve hostname", "failed to resolve host name"),
        _SENTINEL,
        _failed_to_resolve_hostname,
    ),
    Rule("redis-rb", ("error connecting to redis on",), _REDIS_RB, _redis_rb),
    Rule("errno-after-host", ("[errno -",), _ERRNO_AFTER_HOST, _errno_after_host),
)
