"""The health server: /healthz answers while the process runs, /readyz needs Slack connected and the
Kubernetes API reachable (a check that raises is a failing check), the API probe is cached, and says why
the API is not usable."""

from __future__ import annotations

import threading

from kubernetes import client as k8s

from bot.observability.health import CachedCheck, HealthServer, LateCheck
from bot.observability.metrics import Metrics
from checks.cluster.kube import probe_api
from tests.unit.loopback import WAIT
from tests.unit.observability.helpers import FakeApi, get


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


# -- the API probe ----------------------------------------------------------------------------------


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
