"""The shape every ladder step shares, and the context the engine hands it.

A step is a module with `ID`, `TITLE`, `needs(ctx)` (the catalog commands it wants on each node, which
the engine fetches in one batch per node) and `run(ctx) -> StepResult`. Steps never raise for a node
or API problem: they return `error` (could not check, and why) or `skip` (does not apply).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from checks.cluster.snapshot import ClusterSnapshot, EndpointInfo, NodeInfo
from checks.model import Evidence, Status, StepResult, SuggestedCommand, Target
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.pool import NodeRef, Runner

Encapsulation = Literal["vxlan", "ipip", "none"]


@dataclass
class StepContext:
    snap: ClusterSnapshot
    target: Target
    runner: Runner
    client_nodes: list[NodeInfo]
    coredns: list[EndpointInfo]
    capture: bool = False
    node_check: bool = False  # `podnet check NODE`: node-level steps for one node
    results: dict[str, StepResult] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    use_node_names: bool = False

    def ref(self, node: str) -> NodeRef:
        info = self.snap.node(node)
        address = node if self.use_node_names or info is None or not info.internal_ip else info.internal_ip
        return NodeRef(node, address)

    def run(self, node: str, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        return self.runner.run(self.ref(node), commands)

    def run_one(self, node: str, command: CatalogCommand) -> CommandResult:
        return self.run(node, [command])[0]

    @property
    def encapsulation(self) -> Encapsulation:
        pools = self.snap.pools
        if any(p.vxlan_mode not in ("Never", "") for p in pools):
            return "vxlan"
        if any(p.ipip_mode not in ("Never", "") for p in pools):
            return "ipip"
        if "ippools.crd.projectcalico.org" in self.snap.unavailable:
            # no pools readable: fall back to what felix says
            felix = self.snap.felix.get("default")
            if felix and felix.ipip_enabled:
                return "ipip"
        return "vxlan" if pools or self.snap.felix else "none"

    @property
    def coredns_nodes(self) -> list[str]:
        return sorted({e.node for e in self.coredns if e.node})

    @property
    def involved_nodes(self) -> list[str]:
        return sorted({n.name for n in self.client_nodes} | set(self.coredns_nodes))


class Step(Protocol):
    ID: str
    TITLE: str

    def needs(self, ctx: StepContext) -> dict[str, list[CatalogCommand]]: ...

    def run(self, ctx: StepContext) -> StepResult: ...


@dataclass
class Finding:
    """What a step accumulates while it looks, turned into a StepResult at the end."""

    step_id: str
    title: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ok: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    commands: list[SuggestedCommand] = field(default_factory=list)
    nodes: set[str] = field(default_factory=set)
    explanation: str = ""

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
        self.problems, self.warnings, self.errors = (
            list(dict.fromkeys(x)) for x in (self.problems, self.warnings, self.errors)
        )
        if skip is not None:
            status, summary = "skip", skip
        elif self.problems:
            status, summary = "fail", "; ".join(self.problems)
        elif self.errors:
            status, summary = "error", "could not check: " + "; ".join(self.errors)
        elif self.warnings:
            status, summary = "warn", "; ".join(self.warnings)
        else:
            status, summary = "pass", summary_if_ok
        extra = [e for e in (self.errors if status == "fail" else []) if e]
        if extra:
            summary += " (also could not check: " + "; ".join(extra) + ")"
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
        )


def unavailable(ctx: StepContext, *whats: str) -> list[str]:
    return [f"{w}: {ctx.snap.unavailable[w]}" for w in whats if w in ctx.snap.unavailable]


def calico_node_pod(ctx: StepContext, node: str) -> str | None:
    pod = next((p for p in ctx.snap.pods if p.node == node and p.labels.get("k8s-app") == "calico-node"), None)
    return pod.name if pod else None


def kube_proxy_pod(ctx: StepContext, node: str) -> str | None:
    pod = next((p for p in ctx.snap.pods if p.node == node and p.labels.get("k8s-app") == "kube-proxy"), None)
    return pod.name if pod else None
