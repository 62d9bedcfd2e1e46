"""The health server of `podnet serve`: /healthz, /readyz and /metrics on their own port.

Standard library only (http.server, one daemon thread per request): probes and scrapes must keep
answering however busy the bot is, and must never hold the process open on exit.

- `GET /healthz`: 200 "ok" while the process runs (liveness: restart only a hung or dead process).
- `GET /readyz`: 200 when every readiness check passes; otherwise 503 with one line per failing check,
  `name: why`. A check is a callable returning None (ok) or the reason it is not.
- `GET /metrics`: the Prometheus exposition of podnet's registry, in the format the scraper asked for.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

log = logging.getLogger("podnet.health")

Check = Callable[[], str | None]


class CachedCheck:
    """A check whose answer is reused for `ttl` seconds: a storm of probes (several kubelets, a curl loop)
    costs the API server one request per `ttl`. Concurrent callers wait for the one probe in flight."""

    def __init__(self, check: Check, ttl: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.check, self.ttl, self.clock = check, ttl, clock
        self._lock = threading.Lock()
        self._answer: str | None = None
        self._at: float | None = None

    def __call__(self) -> str | None:
        with self._lock:
            now = self.clock()
            if self._at is None or now - self._at >= self.ttl:
                self._answer = run_check(self.check)
                self._at = self.clock()
            return self._answer


class LateCheck:
    """A check whose probe exists only later (the Slack connection is made after the health server
    starts, so that start-up itself is observable); until then it answers `waiting`."""

    def __init__(self, waiting: str) -> None:
        self.waiting = waiting
        self._probe: Check | None = None

    def attach(self, probe: Check) -> None:
        self._probe = probe

    def __call__(self) -> str | None:
        probe = self._probe
        return self.waiting if probe is None else probe()


def run_check(check: Check) -> str | None:
    """A check that raises is a failing check, never a broken endpoint."""
    try:
        return check()
    except Exception as err:
        log.warning("readiness check raised", exc_info=True)
        return f"the check itself failed ({type(err).__name__}: {err})"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], checks: Mapping[str, Check], registry: CollectorRegistry) -> None:
        self.checks = checks
        self.registry = registry
        super().__init__(address, _Handler)


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/healthz":
            self._send(200, b"ok\n")
        elif path == "/readyz":
            failing = [(name, why) for name, check in self.server.checks.items() if (why := run_check(check))]
            if failing:
                self._send(503, "".join(f"{name}: {why}\n" for name, why in failing).encode())
            else:
                self._send(200, "".join(f"{name}: ok\n" for name in self.server.checks).encode() or b"ok\n")
        elif path == "/metrics":
            encode, content_type = choose_encoder(self.headers.get("Accept", ""))
            self._send(200, encode(self.server.registry), content_type)
        else:
            self._send(404, b"not found: try /healthz, /readyz or /metrics\n")

    def _send(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # probes every few seconds: debug only
        log.debug("%s " + format, self.address_string(), *args)


class HealthServer:
    """Binds at construction (so a taken port fails at start-up, loudly); serves once started."""

    def __init__(self, host: str, port: int, *, checks: Mapping[str, Check], registry: CollectorRegistry) -> None:
        server_class = _Server6 if ":" in host else _Server
        self.server = server_class((host, port), checks, registry)
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self.server.server_address[0])

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> HealthServer:
        self._thread = threading.Thread(target=self.server.serve_forever, name="podnet-health", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join()
        self.server.server_close()
