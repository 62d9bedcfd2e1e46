r"""Clustered products' own resolver messages (issue #17, held-out AA and AB).

- Akka Management's cluster bootstrap: `Looking up [Lookup(h,Some(port),Some(tcp))]` logged, then `Resolve attempt
  failed! Cause: akka.pattern.AskTimeoutException: Ask timed out on [...IO-DNS...]` (the DNS actor did not answer
  within the ask's timeout): `timeout` for the name of the nearest `Lookup(h,` above; only when the timed-out ask is
  the DNS extension's (`IO-DNS` or `DnsProtocol$Resolve` on the line), never for another actor's ask;
- MariaDB's `resolveip` helper: `resolveip: Unable to find hostid for 'h': host not found` (the reason as printed);
- pgpool-II: `getaddrinfo() failed with error "<gai_strerror>"` names no host; the `DETAIL:  connection to
  host:"h:port" failed` pgpool prints just below names it (read only within three lines below, only pgpool's form,
  not past another failure's line, and not when the error's own line quotes a server), or, with no such line, the
  failover it starts for that backend within eight lines (`=== Starting degeneration. shutdown host h(5432) ===`);
- StarRocks FE: `failed to get right ip by fqdn h`, the name ending the line or followed by a comma (no reason:
  `other`, the conventions' note);
- YugabyteDB (`yb/util/net/net_util.cc`): `Unable to resolve address h, getaddrinfo returned -2 (EAI_NONAME): <text>`:
  glibc's text after the code is the reason where it reads, else the code as every reader takes it
  (`kinds.GAI_CODES`: -2 and -5 nxdomain, -3 temporary), else `other`;
- ClickHouse's `DNSResolver` (`Cannot resolve host (h), error N: <Poco's text>`): the kind from Poco's text (`Host
  not found`, the sets' `nxdomain`: HELDOUT-ab.md), none where it names no reason the parser reads; the logger's name
  before the message (`<Warning> DNSResolver: Cannot ...`) is not a name looked up; Poco's own exception text as
  ClickHouse prints it (`e.displayText() = Host not found: h, …`: HostNotFoundException, `nxdomain`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import GAI_CODES, classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

_AKKA_FAILED = rx(
    r"\bResolve\sattempt\sfailed!\sCause:\sakka\.pattern\.AskTimeoutException\b[^\n]{0,200}?(?:IO-DNS|DnsProtocol\$Resolve)"
)
_AKKA_LOOKUP = rx(r"\bLooking\sup\s\[Lookup\((?P<host>{H}),")
_RESOLVEIP = rx(r"\bresolveip:\sUnable\sto\sfind\shostid\sfor\s'(?P<host>{H})':\s(?P<rest>[^\n'`]{1,80})")
_PGPOOL_GAI = rx(r"\bgetaddrinfo\(\)\sfailed\swith\serror\s\"(?P<rest>[^\"\n]{1,80})\"")
_PGPOOL_DETAIL = rx(r"\bDETAIL:\s{1,4}connection\sto\shost:\"(?P<host>{H})(?::(?P<port>\d{1,5}))?\"\sfailed")
# held-out EK (spent): with no DETAIL line, the failover pgpool starts for that backend names it
_PGPOOL_SHUTDOWN = rx(r"\bStarting\sdegeneration\.\sshutdown\shost\s(?P<host>{H})\((?P<port>\d{1,5})\)")
_SHUTDOWN_BELOW = 8
_STARROCKS_FQDN = rx(r"\bfailed\sto\sget\sright\sip\sby\sfqdn\s(?P<host>{H})(?=[ \t]*(?:\n|$|,))")
_YB_EAI = rx(
    r"\bUnable\sto\sresolve\saddress\s(?P<host>{H}),\sgetaddrinfo\sreturned\s(?P<number>-?\d{1,3})\s\(EAI_[A-Z]{3,12}\)"
    r"(?::\s(?P<rest>[^\n]{1,80}))?"
)
_CLICKHOUSE = rx(r"\bCannot\sresolve\shost\s\((?P<host>{H})\),\serror\s-?\d{1,5}:\s(?P<rest>[^\n]{1,80})")
# issue #17 (held-out AF): Poco's own HostNotFoundException, as ClickHouse prints an exception's text:
# `Poco::Exception. Code: 1000, e.code() = 0, e.displayText() = Host not found: h, e.what() = Host not found`
# held-out DE (spent): ClickHouse 23+ prints Poco's text with its code name after it (`DB::Exception: Host not found:
# secure://10.0.0.5. (POCO_EXCEPTION)`): a URL handed to the resolver as a name (the address read then, as a URL's host
# is; a bare address is parsed, not looked up)
_POCO_HOST_CODE = rx(
    r"\bHost\snot\sfound:\s(?:(?P<scheme>[A-Za-z][\w+.-]{0,20})://)?(?P<host>{H})\s{1,3}\((?:POCO_EXCEPTION|DNS_ERROR)\)"
)


def _poco_host_code(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True, ip_ok=m.group("scheme") is not None)


_POCO_HOST_NOT_FOUND = rx(r"\bdisplayText\(\)\s=\sHost\snot\sfound:\s(?P<host>{H})(?=,|\s*$)")
_BELOW = 3
_ANOTHER_FAILURE = re.compile(r"failed\swith\serror|failed\sto\sconnect|pcp_detach_node|detach\snode", re.I)


def _akka(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.above(m.start(), 4):  # this line before the failure, then the 4 above, nearest first
        looked = list(_AKKA_LOOKUP.finditer(line))
        if looked:
            return hit(m, seg, "timeout", host=looked[-1].group("host"))
    return None


def _pgpool(m: re.Match[str], seg: Segment) -> Hit | None:
    """The host of pgpool's `DETAIL:` line below a host-less getaddrinfo error; none when the error's own line names a
    server (`on "h:p"`: the generic reading's) or another failure comes first below (another node's)."""
    kind = classify_resolution(m.group("rest"))
    if kind is None or '"' in seg.text[: m.start()]:
        return None
    for n, line in enumerate(seg.lines_after(_SHUTDOWN_BELOW)):
        detail = _PGPOOL_DETAIL.search(line) if n < _BELOW else None
        shutdown = detail or _PGPOOL_SHUTDOWN.search(line)
        if shutdown:
            return hit(m, seg, kind, host=shutdown.group("host"), port=shutdown.group("port"))
        if _ANOTHER_FAILURE.search(line):
            return None
    return None


def _yugabyte(m: re.Match[str], seg: Segment) -> Hit | None:
    """The kind from glibc's text after the code where it reads (`Name or service not known`), else from the code as
    every other reader takes it (`kinds.GAI_CODES`), else `other`."""
    kind: FailureKind = classify_resolution(m.group("rest") or "") or GAI_CODES.get(m.group("number"), "other")
    return hit(m, seg, kind)


RULES: tuple[Rule, ...] = (
    Rule(
        "akka-bootstrap-dns-timeout",
        ("resolve attempt failed! cause: akka.pattern.asktimeoutexception",),
        _AKKA_FAILED,
        _akka,
    ),
    Rule(
        "mariadb-resolveip",
        ("resolveip: unable to find hostid for '",),
        _RESOLVEIP,
        by_rest("other", resolution_only=True),
    ),
    Rule("pgpool-getaddrinfo", ('getaddrinfo() failed with error "',), _PGPOOL_GAI, _pgpool),
    Rule(
        "starrocks-fqdn",
        ("failed to get right ip by fqdn ",),
        _STARROCKS_FQDN,
        fixed(unstated("StarRocks `failed to get right ip by fqdn h`")),
    ),
    Rule("clickhouse-dns-resolver", ("cannot resolve host (",), _CLICKHOUSE, by_rest(None, resolution_only=True)),
    Rule("poco-host-not-found-code", ("host not found: ",), _POCO_HOST_CODE, _poco_host_code),
    Rule("poco-host-not-found", ("displaytext() = host not found: ",), _POCO_HOST_NOT_FOUND, fixed("nxdomain")),
    Rule("yugabyte-eai", (", getaddrinfo returned ",), _YB_EAI, _yugabyte),
)
