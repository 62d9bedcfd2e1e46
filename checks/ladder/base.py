"""The shape every ladder step shares, and the context the engine hands it.

A step is a module that declares a `STEP = StepSpec(...)`: its id, title, level, `needs(ctx)` (the
catalog commands it wants on each node, which the engine fetches in one batch per node), `run(ctx) ->
StepResult`, and the steps its failure explains. Steps never raise for a node or API problem: they
return `error` (could not check, and why, with a `check.*` finding) or `skip` (does not apply).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from checks.cluster.mapping import Failing
from checks.cluster.model import ClusterSnapshot, EndpointInfo, NodeInfo, PodInfo
from checks.findings import CATALOG
from checks.model import Evidence, Finding, Severity, Status, StepResult, SuggestedCommand, Target
from checks.outputs._common import address_of, as_network
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.runner import NodeRef, Runner

Encapsulation = Literal["vxlan", "ipip", "none"]


@dataclass
class StepContext:
    snap: ClusterSnapshot
    target: Target
    runner: Runner
    client_nodes: list[NodeInfo]
    coredns: list[EndpointInfo]
    capture: bool = False
    may_capture: bool = True  # engine.Options.may_capture: the link step may capture unasked
    node_check: bool = False  # `podnet check NODE`: node-level steps for one node
    sweep: bool = False  # part of `podnet sweep` (every node): steps that cost a round-trip more may skip
    results: dict[str, StepResult] = field(default_factory=dict)
    # what earlier steps learned, for later ones: client node -> CoreDNS pod IPs it cannot reach
    # (coredns), node -> the interface Calico's address is on (autodetect)
    unreachable: dict[str, list[str]] = field(default_factory=dict)
    interfaces: dict[str, str] = field(default_factory=dict)
    # client-resolver: `--from` as given (a pod names the client pod) and the parsed paste
    from_: str | None = None
    failing: Failing | None = None

    def ref(self, node: str) -> NodeRef:
        info = self.snap.node(node)
        # the runner may look the node up by name instead (SshSettings.by_name: PODNET_SSH_BY_NAME)
        address = node if info is None or not info.internal_ip else info.internal_ip
        return NodeRef(node, address)

    def run(self, node: str, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        return self.runner.run(self.ref(node), commands)

    def run_one(self, node: str, command: CatalogCommand) -> CommandResult:
        return self.run(node, [command])[0]

    @property
    def encapsulation(self) -> Encapsulation:
        """The cluster's encapsulation: the pools' (VXLAN over IP-in-IP; "none" when every pool is
        Never/Never, routed by BGP). With the pools unreadable: felix's switches, then the tunnel
        address Calico gave the nodes (their IPv4{VXLAN,IPIP}TunnelAddr annotations)."""
        pools = self.snap.pools
        found: Encapsulation | None = None
        if any(p.vxlan_mode not in ("Never", "") for p in pools):
            found = "vxlan"
        elif any(p.ipip_mode not in ("Never", "") for p in pools):
            found = "ipip"
        elif pools:
            found = "none"
        elif "ippools.crd.projectcalico.org" in self.snap.unavailable:
            felix = self.snap.felix.get("default")
            if felix and felix.ipip_enabled:
                found = "ipip"
            elif not (felix and felix.vxlan_enabled):
                if any(n.vxlan_tunnel for n in self.snap.nodes):
                    found = "vxlan"
                elif any(n.ipip_tunnel for n in self.snap.nodes):
                    found = "ipip"
        return found or ("vxlan" if self.snap.felix else "none")

    def pool_encapsulation(self, address: str) -> tuple[Encapsulation, str]:
        """(encapsulation, mode) of the pool an address (a pod's, a block's) belongs to: ("vxlan" |
        "ipip" | "none", "Always" | "CrossSubnet" | "Never"). Without readable pools: the cluster's."""
        pool = self.snap.pool_of(address)
        if pool is None:
            encap = self.encapsulation
            return encap, "Always" if encap != "none" else "Never"
        if pool.vxlan_mode in ("Always", "CrossSubnet"):
            return "vxlan", pool.vxlan_mode
        if pool.ipip_mode in ("Always", "CrossSubnet"):
            return "ipip", pool.ipip_mode
        return "none", "Never"

    def same_subnet(self, node: str, peer: str) -> bool:
        """Is `peer`'s Calico address in `node`'s subnet (its IPv4Address prefix)? CrossSubnet pools
        send such traffic unencapsulated."""
        me, other = self.snap.node(node), self.snap.node(peer)
        if me is None or other is None or not me.calico_address or not other.calico_ip:
            return False
        # both parsed once, however many peers ask (as_network: an interface's address with host bits)
        subnet, address = as_network(me.calico_address), address_of(other.calico_ip)
        return subnet is not None and address is not None and address.version == subnet.version and address in subnet

    def path_encapsulation(self, node: str, peer: str, address: str) -> Encapsulation:
        """How traffic from `node` to `address` on `peer` travels: in its pool's tunnel, or not at all
        (a pool without encapsulation, or CrossSubnet towards a peer in the node's own subnet)."""
        encap, mode = self.pool_encapsulation(address)
        return "none" if encap == "none" or (mode == "CrossSubnet" and self.same_subnet(node, peer)) else encap

    @property
    def coredns_nodes(self) -> list[str]:
        return sorted({e.node for e in self.coredns if e.node})

    @property
    def involved_nodes(self) -> list[str]:
        return sorted({n.name for n in self.client_nodes} | set(self.coredns_nodes))


Level = Literal["node", "capture"]


@dataclass(frozen=True)
class StepSpec:
    """A ladder step as data: what it is called, where it runs, what it needs, what it explains.

    `level`: "node" steps run in a diagnosis, in `podnet check NODE` and in sweeps; "capture" steps run
    in a diagnosis and in a node check with --capture, never in a sweep. `explains`: the steps whose
    failures (on the same nodes) this step's failure explains, so the verdict names the root cause.
    `symptom`: the step observes the failure itself rather than a cause (the pod's own lookup); any
    other failing step, on any node, explains it, and it is the cause only when nothing else fails.
    `reads`: what of the cluster it reads through the API; `needs(ctx)`: the catalog commands it wants
    on each node, fetched for all steps in one batched exec per node before any step runs.
    The ladder's order is the order of `checks.ladder.LADDER`, the one place steps are listed.
    """

    id: str
    title: str
    level: Level
    needs: Callable[[StepContext], dict[str, list[CatalogCommand]]]
    run: Callable[[StepContext], StepResult]
    explains: frozenset[str] = frozenset()
    reads: tuple[str, ...] = ()
    # a symptom step (pod-dns: the lookup fails from the pod) is explained by any other failing step
    symptom: bool = False
    # False: not part of `podnet sweep` (pod-dns: a second round-trip per node; `podnet check NODE` runs it)
    in_sweep: bool = True
    # in a sweep, what it asks of the nodes a second time (conntrack reads its counters again): put at the
    # end of each node's one batch (checks/sweep.py), so the batch's own run is the interval. Asked while the
    # steps ran, node after node, it was one serial round trip per node (0.09 s a node in the lab); as a
    # round of its own, one more exec on every node (at 50 nodes on kept connections, 0.3 s of a 2.6 s sweep)
    again: Callable[[StepContext], dict[str, list[CatalogCommand]]] | None = None


class Collector:
    """What a step finds while it looks, turned into a StepResult at the end. Every finding has a code
    from `checks.findings.CATALOG`; the step's status follows from the findings' severities."""

    def __init__(self, step_id: str, title: str) -> None:
        self.step_id = step_id
        self.title = title
        self.findings: list[Finding] = []
        self.evidence: list[Evidence] = []
        self.commands: list[SuggestedCommand] = []
        self.nodes: set[str] = set()  # the nodes the step's problem is on
        self.explanation = ""

    def _add(self, code: str, severity: Severity, message: str, nodes: Iterable[str]) -> None:
        if code not in CATALOG:
            raise KeyError(f"finding code {code!r} is not in checks.findings.CATALOG")
        found = Finding(code, severity, message, tuple(sorted(set(nodes))))
        if found not in self.findings:
            self.findings.append(found)

    def problem(self, code: str, message: str, nodes: Iterable[str] = ()) -> None:
        """A failure; its nodes become the step's nodes."""
        nodes = tuple(nodes)
        self.nodes.update(nodes)
        self._add(code, "problem", message, nodes)

    def warning(self, code: str, message: str, nodes: Iterable[str] = ()) -> None:
        self._add(code, "warning", message, nodes)

    def unchecked(self, code: str, message: str, nodes: Iterable[str] = ()) -> None:
        """Something the step could not check, and why."""
        self._add(code, "unchecked", message, nodes)

    def not_run(self, result: CommandResult, what: str) -> None:
        """A command that did not give its output: the node was not reached, or the command failed."""
        code = "check.node-unreachable" if result.exit_status is None else "check.command-failed"
        self.unchecked(code, f"{result.node}: {result.error or what}", (result.node,))

    def has(self, severity: Severity) -> bool:
        return any(f.severity == severity for f in self.findings)

    def messages(self, severity: Severity) -> list[str]:
        return [f.message for f in self.findings if f.severity == severity]

    def cite(self, result: CommandResult, lines: Sequence[str] | None = None) -> None:
        shown = tuple(lines) if lines is not None else tuple(result.output.strip().splitlines()[:30])
        if result.error:
            shown = (f"(not run: {result.error})", *shown)
        self.evidence.append(Evidence(result.command.line, result.node, shown, result.exit_status))

    def cite_api(self, source: str, lines: Sequence[str]) -> None:
        self.evidence.append(Evidence(source, None, tuple(lines)))

    def suggest(self, command: str, where: str, why: str) -> None:
        if all(c.command != command for c in self.commands):
            self.commands.append(SuggestedCommand(command, where, why))

    def result(self, started: float, *, summary_if_ok: str, skip: str | None = None) -> StepResult:
        status: Status
        problems, warnings, unchecked = (
            list(dict.fromkeys(self.messages(s))) for s in ("problem", "warning", "unchecked")
        )
        if skip is not None:
            status, summary = "skip", skip
        elif problems:
            status, summary = "fail", "; ".join(problems)
        elif unchecked:
            status, summary = "error", "could not check: " + "; ".join(unchecked)
        elif warnings:
            status, summary = "warn", "; ".join(warnings)
        else:
            status, summary = "pass", summary_if_ok
        if status == "fail" and unchecked:
            summary += " (also could not check: " + "; ".join(unchecked) + ")"
        return StepResult(
            self.step_id,
            self.title,
            status,
            summary,
            tuple(sorted(self.nodes)),
            tuple(self.evidence),
            self.explanation,
            tuple(self.commands),
            time.monotonic() - started,
            tuple(self.findings),
        )


def unavailable(ctx: StepContext, f: Collector, *whats: str) -> None:
    """API reads the step needed that were refused or missing: each one unchecked, with the API's reason."""
    for w in whats:
        if w in ctx.snap.unavailable:
            f.unchecked("check.api-unreadable", f"{w}: {ctx.snap.unavailable[w]}")


def calico_missing(ctx: StepContext, f: Collector) -> bool:
    """True (and said, as unchecked) when nothing shows Calico runs here: no calico-node pod anywhere and
    no node with a Calico address. The Calico steps then check nothing rather than judge an install
    they do not know."""
    if ctx.snap.calico.kind != "unknown" or any(n.calico_address for n in ctx.snap.nodes):
        return False
    why = ctx.snap.unavailable.get("pods")
    f.unchecked(
        "check.calico-not-found",
        "no calico-node found (no pod labelled k8s-app=calico-node in any namespace, no node with a Calico "
        "address)"
        + (f"; the pods could not be listed: {why}" if why else "")
        + ": not a Calico cluster, or an install podnet does not recognise",
    )
    return True


def _pod_on(ctx: StepContext, node: str, app: str) -> PodInfo | None:
    return next((p for p in ctx.snap.pods if p.node == node and p.labels.get("k8s-app") == app), None)


def calico_node_kubectl(ctx: StepContext, node: str, verb: str) -> str:
    """`kubectl -n NAMESPACE VERB POD` for calico-node on `node` (`delete pod`, `logs --tail=50`): its real
    namespace (kube-system for a manifest install, calico-system for the operator's), or a placeholder."""
    pod = _pod_on(ctx, node, "calico-node")
    if pod is None:
        return f"kubectl {ctx.snap.calico.where} {verb} <calico-node pod on {node}>"
    return f"kubectl -n {pod.namespace} {verb} {pod.name}"


def kube_proxy_kubectl(ctx: StepContext, node: str, verb: str) -> str | None:
    """`kubectl -n NAMESPACE VERB POD` for kube-proxy on `node`; None when no kube-proxy pod runs there."""
    pod = _pod_on(ctx, node, "kube-proxy")
    return f"kubectl -n {pod.namespace} {verb} {pod.name}" if pod else None
