"""Bursts of search-path NXDOMAINs in a pasted CoreDNS log: one name asked with every search suffix of a
pod's resolv.conf (`api.example.com.onecloud.svc.cluster.local.`, `api.example.com.svc.cluster.local.`,
…), each answered NXDOMAIN: what `ndots:5` does to a name with fewer dots. The `client-resolver` step
names them; the name they expand is the one to diagnose.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.parsing.coredns_log import parse_coredns_log
from checks.parsing.k8s_names import service_and_namespace

MIN_BURST = 2  # distinct expansions of one name before it counts as a burst (but see `svc` twice)


@dataclass(frozen=True)
class SearchBurst:
    name: str  # the name the client asked for (lower-case, no trailing dot)
    expansions: tuple[str, ...]  # the search-path names answered NXDOMAIN, in order, each once
    service: str | None = None
    namespace: str | None = None


def _common_prefix(names: list[list[str]]) -> list[str]:
    first = names[0]
    n = 0
    while n < len(first) and all(len(x) > n and x[n] == first[n] for x in names):
        n += 1
    return first[:n]


def search_bursts(text: str) -> list[SearchBurst]:
    """The names whose search-path expansions the log shows answered NXDOMAIN (at least MIN_BURST)."""
    groups: dict[str, list[str]] = {}
    for event in parse_coredns_log(text):
        if event.kind == "nxdomain" and event.search_expansion and event.qtype != "HINFO":
            names = groups.setdefault(event.name.split(".", 1)[0], [])
            if event.name not in names:
                names.append(event.name)
    bursts = []
    for names in groups.values():
        if len(names) < MIN_BURST:
            labels = names[0].split(".")
            svc = [i for i, label in enumerate(labels) if label == "svc"]
            if len(svc) < 2:
                continue
            # one expansion, but unmistakable: NAME.NS.svc.DOMAIN with <ns>.svc.<domain> appended
            name = ".".join(labels[: svc[1] - 1])
            bursts.append(SearchBurst(name, tuple(names), *service_and_namespace(name)))
            continue
        prefix = _common_prefix([n.split(".") for n in names])
        # the suffixes differ (onecloud.svc.cluster.local, svc.cluster.local, cluster.local): the asked
        # name is what they share, short of the shortest suffix's own labels
        shortest = min(names, key=len).split(".")
        name = ".".join(prefix[: len(shortest) - 1] if len(prefix) >= len(shortest) else prefix)
        if not name:
            continue
        service, namespace = service_and_namespace(name)
        bursts.append(SearchBurst(name, tuple(names), service, namespace))
    return bursts
