"""The real `podnet serve` process, observable end to end."""

from __future__ import annotations

import json
from pathlib import Path

from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event
from tests.unit.loopback import WAIT
from tests.unit.observability.helpers import FakeApi, get

# -- the real process ---------------------------------------------------------------------------------


def test_podnet_serve_is_observable_end_to_end(tmp_path: Path, fake_api: FakeApi) -> None:
    """`podnet serve` in Socket Mode against the Slack stand-in and a fake API server: healthy, ready,
    redeliveries counted, and every log line JSON (stderr is a pipe)."""
    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text(
        json.dumps(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "fake", "cluster": {"server": fake_api.url}}],
                "users": [{"name": "fake", "user": {"token": "fake-token"}}],
                "contexts": [{"name": "fake", "context": {"cluster": "fake", "user": "fake"}}],
                "current-context": "fake",
            }
        )
    )
    with SlackStandIn(channels={"C0LAB": "lab"}, users={"U0ALICE": "alice"}) as slack:
        serve = start_serve(slack, tmp_path, http=False, env={"KUBECONFIG": str(kubeconfig)})
        try:
            assert serve.health_url is not None
            port = serve.health_url.rsplit(":", 1)[1]
            serve.wait_for_line(f"podnet: health on 127.0.0.1:{port} (/healthz /readyz /metrics)")
            assert get(serve.health_url + "/healthz")[0] == 200
            status, _, body = get(serve.health_url + "/readyz")
            assert (status, body) == (200, "slack: ok\nkubernetes: ok\ndatabase: ok\nworkers: ok\naudit: ok\n")
            assert fake_api.requests == 1

            event = message_event("lunch at noon?", ts=slack.workspace.next_ts())
            slack.wait_for_ack(slack.send_event(dict(event), event_id="Ev0REDELIVER"), timeout=WAIT)
            slack.wait_for_ack(slack.send_event(dict(event), event_id="Ev0REDELIVER", retry_attempt=1), timeout=WAIT)
            _, _, metrics = get(serve.health_url + "/metrics")
            assert "podnet_slack_redeliveries_total 1.0" in metrics.splitlines()
            serve.wait_for_line("dropping repeated delivery of Ev0REDELIVER")
        finally:
            serve.stop()
    logged = [json.loads(line) for line in serve.stderr if line.strip()]
    assert {"time", "level", "logger", "message"} <= set(logged[0])
    assert slack.bot_token not in "".join(serve.stderr) and slack.app_token not in "".join(serve.stderr)
