"""Fixtures of the observability tests: no HTTP proxies, a fresh metrics registry, a running health server
with a switchable API check, a fake Kubernetes API server and a logger captured as JSON lines."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.observability.health import HealthServer, LateCheck
from bot.observability.logs import make_handler
from bot.observability.metrics import Metrics
from tests.unit.loopback import clear_proxies
from tests.unit.observability.helpers import FakeApi


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)  # every server here is on loopback


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


@pytest.fixture
def fake_api() -> Iterator[FakeApi]:
    server = FakeApi()
    try:
        yield server
    finally:
        server.stop()


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
