"""Go's `lookup h on S:53: <reason>` again and again on one line (issue #17: held-out F twice, Q three times).

metrics-server lists every Kubelet it could not scrape: `... dial tcp: lookup kube-node1 on 10.96.0.10:53: no such
host, unable to fully scrape metrics from source kubelet_summary:kube-node2: ... lookup kube-node2 on 10.96.0.10:53: no
such host`. The generic rule read the first name only: after it, it reads `h: <reason>` pairs, and Go puts its server
between the name and the reason. Here: the name of the Go lookup that ends right before a later reason (a regex
anchored at the reason, over a bounded stretch: a hostile line stays linear).

A BACKSTOP for a specific rule (review 2, finding 13): with every rule on, `rules/dns_tools.py`'s `go` rule reads
every `lookup h on S:53: <reason>` of the line first, and the generic rule only reads lines where no specific rule
found a name (`parser.parse_with`). This keeps the generic rule, measured alone (`parse_with(specific=False)`), reading
every name of such a line, and reads a Go lookup in a wrapping the `go` rule's regex does not match.
"""

from __future__ import annotations

from checks.parsing.kinds import GO_SERVER
from checks.parsing.rules.base import LazyPattern

_BEFORE = 330
"""Characters before a reason searched for its `lookup h on S:53: ` (a name of 253, a server of 45)."""
_GO_ON_SERVER = LazyPattern(
    r"(?<![\w.\-])lookup\s(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252})\son\s" + GO_SERVER + r":\s{1,2}$"
)


def go_lookup_before(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The span of the name in Go's `lookup h on S:53: ` ending at `at` (a reason's start), searched from `lo`."""
    m = _GO_ON_SERVER.search(text, max(lo, at - _BEFORE), at)
    return (m.start("host"), m.end("host")) if m else None
