"""slack_sdk's retry handlers, counting each retry they decide to make.

slack_sdk asks each handler `can_retry(...)` and, from the first that says yes, calls
`prepare_for_next_attempt(...)`, which waits (Retry-After, or a back-off) and then marks the next attempt
as requested. Counting there, once the wait is over, counts exactly the calls sent again.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.state import RetryState

from bot.observability.metrics import METRICS, Metrics


class CountingRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """Retries HTTP 429 after Retry-After; counts `podnet_slack_retries_total{reason="rate_limited"}`."""

    def __init__(self, *args: Any, metrics: Metrics = METRICS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.metrics = metrics

    def prepare_for_next_attempt(self, *, state: RetryState, **kwargs: Any) -> None:
        super().prepare_for_next_attempt(state=state, **kwargs)
        _count(self.metrics, state, "rate_limited")


class CountingConnectionRetryHandler(ConnectionErrorRetryHandler):
    """Retries connection resets and refusals; counts `podnet_slack_retries_total{reason="connection"}`."""

    def __init__(self, *args: Any, metrics: Metrics = METRICS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.metrics = metrics

    def prepare_for_next_attempt(self, *, state: RetryState, **kwargs: Any) -> None:
        super().prepare_for_next_attempt(state=state, **kwargs)
        _count(self.metrics, state, "connection")


def _count(metrics: Metrics, state: RetryState, reason: str) -> None:
    if state.next_attempt_requested:  # the handler may also give up (a 429 without a response raises)
        metrics.slack_retries.labels(reason).inc()


def counting_handlers(metrics: Metrics = METRICS) -> list[RetryHandler]:
    """The retry handlers `podnet serve`'s WebClient uses (rate limits are not retried by default)."""
    return [
        CountingRateLimitRetryHandler(max_retry_count=5, metrics=metrics),
        CountingConnectionRetryHandler(max_retry_count=2, metrics=metrics),
    ]
