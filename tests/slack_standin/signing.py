"""HTTP-mode helpers of the Slack STAND-IN: sign and send requests as Slack sends them to a Request URL.

Slack signs each request with ``X-Slack-Request-Timestamp`` and ``X-Slack-Signature: v0=`` +
hex HMAC-SHA256(signing secret, ``v0:{timestamp}:{raw body}``) ("Verifying requests from
Slack"; the same computation as ``slack_sdk.signature.SignatureVerifier``). Events API bodies
are JSON; slash commands are form-encoded fields; interactions are form-encoded ``payload=<json>``;
a redelivery carries ``X-Slack-Retry-Num`` and ``X-Slack-Retry-Reason``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from . import payloads
from .payloads import AppIdentity

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def sign(signing_secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """The two headers Slack adds to every request it sends to an app."""
    ts = int(time.time()) if timestamp is None else int(timestamp)
    base = f"v0:{ts}:".encode() + body
    digest = hmac.new(signing_secret.encode("utf-8"), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": f"v0={digest}"}


def retry_headers(retry_num: int, reason: str = "http_timeout") -> dict[str, str]:
    """Headers of a redelivery (``reason``: ``http_timeout``, ``http_error``, ``too_many_redirects``…)."""
    return {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": reason}


def events_api_body(
    event: dict[str, Any],
    identity: AppIdentity | None = None,
    *,
    event_id: str | None = None,
    event_time: int | None = None,
) -> bytes:
    """The JSON body of an Events API delivery (``type: event_callback``)."""
    body = payloads.event_callback(event, identity or AppIdentity(), event_id=event_id, event_time=event_time)
    return json.dumps(body).encode("utf-8")


def url_verification_body(challenge: str, identity: AppIdentity | None = None) -> bytes:
    return json.dumps(payloads.url_verification(challenge, identity or AppIdentity())).encode("utf-8")


def slash_command_body(fields: Mapping[str, str]) -> bytes:
    """Form-encoded slash command fields (see ``payloads.slash_command``)."""
    return urlencode(dict(fields)).encode("utf-8")


def interactive_body(payload: Mapping[str, Any]) -> bytes:
    """An interaction as Slack posts it: the form field ``payload`` holding the JSON."""
    return urlencode({"payload": json.dumps(payload)}).encode("utf-8")


def content_type_of(body: bytes) -> str:
    return JSON if body.lstrip()[:1] == b"{" else FORM


@dataclass(frozen=True)
class AppResponse:
    """What the app answered, and how long it took."""

    status: int
    body: bytes
    headers: dict[str, str]
    elapsed: float  # seconds, monotonic

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


def post_to_app(url: str, body: bytes, headers: Mapping[str, str], *, timeout: float = 10.0) -> AppResponse:
    """POST like Slack does (no proxy), returning the status even for 4xx/5xx answers."""
    request = urllib.request.Request(url, data=body, method="POST", headers=dict(headers))
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    started = time.monotonic()
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read()
            status, got = response.status, dict(response.headers.items())
    except urllib.error.HTTPError as err:
        data = err.read()
        status, got = err.code, dict(err.headers.items())
    return AppResponse(status, data, got, time.monotonic() - started)
