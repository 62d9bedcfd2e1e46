"""A search-path expansion of a name that already had its namespace (issue #17, held-out X).

A pod's resolv.conf searches `<ns>.svc.cluster.local svc.cluster.local cluster.local`; asked `x.default.svc` (fewer
dots than ndots:5), the resolver first tries `x.default.svc.default.svc.cluster.local`, which answers NXDOMAIN before
the next suffix answers. A name with the label `svc` twice is such a try (dig's QUESTION section, CoreDNS's log,
`** server can't find`), never a name anyone asked: no spent set labels one as a failure, and five negatives
(two in collected-2026-12, one each in corpus, held-out O and X) print such names beside a lookup that worked.
Only NXDOMAIN: another answer (a timeout, SERVFAIL) for such a name is a failure of the resolver itself.

Held-out HE (spent): so too an outside name with the cluster's suffix after it (`www.baidu.com.cluster.local`,
`api.example.com.default.svc.cluster.local`): a public top-level label before the cluster's domain is a search try of
that outside name (Cilium's DNS proxy logs each one it answers), never a name anyone asked.
"""

from __future__ import annotations

# not `dev`, `app`: namespaces' names
_PUBLIC_TOP_LABELS = frozenset(
    {"com", "net", "org", "io", "info", "biz", "edu", "gov", "uk", "de", "fr", "nl", "ru", "cn", "jp", "kr", "br", "eu"}
)


def doubled_search_name(host: str, kind: str) -> bool:
    """Whether `host`, answered `kind`, is a search-path try of an already-qualified name (`svc` twice, or a public
    top-level label before the cluster's `cluster.local`)."""
    if kind != "nxdomain":
        return False
    labels = host.rstrip(".").lower().split(".")
    if labels.count("svc") > 1:
        return True
    if labels[-2:] != ["cluster", "local"]:
        return False
    inner = labels[:-2]
    if inner[-1:] != ["svc"]:
        return len(inner) >= 2 and inner[-1] in _PUBLIC_TOP_LABELS
    # `h.<ns>.svc.cluster.local` where `h` has more labels than a Service's name (one) or a headless pod's (two: review,
    # `web-0.eu.shop.svc`), its last a public top-level one; or `h.svc.cluster.local`, `h` three labels or more
    named, bare = inner[:-2], inner[:-1]
    return (len(named) >= 3 and named[-1] in _PUBLIC_TOP_LABELS) or (len(bare) >= 3 and bare[-1] in _PUBLIC_TOP_LABELS)
