r"""Formats held-out U and V missed (issue #17, HELDOUT-u.md, HELDOUT-v.md) that no module named by what it reads holds
yet (the others moved: Java's unresolved connect and ZooKeeper's canonicalize to `jvm_clients`, gRPC .NET's and
.NET's localized WinSock texts to `dotnet_windows`, dig's cut reason to `dns_tool_forms`, the host-less Tds/lettre
errors with a setting's host to `setting_named`, Go's and libpq's and MySQL's names as printed to `go_lookups` and
`sql_clients`).

- librdkafka's `Failed to resolve 'h:port': Bad address` (musl's EAI_NONAME text under some builds; HELDOUT-u.md
  labels it nxdomain, as every set labels busybox's `bad address 'h'`).
"""

from __future__ import annotations

from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Rule, fixed, rx

# --- librdkafka: `Failed to resolve 'h:port': Bad address` ----------------------------------------------------------

_RDKAFKA_BAD_ADDRESS = rx(r"\bFailed\sto\sresolve\s'(?P<host>{H}):(?P<port>\d{1,5})':\sBad\saddress\b")

RULES: tuple[Rule, ...] = (
    Rule(  # musl's EAI_NONAME text, as busybox prints it (`bad address 'h'`)
        "librdkafka-bad-address",
        ("bad address",),
        _RDKAFKA_BAD_ADDRESS,
        fixed(unstated("busybox `can't resolve 'h'` / `bad address 'h'`"), exact=True),
    ),
)
