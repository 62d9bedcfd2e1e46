"""The resolver's own transport failing, read by the generic rule (issue #17, after held-out X's `--generic-only`).

Go's resolver prints the dial to its DNS server after the name: `lookup mysql on 183.60.82.98:53: dial udp
183.60.82.98:53: connect: network is unreachable` (etcd in held-out I, new-api and XrayR in held-out V, each labelled
`other`): the query could not be sent, so the name failed without an answer. `connect: network is unreachable` alone
is a TCP connect to a resolved address (no DNS failure), so only the dial to port 53 counts: the literal carries the
`:53:` before `connect:`.

Entries are (lower-case literal, kind, whether the kind is only assumed), concatenated into
`generic_words.REASON_TEXTS` like the other modules'.
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

TRANSPORT_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    (":53: connect: network is unreachable", "other", False),
)
