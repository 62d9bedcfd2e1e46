"""What a diagnosis produces: a report of ladder steps, each with evidence and suggested commands.

Frozen dataclasses, no presentation: `bot/` renders them (rich for the terminal, Block Kit for Slack).
`Report.to_json()` is the documented schema scripts rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["pass", "fail", "warn", "skip", "error"]
VerdictStatus = Literal["healthy", "problem", "inconclusive"]

STEP_IDS = ("coredns", "service-nat", "routing", "autodetect", "link", "mtu", "tunnel-mode", "kernel-gso")


@dataclass(frozen=True)
class Evidence:
    """A command that was run (or an API object that was read) and the lines of it that matter."""

    source: str  # the command line, or "kubectl get …" for API reads
    node: str | None
    lines: tuple[str, ...]
    exit_status: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "node": self.node, "lines": list(self.lines), "exit_status": self.exit_status}


@dataclass(frozen=True)
class SuggestedCommand:
    command: str
    where: str  # "control node", "any machine with kubectl", or a node name
    why: str

    def to_json(self) -> dict[str, str]:
        return {"command": self.command, "where": self.where, "why": self.why}


@dataclass(frozen=True)
class StepResult:
    id: str
    title: str
    status: Status
    summary: str
    nodes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    explanation: str = ""
    commands: tuple[SuggestedCommand, ...] = ()
    duration: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "nodes": list(self.nodes),
            "summary": self.summary,
            "evidence": [e.to_json() for e in self.evidence],
            "explanation": self.explanation,
            "commands": [c.to_json() for c in self.commands],
            "duration": round(self.duration, 3),
        }


@dataclass(frozen=True)
class Verdict:
    status: VerdictStatus
    cause: str | None  # a step id when status is "problem"
    summary: str
    unchecked: tuple[str, ...] = ()  # "step: why", for what could not be checked

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "cause": self.cause, "summary": self.summary, "unchecked": list(self.unchecked)}


@dataclass(frozen=True)
class Target:
    """What was diagnosed: the failing name and where it lives, the DNS service, the nodes involved."""

    host: str | None
    kind: str | None
    service: str | None
    namespace: str | None
    cluster_dns: str | None  # "ip" of the cluster DNS Service
    client_nodes: tuple[str, ...]
    coredns_pods: tuple[tuple[str, str, str], ...]  # (pod, ip, node)
    notes: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # closest Service names when the name matches none

    def to_json(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "kind": self.kind,
            "service": self.service,
            "namespace": self.namespace,
            "cluster_dns": self.cluster_dns,
            "client_nodes": list(self.client_nodes),
            "coredns_pods": [{"pod": p, "ip": ip, "node": n} for p, ip, n in self.coredns_pods],
            "notes": list(self.notes),
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class Report:
    target: Target
    steps: tuple[StepResult, ...]
    verdict: Verdict
    duration: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def step(self, step_id: str) -> StepResult | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target.to_json(),
            "steps": [s.to_json() for s in self.steps],
            "verdict": self.verdict.to_json(),
            "duration": round(self.duration, 3),
        }
