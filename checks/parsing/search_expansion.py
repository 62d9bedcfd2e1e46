"""Whether a failed name is the resolver trying a search-path suffix rather than the name someone asked for (shared
by the readers of CoreDNS's query log, `coredns_log`, and of resolver answers dumped on the wire or by a program,
`rules/resolver_dumps`): `ndots:5` makes a pod's resolver ask `api.example.com.default.svc.cluster.local.`, `...svc.
cluster.local.` and so on, each answered NXDOMAIN, before the name itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from checks.parsing.document import Document

LOG_LINES = 5000
"""Query-log lines read for the names a log shows asked and answered."""

_EMBEDDED_SUFFIX = frozenset({"local", "internal", "com", "net", "org", "io", "lan", "localdomain"})


def search_expansion(name: str, answered: Mapping[str, frozenset[str]], asked: frozenset[str]) -> bool:
    """Whether `name` is the resolver trying a search-path suffix (`svc.default.svc.cluster.local.ns.svc.cluster
    .local`, `example.com.ec2.internal`) rather than the name someone asked for: a domain ending inside it, `svc`
    twice, another name asked for that it extends, or a name with the same first label that was answered."""
    labels = name.split(".")
    if labels.count("svc") > 1 or any(label in _EMBEDDED_SUFFIX for label in labels[1:-1]):
        return True
    if any(".".join(labels[:i]) in asked for i in range(1, len(labels))):
        return True
    return bool(answered.get(labels[0], frozenset()) - {name})


def _noerror(query: re.Match[str]) -> bool:
    return (query.group("rcode") or "").upper() == "NOERROR"


def logged_names(
    doc: Document, key: str, pattern: re.Pattern[str], answered_if: Callable[[re.Match[str]], bool] = _noerror
) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(names a DNS server's query log shows answered, by first label; every name it shows asked), read once per
    paste under `key`: `pattern` matches one logged query with its `host` group, answered when `answered_if` says so
    (by default its `rcode` group is NOERROR: CoreDNS's log plugin, Unbound's reply log; Hubble's flows)."""
    cached = doc.memo.get(key)
    if cached is None:
        answered: dict[str, set[str]] = {}
        asked: set[str] = set()
        for n, q in enumerate(pattern.finditer(doc.text)):
            if n >= LOG_LINES:
                break
            name = q.group("host").rstrip(".").lower()
            asked.add(name)
            if answered_if(q):
                answered.setdefault(name.split(".", 1)[0], set()).add(name)
        cached = doc.memo[key] = ({k: frozenset(v) for k, v in answered.items()}, frozenset(asked))
    return cached  # type: ignore[return-value]
