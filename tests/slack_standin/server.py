"""The HTTP side of the Slack STAND-IN: the Web API at ``/api/<method>``, plus the two URLs
Slack hands out for later POSTs (a file upload URL and a ``response_url``).

Like Slack: arguments come form-encoded or as a JSON body (and in the query string); the token
comes as ``Authorization: Bearer …`` or as a ``token`` form field (never inside a JSON body);
errors are HTTP 200 ``{"ok": false, "error": …}``; a rate-limited call is HTTP 429 with a
``Retry-After`` header and ``{"ok": false, "error": "ratelimited"}``. Switches make a method
answer 429 or a chosen error for its next N calls. Every request is recorded.
"""

from __future__ import annotations

import json
import logging
import socketserver
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .methods import Call, TokenKind, WebApi
from .recorder import ApiCall, Recorder
from .validation import SlackError

log = logging.getLogger(__name__)


@dataclass
class _Injected:
    remaining: int
    error: str
    status: int
    headers: dict[str, str]


class Switches:
    """Per-method injected answers, consumed one per call in the order they were set."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: dict[str, list[_Injected]] = {}

    def rate_limit(self, method: str, times: int, retry_after: int) -> None:
        self._add(method, _Injected(times, "ratelimited", 429, {"Retry-After": str(retry_after)}))

    def fail(self, method: str, error: str, times: int, status: int) -> None:
        self._add(method, _Injected(times, error, status, {}))

    def _add(self, method: str, injected: _Injected) -> None:
        if injected.remaining > 0:
            with self._lock:
                self._queued.setdefault(method, []).append(injected)

    def take(self, method: str) -> _Injected | None:
        with self._lock:
            queue = self._queued.get(method)
            if not queue:
                return None
            head = queue[0]
            head.remaining -= 1
            if head.remaining <= 0:
                queue.pop(0)
            return head

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()


class WebApiServer(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1 and a free port; ``api`` is attached once the port is known."""

    daemon_threads = True

    def __init__(self, recorder: Recorder, switches: Switches, tokens: dict[str, TokenKind]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.recorder = recorder
        self.switches = switches
        self.tokens = tokens
        self.api: WebApi | None = None

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # skip HTTPServer's reverse DNS lookup (getfqdn)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/"


class _Handler(BaseHTTPRequestHandler):
    server: WebApiServer
    protocol_version = "HTTP/1.1"
    server_version = "SlackStandIn/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("web api: " + format, *args)

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    # -- plumbing --------------------------------------------------------------------------

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _reply(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def _reply_json(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        self._reply(status, json.dumps(body).encode("utf-8"), "application/json; charset=utf-8", headers)

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        raw = self._body()
        api = self.server.api
        if api is None:
            self._reply(503, b"starting", "text/plain")
        elif url.path.startswith("/api/"):
            self._web_api(api, url.path[len("/api/") :], url.query, raw)
        elif url.path.startswith("/upload/v1/") and self.command == "POST":
            self._upload(api, url.path.rsplit("/", 1)[-1], raw)
        elif url.path.startswith("/commands/") and self.command == "POST":
            self._response_url(api, url.path.rsplit("/", 1)[-1], raw)
        else:
            self._reply(404, b"Not Found", "text/plain")

    # -- /api/<method> ---------------------------------------------------------------------

    def _parse_args(self, query: str, raw: bytes) -> tuple[dict[str, Any], str | None, bool]:
        """(arguments, token, token came in the Authorization header)."""
        args: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        content_type = self.headers.get_content_type()
        form_token: str | None = args.pop("token", None)
        if content_type == "application/json" and raw:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise SlackError("invalid_json")
            body.pop("token", None)  # Slack ignores a token inside a JSON body
            args.update(body)
        elif content_type == "application/x-www-form-urlencoded" and raw:
            form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            form_token = form.pop("token", None) or form_token
            args.update(form)
        header = self.headers.get("Authorization", "")
        if header.lower().startswith("bearer "):
            return args, header[len("bearer ") :].strip(), True
        return args, form_token, False

    def _web_api(self, api: WebApi, method: str, query: str, raw: bytes) -> None:
        status, headers = 200, {}
        args: dict[str, Any] = {}
        token: str | None = None
        try:
            try:
                args, token, in_header = self._parse_args(query, raw)
            except (ValueError, UnicodeDecodeError) as exc:
                raise SlackError("invalid_json") from exc
            if not token:
                raise SlackError("not_authed")
            kind = self.server.tokens.get(token)
            if kind is None:
                raise SlackError("invalid_auth")
            injected = self.server.switches.take(method)
            if injected is not None:
                headers = injected.headers
                raise SlackError(injected.error, status=injected.status)
            response = api.call(method, Call(args, kind, in_header))
        except SlackError as err:
            status, response = err.status, err.body()
        self.server.recorder.record(ApiCall(method, args, response, status, token))
        self._reply_json(status, response, headers)

    # -- the URLs Slack hands out ----------------------------------------------------------

    def _upload(self, api: WebApi, file_id: str, raw: bytes) -> None:
        accepted = api.receive_upload(file_id, raw)
        status = 200 if accepted else 404
        response = {"ok": accepted, "file_id": file_id, "size": len(raw)}
        self.server.recorder.record(ApiCall("upload_url", {"file_id": file_id, "size": len(raw)}, response, status))
        self._reply(status, f"OK - {len(raw)}".encode() if accepted else b"Not Found", "text/plain")

    def _response_url(self, api: WebApi, key: str, raw: bytes) -> None:
        try:
            body: object = json.loads(raw or b"null")
        except ValueError:
            body = None
        status, text = api.response_url_post(key, body)
        args = body if isinstance(body, dict) else {"raw": raw.decode("utf-8", "replace")}
        self.server.recorder.record(ApiCall("response_url", args, {"ok": status == 200, "body": text}, status))
        self._reply(status, text.encode("utf-8"), "text/plain; charset=utf-8")
