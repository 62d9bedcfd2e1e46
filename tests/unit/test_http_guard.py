"""HTTP mode's front door, over real sockets on 127.0.0.1: podnet's own server (`bot.cli.http_server`) with
the guard in front of an application that records what reaches it. Nothing unverified reaches it, nothing
oversized is read, malformed requests get a 4xx and one log line without the body, and idle connections
cannot pile up threads."""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.cli.http_server import QuietHandler, ThreadingWSGIServer, make_server
from bot.slack.http_guard import FUTURE_SKEW, MAX_BODY, guarded
from tests.slack_standin.signing import sign
from tests.unit.loopback import WAIT

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


class Server:
    def __init__(self, max_connections: int = 64, timeout: float = 10.0) -> None:
        self.bodies: list[bytes] = []

        def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
            self.bodies.append(environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"])))
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]

        class Handler(QuietHandler):
            pass

        Handler.timeout = timeout

        class Bounded(ThreadingWSGIServer):
            pass

        Bounded.max_connections = max_connections
        self.server = make_server("127.0.0.1", 0, guarded(app, SECRET), server_class=Bounded, handler_class=Handler)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def post(self, body: bytes, headers: dict[str, str], path: str = "/slack/events") -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def test_a_signed_request_reaches_the_app_with_its_body(server: Server) -> None:
    body = b'{"type":"event_callback","event":{"text":"lookup x: i/o timeout"}}'
    assert server.post(body, sign(SECRET, body)) == (200, b"ok")
    assert server.bodies == [body]


def test_an_oversized_body_is_refused_before_a_byte_of_it_is_read(server: Server) -> None:
    """A 100 MB unsigned POST: the answer comes back after the headers alone, the body never sent."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {100 * 1024 * 1024}\r\n\r\n".encode()
            + b'{"a":'
        )
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.0 413") or answer.startswith(b"HTTP/1.1 413"), answer
    assert server.bodies == []


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        ({"Content-Length": "abc"}, b"{}", 400),
        ({"X-Slack-Request-Timestamp": "yesterday"}, b"{}", 400),
        ({}, b"\xff\xfe not utf-8", 400),
        ({"X-Slack-Signature": "v0=" + "0" * 64}, b"{}", 401),
        ({"X-Slack-Request-Timestamp": str(int(time.time()) + FUTURE_SKEW + 120)}, b"{}", 401),
        ({"X-Slack-Request-Timestamp": str(int(time.time()) - 600)}, b"{}", 401),
    ],
    ids=["length-not-a-number", "timestamp-not-a-number", "not-utf8", "forged", "future", "stale"],
)
def test_malformed_requests_get_a_4xx_and_never_reach_the_app(
    server: Server, caplog: pytest.LogCaptureFixture, headers: dict[str, str], body: bytes, status: int
) -> None:
    stamp = headers.get("X-Slack-Request-Timestamp", "")
    signed = sign(SECRET, body, int(stamp) if stamp.isdigit() else None)
    if stamp and not stamp.isdigit():
        signed["X-Slack-Request-Timestamp"] = stamp
    signed.update({k: v for k, v in headers.items() if k != "X-Slack-Request-Timestamp"})
    with caplog.at_level(logging.WARNING, logger="podnet.http"):
        if "Content-Length" in headers:  # http.client would send the right length: write the request by hand
            with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
                head = "".join(f"{k}: {v}\r\n" for k, v in signed.items())
                sock.sendall(f"POST /slack/events HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode() + body)
                got = int(sock.recv(4096).split()[1])
        else:
            got, _ = server.post(body, signed)
    assert got == status
    assert server.bodies == []
    refused = [r for r in caplog.records if r.name == "podnet.http" and "refused" in r.getMessage()]
    assert len(refused) == 1 and body.decode(errors="replace") not in refused[0].getMessage()


def test_a_timestamp_a_little_ahead_is_accepted(server: Server) -> None:
    body = b"{}"
    assert server.post(body, sign(SECRET, body, int(time.time()) + FUTURE_SKEW // 2))[0] == 200


def test_only_the_events_path_is_served(server: Server) -> None:
    body = b"{}"
    assert server.post(body, sign(SECRET, body), path="/admin")[0] == 404
    assert server.bodies == []


def test_idle_connections_cannot_pile_up_threads() -> None:
    """Many more half-open connections than slots: threads stay bounded; once the idle ones time out, a
    real request is served again."""
    running = Server(max_connections=8, timeout=1.0)
    idle: list[socket.socket] = []
    try:
        before = threading.active_count()
        for _ in range(60):
            idle.append(socket.create_connection(("127.0.0.1", running.port), timeout=WAIT))
        peak = threading.active_count()
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            peak = max(peak, threading.active_count())
            try:
                status, _ = running.post(b"{}", sign(SECRET, b"{}"))
            except (ConnectionError, http.client.HTTPException):
                continue
            if status == 200:
                break
        else:
            pytest.fail("no request was served after the idle connections timed out")
        assert peak - before <= 8 + 2, (before, peak)
        assert running.server.turned_away > 0
        assert MAX_BODY >= 512 * 1024  # Slack's largest payloads fit with margin
    finally:
        for sock in idle:
            sock.close()
        running.close()


def test_odd_digits_and_a_non_ascii_signature_are_refused_not_crashed(server: Server) -> None:
    body = b"{}"
    signed = sign(SECRET, body)
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: \xc2\xb2\r\n\r\n{}")  # "²"
        assert int(sock.recv(4096).split()[1]) == 400
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        head = f"X-Slack-Request-Timestamp: {signed['X-Slack-Request-Timestamp']}\r\n".encode()
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
            + head
            + "X-Slack-Signature: v0=é\r\n\r\n".encode()
            + body
        )
        assert int(sock.recv(4096).split()[1]) == 401
    assert server.bodies == []


def test_a_body_trickled_past_the_deadline_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.slack import http_guard

    monkeypatch.setattr(http_guard, "READ_DEADLINE", 0.5)
    running = Server(timeout=5.0)
    try:
        with socket.create_connection(("127.0.0.1", running.port), timeout=WAIT) as sock:
            signed = sign(SECRET, b"x" * 200)
            head = "".join(f"{k}: {v}\r\n" for k, v in signed.items())
            sock.sendall(f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 200\r\n{head}\r\n".encode())
            answer = b""
            for _ in range(200):  # one byte at a time, each well inside the socket's timeout
                try:
                    sock.sendall(b"x")
                except OSError:
                    break
                sock.settimeout(0.05)
                try:
                    answer = sock.recv(4096)
                except TimeoutError:
                    continue
                if answer:
                    break
        assert answer.split()[1:2] == [b"408"], answer
        assert running.bodies == []
    finally:
        running.close()
