"""The base name of an SRV query reported as a second failure (issue #17, held-out Y).

A client that discovers peers by SRV (Patroni's `Can not resolve SRV for etcd.default.svc.cluster.local`, then
dnspython's `NXDOMAIN: None of DNS query names exist: ['_etcd-server._tcp.etcd.default.svc.cluster.local.', ...]`)
prints the domain it built the query from in its own message; the name looked up, and failed, is `_svc._proto.` +
that domain. The base name alone, with no reason (`other`), is the same failure, not a second one: HELDOUT-y.md labels
only the SRV name. A base name with a stated reason of its own (an A lookup of it that failed) is kept.
"""

from __future__ import annotations

import re

_SRV_PREFIX = re.compile(r"^_[a-z0-9-]{1,63}\._(?:tcp|udp|tls|sctp)\.", re.I)


def srv_bases(hosts: list[str]) -> set[str]:
    """The base names (lower-case, no final dot) of the SRV names among `hosts`."""
    out: set[str] = set()
    for host in hosts:
        m = _SRV_PREFIX.match(host)
        if m is not None:
            out.add(host[m.end() :].rstrip(".").lower())
    return out
