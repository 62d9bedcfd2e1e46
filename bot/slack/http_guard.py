"""HTTP mode's front door: a request is checked before anything reads or logs its body.

Slack signs every request (`X-Slack-Signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")`,
`X-Slack-Request-Timestamp`). Bolt checks that too, but only after the WSGI adapter has read the whole body
into memory, and it logs the unverified body when the check fails. Here, in order:
- only `POST /slack/events`;
- `Content-Length` present, a number, at most `MAX_BODY` (Slack's largest payloads, message events with
  40,000 characters of text and blocks, are a few hundred KB): larger is refused before reading a byte;
- the timestamp a number, at most five minutes old (Slack's rule) and at most `FUTURE_SKEW` seconds ahead;
- the signature right (constant-time compare), over exactly the bytes read;
- the body UTF-8.
A refused request gets a short status (400, 401, 404, 405, 411, 413) and one log line with what was wrong
and nothing of the body; only a verified request reaches Bolt, with the body it was verified on.

The checks that need no body (all but the last two) are also `Guarded.check_head`: podnet's own front end
(`bot.cli.http_server`) runs them as soon as a request's headers are in, so a refused request's body is
never read at all (a 100 MB unsigned POST costs its headers); the WSGI call then checks everything again
over the body it read.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

MAX_BODY = 1024 * 1024
MAX_AGE = 300
FUTURE_SKEW = 30
READ_DEADLINE = 10.0  # seconds for the whole body (Slack sends it at once), when a server streams it
PATH = "/slack/events"

log = logging.getLogger("podnet.http")

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class Refused(Exception):
    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _content_length(environ: dict[str, Any]) -> int:
    raw = environ.get("CONTENT_LENGTH") or ""
    if not raw.strip():
        raise Refused("411 Length Required", "no Content-Length")
    if not (raw.strip().isascii() and raw.strip().isdigit()):  # isdigit alone takes "²"
        raise Refused("400 Bad Request", "Content-Length is not a number")
    length = int(raw)
    if length > MAX_BODY:
        raise Refused("413 Content Too Large", f"body of {length} bytes is over the {MAX_BODY}-byte limit")
    return length


def _timestamp(environ: dict[str, Any], now: float) -> str:
    raw = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or ""
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 12:
        raise Refused("400 Bad Request", "X-Slack-Request-Timestamp is missing or not a number")
    age = now - int(raw)
    if age > MAX_AGE:
        raise Refused("401 Unauthorized", f"request timestamp is {int(age)} s old (at most {MAX_AGE})")
    if -age > FUTURE_SKEW:
        raise Refused("401 Unauthorized", f"request timestamp is {int(-age)} s in the future (at most {FUTURE_SKEW})")
    return raw


def _read(environ: dict[str, Any], length: int) -> bytes:
    """The body, within READ_DEADLINE in all: the socket's timeout bounds each read, so a client that
    sends a byte every few seconds would otherwise hold its connection (and a slot) for as long as it likes."""
    stream = environ["wsgi.input"]
    chunks, left = [], length
    deadline = time.monotonic() + READ_DEADLINE
    while left > 0:
        if time.monotonic() > deadline:
            raise Refused("408 Request Timeout", f"body not sent within {READ_DEADLINE:.0f} s")
        read = getattr(stream, "read1", stream.read)  # what has arrived: the deadline is checked between reads
        chunk = read(min(left, 65536))
        if not chunk:
            raise Refused("400 Bad Request", f"body ended after {length - left} of {length} bytes")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _head(environ: dict[str, Any], now: float) -> tuple[int, str, str]:
    """The checks that need no body: (Content-Length, timestamp, signature); `Refused` otherwise."""
    if environ.get("PATH_INFO") != PATH:
        raise Refused("404 Not Found", "not the events path")
    if environ.get("REQUEST_METHOD") != "POST":
        raise Refused("405 Method Not Allowed", "not a POST")
    length = _content_length(environ)
    timestamp = _timestamp(environ, now)
    signature = environ.get("HTTP_X_SLACK_SIGNATURE") or ""
    if not signature.startswith("v0="):
        raise Refused("401 Unauthorized", "no v0 signature")
    return length, timestamp, signature


def verified_body(environ: dict[str, Any], secret: str, now: float) -> bytes:
    """The request's body once every check above has passed; `Refused` otherwise."""
    length, timestamp, signature = _head(environ, now)
    body = _read(environ, length)
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise Refused("401 Unauthorized", "signature does not match")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Refused("400 Bad Request", "body is not UTF-8") from err
    return body


def log_refusal(remote: object, refused: Refused) -> None:
    """The one log line of a refused request: who, the status, why; never anything of the body."""
    log.warning("refused an HTTP request from %s: %s (%s)", remote, refused.status, refused.reason)


class Guarded:
    """`app` behind the checks (a WSGI application): it only ever sees verified requests, their body
    re-wrapped as read. `check_head` is the part a server can run before reading the body."""

    def __init__(self, app: WsgiApp, secret: str, clock: Callable[[], float] = time.time) -> None:
        self.app = app
        self._secret = secret
        self._clock = clock

    def check_head(self, environ: dict[str, Any]) -> int:
        """The body's length if the request line and headers pass; `Refused` otherwise."""
        return _head(environ, self._clock())[0]

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            body = verified_body(environ, self._secret, self._clock())
        except Refused as refused:
            log_refusal(environ.get("REMOTE_ADDR"), refused)
            start_response(refused.status, [("Content-Type", "text/plain")])
            return [refused.status.encode() + b"\n"]
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)


def guarded(app: WsgiApp, secret: str, clock: Callable[[], float] = time.time) -> Guarded:
    """`app` behind the checks (see `Guarded`)."""
    return Guarded(app, secret, clock)
