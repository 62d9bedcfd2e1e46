"""The real `podnet serve` against faults that used to stall it: with the Kubernetes API accepting
connections and never answering, five `/podnet check` in a row must not delay the acknowledgement of a
sixth command, nor its answer (the work after an ack runs off Bolt's listener threads)."""

from __future__ import annotations

from pathlib import Path

from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn
from tests.unit.loopback import WAIT, silent_api

OPS = "U0ALICE"


def test_checks_stuck_on_a_silent_api_do_not_delay_help(tmp_path: Path) -> None:
    with (
        silent_api(tmp_path) as kubeconfig,
        SlackStandIn(channels={"C0LAB": "lab"}, users={OPS: "alice"}) as slack,
    ):
        env = {"KUBECONFIG": str(kubeconfig), "PODNET_ALLOWED_USERS": OPS, "PODNET_HEALTH_PORT": "0"}
        serve = start_serve(slack, tmp_path, http=False, env=env)
        try:
            for _ in range(5):
                slack.wait_for_ack(slack.send_slash_command("/podnet", "check node-1", user_id=OPS), timeout=3)
            ack = slack.wait_for_ack(slack.send_slash_command("/podnet", "help", user_id=OPS), timeout=3)
            usage = slack.wait_for(
                lambda c: c.method == "chat.postEphemeral" and "/podnet check <node>" in str(c.args["text"]),
                timeout=WAIT,
            )
        finally:
            serve.stop()
    assert ack.ack_latency is not None and ack.ack_latency < 1.0, ack.ack_latency
    assert usage.args["user"] == OPS
