"""Failed look-ups that a program reports as a failed connection, or that only a trace shows, as held-out GX-HE's
misses showed them (issue #17, session 54; spent data).

- a MySQL replica's `error connecting to master 'user@h:port' - retry-time: N retries: N, Error_code: 2005` (MySQL 8:
  `source`, `MY-002005`): client error 2005 is CR_UNKNOWN_HOST, the name printed as the replica was given it (with a
  stray `//` or a cut last label); no resolver's reason: `other`;
- Java NIO's `UnresolvedAddressException` right under the program's `Error connecting to h:port` (Spark's
  SendingConnection): the address was never resolved; no resolver's reason: `other`;
- a Go controller's klog line `DNS "h" not found` (Liqo's gateway): the name has no record: `nxdomain`;
- the Ruby MongoDB driver's `MONGODB | getaddrinfo: <resolver's text>` with no name, under its `MONGODB | Adding
  h:port to the cluster.` a few lines above;
- Bitnami's shell library under `set -x`: `dns_lookup h` (`getent ahosts h`) then `[[ '' == '' ]]`, the look-up's
  empty answer, in its retry loop for a peer's name; no resolver's reason: `other`.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip
from checks.parsing.kinds import classify_resolution
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
_NIO_UNRESOLVED = rx(r"\bjava\.nio\.channels\.UnresolvedAddressException\b")
_CONNECTING_TO = rx(r"\bconnecting\sto\s(?P<host>{H}):(?P<port>\d{1,5})(?=[ \t]*(?:\n|$))")


def _nio_unresolved(m: re.Match[str], seg: Segment) -> Hit | None:
    """The exception's line starts with it (nothing of its own before it), and the line right above names `h:port`."""
    if seg.text[: m.start()].strip(" \t>"):
        return None
    above = seg.first_above(_CONNECTING_TO, 1)
    if above is None or is_ip(above.group("host")):
        return None
    return hit(m, seg, unstated(_NIO_UNRESOLVED_FORMAT), host=above.group("host"), port=above.group("port"), exact=True)


_DNS_NOT_FOUND = rx(r"\bDNS\s(?:name\s|record\s)?\"(?P<host>{H})\"\snot\sfound\b")

_MONGO_RUBY_GETADDRINFO = rx(r"\bMONGODB\s\|\sgetaddrinfo:\s(?P<rest>[^\n]{1,80})")
_MONGO_RUBY_ADDING = rx(r"\bMONGODB\s\|\sAdding\s(?P<host>{H}):(?P<port>\d{1,5})\sto\sthe\scluster\b")
MONGO_LINES = 6
"""Lines above the driver's `getaddrinfo:` read for the address it was adding."""


def _mongo_ruby_getaddrinfo(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    for line in seg.lines_before(MONGO_LINES):
        adding = _MONGO_RUBY_ADDING.search(line)
        if adding is not None and not is_ip(adding.group("host")):
            return hit(m, seg, kind, host=adding.group("host"), port=adding.group("port"), exact=True)
    return None


_BITNAMI_LOOKUP_FORMAT = "Bitnami's `dns_lookup h` traced under `set -x`, then `[[ '' == '' ]]` (an empty answer)"
_BITNAMI_DNS_LOOKUP = rx(r"(?:^|(?<=\n))\+{1,6}\sdns_lookup\s(?P<host>{H})(?=[ \t]*(?:\n|$))")
_BITNAMI_EMPTY = re.compile(r"^\+{1,6} \[\[ '' == '' \]\]\s*$")
BITNAMI_LINES = 8
"""Lines after `dns_lookup h` read for the test of its empty answer."""


def _bitnami_dns_lookup(m: re.Match[str], seg: Segment) -> Hit | None:
    if not any(_BITNAMI_EMPTY.match(line) for line in seg.lines_after(BITNAMI_LINES)):
        return None
    return hit(m, seg, unstated(_BITNAMI_LOOKUP_FORMAT), exact=True)


RULES: tuple[Rule, ...] = (
    Rule(
        "mysql-replica-error-2005",
        ("error connecting to master '", "error connecting to source '"),
        _MYSQL_REPLICA,
        fixed(unstated(_MYSQL_REPLICA_FORMAT), exact=True),
    ),
    Rule("nio-unresolved-under-connecting", ("unresolvedaddressexception",), _NIO_UNRESOLVED, _nio_unresolved),
    Rule(
        "dns-quoted-not-found", ('dns "', 'dns name "', 'dns record "'), _DNS_NOT_FOUND, fixed("nxdomain", exact=True)
    ),
    Rule("mongo-ruby-getaddrinfo", ("mongodb | getaddrinfo:",), _MONGO_RUBY_GETADDRINFO, _mongo_ruby_getaddrinfo),
    Rule("bitnami-dns-lookup-empty", ("dns_lookup ",), _BITNAMI_DNS_LOOKUP, _bitnami_dns_lookup),
)
