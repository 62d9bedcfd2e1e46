"""From a failing name to the cluster: which Service, which CoreDNS pods, which client nodes."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from checks.cluster.model import ClusterSnapshot, NodeInfo, ServiceInfo
from checks.errors import InvalidArgument
from checks.model import Finding, Target


@dataclass(frozen=True)
class Failing:
    """The part of a parsed paste the mapping needs (checks.parsing.DnsFailure has these fields)."""

    host: str | None
    kind: str | None
    service: str | None
    namespace: str | None
    # client-resolver: search-path expansions of the name the paste shows answered NXDOMAIN (CoreDNS's log)
    search_nxdomains: tuple[str, ...] = ()
    # coredns-health: CoreDNS's own log lines the paste holds (upstream failures, a loop), judged with its live log
    coredns_log: tuple[str, ...] = ()


def closest_names(name: str, candidates: list[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(name, candidates, n=n, cutoff=0.6)


def resolve_from(snap: ClusterSnapshot, value: str) -> list[str]:
    """`--from`: a node name, a pod name, or namespace/pod → the node(s) the lookup failed on."""
    if snap.node(value):
        return [value]
    ns, _, name = value.rpartition("/")
    pods = [p for p in snap.pods if p.name == name and (not ns or p.namespace == ns) and p.node]
    if pods:
        return sorted({p.node for p in pods if p.node})
    names = [n.name for n in snap.nodes] + [p.name for p in snap.pods]
    hint = closest_names(name, names)
    raise InvalidArgument(
        f"--from {value!r} is neither a node nor a pod in the cluster"
        + (f"; did you mean {', '.join(hint)}?" if hint else "")
    )


def named_pod(snap: ClusterSnapshot, value: str) -> str | None:
    """`--from POD` or `--from namespace/pod`: the pod as "namespace/name" (None for a node, or a name
    several namespaces share without a namespace given)."""
    if snap.node(value):
        return None
    ns, _, name = value.rpartition("/")
    pods = [p for p in snap.pods if p.name == name and (not ns or p.namespace == ns)]
    return f"{pods[0].namespace}/{pods[0].name}" if len(pods) == 1 else None


def _find_services(snap: ClusterSnapshot, failing: Failing) -> list[ServiceInfo]:
    if not failing.service:
        return []
    return [
        s
        for s in snap.services
        if s.name == failing.service and (failing.namespace is None or s.namespace == failing.namespace)
    ]


def resolve_target(
    snap: ClusterSnapshot, failing: Failing | None, from_: str | None = None, all_nodes_when_unknown: bool = True
) -> Target:
    notes: list[str] = []
    findings: list[Finding] = []
    suggestions: list[str] = []
    service: ServiceInfo | None = None

    def note(code: str, message: str) -> None:
        notes.append(message)
        findings.append(Finding(code, "problem" if code == "mapping.no-such-service" else "info", message))

    if failing is not None and failing.host:
        found = _find_services(snap, failing)
        if len(found) == 1:
            service = found[0]
        elif len(found) > 1:
            where = ", ".join(f"{s.namespace}/{s.name}" for s in found)
            note(
                "mapping.ambiguous-service",
                f"{failing.service!r} is ambiguous: Services {where}; a pod resolves the one in its own "
                "namespace (its search path); pass --from POD to say which",
            )
        elif failing.service:
            qualified = f"{failing.service}.{failing.namespace}" if failing.namespace else failing.service
            pool = sorted({s.name for s in snap.services} | {f"{s.name}.{s.namespace}" for s in snap.services})
            suggestions = closest_names(qualified, pool)
            note(
                "mapping.no-such-service",
                f"no Service named {qualified!r} exists in the cluster: that alone makes the lookup fail (NXDOMAIN)"
                + (f"; did you mean {', '.join(suggestions)}?" if suggestions else "")
                + (" A timeout is still worth the ladder below." if failing.kind == "timeout" else ""),
            )
        else:
            note(
                "mapping.not-a-service",
                f"{failing.host!r} is not a cluster Service name; checking the cluster DNS path anyway",
            )

    client_pod: str | None = None
    if from_:
        clients = resolve_from(snap, from_)
        client_pod = named_pod(snap, from_)
        notes.append(f"client node(s) from --from {from_}: {', '.join(clients)}")
    elif service is not None:
        # A short name resolves only through the caller's own search path: the callers live in the
        # Service's namespace, on the nodes that run that namespace's pods.
        nodes = sorted(
            {p.node for p in snap.pods if p.namespace == service.namespace and p.node and not p.host_network}
        )
        clients = nodes or [n.name for n in snap.nodes]
        notes.append(f"client node(s): where pods of namespace {service.namespace} run ({', '.join(clients)})")
    else:
        clients = [n.name for n in snap.nodes] if all_nodes_when_unknown else []
        notes.append("client node unknown: checking from every node")

    dns = snap.dns_service
    if dns is None:
        note(
            "mapping.no-dns-service",
            "no cluster DNS Service found (no Service labelled k8s-app=kube-dns serving port 53)",
        )
    coredns = tuple((e.pod or "?", e.ip, e.node or "?") for e in snap.dns_endpoints)
    return Target(
        host=failing.host if failing else None,
        kind=failing.kind if failing else None,
        service=service.name if service else (failing.service if failing else None),
        namespace=service.namespace if service else (failing.namespace if failing else None),
        cluster_dns=dns.cluster_ip if dns else None,
        client_nodes=tuple(clients),
        coredns_pods=coredns,
        notes=tuple(notes),
        suggestions=tuple(suggestions),
        findings=tuple(findings),
        client_pod=client_pod,
    )


def node_by_name(snap: ClusterSnapshot, name: str) -> NodeInfo:
    node = snap.node(name)
    if node is None:
        hint = closest_names(name, [n.name for n in snap.nodes])
        raise InvalidArgument(
            f"no node {name!r} in the cluster" + (f"; did you mean {', '.join(hint)}?" if hint else "")
        )
    return node
