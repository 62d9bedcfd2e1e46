"""What a diagnosis produces: a report of ladder steps, each with evidence and suggested commands.

Frozen dataclasses, no presentation: `bot/` renders them (rich for the terminal, Block Kit for Slack).
`Report.to_json()` is the documented schema scripts rely on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["pass", "fail", "warn", "skip", "error"]
VerdictStatus = Literal["healthy", "problem", "inconclusive"]
Severity = Literal["problem", "warning", "unchecked", "info"]


@dataclass(frozen=True)
class Finding:
    """One thing a step (or the mapping) found, with a stable code: `routing.block-route-missing`.

    Codes are what everything downstream matches (the verdict, renderers, the summary, the history's
    new/resolved keys, metrics); `message` is for people and may change. Every code is listed, with what
    it means and what fixes it, in `checks.findings.CATALOG` (and docs/findings.md, made from it).
    `problem` fails its step, `warning` warns, `unchecked` says what could not be checked and why.
    """

    code: str
    severity: Severity
    message: str
    nodes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message, "nodes": list(self.nodes)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        return cls(str(data["code"]), data["severity"], str(data.get("message") or ""), tuple(data.get("nodes") or ()))


@dataclass(frozen=True)
class Evidence:
    """A command that was run (or an API object that was read) and the lines of it that matter."""

    source: str  # the command line, or "kubectl get …" for API reads
    node: str | None
    lines: tuple[str, ...]
    exit_status: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "node": self.node, "lines": list(self.lines), "exit_status": self.exit_status}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        return cls(str(data["source"]), data.get("node"), tuple(data.get("lines") or ()), data.get("exit_status"))


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
    findings: tuple[Finding, ...] = ()

    def has(self, code: str) -> bool:
        return any(f.code == code for f in self.findings)

    def codes(self, severity: Severity | None = None) -> tuple[str, ...]:
        """The codes of this step's findings (of one severity), in order, each once."""
        return tuple(dict.fromkeys(f.code for f in self.findings if severity is None or f.severity == severity))

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
            "findings": [f.to_json() for f in self.findings],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StepResult:
        return cls(
            str(data["id"]),
            str(data.get("title") or data["id"]),
            data["status"],
            str(data.get("summary") or ""),
            tuple(data.get("nodes") or ()),
            tuple(Evidence.from_json(e) for e in data.get("evidence") or ()),
            str(data.get("explanation") or ""),
            tuple(SuggestedCommand(c["command"], c["where"], c["why"]) for c in data.get("commands") or ()),
            float(data.get("duration") or 0.0),
            tuple(Finding.from_json(f) for f in data.get("findings") or ()),
        )


@dataclass(frozen=True)
class Verdict:
    status: VerdictStatus
    cause: str | None  # a step id when status is "problem"
    summary: str
    unchecked: tuple[str, ...] = ()  # "step: why", for what could not be checked
    code: str | None = None  # the finding the verdict rests on (the cause's, or the mapping's)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "cause": self.cause,
            "summary": self.summary,
            "unchecked": list(self.unchecked),
            "code": self.code,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        return cls(
            data["status"],
            data.get("cause"),
            str(data.get("summary") or ""),
            tuple(data.get("unchecked") or ()),
            data.get("code"),
        )


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
    findings: tuple[Finding, ...] = ()  # what the mapping found (`mapping.no-such-service`, …)
    client_pod: str | None = None  # "namespace/name" of the pod --from named (pod-dns, network-policy)

    def has(self, code: str) -> bool:
        return any(f.code == code for f in self.findings)

    def finding(self, code: str) -> Finding | None:
        return next((f for f in self.findings if f.code == code), None)

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
            "findings": [f.to_json() for f in self.findings],
            "client_pod": self.client_pod,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Target:
        return cls(
            data.get("host"),
            data.get("kind"),
            data.get("service"),
            data.get("namespace"),
            data.get("cluster_dns"),
            tuple(data.get("client_nodes") or ()),
            tuple((p["pod"], p["ip"], p["node"]) for p in data.get("coredns_pods") or ()),
            tuple(data.get("notes") or ()),
            tuple(data.get("suggestions") or ()),
            tuple(Finding.from_json(f) for f in data.get("findings") or ()),
            data.get("client_pod"),
        )


@dataclass(frozen=True)
class Report:
    target: Target
    steps: tuple[StepResult, ...]
    verdict: Verdict
    duration: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)
    cluster: str | None = None  # the cluster's name when podnet serves several (set by the interface)

    def step(self, step_id: str) -> StepResult | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target.to_json(),
            "steps": [s.to_json() for s in self.steps],
            "verdict": self.verdict.to_json(),
            "duration": round(self.duration, 3),
            **({"cluster": self.cluster} if self.cluster is not None else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        """The inverse of `to_json` (a stored report read back: `extra` is not part of the schema)."""
        return cls(
            Target.from_json(data["target"]),
            tuple(StepResult.from_json(s) for s in data.get("steps") or ()),
            Verdict.from_json(data["verdict"]),
            float(data.get("duration") or 0.0),
            cluster=str(data["cluster"]) if data.get("cluster") else None,
        )
