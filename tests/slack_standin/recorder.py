"""What the Slack STAND-IN saw: every Web API call and every Socket Mode envelope, with waits.

Tests wait on a ``threading.Condition`` that is notified on every new record, never on a sleep
loop. Besides the Web API methods, two pseudo-methods are recorded in the same stream:
``"upload_url"`` (the bytes POSTed to a URL from ``files.getUploadURLExternal``) and
``"response_url"`` (a JSON POST to a slash command's or an action's ``response_url``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ApiCall:
    """One request the stand-in answered."""

    method: str
    args: dict[str, Any]
    response: dict[str, Any]
    status: int = 200
    token: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        return self.response.get("ok") is True

    @property
    def error(self) -> str | None:
        error = self.response.get("error")
        return str(error) if error is not None else None


@dataclass
class Envelope:
    """A Socket Mode envelope sent to the app, and the app's acknowledgement of it."""

    envelope_id: str
    type: str
    payload: dict[str, Any]
    accepts_response_payload: bool
    retry_attempt: int
    sent_at: float  # time.monotonic() when the frame was written
    acked_at: float | None = None
    ack_payload: dict[str, Any] | None = None

    @property
    def acked(self) -> bool:
        return self.acked_at is not None

    @property
    def ack_latency(self) -> float | None:
        """Seconds from sending the envelope to receiving its ack, or None before the ack."""
        return None if self.acked_at is None else self.acked_at - self.sent_at


CallMatcher = str | Callable[[ApiCall], bool]


class Recorder:
    """Thread-safe log of calls and envelopes; waits are condition waits with a timeout."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._calls: list[ApiCall] = []
        self._envelopes: dict[str, Envelope] = {}
        self.unknown_acks: list[dict[str, Any]] = []

    # -- Web API calls -------------------------------------------------------------------

    def record(self, call: ApiCall) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def calls(self, method: str | None = None) -> list[ApiCall]:
        with self._cond:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, what: CallMatcher, timeout: float = 5.0, *, since: int = 0, count: int = 1) -> ApiCall:
        """The ``count``-th call (from index ``since`` of ``calls()``) matching a method name or predicate."""
        matches: Callable[[ApiCall], bool] = (lambda c: c.method == what) if isinstance(what, str) else what
        found: list[ApiCall] = []

        def ready() -> bool:
            found[:] = [c for c in self._calls[since:] if matches(c)]
            return len(found) >= count

        with self._cond:
            if not self._cond.wait_for(ready, timeout):
                seen = ", ".join(f"{c.method}({c.error or 'ok'})" for c in self._calls[since:]) or "nothing"
                label = what if isinstance(what, str) else getattr(what, "__name__", "predicate")
                raise TimeoutError(f"no {label} call (#{count}) within {timeout}s; saw: {seen}")
            return found[count - 1]

    # -- Socket Mode envelopes -----------------------------------------------------------

    def envelope_sent(self, envelope: Envelope) -> None:
        with self._cond:
            self._envelopes[envelope.envelope_id] = envelope
            self._cond.notify_all()

    def ack_received(self, envelope_id: str, payload: dict[str, Any] | None, at: float) -> None:
        with self._cond:
            envelope = self._envelopes.get(envelope_id)
            if envelope is None:
                self.unknown_acks.append({"envelope_id": envelope_id, "payload": payload})
            elif envelope.acked_at is None:
                envelope.acked_at = at
                envelope.ack_payload = payload
            self._cond.notify_all()

    def envelopes(self) -> list[Envelope]:
        with self._cond:
            return list(self._envelopes.values())

    def envelope(self, envelope_id: str) -> Envelope:
        with self._cond:
            return self._envelopes[envelope_id]

    def wait_for_ack(self, envelope_id: str, timeout: float = 5.0) -> Envelope:
        with self._cond:
            if envelope_id not in self._envelopes:
                raise KeyError(f"no envelope {envelope_id} was sent")
            envelope = self._envelopes[envelope_id]
            if not self._cond.wait_for(lambda: envelope.acked, timeout):
                raise TimeoutError(f"envelope {envelope_id} ({envelope.type}) not acknowledged within {timeout}s")
            return envelope
