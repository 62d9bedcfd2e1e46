r"""Formats the tenth held-out set missed (issue #17, HELDOUT-j.md). The general causes (a host in a setting of another
shape, phrase words taken for names, typed masks) live in `host_settings.py`, `generic_phrases.py` and `hosts.py`;
here are the formats of their own:

- PgBouncer's older `WARNING lookup failed: h: result=N` (without survey3's `DNS ` before it; the same getaddrinfo
  codes: -2/-5 `nxdomain`, -3 `temporary`, any other, -4 EAI_FAIL included, `other`);
- gRPC's `last resolver error: produced zero addresses` (grpc-go's resolver returned an empty list, no reason: `other`)
  with the channel's `dns:///h:port` target on an earlier line of the same log (Dapr's placement client);
(libpq's `could not translate host name "@db"` is `sql_clients`', ZooKeeper's `Unable to resolve address:
h/<unresolved>:port` `jvm_clients`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, hit, rx

# --- gRPC: `produced zero addresses`, the target on an earlier line ---------------------------------------------------

_ZERO_ADDRESSES = rx(r"\blast\sresolver\serror:\sproduced\szero\saddresses\b")
_DNS_TARGET = rx(r"\bdns:///?(?P<host>{H}?)(?::(?P<port>\d{1,5}))?(?![\w.\-:])")
TARGET_LINES = 24
"""Log lines looked at above the error for the channel's `dns:///` target (a structured log prints one field a line)."""


def _zero_addresses(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in (seg.text[max(0, m.start() - 300) : m.start()], *seg.lines_before(TARGET_LINES)):
        target = _DNS_TARGET.search(line)
        if target:
            return hit(
                m,
                seg,
                unstated("gRPC `produced zero addresses` (the `dns:///h` target above)"),
                host=target.group("host"),
                port=target.group("port"),
            )
    return None


RULES: tuple[Rule, ...] = (
    Rule("grpc-produced-zero-addresses", ("produced zero addresses",), _ZERO_ADDRESSES, _zero_addresses),
)
