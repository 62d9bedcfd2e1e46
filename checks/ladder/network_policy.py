"""Step `network-policy`: does network policy let the client pod's DNS queries reach CoreDNS?

Read from the API only (no node command): Kubernetes NetworkPolicies, and Calico's NetworkPolicies and
GlobalNetworkPolicies where their CRDs exist, evaluated as felix applies them (`checks.cluster.
policy_eval`) for UDP 53 and TCP 53 from each client pod to each CoreDNS pod: the client's egress and
CoreDNS's ingress.

Which client pods: the pod `--from` names; else the pods of the failing Service's namespace on the
client nodes (a short name resolves only from there) other than the Service's own backends (its callers);
else, with no failing name (`podnet check NODE`, sweeps), every pod on the client nodes. A denial is the
problem for the `--from` pod, or when it keeps every pod of the namespace from CoreDNS; otherwise it is a
warning (which of them fails is not known, and a denied pod may be meant to be isolated).
hostNetwork pods are not subject to pod policy and are left out, as are the CoreDNS pods.

NodeLocal DNSCache: found by its pods (k8s-app=node-local-dns, or nodelocaldns as kubespray labels them);
its addresses are those its ConfigMap binds (kubespray: 169.254.25.10), else 169.254.20.10 and the
cluster DNS IP.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from checks.cluster.model import PodInfo, PolicyObject
from checks.cluster.policy_eval import Decision, Flow, Unevaluated, decide, describe
from checks.cluster.read_policy import (
    ADMIN_POLICIES,
    BASELINE_POLICIES,
    CALICO_GLOBAL_POLICIES,
    CALICO_POLICIES,
    NAMESPACES,
    NETWORK_POLICIES,
)
from checks.ladder.base import Collector, StepContext, StepSpec, unavailable
from checks.ladder.network_policy_fix import suggest_fixes
from checks.ladder.node_local_dns import KUBESPRAY_ADDRESS
from checks.model import StepResult
from checks.remote.catalog import CatalogCommand

ID = "network-policy"
TITLE = "Network policy lets the client reach CoreDNS"
PROTOCOLS = ("UDP", "TCP")


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {}  # the API alone


@dataclass(frozen=True)
class Clients:
    pods: list[PodInfo]
    which: str  # how they were chosen, said in the report
    named: bool  # the failing pod or namespace is known: a denial is the problem, not a warning
    from_pod: bool = False  # the pod --from names: its denial is the problem even when others pass


def client_pods(ctx: StepContext) -> Clients:
    dns_pods = {e.pod for e in ctx.coredns}
    nodes = {n.name for n in ctx.client_nodes}
    candidates = [
        p for p in ctx.snap.pods if not p.host_network and p.ip and p.name not in dns_pods and p.node in nodes
    ]
    if ctx.target.client_pod:
        ns, _, name = ctx.target.client_pod.partition("/")
        pods = [p for p in ctx.snap.pods if p.namespace == ns and p.name == name and not p.host_network]
        return Clients(pods, f"the pod --from names ({ctx.target.client_pod})", True, True)
    if ctx.target.namespace and not ctx.node_check:
        ns = ctx.target.namespace
        svc = next((s for s in ctx.snap.services if s.namespace == ns and s.name == ctx.target.service), None)
        selector = svc.selector if svc else {}
        pods = [
            p
            for p in candidates
            if p.namespace == ns and not (selector and all(p.labels.get(k) == v for k, v in selector.items()))
        ]
        return Clients(
            pods, f"the pods of namespace {ns} on {', '.join(sorted(nodes))} other than the Service's own", True
        )
    return Clients(candidates, f"every pod on {', '.join(sorted(nodes))} (no failing pod or namespace named)", False)


# k8s-app label of NodeLocal DNSCache's pods: its upstream manifest's, and kubespray's (and older manifests')
NODELOCAL_LABELS = frozenset({"node-local-dns", "nodelocaldns"})
NODELOCAL_ADDRESS = "169.254.20.10"  # the manifest's link-local address (in iptables mode it binds the DNS IP too)


def _cache(pod: PodInfo) -> bool:
    return pod.labels.get("k8s-app") in NODELOCAL_LABELS


def nodelocal_targets(ctx: StepContext, node: str | None) -> list[PodInfo]:
    """Where a pod's queries go when NodeLocal DNSCache runs on its node: the cache's addresses on the node
    (hostNetwork: policy sees a host address, not a pod), as its ConfigMap binds them, else the manifest's
    link-local address and the cluster DNS IP. Empty when no cache pod runs there."""
    if not any(p.node == node and _cache(p) for p in ctx.snap.pods):
        return []
    info = ctx.snap.node_local_dns
    dns_ip = ctx.snap.dns_service.cluster_ip if ctx.snap.dns_service else None
    if info is not None and info.addresses:
        addresses: tuple[str | None, ...] = info.addresses
    elif all(p.labels.get("k8s-app") == "nodelocaldns" for p in ctx.snap.pods if p.node == node and _cache(p)):
        addresses = (KUBESPRAY_ADDRESS, dns_ip)  # kubespray's pods, its ConfigMap unread: its default address
    else:
        addresses = (NODELOCAL_ADDRESS, dns_ip)
    return [PodInfo("", f"node-local-dns {ip} on {node}", node, ip, {}, True, True) for ip in addresses if ip]


def _dns_port(pod: PodInfo, protocol: str) -> int:
    """The CoreDNS pod's DNS port for `protocol` (policy sees the pod's port, after the Service's NAT)."""
    declared = [p.port for p in pod.ports if p.protocol == protocol and (p.port == 53 or p.name.startswith("dns"))]
    return 53 if 53 in declared or not declared else declared[0]


def _policy_lines(policies: list[PolicyObject]) -> list[str]:
    out = []
    for p in policies:
        spec = p.spec
        if p.kind == "NetworkPolicy":
            sel, types = spec.get("podSelector") or {}, spec.get("policyTypes") or ["(default)"]
        elif p.kind.endswith("AdminNetworkPolicy"):
            sel, types = spec.get("subject") or {}, [t for t in ("ingress", "egress") if spec.get(t)]
        else:
            sel, types = spec.get("selector") or "all()", spec.get("types") or ["(default)"]
        order = f" order={spec['order']}" if "order" in spec else ""
        out.append(f"{describe(p)}: selector={sel} types={','.join(types)}{order}")
    return out[:30] + ([f"… and {len(out) - 30} more"] if len(out) > 30 else [])


@dataclass
class _Denied:
    direction: str
    reason: str
    policy: PolicyObject | None
    selecting: tuple[PolicyObject, ...]
    protocols: set[str] = field(default_factory=set)
    pods: dict[str, PodInfo] = field(default_factory=dict)
    dns_ips: set[str] = field(default_factory=set)


@dataclass
class _Outcome:
    denied: dict[tuple[str, str], _Denied] = field(default_factory=dict)  # (direction, reason) -> what, whom
    unevaluated: dict[str, dict[str, PodInfo]] = field(default_factory=dict)  # why -> pods
    bypassed: dict[tuple[str, str], _Denied] = field(default_factory=dict)  # denied, but NodeLocal DNS is allowed
    lines: list[str] = field(default_factory=list)


def _node_source(ctx: StepContext, client: PodInfo) -> PodInfo:
    """NodeLocal DNSCache's queries to CoreDNS as CoreDNS's ingress sees them: from the client's node (its
    tunnel address across a tunnel, else its own address)."""
    node = ctx.snap.node(client.node or "")
    ip = (node.vxlan_tunnel or node.ipip_tunnel or node.internal_ip) if node else None
    return PodInfo("", f"NodeLocal DNSCache on {client.node}", client.node, ip, {}, True, True)


def _local_cache_allowed(ctx: StepContext, client: PodInfo, protocol: str) -> bool:
    """Does policy let the pod's queries reach NodeLocal DNSCache on its node (any of its addresses)?"""
    for cache in nodelocal_targets(ctx, client.node):
        try:
            if decide(ctx.snap, Flow(client, cache, protocol, 53), "egress").allowed:
                return True
        except Unevaluated:
            continue
    return False


def _evaluate(ctx: StepContext, clients: Clients, dns_pods: list[PodInfo]) -> _Outcome:
    out = _Outcome(lines=[f"client pods: {clients.which}"])
    for client in clients.pods:
        ref = f"{client.namespace}/{client.name}"
        for protocol in PROTOCOLS:
            cached = _local_cache_allowed(ctx, client, protocol)
            source = _node_source(ctx, client) if cached else client  # who CoreDNS's ingress sees
            for dns in dns_pods:
                flow = Flow(client, dns, protocol, _dns_port(dns, protocol))
                try:
                    decisions: list[Decision] = [
                        decide(ctx.snap, flow, "egress"),
                        decide(ctx.snap, Flow(source, dns, protocol, flow.port), "ingress"),
                    ]
                except Unevaluated as err:
                    out.unevaluated.setdefault(str(err), {})[ref] = client
                    continue
                for d in decisions:
                    if not d.allowed:
                        via = d.direction == "ingress" and source is not client
                        reason = f"from {source.name} ({source.ip}): {d.reason}" if via else d.reason
                        key = (d.direction, reason)
                        # the pod asks NodeLocal DNSCache on its node, which policy lets it reach; the cache
                        # (host network) then asks CoreDNS itself: only CoreDNS's ingress still matters
                        into = out.bypassed if cached and d.direction == "egress" else out.denied
                        entry = into.setdefault(key, _Denied(d.direction, reason, d.policy, d.selecting))
                        entry.protocols.add(protocol)
                        entry.pods[ref] = client
                        entry.dns_ips.add(dns.ip or "")
                if dns is dns_pods[0] and client is clients.pods[0]:
                    out.lines.append(
                        f"{protocol} {flow.port} {client.name} -> {dns.name} ({dns.ip}): "
                        + "; ".join(d.reason for d in decisions)
                    )
    return out


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    snap = ctx.snap
    unavailable(ctx, f, NETWORK_POLICIES, CALICO_POLICIES, CALICO_GLOBAL_POLICIES, ADMIN_POLICIES, BASELINE_POLICIES)
    if NETWORK_POLICIES in snap.unavailable:
        return f.result(started, summary_if_ok="")
    if not snap.policies:  # nothing isolates any pod: DNS is allowed (that is an answer, not a skip)
        return f.result(
            started, summary_if_ok="no NetworkPolicy (nor Calico policy) in the cluster: nothing isolates pods"
        )
    f.cite_api(
        "kubectl get networkpolicies -A (and Calico's networkpolicies, globalnetworkpolicies)",
        _policy_lines(snap.policies),
    )
    dns_pods = [p for e in ctx.coredns for p in snap.pods if p.name == e.pod and p.ip == e.ip]
    if not dns_pods:
        return f.result(started, summary_if_ok="", skip="no CoreDNS pod to evaluate policy against (see coredns)")
    clients = client_pods(ctx)
    if not clients.pods:
        return f.result(started, summary_if_ok="", skip=f"no client pod to evaluate: {clients.which} (none found)")
    outcome = _evaluate(ctx, clients, dns_pods)
    f.cite_api("podnet's evaluation of these policies (egress at the client, ingress at CoreDNS)", outcome.lines)
    for why, pods in outcome.unevaluated.items():
        nodes = sorted({p.node for p in pods.values() if p.node})
        f.unchecked("network-policy.unevaluated", f"{why} (for {_shown(sorted(pods))})", nodes)
    _judge(ctx, f, clients, outcome.denied, len(dns_pods))
    for entry in outcome.bypassed.values():
        nodes = sorted({p.node for p in entry.pods.values() if p.node})
        f.warning(
            "network-policy.coredns-egress-denied-nodelocal",
            f"egress of {_shown(sorted(entry.pods))} straight to CoreDNS is denied ({entry.reason}), but their "
            f"queries go to NodeLocal DNSCache on {', '.join(nodes)}, which policy allows: DNS works while the "
            "cache runs",
            nodes,
        )
    return f.result(
        started,
        summary_if_ok=f"UDP and TCP 53 to CoreDNS allowed by policy for {len(clients.pods)} pod(s): {clients.which}",
    )


def _shown(names: list[str]) -> str:
    return ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")


def _judge(
    ctx: StepContext, f: Collector, clients: Clients, denied: dict[tuple[str, str], _Denied], n_dns: int
) -> None:
    # kept from CoreDNS on UDP: every candidate pod (or the --from pod) is the problem; only some of the
    # namespace's pods, a warning (the failing one may be another, and these may be meant to be isolated)
    udp_denied = {ref for e in denied.values() if "UDP" in e.protocols for ref in e.pods}
    every = {f"{p.namespace}/{p.name}" for p in clients.pods} <= udp_denied
    for entry in denied.values():
        nodes = sorted({p.node for p in entry.pods.values() if p.node})
        protos = " and ".join(f"{p} 53" for p in PROTOCOLS if p in entry.protocols)
        some = f" to CoreDNS {', '.join(sorted(entry.dns_ips))}" if len(entry.dns_ips) < n_dns else ""
        where = "egress of" if entry.direction == "egress" else "CoreDNS's ingress from"
        message = f"{where} {_shown(sorted(entry.pods))} denied on {protos}{some}: {entry.reason}"
        if "UDP" not in entry.protocols:
            f.warning("network-policy.tcp-dns-denied", message, nodes)
        elif not clients.named:
            f.warning("network-policy.pods-dns-denied", message, nodes)
        elif not (clients.from_pod or every):
            allowed = len(clients.pods) - len(udp_denied)
            f.warning(
                "network-policy.pods-dns-denied",
                f"{message} (the other {allowed} of {clients.which} reach CoreDNS: the failing pod may be one "
                "of them, and these may be meant to be isolated; pass --from POD to judge the failing one)",
                nodes,
            )
        elif entry.direction == "egress":
            f.problem("network-policy.dns-egress-denied", message, nodes)
        else:
            f.problem("network-policy.dns-ingress-denied", message, nodes)
        suggest_fixes(ctx, f, entry.direction, entry.policy, entry.selecting, entry.pods.values())
    if f.has("problem"):
        f.explanation = (
            "A NetworkPolicy that selects a pod isolates it: only what its rules allow gets through. A "
            "default-deny egress policy that allows only the application's ports (443, 80) forgets DNS, so "
            "every lookup times out even though CoreDNS and the pod network are healthy. Allow UDP and TCP "
            "53 to the kube-dns pods (the policy sees the pods' addresses: kube-proxy's NAT of the Service "
            "IP happens before it)."
        )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"pod-dns", "coredns", "link"}),
    reads=("networkpolicies", CALICO_POLICIES, CALICO_GLOBAL_POLICIES, ADMIN_POLICIES, BASELINE_POLICIES, NAMESPACES),
)
