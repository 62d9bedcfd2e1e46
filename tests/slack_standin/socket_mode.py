"""The Socket Mode side of the Slack STAND-IN: the WebSocket URL that apps.connections.open hands out.

What slack_sdk's Socket Mode clients expect, as read in ``slack_sdk.socket_mode.builtin``
(handshake, frame parsing, ping/pong) and in slack_sdk's mock Socket Mode server: after the
upgrade the server sends ``{"type": "hello", "num_connections": …, "debug_info": {…},
"connection_info": {"app_id": …}}``; then envelopes ``{"envelope_id", "type", "payload",
"accepts_response_payload"}`` (``events_api`` ones also carry ``retry_attempt`` and
``retry_reason``); the app answers each with ``{"envelope_id": …}`` (optionally ``payload``).
A ``{"type": "disconnect", "reason": …}`` message asks the client to reconnect.
Send and acknowledgement times are recorded with ``time.monotonic()``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socketserver
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .recorder import Envelope, Recorder
from .websocket import ConnectionClosed, WebSocketConnection, accept_key

log = logging.getLogger(__name__)


class NoSocketModeClient(RuntimeError):
    """No app is connected, so an envelope cannot be delivered."""


class SocketModeServer(ThreadingHTTPServer):
    """WebSocket endpoint ``/link/?ticket=…&app_id=…`` on 127.0.0.1 and a free port."""

    daemon_threads = True

    def __init__(self, recorder: Recorder, app_id: str) -> None:
        super().__init__(("127.0.0.1", 0), _LinkHandler)
        self.recorder = recorder
        self.app_id = app_id
        self._cond = threading.Condition()
        self._tickets: set[str] = set()
        self._active: list[WebSocketConnection] = []
        self._retiring: list[WebSocketConnection] = []  # asked to reconnect; closed once a new one is up
        self.connections_opened = 0
        self.messages_received: list[dict[str, Any]] = []

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # skip HTTPServer's reverse DNS lookup (getfqdn)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    # -- tickets ---------------------------------------------------------------------------

    def issue_url(self) -> str:
        ticket = str(uuid.uuid4())
        with self._cond:
            self._tickets.add(ticket)
        return f"ws://127.0.0.1:{self.server_port}/link/?ticket={ticket}&app_id={self.app_id}"

    def ticket_ok(self, ticket: str | None) -> bool:
        with self._cond:
            return ticket in self._tickets

    # -- connections -----------------------------------------------------------------------

    @property
    def active_connections(self) -> int:
        with self._cond:
            return len(self._active)

    def wait_for_connection(self, timeout: float = 10.0, *, count: int = 1) -> None:
        """Wait until ``count`` clients have received ``hello`` and are connected."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._active) >= count, timeout):
                raise TimeoutError(f"no Socket Mode client connected within {timeout}s")

    def serve_connection(self, conn: WebSocketConnection) -> None:
        """Run one upgraded connection to its end: hello, then read acks until it closes."""
        with self._cond:
            number = len(self._active) + 1
        hello = {
            "type": "hello",
            "num_connections": number,
            "debug_info": {"host": "applink-standin-1", "build_number": 1, "approximate_connection_time": 18060},
            "connection_info": {"app_id": self.app_id},
        }
        try:
            conn.send_text(json.dumps(hello))
        except (ConnectionClosed, OSError):
            return
        with self._cond:
            self._active.append(conn)
            self.connections_opened += 1
            retiring, self._retiring = self._retiring, []
            self._cond.notify_all()
        for old in retiring:  # as Slack does once the client has opened its new connection
            old.close(1001, "going away")
        try:
            while True:
                message = conn.receive()
                self._on_text(message.data)
        except ConnectionClosed as closed:
            log.debug("socket mode connection closed: %s", closed)
        finally:
            with self._cond:
                if conn in self._active:
                    self._active.remove(conn)
                self._cond.notify_all()

    def _on_text(self, data: bytes) -> None:
        at = time.monotonic()
        try:
            message = json.loads(data)
        except ValueError:
            log.warning("socket mode: not JSON from the app: %r", data[:200])
            return
        if not isinstance(message, dict):
            return
        with self._cond:
            self.messages_received.append(message)
        envelope_id = message.get("envelope_id")
        if isinstance(envelope_id, str):
            payload = message.get("payload")
            self.recorder.ack_received(envelope_id, payload if isinstance(payload, dict) else None, at)

    def _newest(self, timeout: float) -> WebSocketConnection:
        with self._cond:
            if not self._cond.wait_for(lambda: bool(self._active), timeout):
                raise NoSocketModeClient(f"no Socket Mode client connected within {timeout}s")
            return self._active[-1]

    # -- sending ---------------------------------------------------------------------------

    def send_envelope(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool,
        retry_attempt: int | None = None,
        retry_reason: str = "",
        connect_timeout: float = 10.0,
    ) -> Envelope:
        """Deliver one envelope to the newest connection (waiting for one if needed)."""
        conn = self._newest(connect_timeout)
        envelope_id = str(uuid.uuid4())
        frame: dict[str, Any] = {
            "envelope_id": envelope_id,
            "payload": payload,
            "type": kind,
            "accepts_response_payload": accepts_response_payload,
        }
        if retry_attempt is not None:
            frame["retry_attempt"] = retry_attempt
            frame["retry_reason"] = retry_reason
        envelope = Envelope(
            envelope_id, kind, payload, accepts_response_payload, retry_attempt or 0, sent_at=time.monotonic()
        )
        self.recorder.envelope_sent(envelope)  # before the write, so an ack can never come first
        conn.send_text(json.dumps(frame))
        return envelope

    def send_disconnect(self, reason: str = "refresh_requested") -> None:
        """Ask the connected clients to reconnect, as Slack does before recycling a connection."""
        message = {
            "type": "disconnect",
            "reason": reason,
            "debug_info": {"host": "applink-standin-1"},
        }
        with self._cond:
            targets = list(self._active)
            self._retiring.extend(targets)
        for conn in targets:
            with contextlib.suppress(ConnectionClosed, OSError):
                conn.send_text(json.dumps(message))

    def close_all(self, code: int = 1001, reason: str = "going away") -> None:
        """Close every connection from the server side (a client with auto-reconnect comes back)."""
        with self._cond:
            targets = list(self._active)
        for conn in targets:
            conn.close(code, reason)


class _LinkHandler(BaseHTTPRequestHandler):
    server: SocketModeServer
    protocol_version = "HTTP/1.1"
    server_version = "SlackStandIn/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("socket mode: " + format, *args)

    def _refuse(self, status: int, text: str, headers: dict[str, str] | None = None) -> None:
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path.rstrip("/") != "/link":
            self._refuse(404, "Not Found")
            return
        ticket = parse_qs(url.query).get("ticket", [""])[0]
        if not self.server.ticket_ok(ticket):
            self._refuse(401, "invalid ticket")
            return
        key = self.headers.get("Sec-WebSocket-Key")
        upgrade = self.headers.get("Upgrade", "").lower() == "websocket"
        connection = "upgrade" in self.headers.get("Connection", "").lower()
        if not (key and upgrade and connection):
            self._refuse(400, "not a websocket handshake")
            return
        if self.headers.get("Sec-WebSocket-Version", "").strip() != "13":
            self._refuse(426, "Upgrade Required", {"Sec-WebSocket-Version": "13"})
            return
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept_key(key))
        self.end_headers()
        self.close_connection = True
        self.server.serve_connection(WebSocketConnection(self.connection, self.rfile))
