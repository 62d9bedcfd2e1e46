r"""Formats the seventh held-out set missed (issue #17, HELDOUT-g.md) that no general rule can read:

- Postgrex's `tcp connect (127.0.0.1:5432): non-existing domain - :nxdomain`: Erlang's `inet` was handed the
  address as a name (a charlist/hostname mix-up) and its resolver said NXDOMAIN, so the printed address IS the name
  looked up (labelled as printed); the reason decides, an `econnrefused` there is a connect error and no hit;
- a name with U+00D7 (the multiplication sign) typed over a label (`\u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn`):
  the host pattern is ASCII, so the mask is read here after `connecting to` / `lookup` / `ENOTFOUND` with a
  resolver reason after it;
- the RabbitMQ Kubernetes peer-discovery plugin's Erlang term `{failed_connect,[{to_address,{"NAME.",443}},
  {inet,[inet],nxdomain}]}`: the name from `to_address`, the reason from the `inet` tuple (only resolver atoms).
(Node's `EADDRNOTAVAIL` and kafka-node's host-less ENOTFOUND are `node_getaddrinfo`'s; PHP's PDO `getaddrinfo for h`
with `failed: <reason>` wrapped is `php_network`'s; redis-py's `Error -3 connecting to` is `python_libs`', C# gRPC's
`DNS lookup error for` `dotnet_windows`', CoreDNS's 2018 log `dns_tool_forms`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# --- Postgrex: an address handed to inet as a name -----------------------------------------------------------------

_POSTGREX = rx(
    r"\btcp\sconnect\s\((?P<host>{H}):(?P<port>\d{1,5})\):\s{0,3}"
    r"(?:non-existing\sdomain(?:\s-\s:nxdomain)?|:?nxdomain\b)"
)

# --- U+00D7 typed over a label ----------------------------------------------------------------------------------------

_TIMES_MASKED = rx(
    r"(?:connecting\sto|\blookup|ENOTFOUND|EAI_AGAIN|resolve\shost:?)\s{1,3}"
    r"(?P<host>\u00d7{2,12}(?:\.[A-Za-z0-9\-]{1,63}){1,10})(?::(?P<port>\d{1,5}))?(?=(?P<rest>[^\n]{0,120}))"
)


def _times_masked(m: re.Match[str], seg: Segment) -> Hit | None:
    lead = m.group(0).lower()
    kind: FailureKind | None
    if lead.startswith("enotfound"):
        kind = "nxdomain"
    elif lead.startswith("eai_again"):
        kind = "temporary"
    else:
        kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind else None


# --- RabbitMQ peer discovery: Erlang `failed_connect` term ---------------------------------------------------------

_FAILED_CONNECT = rx(r"\{to_address,\s{0,3}\{\"(?P<host>{H})\",\s{0,3}\d{1,5}\}\}")
# (issue #17, held-out I: a line break typed inside the term, `{inet,[inet]\n,nxdomain}`, is read across)
_INET_REASON = rx(r"\{inet6?,\s{0,3}\[inet6?\]\s{0,3},\s{0,3}(?P<atom>nxdomain|eai_again|einval|nodata)\}")
_ERLANG_KINDS: dict[str, FailureKind] = {
    "nxdomain": "nxdomain",
    "nodata": "nxdomain",
    "eai_again": "temporary",
    "einval": "other",
}


def _failed_connect(m: re.Match[str], seg: Segment) -> Hit | None:
    text, lo = seg.around(m.end())
    tail = text[m.end() - lo : m.end() - lo + 400]
    for line in [tail, "\n".join([tail, *seg.lines_after(2)])]:
        reason = _INET_REASON.search(line)
        if reason:
            return hit(m, seg, _ERLANG_KINDS[reason.group("atom").lower()])
    return None  # econnrefused, timeout: a connect error after the name resolved


RULES: tuple[Rule, ...] = (
    Rule("postgrex-nxdomain", ("tcp connect (",), _POSTGREX, fixed("nxdomain", exact=True, ip_ok=True)),
    Rule("times-masked-name", ("\u00d7\u00d7",), _TIMES_MASKED, _times_masked),
    Rule("erlang-failed-connect", ("{to_address,",), _FAILED_CONNECT, _failed_connect),
)
