"""The real `podnet serve` on the lab, driven the way Slack drives it, for the end-to-end and fault tests.

`Serve` is one running `podnet serve` (Socket Mode or HTTP) with the Slack stand-in and the lab's
environment; `deliver`, `command` and `click` send an event, a `/podnet` command and a button press the
way the mode does; `connections` reads the kept SSH connections from its /metrics."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from tests.lab.conftest import Lab
from tests.podnet_serve import ServeProcess, start_serve
from tests.slack_standin import SlackStandIn
from tests.slack_standin.recorder import ApiCall

ALLOWED = "U0ALICE"
OUTSIDER = "U0BOB"


@dataclass
class Serve:
    slack: SlackStandIn
    lab: Lab
    process: ServeProcess
    audit: Path

    @property
    def url(self) -> str | None:
        return self.process.url

    def final_update(self, reply_ts: str, timeout: float = 90) -> ApiCall:
        """The chat.update that turns the threaded reply into the verdict."""
        return self.slack.wait_for(
            lambda c: (
                c.method == "chat.update"
                and c.args.get("ts") == reply_ts
                and str(c.args.get("text", "")).split(":")[0] in ("healthy", "problem", "inconclusive")
            ),
            timeout=timeout,
        )

    def reply_in_thread(self, thread_ts: str, timeout: float = 10, since: int = 0) -> ApiCall:
        return self.slack.wait_for(
            lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == thread_ts and c.ok,
            timeout=timeout,
            since=since,
        )


def start_serving(
    lab: Lab,
    slack: SlackStandIn,
    tmp: Path,
    *,
    http: bool,
    env: dict[str, str] | None = None,
    before_ready: Callable[[ServeProcess], None] | None = None,
) -> Serve:
    audit = tmp / "audit.jsonl"
    env = {
        **lab.env(),
        "PODNET_AUDIT_LOG": str(audit),
        "PODNET_ALLOWED_USERS": ALLOWED,
        "PODNET_LOG_LEVEL": "INFO",
        **(env or {}),
    }
    running = start_serve(slack, tmp, http=http, env=env, before_ready=before_ready)
    return Serve(slack, lab, running, audit)


def deliver(serve: Serve, event: dict, *, event_id: str | None = None, retry: int = 0) -> float:
    """Deliver an event the way the mode does; returns how long the bot took to acknowledge it."""
    if serve.url is None:
        envelope = serve.slack.send_event(event, event_id=event_id, retry_attempt=retry)
        ack = serve.slack.wait_for_ack(envelope, timeout=3)
        assert ack.ack_latency is not None
        return ack.ack_latency
    body = serve.slack.event_body(event, event_id=event_id)
    response = serve.slack.post_to_app(serve.url, body, serve.slack.signed_headers(body, retry_num=retry or None))
    assert response.status == 200, response.body
    return response.elapsed


def command(serve: Serve, text: str, user: str) -> float:
    if serve.url is None:
        envelope = serve.slack.send_slash_command("/podnet", text, user_id=user)
        ack = serve.slack.wait_for_ack(envelope, timeout=3)
        assert ack.ack_latency is not None
        return ack.ack_latency
    from urllib.parse import urlencode

    body = urlencode(serve.slack.slash_command_payload("/podnet", text, user_id=user)).encode()
    response = serve.slack.post_to_app(serve.url, body)
    assert response.status == 200, response.body
    return response.elapsed


def click(serve: Serve, action_id: str, value: str, message_ts: str, user: str) -> None:
    if serve.url is None:
        envelope = serve.slack.send_block_action(action_id, value=value, user_id=user, message_ts=message_ts)
        serve.slack.wait_for_ack(envelope, timeout=3)
        return
    from urllib.parse import urlencode

    payload = serve.slack.block_action_payload(action_id, value=value, user_id=user, message_ts=message_ts)
    body = urlencode({"payload": json.dumps(payload)}).encode()
    assert serve.slack.post_to_app(serve.url, body).status == 200


def connections(serve: Serve) -> dict[str, float]:
    """podnet serve's kept-open SSH connections, from its /metrics."""
    assert serve.process.health_url is not None
    with urllib.request.urlopen(serve.process.health_url + "/metrics", timeout=5) as response:
        body = response.read().decode()
    found = {}
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            if sample.name == "podnet_ssh_connections_total":
                found[sample.labels["how"]] = sample.value
            elif sample.name == "podnet_ssh_connections_open":
                found["open"] = sample.value
    return found
