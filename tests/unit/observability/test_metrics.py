"""The metrics: /metrics exposes a finished report in Prometheus' and OpenMetrics' formats, what the engine
reports for them (unreachable nodes, an unreadable API), the counted Slack retries, the diagnosis service's
counts (with its logs and audit tagged by diagnosis id), and the kept-open SSH connections."""

from __future__ import annotations

import io
import json
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kubernetes import client as k8s
from prometheus_client.parser import text_string_to_metric_families
from slack_sdk import WebClient

from bot.observability.health import HealthServer, LateCheck
from bot.observability.metrics import METRICS, Metrics, observe_report
from bot.observability.retries import counting_handlers
from bot.settings import Settings
from bot.slack.request import DiagnosisRequest
from bot.slack.service import DiagnosisService, Job
from bot.storage.store import Store
from bot.wiring import Wiring
from checks import engine
from checks.cluster.kube import KubeCluster
from checks.cluster.mapping import Failing
from checks.cluster.model import ClusterSnapshot
from checks.errors import ApiUnavailable, AuthFailed, NodeError, Unreachable
from checks.model import Report
from checks.remote import catalog
from checks.remote.connections import SharedConnections
from checks.remote.pool import NodeRunner
from checks.remote.runner import NodeRef
from checks.remote.settings import SshSettings
from tests.slack_standin import SlackStandIn
from tests.unit.loopback import WAIT
from tests.unit.observability.helpers import _RefusingConnector, get, lines, report, sample


def test_metrics_endpoint_exposes_a_finished_report(health: tuple[HealthServer, LateCheck], metrics: Metrics) -> None:
    server, _ = health
    metrics.observe_report("diagnose", report(), "prod")
    metrics.observe_report("check", report("healthy"), "staging")
    metrics.slack_redeliveries.inc()

    status, content_type, body = get(server.url + "/metrics")
    assert status == 200 and content_type == "text/plain; version=0.0.4; charset=utf-8"  # what Prometheus parses
    values = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }
    assert values[("podnet_diagnoses_total", (("cluster", "prod"), ("kind", "diagnose"), ("verdict", "problem")))] == 1
    assert values[("podnet_diagnoses_total", (("cluster", "staging"), ("kind", "check"), ("verdict", "healthy")))] == 1
    assert values[("podnet_step_duration_seconds_count", (("step", "routing"),))] == 2
    assert values[("podnet_step_duration_seconds_sum", (("step", "routing"),))] == 3.0
    assert values[("podnet_step_duration_seconds_bucket", (("le", "1.0"), ("step", "routing")))] == 0
    assert values[("podnet_step_duration_seconds_bucket", (("le", "2.5"), ("step", "routing")))] == 2
    assert ("podnet_step_duration_seconds_count", (("step", "link"),)) not in values  # skipped: not timed
    assert values[("podnet_api_errors_total", (("resource", "ippools.crd.projectcalico.org"),))] == 2
    assert values[("podnet_ssh_errors_total", (("cluster", "prod"), ("reason", "unreachable")))] == 1
    assert values[("podnet_ssh_errors_total", (("cluster", "staging"), ("reason", "unreachable")))] == 1
    assert values[("podnet_ssh_errors_total", (("cluster", "prod"), ("reason", "command_not_run")))] == 2
    assert values[("podnet_slack_redeliveries_total", ())] == 1
    for name in ("podnet_slack_retries_total", "podnet_sweeps_total", "podnet_nightly_runs_total"):
        assert f"# TYPE {name} counter" in body
    assert "python_gc_objects_collected_total" not in body  # a registry of podnet's own, not the global one

    status, content_type, body = get(server.url + "/metrics", accept="application/openmetrics-text; version=1.0.0")
    assert content_type.startswith("application/openmetrics-text; version=1.0.0") and body.endswith("# EOF\n")


def test_observe_report_records_into_the_served_registry() -> None:
    before = sample(METRICS, "podnet_diagnoses_total", kind="check", verdict="inconclusive", cluster="prod")
    observe_report("check", report("inconclusive"), "prod")
    assert sample(METRICS, "podnet_diagnoses_total", kind="check", verdict="inconclusive", cluster="prod") == before + 1


# -- what the engine reports for the metrics --------------------------------------------------------


def test_the_runner_keeps_why_a_node_could_not_be_reached() -> None:
    runner = NodeRunner(SshSettings())
    runner._connector = _RefusingConnector()  # type: ignore[assignment]
    node = NodeRef("node-3", "10.41.1.23")
    runner.prefetch({node: [catalog.ip_route(), catalog.uname()]})
    results = runner.run(node, [catalog.ip_route()])
    assert results[0].error and results[0].exit_status is None
    assert list(runner.failures) == ["node-3"] and runner.failures["node-3"].KIND == "unreachable"
    assert runner.not_run == 0  # whole-node failures are counted per node, not per command

    snap = ClusterSnapshot(unavailable={"pods": "forbidden: pods is forbidden"})
    extra = engine.unreached(snap, runner)
    assert extra == {
        "api_unavailable": {"pods": "forbidden: pods is forbidden"},
        "ssh_unreachable": {
            "node-3": {"kind": "unreachable", "reason": "SSH to 10.41.1.23:22 failed: connection refused"}
        },
        "ssh_commands_not_run": 0,
    }
    assert json.loads(json.dumps(extra)) == extra
    assert {cls.KIND for cls in (NodeError, Unreachable, AuthFailed)} == {"node_error", "unreachable", "auth_failed"}


def test_a_diagnosis_that_cannot_read_the_api_says_so_in_extra() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = server.server_address[1]
    server.server_close()  # a port nobody listens on
    cfg = k8s.Configuration()
    cfg.host = f"http://127.0.0.1:{port}"
    cfg.retries = False
    api = k8s.ApiClient(cfg)
    runner = NodeRunner(SshSettings())
    try:
        result = engine.diagnose(KubeCluster(api), runner, Failing("default-keystone", "timeout", None, None))
    finally:
        runner.close()
        api.close()
    assert result.verdict.status == "inconclusive"
    assert list(result.extra["api_unavailable"]) == ["api"]
    assert "cannot reach the Kubernetes API" in result.extra["api_unavailable"]["api"]
    json.loads(json.dumps(result.to_json()))
    metrics = Metrics()
    metrics.observe_report("diagnose", result)
    assert sample(metrics, "podnet_api_errors_total", resource="api") == 1
    assert sample(metrics, "podnet_step_duration_seconds_count", step="routing") == 0  # steps never ran


# -- Slack: counted retries, the diagnosis service -----------------------------------------------------


def test_slack_rate_limit_retries_are_counted() -> None:
    metrics = Metrics()
    with SlackStandIn(channels={"C0LAB": "lab"}) as slack:
        web = WebClient(base_url=slack.api_url, token=slack.bot_token, retry_handlers=counting_handlers(metrics))
        assert web.chat_postMessage(channel="C0LAB", text="no retry needed")["ok"] is True
        assert sample(metrics, "podnet_slack_retries_total", reason="rate_limited") == 0
        slack.rate_limit("chat.postMessage", times=1, retry_after=0)
        assert web.chat_postMessage(channel="C0LAB", text="after one 429")["ok"] is True
        assert [c.status for c in slack.calls("chat.postMessage")] == [200, 429, 200]
    assert sample(metrics, "podnet_slack_retries_total", reason="rate_limited") == 1
    assert sample(metrics, "podnet_slack_retries_total", reason="connection") == 0


def test_serve_uses_the_counting_retry_handlers() -> None:
    from bot.slack.app import web_client

    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, slack="socket")
    names = [type(h).__name__ for h in web_client(settings.for_slack).retry_handlers]
    assert names == ["CountingRateLimitRetryHandler", "CountingConnectionRetryHandler"]


def test_the_diagnosis_service_counts_reports_and_tags_logs_and_audit(
    tmp_path: Path, captured: tuple[logging.Logger, io.StringIO]
) -> None:
    logger, out = captured
    metrics = Metrics()

    def run_engine(job: Job, progress: object, on_target: object) -> tuple[Report, list[tuple[str, str, int | None]]]:
        if job.request.failing and job.request.failing.host == "broken":
            raise ApiUnavailable("cannot reach the Kubernetes API")
        logger.info("engine running for %s", job.request.failing.host if job.request.failing else None)
        return report(), [("node-2", "ip route", 0)]

    with SlackStandIn(channels={"C0LAB": "lab"}) as slack:
        settings = Settings.from_env(
            {
                "SLACK_BOT_TOKEN": slack.bot_token,
                "SLACK_APP_TOKEN": slack.app_token,
                "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
                "PODNET_CLUSTER_NAME": "lab",
            },
            slack="socket",
        )
        service = DiagnosisService(
            settings,
            WebClient(token=slack.bot_token, base_url=slack.api_url),
            Store(f"sqlite:///{tmp_path / 'db'}"),
            Wiring(settings),
            run_engine=run_engine,
            metrics=metrics,
        )
        job = Job(
            DiagnosisRequest.diagnose(Failing("default-keystone", "timeout", None, None)), "C0LAB", "1.1", "U0ALICE"
        )
        broken = Job(DiagnosisRequest.diagnose(Failing("broken", "timeout", None, None)), "C0LAB", "1.2", "U0ALICE")
        assert len(job.id) == 12 and int(job.id, 16) >= 0 and job.id != broken.id
        service.submit(job, "Diagnosing `default-keystone`")
        slack.wait_for(lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("problem"), WAIT)
        service.submit(broken, "Diagnosing `broken`")
        slack.wait_for(lambda c: c.method == "chat.update" and "could not run" in str(c.args.get("text")), WAIT)

    # the one cluster's name (PODNET_CLUSTER_NAME) labels its diagnoses and SSH errors, and every audit line
    assert sample(metrics, "podnet_diagnoses_total", kind="diagnose", verdict="problem", cluster="lab") == 1
    assert sample(metrics, "podnet_diagnoses_total", kind="diagnose", verdict="error", cluster="lab") == 1
    assert sample(metrics, "podnet_step_duration_seconds_count", step="routing") == 1
    assert sample(metrics, "podnet_ssh_errors_total", reason="unreachable", cluster="lab") == 1
    engine_line = next(line for line in lines(out) if line["message"] == "engine running for default-keystone")
    assert engine_line["diagnosis_id"] == job.id
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    intents = [line for line in audit if line.get("phase") == "intent"]
    assert [line["diagnosis_id"] for line in intents] == [job.id, broken.id]  # both were asked for
    assert {line["cluster"] for line in audit} == {"lab"}
    assert [line for line in audit if "phase" not in line] == [
        {
            "time": audit[1]["time"],
            "diagnosis_id": job.id,
            "user": "U0ALICE",
            "origin": "",
            "node": "node-2",
            "command": "ip route",
            "exit_status": 0,
            "cluster": "lab",
        }
    ]


def test_kept_open_connections_are_exported(metrics: Metrics) -> None:
    shared = SharedConnections(SshSettings(), keep_open=60)
    shared.opened, shared.reused = 3, 7
    metrics.watch_connections(lambda: shared)
    assert sample(metrics, "podnet_ssh_connections_total", how="opened") == 3
    assert sample(metrics, "podnet_ssh_connections_total", how="reused") == 7
    assert sample(metrics, "podnet_ssh_connections_open") == 0
    metrics.watch_connections(lambda: None)  # again: the source replaced, not a second collector
    assert sample(metrics, "podnet_ssh_connections_total", how="reused") == 0
