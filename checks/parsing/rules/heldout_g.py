r"""Formats the seventh held-out set missed (issue #17, HELDOUT-g.md) that no general rule can read:

- a name with U+00D7 (the multiplication sign) typed over a label (`\u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn`):
  the host pattern is ASCII, so the mask is read here after `connecting to` / `lookup` / `ENOTFOUND` with a
  resolver reason after it.
(Node's `EADDRNOTAVAIL` and kafka-node's host-less ENOTFOUND are `node_getaddrinfo`'s; PHP's PDO `getaddrinfo for h`
with `failed: <reason>` wrapped is `php_network`'s; redis-py's `Error -3 connecting to` is `python_libs`', C# gRPC's
`DNS lookup error for` `dotnet_windows`', CoreDNS's 2018 log `dns_tool_forms`'; Postgrex's and RabbitMQ's Erlang
forms `rare_runtimes`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, hit, rx

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


RULES: tuple[Rule, ...] = (Rule("times-masked-name", ("\u00d7\u00d7",), _TIMES_MASKED, _times_masked),)
