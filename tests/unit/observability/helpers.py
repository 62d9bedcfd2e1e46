"""What the observability tests share: GETs on loopback, a metric's value, a finished report, an SSH
connector that is always refused, a fake Kubernetes API server and the JSON log lines written."""

from __future__ import annotations

import io
import json
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.observability.metrics import Metrics
from checks.errors import Unreachable
from checks.model import Report, StepResult, Target, Verdict
from tests.unit.loopback import NO_PROXY, WAIT


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


class _RefusingConnector:
    def connect(self, node: str, address: str) -> Any:
        raise Unreachable(node, f"SSH to {address}:22 failed: connection refused")

    def close(self) -> None:
        return None


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


def lines(out: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]
