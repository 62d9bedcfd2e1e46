"""A name printed twice in one message, once masked by the reporter and once not (held-out JB-JI, spent: urllib3's
`HTTPConnectionPool(host='worker-2.worker.xxxx.svc.cluster.local', ...): Failed to resolve
'worker-2.worker.airflow-ai.svc.cluster.local'`, a label masked in one place and missed in the other): one failure,
the name the paste left readable (LABELS.md: several lines naming the same name give one entry). Only on one line: two
lines may name two sites of one shape (`www.xxxx.co.uk` and `www.google.co.uk`; review)."""

from __future__ import annotations

from collections.abc import Callable

from checks.parsing.model import DnsFailure

MOST_MASKED = 2
"""Labels a reporter masks in a name that keeps the rest (one or two: a namespace, a company's domain)."""


SHARED = 3
"""Labels the two must share, the first among them (the host's own: two hosts of one masked domain differ there)."""
_SUFFIX_LABELS = frozenset({"svc", "cluster", "local", "com", "net", "org", "co", "uk", "au", "br", "io", "internal"})
"""Labels many names share, which say nothing of the two being one (review: `api.xxx.svc.cluster.local`)."""


def _twin(masked: str, real: str) -> bool:
    a, b = masked.split("."), real.split(".")
    if len(a) != len(b) or a[0] != b[0]:
        return False
    shared = [x for x, y in zip(a[1:], b[1:], strict=True) if x == y]
    differing = len(a) - 1 - len(shared)
    return (
        1 <= differing <= MOST_MASKED
        and len(shared) + 1 >= SHARED
        and any(label not in _SUFFIX_LABELS for label in shared)
    )


def without_masked_twins(failures: list[DnsFailure], lines: Callable[[DnsFailure], set[int]]) -> list[DnsFailure]:
    """`failures` without each flagged name whose unmasked twin is read on one of its lines (`lines`: where each was
    read): the same kind, the same number of labels, the same first label, and at most two others differing."""
    real = [f for f in failures if not f.redacted]
    if not real or len(real) == len(failures):
        return failures
    return [
        f
        for f in failures
        if not (f.redacted and any(g.kind == f.kind and _twin(f.host, g.host) and lines(f) & lines(g) for g in real))
    ]
