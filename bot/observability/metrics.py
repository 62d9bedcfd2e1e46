"""podnet's Prometheus metrics, in a registry of their own.

A dedicated `CollectorRegistry` (not prometheus_client's global one) keeps /metrics to podnet's own
series and lets a test build a fresh, empty set. The module-level functions record into `METRICS`,
the set `podnet serve` exposes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from checks.model import Report
from checks.remote.connections import SharedConnections

# a step is a few API reads and one batched SSH exec per node, or a bounded packet capture
STEP_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.diagnoses = Counter(
            "podnet_diagnoses_total",
            "Diagnoses finished, by kind (diagnose, check) and verdict (healthy, problem, inconclusive; "
            "error: could not run; crashed: an internal error)",
            ["kind", "verdict", "cluster"],
            registry=r,
        )
        self.step_duration = Histogram(
            "podnet_step_duration_seconds",
            "How long each ladder step took (steps that ran; skipped ones are not counted)",
            ["step"],
            buckets=STEP_BUCKETS,
            registry=r,
        )
        self.ssh_errors = Counter(
            "podnet_ssh_errors_total",
            "Nodes whose commands could not run, by why (unreachable, host_key_rejected, auth_failed, timeout, "
            "node_error), and commands on reachable nodes that did not finish (command_not_run), by cluster",
            ["reason", "cluster"],
            registry=r,
        )
        self.api_errors = Counter(
            "podnet_api_errors_total",
            "Kubernetes API reads that failed (forbidden, not found), by resource; api: the API could not be read",
            ["resource"],
            registry=r,
        )
        self.slack_retries = Counter(
            "podnet_slack_retries_total",
            "Slack Web API calls retried by slack_sdk, by why (rate_limited, connection)",
            ["reason"],
            registry=r,
        )
        self.slack_redeliveries = Counter(
            "podnet_slack_redeliveries_total",
            "Events Slack delivered again that were dropped as already handled",
            registry=r,
        )
        self.pastes_shed = Counter(
            "podnet_pastes_shed_total",
            "Pasted messages acknowledged but not read, because too many were already waiting to be read (a flood)",
            registry=r,
        )
        self.findings = Counter(
            "podnet_findings_total",
            "Findings in finished diagnoses and node checks, by finding code (docs/findings.md)",
            ["code"],
            registry=r,
        )
        self.sweeps = Counter(
            "podnet_sweeps_total",
            "Sweeps run in this process, by outcome (ok, failed) and cluster",
            ["outcome", "cluster"],
            registry=r,
        )
        self.nightly_runs = Counter(
            "podnet_nightly_runs_total",
            "Nightly-sweep runs, by what this replica did (posted, not-due, taken, failed)",
            ["action"],
            registry=r,
        )
        self.cluster_api_up = Gauge(
            "podnet_cluster_api_up",
            "1 when the cluster's Kubernetes API answered podnet serve's last readiness probe, else 0",
            ["cluster"],
            registry=r,
        )

        self._connections: _ConnectionsCollector | None = None

    def watch_connections(self, source: Callable[[], Watched]) -> None:
        """Export the kept-open SSH connections (podnet serve): how many are open, how many checkouts
        opened one and how many reused one (every cluster's, when `source` gives several)."""
        if self._connections is None:
            self._connections = _ConnectionsCollector(source)
            self.registry.register(self._connections)
        self._connections.source = source

    def observe_report(self, kind: str, report: Report, cluster: str = "") -> None:
        """A finished diagnosis or node check: its verdict, its steps' durations, and what it could not
        read from the API or run on the nodes (from `Report.extra`, filled in by the engine)."""
        self.diagnoses.labels(kind, report.verdict.status, cluster).inc()
        for step in report.steps:
            if step.status != "skip" and step.duration > 0:
                self.step_duration.labels(step.id).observe(step.duration)
        for code in {f.code for f in report.target.findings} | {c for s in report.steps for c in s.codes()}:
            self.findings.labels(code).inc()
        extra: dict[str, Any] = report.extra
        for resource in extra.get("api_unavailable") or {}:
            self.api_errors.labels(resource).inc()
        unreachable: dict[str, dict[str, str]] = extra.get("ssh_unreachable") or {}
        self.observe_ssh(
            [f.get("kind") or "node_error" for f in unreachable.values()], extra.get("ssh_commands_not_run"), cluster
        )

    def observe_ssh(self, kinds: Iterable[str], not_run: int | None = 0, cluster: str = "") -> None:
        """One failed node per kind given (`NodeError.KIND`), and the commands not run on reachable ones."""
        for kind in kinds:
            self.ssh_errors.labels(kind, cluster).inc()
        if not_run:
            self.ssh_errors.labels("command_not_run", cluster).inc(not_run)

    def observe_outcome(self, kind: str, verdict: str, cluster: str = "") -> None:
        """A diagnosis that produced no report: `error` (could not run) or `crashed`."""
        self.diagnoses.labels(kind, verdict, cluster).inc()


Watched = SharedConnections | Sequence[SharedConnections] | None


class _ConnectionsCollector:
    def __init__(self, source: Callable[[], Watched]) -> None:
        self.source = source

    def collect(self) -> Iterator[Metric]:
        watched = self.source()
        kept = [watched] if isinstance(watched, SharedConnections) else list(watched or ())
        yield GaugeMetricFamily(
            "podnet_ssh_connections_open",
            "Node SSH connections kept open between diagnoses (PODNET_SSH_KEEP_OPEN)",
            value=sum(len(shared) for shared in kept),
        )
        checkouts = CounterMetricFamily(
            "podnet_ssh_connections",
            "Node connections taken by diagnoses and sweeps, by how (opened anew, reused from those kept open)",
            labels=["how"],
        )
        checkouts.add_metric(["opened"], sum(shared.opened for shared in kept))
        checkouts.add_metric(["reused"], sum(shared.reused for shared in kept))
        yield checkouts


METRICS = Metrics()


def observe_report(kind: str, report: Report, cluster: str = "") -> None:
    METRICS.observe_report(kind, report, cluster)
