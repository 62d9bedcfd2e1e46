"""A search-path expansion of a name that already had its namespace (issue #17, held-out X).

A pod's resolv.conf searches `<ns>.svc.cluster.local svc.cluster.local cluster.local`; asked `x.default.svc` (fewer
dots than ndots:5), the resolver first tries `x.default.svc.default.svc.cluster.local`, which answers NXDOMAIN before
the next suffix answers. A name with the label `svc` twice is such a try (dig's QUESTION section, CoreDNS's log,
`** server can't find`), never a name anyone asked: no spent set labels one as a failure, and five negatives
(two in collected-2026-12, one each in corpus, held-out O and X) print such names beside a lookup that worked.
Only NXDOMAIN: another answer (a timeout, SERVFAIL) for such a name is a failure of the resolver itself.
"""

from __future__ import annotations


def doubled_search_name(host: str, kind: str) -> bool:
    """Whether `host`, answered `kind`, is a search-path try of an already-qualified name (`svc` twice)."""
    return kind == "nxdomain" and host.rstrip(".").lower().split(".").count("svc") > 1
