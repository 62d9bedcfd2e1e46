"""`podnet serve`'s observability: the health server, the metrics, structured logs with redaction, the
counted Slack retries and what the engine reports for them. Real servers on 127.0.0.1, no sleeps:
every wait is on an event or a condition, with a timeout."""

from __future__ import annotations

import io
import json
import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from kubernetes import client as k8s
from prometheus_client.parser import text_string_to_metric_families
from slack_sdk import WebClient

from bot.observability.health import CachedCheck, HealthServer, LateCheck
from bot.observability.logs import DIAGNOSIS_ID, make_handler, redact, setup_logging
from bot.observability.metrics import METRICS, Metrics, observe_report
from bot.observability.retries import counting_handlers
from bot.settings import Settings, SettingsError
from bot.slack.request import DiagnosisRequest
from bot.slack.service import DiagnosisService, Job
from bot.storage.store import Store
from bot.wiring import Wiring
from checks import engine
from checks.cluster.kube import KubeCluster, probe_api
from checks.cluster.mapping import Failing
from checks.cluster.model import ClusterSnapshot
from checks.errors import ApiUnavailable, AuthFailed, NodeError, Unreachable
from checks.model import Report, StepResult, Target, Verdict
from checks.remote import catalog
from checks.remote.connections import SharedConnections
from checks.remote.pool import NodeRunner
from checks.remote.runner import NodeRef
from checks.remote.settings import SshSettings
from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event

WAIT = 10.0
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # slack_sdk and urllib send everything through HTTP(S)_PROXY when set; every server here is on loopback
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)


def get(url: str, accept: str | None = None) -> tuple[int, str, str]:
    """(status, content type, body) of a GET, errors included."""
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with NO_PROXY.open(request, timeout=WAIT) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode()


def sample(metrics: Metrics, name: str, **labels: str) -> float:
    return metrics.registry.get_sample_value(name, labels) or 0.0


TARGET = Target("default-keystone", "timeout", "default-keystone", "onecloud", "10.96.0.10", ("node-2",), ())


def report(verdict: str = "problem") -> Report:
    steps = (
        StepResult("coredns", "CoreDNS", "pass", "ok", duration=0.25),
        StepResult("routing", "Routes", "fail", "no route", ("node-2",), duration=1.5),
        StepResult("link", "Link", "skip", "not needed"),
    )
    extra = {
        "api_unavailable": {"ippools.crd.projectcalico.org": "forbidden: ippools is forbidden"},
        "ssh_unreachable": {"node-3": {"kind": "unreachable", "reason": "connection refused"}},
        "ssh_commands_not_run": 2,
    }
    return Report(TARGET, steps, Verdict(verdict, "routing", "no route"), 2.0, extra)  # type: ignore[arg-type]


# -- the health server ----------------------------------------------------------------------------


@pytest.fixture
def metrics() -> Metrics:
    return Metrics()


@pytest.fixture
def api_state() -> dict[str, str | None]:
    return {"why": None}


@pytest.fixture
def health(metrics: Metrics, api_state: dict[str, str | None]) -> Iterator[tuple[HealthServer, LateCheck]]:
    slack = LateCheck("not connected yet (starting up)")
    server = HealthServer(
        "127.0.0.1", 0, checks={"slack": slack, "kubernetes": lambda: api_state["why"]}, registry=metrics.registry
    ).start()
    try:
        yield server, slack
    finally:
        server.stop()


def test_healthz_answers_while_the_process_runs(health: tuple[HealthServer, LateCheck]) -> None:
    server, _ = health
    assert server.port > 0
    assert get(server.url + "/healthz")[0::2] == (200, "ok\n")
    assert get(server.url + "/nothing-here")[0] == 404


def test_readyz_needs_slack_connected_and_the_api_reachable(
    health: tuple[HealthServer, LateCheck], api_state: dict[str, str | None]
) -> None:
    server, slack = health
    connected = threading.Event()
    api_state["why"] = "cannot reach the Kubernetes API (ConnectionRefusedError: refused)"

    status, _, body = get(server.url + "/readyz")
    assert status == 503
    assert body.splitlines() == [
        "slack: not connected yet (starting up)",
        "kubernetes: cannot reach the Kubernetes API (ConnectionRefusedError: refused)",
    ]

    slack.attach(lambda: None if connected.is_set() else "the Socket Mode connection is not open")
    api_state["why"] = None
    status, _, body = get(server.url + "/readyz")
    assert (status, body) == (503, "slack: the Socket Mode connection is not open\n")

    connected.set()
    assert get(server.url + "/readyz")[0::2] == (200, "slack: ok\nkubernetes: ok\n")

    api_state["why"] = "the Kubernetes API answered 401: Unauthorized"
    assert get(server.url + "/readyz")[0::2] == (503, "kubernetes: the Kubernetes API answered 401: Unauthorized\n")
    assert get(server.url + "/healthz")[0] == 200  # not ready is still alive


def test_a_check_that_raises_is_a_failing_check_not_a_broken_endpoint(metrics: Metrics) -> None:
    def broken() -> str | None:
        raise RuntimeError("boom")

    server = HealthServer("127.0.0.1", 0, checks={"api": broken}, registry=metrics.registry).start()
    try:
        status, _, body = get(server.url + "/readyz")
    finally:
        server.stop()
    assert status == 503 and body.startswith("api: the check itself failed (RuntimeError: boom)")


def test_the_api_probe_is_cached_so_a_probe_storm_costs_one_request() -> None:
    now = [100.0]
    calls: list[float] = []
    answers = iter(["cannot reach the Kubernetes API", None])

    def probe() -> str | None:
        calls.append(now[0])
        return next(answers)

    cached = CachedCheck(probe, ttl=5.0, clock=lambda: now[0])
    results: list[str | None] = []
    threads = [threading.Thread(target=lambda: results.append(cached())) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT)
    assert calls == [100.0] and results == ["cannot reach the Kubernetes API"] * 20
    now[0] = 104.9
    assert cached() == "cannot reach the Kubernetes API" and len(calls) == 1
    now[0] = 105.0
    assert cached() is None and calls == [100.0, 105.0]


def test_metrics_endpoint_exposes_a_finished_report(health: tuple[HealthServer, LateCheck], metrics: Metrics) -> None:
    server, _ = health
    metrics.observe_report("diagnose", report())
    metrics.observe_report("check", report("healthy"))
    metrics.slack_redeliveries.inc()

    status, content_type, body = get(server.url + "/metrics")
    assert status == 200 and content_type == "text/plain; version=0.0.4; charset=utf-8"  # what Prometheus parses
    values = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }
    assert values[("podnet_diagnoses_total", (("kind", "diagnose"), ("verdict", "problem")))] == 1
    assert values[("podnet_diagnoses_total", (("kind", "check"), ("verdict", "healthy")))] == 1
    assert values[("podnet_step_duration_seconds_count", (("step", "routing"),))] == 2
    assert values[("podnet_step_duration_seconds_sum", (("step", "routing"),))] == 3.0
    assert values[("podnet_step_duration_seconds_bucket", (("le", "1.0"), ("step", "routing")))] == 0
    assert values[("podnet_step_duration_seconds_bucket", (("le", "2.5"), ("step", "routing")))] == 2
    assert ("podnet_step_duration_seconds_count", (("step", "link"),)) not in values  # skipped: not timed
    assert values[("podnet_api_errors_total", (("resource", "ippools.crd.projectcalico.org"),))] == 2
    assert values[("podnet_ssh_errors_total", (("reason", "unreachable"),))] == 2
    assert values[("podnet_ssh_errors_total", (("reason", "command_not_run"),))] == 4
    assert values[("podnet_slack_redeliveries_total", ())] == 1
    for name in ("podnet_slack_retries_total", "podnet_sweeps_total", "podnet_nightly_runs_total"):
        assert f"# TYPE {name} counter" in body
    assert "python_gc_objects_collected_total" not in body  # a registry of podnet's own, not the global one

    status, content_type, body = get(server.url + "/metrics", accept="application/openmetrics-text; version=1.0.0")
    assert content_type.startswith("application/openmetrics-text; version=1.0.0") and body.endswith("# EOF\n")


def test_observe_report_records_into_the_served_registry() -> None:
    before = sample(METRICS, "podnet_diagnoses_total", kind="check", verdict="inconclusive")
    observe_report("check", report("inconclusive"))
    assert sample(METRICS, "podnet_diagnoses_total", kind="check", verdict="inconclusive") == before + 1


# -- what the engine reports for the metrics --------------------------------------------------------


class _RefusingConnector:
    def connect(self, node: str, address: str) -> Any:
        raise Unreachable(node, f"SSH to {address}:22 failed: connection refused")

    def close(self) -> None:
        return None


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


# -- the API probe ----------------------------------------------------------------------------------

VERSION = {
    "major": "1",
    "minor": "31",
    "gitVersion": "v1.31.0",
    "gitCommit": "0" * 40,
    "gitTreeState": "clean",
    "buildDate": "2024-08-13T07:28:49Z",
    "goVersion": "go1.22.5",
    "compiler": "gc",
    "platform": "linux/amd64",
}


class FakeApi(ThreadingHTTPServer):
    """Answers GET /version like an API server (or with `status`); counts the requests."""

    daemon_threads = True

    def __init__(self) -> None:
        self.status = 200
        self.requests = 0
        super().__init__(("127.0.0.1", 0), _FakeApiHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class _FakeApiHandler(BaseHTTPRequestHandler):
    server: FakeApi

    def do_GET(self) -> None:
        self.server.requests += 1
        version = self.path.rstrip("/") == "/version"
        if version and self.server.status == 200:
            body = json.dumps(VERSION).encode()
        else:
            body = json.dumps({"kind": "Status", "status": "Failure", "message": "Unauthorized", "code": 401}).encode()
        self.send_response(self.server.status if version else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def fake_api() -> Iterator[FakeApi]:
    server = FakeApi()
    try:
        yield server
    finally:
        server.stop()


def test_probe_api_says_why_the_api_is_not_usable(fake_api: FakeApi) -> None:
    cfg = k8s.Configuration()
    cfg.host = fake_api.url
    cfg.retries = False
    api = k8s.ApiClient(cfg)
    try:
        assert probe_api(api) is None
        fake_api.status = 401
        assert probe_api(api) == "the Kubernetes API answered 401: Unauthorized"
    finally:
        api.close()
    fake_api.stop()
    gone = k8s.ApiClient(cfg)
    try:
        why = probe_api(gone)
    finally:
        gone.close()
    assert why is not None and why.startswith("cannot reach the Kubernetes API")


# -- structured logs and redaction -------------------------------------------------------------------


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    out = io.StringIO()
    logger = logging.getLogger("podnet.test.observability")
    handler = make_handler("json", out)
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        yield logger, out
    finally:
        logger.removeHandler(handler)


def lines(out: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_json_log_line_carries_the_diagnosis_id(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = captured
    logger.info("outside any diagnosis")
    token = DIAGNOSIS_ID.set("0123456789ab")
    try:
        logger.warning("node %s: %s", "node-2", "no route")
        try:
            raise ValueError("bad output")
        except ValueError:
            logger.exception("step failed")
    finally:
        DIAGNOSIS_ID.reset(token)
    outside, inside, failed = lines(out)
    assert "diagnosis_id" not in outside
    assert inside["diagnosis_id"] == "0123456789ab" and inside["message"] == "node node-2: no route"
    assert (inside["level"], inside["logger"]) == ("WARNING", "podnet.test.observability")
    assert inside["time"].endswith("+00:00") and "T" in inside["time"]
    assert "ValueError: bad output" in failed["exception"] and failed["diagnosis_id"] == "0123456789ab"


def test_the_diagnosis_id_follows_the_work_into_the_ssh_threads(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = captured

    class LoggingConnector(_RefusingConnector):
        def connect(self, node: str, address: str) -> Any:
            logger.info("connecting to %s", node)
            return super().connect(node, address)

    runner = NodeRunner(SshSettings())
    runner._connector = LoggingConnector()  # type: ignore[assignment]
    token = DIAGNOSIS_ID.set("feedfacecafe")
    try:
        runner.prefetch({NodeRef(f"node-{i}", f"10.41.1.{i}"): [catalog.uname()] for i in range(3)})
    finally:
        DIAGNOSIS_ID.reset(token)
    assert sorted(line["message"] for line in lines(out)) == [f"connecting to node-{i}" for i in range(3)]
    assert {line.get("diagnosis_id") for line in lines(out)} == {"feedfacecafe"}


XOXB = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
XAPP = "xapp-1-A0PODNET-1234567890-0123456789abcdef0123456789abcdef"
PEM = (
    "-----BEGIN OPENSSH PRIVATE KEY-----\n"
    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    "QyNTUxOQAAACBnb3Qgb25lIGZvciB5b3UgdG9vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
    "-----END OPENSSH PRIVATE KEY-----\n"
)


def test_secrets_never_reach_the_log_output(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, out = captured
    logger.info("bot token %s and app token %s", XOXB, XAPP)
    logger.debug("send: {'Authorization': 'Bearer abc', 'Content-Type': 'application/json'}")
    logger.info("Authorization: Bearer abc")
    logger.warning("loaded key %r", PEM)
    logger.error("key in a message:\n" + PEM + "done")
    try:
        raise RuntimeError(f"auth with {XOXB} failed")
    except RuntimeError:
        logger.exception("the call failed")
    text = out.getvalue()
    for secret in (XOXB.split("-", 1)[1], XAPP.split("-", 1)[1], "Bearer abc", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA"):
        assert secret not in text
    assert "BEGIN OPENSSH PRIVATE KEY" not in text
    records = lines(out)
    assert records[0]["message"] == "bot token xoxb-[redacted] and app token xapp-[redacted]"
    assert "'Authorization': 'Bearer [redacted]'" in records[1]["message"]
    assert records[2]["message"] == "Authorization: Bearer [redacted]"
    assert records[3]["message"] == "loaded key '[redacted private key]\\n'"  # %r: the newlines are escaped
    assert records[4]["message"] == "key in a message:\n[redacted private key]\ndone"
    assert "auth with xoxb-[redacted] failed" in records[5]["exception"]


def test_redaction_leaves_ordinary_text_alone() -> None:
    text = "Basic checks pass; node-2: no route to 10.40.52.128/26 (xoxo); bearer of bad news: none"
    assert redact(text).startswith("Basic checks pass; node-2: no route to 10.40.52.128/26 (xoxo)")


@pytest.fixture
def root_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


def test_setup_logging_auto_is_json_when_not_a_terminal(root_logging: None) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe, terminal = io.StringIO(), Terminal()
    setup_logging("warning", "auto", pipe)
    logging.getLogger("slack_sdk.web").info("not shown at WARNING")
    logging.getLogger("paramiko.transport").warning("token %s", XOXB)  # a library's logger, redacted too
    assert [json.loads(line)["message"] for line in pipe.getvalue().splitlines()] == ["token xoxb-[redacted]"]

    setup_logging("INFO", "auto", terminal)
    token = DIAGNOSIS_ID.set("abcdefabcdef")
    try:
        logging.getLogger("podnet.slack").info("a %s line", "text")
    finally:
        DIAGNOSIS_ID.reset(token)
    assert terminal.getvalue().rstrip().endswith("INFO podnet.slack [abcdefabcdef] a text line")
    assert logging.getLogger().handlers == [logging.getLogger().handlers[0]]  # replaced, not added


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

    assert sample(metrics, "podnet_diagnoses_total", kind="diagnose", verdict="problem") == 1
    assert sample(metrics, "podnet_diagnoses_total", kind="diagnose", verdict="error") == 1
    assert sample(metrics, "podnet_step_duration_seconds_count", step="routing") == 1
    assert sample(metrics, "podnet_ssh_errors_total", reason="unreachable") == 1
    engine_line = next(line for line in lines(out) if line["message"] == "engine running for default-keystone")
    assert engine_line["diagnosis_id"] == job.id
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert audit == [
        {
            "time": audit[0]["time"],
            "diagnosis_id": job.id,
            "user": "U0ALICE",
            "origin": "",
            "node": "node-2",
            "command": "ip route",
            "exit_status": 0,
        }
    ]


# -- settings -----------------------------------------------------------------------------------------

TOKENS = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}


def test_observability_settings_default_and_validate() -> None:
    ok = Settings.from_env(TOKENS, slack="socket")
    assert (
        ok.observability.log_level,
        ok.observability.log_format,
        ok.observability.health_host,
        ok.observability.health_port,
    ) == ("INFO", "auto", "0.0.0.0", 8080)
    custom = Settings.from_env(
        {
            **TOKENS,
            "PODNET_LOG_LEVEL": "debug",
            "PODNET_LOG_FORMAT": "JSON",
            "PODNET_HEALTH_HOST": "::",
            "PODNET_HEALTH_PORT": "0",
        },
        slack="socket",
    )
    assert (
        custom.observability.log_level,
        custom.observability.log_format,
        custom.observability.health_host,
        custom.observability.health_port,
    ) == ("DEBUG", "json", "::", 0)
    with pytest.raises(SettingsError) as bad:
        Settings.from_env(
            {
                **TOKENS,
                "PODNET_LOG_LEVEL": "loud",
                "PODNET_LOG_FORMAT": "xml",
                "PODNET_HEALTH_HOST": "not a host!",
                "PODNET_HEALTH_PORT": "70000",
            },
            slack="socket",
        )
    assert [p.split()[0] for p in bad.value.problems] == [
        "PODNET_LOG_LEVEL",
        "PODNET_LOG_FORMAT",
        "PODNET_HEALTH_HOST",
        "PODNET_HEALTH_PORT",
    ]
    assert "between 0 and 65535" in bad.value.problems[3]
    with pytest.raises(SettingsError) as word:
        Settings.from_env({**TOKENS, "PODNET_HEALTH_PORT": "http"}, slack="socket")
    assert word.value.problems == ["PODNET_HEALTH_PORT must be a whole number (got 'http')"]


def test_ssh_keep_open_defaults_to_fifteen_minutes_and_is_validated() -> None:
    assert Settings.from_env(TOKENS, slack="socket").ssh_keep_open == 900
    assert Settings.from_env({**TOKENS, "PODNET_SSH_KEEP_OPEN": "0"}, slack="socket").ssh_keep_open == 0
    with pytest.raises(SettingsError) as bad:
        Settings.from_env({**TOKENS, "PODNET_SSH_KEEP_OPEN": "90000"}, slack="socket")
    assert bad.value.problems == ["PODNET_SSH_KEEP_OPEN must be between 0 and 86400 (got 90000)"]


def test_kept_open_connections_are_exported(metrics: Metrics) -> None:
    shared = SharedConnections(SshSettings(), keep_open=60)
    shared.opened, shared.reused = 3, 7
    metrics.watch_connections(lambda: shared)
    assert sample(metrics, "podnet_ssh_connections_total", how="opened") == 3
    assert sample(metrics, "podnet_ssh_connections_total", how="reused") == 7
    assert sample(metrics, "podnet_ssh_connections_open") == 0
    metrics.watch_connections(lambda: None)  # again: the source replaced, not a second collector
    assert sample(metrics, "podnet_ssh_connections_total", how="reused") == 0


# -- the real process ---------------------------------------------------------------------------------


def test_podnet_serve_is_observable_end_to_end(tmp_path: Path, fake_api: FakeApi) -> None:
    """`podnet serve` in Socket Mode against the Slack stand-in and a fake API server: healthy, ready,
    redeliveries counted, and every log line JSON (stderr is a pipe)."""
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text(
        json.dumps(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "fake", "cluster": {"server": fake_api.url}}],
                "users": [{"name": "fake", "user": {"token": "fake-token"}}],
                "contexts": [{"name": "fake", "context": {"cluster": "fake", "user": "fake"}}],
                "current-context": "fake",
            }
        )
    )
    with SlackStandIn(channels={"C0LAB": "lab"}, users={"U0ALICE": "alice"}) as slack:
        serve = start_serve(slack, tmp_path, http=False, env={"KUBECONFIG": str(kubeconfig)})
        try:
            assert serve.health_url is not None
            port = serve.health_url.rsplit(":", 1)[1]
            serve.wait_for_line(f"podnet: health on 127.0.0.1:{port} (/healthz /readyz /metrics)")
            assert get(serve.health_url + "/healthz")[0] == 200
            status, _, body = get(serve.health_url + "/readyz")
            assert (status, body) == (200, "slack: ok\nkubernetes: ok\n")
            assert fake_api.requests == 1

            event = message_event("lunch at noon?", ts=slack.workspace.next_ts())
            slack.wait_for_ack(slack.send_event(dict(event), event_id="Ev0REDELIVER"), timeout=WAIT)
            slack.wait_for_ack(slack.send_event(dict(event), event_id="Ev0REDELIVER", retry_attempt=1), timeout=WAIT)
            _, _, metrics = get(serve.health_url + "/metrics")
            assert "podnet_slack_redeliveries_total 1.0" in metrics.splitlines()
            serve.wait_for_line("dropping repeated delivery of Ev0REDELIVER")
        finally:
            serve.stop()
    logged = [json.loads(line) for line in serve.stderr if line.strip()]
    assert {"time", "level", "logger", "message"} <= set(logged[0])
    assert slack.bot_token not in "".join(serve.stderr) and slack.app_token not in "".join(serve.stderr)
