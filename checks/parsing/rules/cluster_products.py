r"""Clustered products' own resolver messages (issue #17, held-out AA and AB).

- Akka Management's cluster bootstrap: `Looking up [Lookup(h,Some(port),Some(tcp))]` logged, then `Resolve attempt
  failed! Cause: akka.pattern.AskTimeoutException: Ask timed out on [...IO-DNS...]` (the DNS actor did not answer
  within the ask's timeout): `timeout` for the name of the nearest `Lookup(h,` above; only when the timed-out ask is
  the DNS extension's (`IO-DNS` or `DnsProtocol$Resolve` on the line), never for another actor's ask;
- MariaDB's `resolveip` helper: `resolveip: Unable to find hostid for 'h': host not found` (the reason as printed);
- pgpool-II: `getaddrinfo() failed with error "<gai_strerror>"` names no host; the `DETAIL:  connection to
  host:"h:port" failed` pgpool prints just below names it (read only within three lines below, only pgpool's form);
- StarRocks FE: `failed to get right ip by fqdn h` (no reason: `other`, the conventions' note);
- YugabyteDB (`yb/util/net/net_util.cc`): `Unable to resolve address h, getaddrinfo returned -2 (EAI_NONAME): <text>`:
  the EAI code's name is the reason (`EAI_NONAME`: nxdomain, `EAI_AGAIN`: temporary);
- ClickHouse's `DNSResolver` (`Cannot resolve host (h), error N: <Poco's text>`): Poco's HostNotFound, NoAddressFound
  and DNSException all mean the name did not resolve (the sets label each `nxdomain`: HELDOUT-y, -z, -ab.md); the
  logger's name before the message (`<Warning> DNSResolver: Cannot ...`) is not a name looked up.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
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
_STARROCKS_FQDN = rx(r"\bfailed\sto\sget\sright\sip\sby\sfqdn\s(?P<host>{H})")
_YB_EAI = rx(
    r"\bUnable\sto\sresolve\saddress\s(?P<host>{H}),\sgetaddrinfo\sreturned\s-?\d{1,3}\s\((?P<code>EAI_[A-Z]{3,12})\)"
)
_CLICKHOUSE = rx(r"\bCannot\sresolve\shost\s\((?P<host>{H})\),\serror\s-?\d{1,5}:\s(?P<rest>[^\n]{1,80})")
_EAI_KIND: dict[str, FailureKind] = {"EAI_NONAME": "nxdomain", "EAI_AGAIN": "temporary", "EAI_FAIL": "servfail"}
_BELOW = 3


def _akka(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.lines_before(4):
        looked = list(_AKKA_LOOKUP.finditer(line))
        if looked:
            return hit(m, seg, "timeout", host=looked[-1].group("host"))
    return None


def _pgpool(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    for line in seg.lines_after(_BELOW):
        detail = _PGPOOL_DETAIL.search(line)
        if detail:
            return hit(m, seg, kind, host=detail.group("host"), port=detail.group("port"))
    return None


def _yugabyte(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = _EAI_KIND.get(m.group("code").upper(), "other")
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
    Rule("clickhouse-dns-resolver", ("cannot resolve host (",), _CLICKHOUSE, by_rest("nxdomain", resolution_only=True)),
    Rule("yugabyte-eai", (", getaddrinfo returned ",), _YB_EAI, _yugabyte),
)
