"""HTTP mode's request side, for `bot.cli.http_server`: a request's head parsed strictly into a WSGI
environ, the WSGI call on a worker thread, and the bytes of a response.

Only what Slack sends is taken: `METHOD /target HTTP/1.x`, headers as `Name: value` lines (CRLF), a body of
exactly `Content-Length` bytes. A malformed request line or header is `BadRequest` (400), a chunked body 411:
nothing of it reaches the application. Responses always close the connection (Bolt's acknowledgements
are small; no keep-alive).
"""

from __future__ import annotations

import io
import logging
import re
import socket
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

log = logging.getLogger("podnet.http")

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

MAX_HEADERS = 100
SEND_TIMEOUT = 5.0  # seconds for a worker to write a response (a client that reads nothing is let go)
_METHOD = re.compile(rb"[A-Z]{1,16}")
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}")
_VERSION = re.compile(rb"HTTP/1\.[01]")


class BadRequest(Exception):
    """A request refused before the application: its status line and why (for the one log line)."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def parse_head(head: bytes, local: tuple[str, int], peer: tuple[str, int]) -> dict[str, Any]:
    """The WSGI environ of a request's line and headers (`head`, without the blank line), minus
    `wsgi.input`; `BadRequest` on anything malformed. Header names with `_` are dropped (as wsgiref
    does: `X_Slack_Signature` must not pose as `X-Slack-Signature`)."""
    lines = head.split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or not (_METHOD.fullmatch(parts[0]) and _VERSION.fullmatch(parts[2]) and parts[1].isascii()):
        raise BadRequest("400 Bad Request", "malformed request line")
    method, target, version = (part.decode("ascii") for part in parts)
    if not target.startswith("/") or any(c <= " " or c == "\x7f" for c in target):
        raise BadRequest("400 Bad Request", "malformed request target")
    if len(lines) - 1 > MAX_HEADERS:
        raise BadRequest("431 Request Header Fields Too Large", f"more than {MAX_HEADERS} headers")
    path, _, query = target.partition("?")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote(path, "iso-8859-1"),
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": version,
        "SERVER_NAME": local[0],
        "SERVER_PORT": str(local[1]),
        "REMOTE_ADDR": peer[0],
        "REMOTE_PORT": str(peer[1]),
    }
    lengths: set[str] = set()
    for line in lines[1:]:
        name, colon, raw = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):
            raise BadRequest("400 Bad Request", "malformed header line")
        value = raw.strip(b" \t").decode("iso-8859-1")
        if any(c in value for c in "\r\n\x00"):
            raise BadRequest("400 Bad Request", "control character in a header")
        key = name.decode("ascii").upper()
        if key == "TRANSFER-ENCODING":
            raise BadRequest("411 Length Required", "Transfer-Encoding instead of Content-Length")
        if key == "CONTENT-LENGTH":
            lengths.add(value)
        if "_" in key:
            continue
        key = key.replace("-", "_")
        key = key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key
        environ[key] = environ[key] + "," + value if key in environ and key.startswith("HTTP_") else value
    if len(lengths) > 1:
        raise BadRequest("400 Bad Request", "Content-Length given twice, differently")
    return environ


def content_length(environ: dict[str, Any], max_body: int) -> int:
    """The body's length: 0 without a Content-Length; `BadRequest` if not a number or over `max_body`."""
    raw = (environ.get("CONTENT_LENGTH") or "").strip()
    if not raw:
        return 0
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise BadRequest("400 Bad Request", "Content-Length is not a number")
    length = int(raw)
    if length > max_body:
        raise BadRequest("413 Content Too Large", f"body of {length} bytes is over the {max_body}-byte limit")
    return length


def short_response(status: str, extra: str = "") -> bytes:
    """A whole response for a refusal: status line, a plain-text body naming the status, `Connection: close`."""
    body = status.encode("ascii", "replace") + b"\n"
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n{extra}"
        "Connection: close\r\n\r\n"
    ).encode("ascii", "replace") + body


class _LogStream:
    """`wsgi.errors`: what the application writes there, one log record per flush (and at the end)."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def write(self, text: str) -> int:
        self._parts.append(text)
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        self._parts.clear()
        if text:
            log.error("HTTP: the request's handler wrote: %s", text[:2000])


def call_app(app: WsgiApp, environ: dict[str, Any], body: bytes) -> bytes:
    """The application's whole response to one request, as bytes ready to send (`Connection: close`).
    An application that fails gets a 500 and one log line."""
    errors = _LogStream()
    environ.update(
        {
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": errors,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
    )
    started: list[tuple[str, list[tuple[str, str]]]] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
        started[:] = [(status, list(headers))]
        return lambda data: None  # the legacy write(): nothing of podnet's uses it

    try:
        result = app(environ, start_response)
        try:
            payload = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        if not started:
            raise RuntimeError("the application returned without calling start_response")
    except Exception as err:
        log.error("HTTP: the request's handler failed: %s: %s", type(err).__name__, err)
        return short_response("500 Internal Server Error")
    finally:
        errors.flush()
    status, headers = started[0]
    log.debug('"%s %s %s" %s', environ["REQUEST_METHOD"], environ["PATH_INFO"], environ["SERVER_PROTOCOL"], status)
    lines = [f"HTTP/1.1 {status}"]
    lines += [f"{k}: {v}" for k, v in headers if k.lower() not in ("content-length", "connection")]
    lines += [f"Content-Length: {len(payload)}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode("iso-8859-1", "replace") + payload


def send_and_close(sock: socket.socket, data: bytes) -> None:
    """Write a response within SEND_TIMEOUT, then close (FIN after the data)."""
    try:
        sock.settimeout(SEND_TIMEOUT)
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
    except OSError as err:
        log.debug("HTTP: the response could not be written (%s)", err)
    finally:
        sock.close()
