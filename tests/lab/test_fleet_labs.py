"""One `podnet serve` for two lab clusters (`podnet lab up --name a` and `--name b`), each with its own API,
SSH config, known_hosts and key, named in PODNET_CLUSTERS. Lab `a` has node-2's route to the CoreDNS block
removed; lab `b` is healthy (and on another underlay, with the same node names).

A paste in a's channel is diagnosed in `a` (problem: routing), the same paste in b's channel in `b`
(healthy); `/podnet check a/node-2` runs in `a`; in the channel both serve, a name that is a Service in both
is asked about with buttons and pressing `b` runs it in `b`. The nightly sweep, due a minute ago, is caught
up at start-up: two summaries, each in its cluster's channel with that cluster's verdicts. Waits are on
recorded Slack calls and log lines, with timeouts; no sleeps.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.lab.conftest import podnet, require_root
from tests.lab.replies import Thread, button_value
from tests.lab.test_diagnose import RUNBOOK_ERROR
from tests.lab.test_nightly_e2e import body, is_summary, metadata
from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event

OPS = "U0ALICE"
CHANNELS = {"C0A": "team-a", "C0B": "team-b", "C0BOTH": "platform"}


def lab_env(name: str) -> dict[str, str]:
    exports = {}
    for line in podnet("lab", "env", "--name", name).stdout.splitlines():
        key, _, value = line.removeprefix("export ").partition("=")
        exports[key] = value.strip("'")
    return exports


@pytest.fixture(scope="module")
def clusters(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Both labs up, `a` broken; the clusters file that names them."""
    require_root()
    podnet("lab", "down", "--all")
    try:
        podnet("lab", "up", "--name", "a")
        podnet("lab", "up", "--name", "b")
        podnet("lab", "break", "route-missing", "--name", "a")
        tables = []
        for name, channel in (("a", "C0A"), ("b", "C0B")):
            env = lab_env(name)
            tables.append(
                f"[clusters.{name}]\n"
                f'kubeconfig = "{env["KUBECONFIG"]}"\n'
                f'ssh_config = "{env["PODNET_SSH_CONFIG"]}"\n'
                f'known_hosts = "{env["PODNET_KNOWN_HOSTS"]}"\n'
                f'ssh_key = "{env["PODNET_SSH_KEY"]}"\n'
                f'channels = ["{channel}", "C0BOTH"]\n'
                f'summary_channel = "{channel}"\n'
            )
        path = tmp_path_factory.mktemp("fleet") / "clusters.toml"
        path.write_text("\n".join(tables))
        yield path
    finally:
        podnet("lab", "down", "--all")


def ended(thread: Thread, count: int = 1) -> list[str]:
    return [thread.wait_ended(reply).args["text"] for reply in thread.wait_started(count)]


def test_one_podnet_serve_for_two_lab_clusters(clusters: Path, tmp_path: Path) -> None:
    missed = (datetime.now(UTC) - timedelta(minutes=1)).minute
    lab_vars = ("KUBECONFIG", "PODNET_SSH_CONFIG", "PODNET_KNOWN_HOSTS", "PODNET_SSH_KEY", "PODNET_LAB_NAME")
    env = {
        **{k: v for k, v in os.environ.items() if k not in lab_vars},
        "PODNET_CLUSTERS": str(clusters),
        "PODNET_CHANNELS": "",  # where the clusters answer
        "PODNET_ALLOWED_USERS": OPS,
        "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        "PODNET_SWEEP_CRON": f"{missed} * * * *",  # the run a minute ago was missed: caught up at start-up
        "PODNET_TIMEZONE": "UTC",
        "PODNET_SWEEP_GRACE_MINUTES": "10",
    }
    with SlackStandIn(channels=CHANNELS, users={OPS: "alice"}) as slack:
        serve = start_serve(slack, tmp_path, http=False, env=env)
        try:
            slack.wait_for(is_summary, timeout=120, count=2)  # both clusters swept and summed up
            in_a = Thread(slack, slack.workspace.next_ts())
            slack.send_event(message_event(RUNBOOK_ERROR, channel="C0A", user=OPS, ts=in_a.ts))
            in_b = Thread(slack, slack.workspace.next_ts())
            slack.send_event(message_event(RUNBOOK_ERROR, channel="C0B", user=OPS, ts=in_b.ts))
            verdicts = {"a": ended(in_a), "b": ended(in_b)}

            start = len(slack.calls())
            slack.wait_for_ack(slack.send_slash_command("/podnet", "check a/node-2", user_id=OPS, channel_id="C0BOTH"))
            asked = slack.wait_for(
                lambda c: c.method == "chat.postMessage" and "/podnet check a/node-2" in str(c.args.get("text")),
                timeout=10,
                since=start,
            )
            check = Thread(slack, asked.response["ts"])
            checked = ended(check)

            both = Thread(slack, slack.workspace.next_ts())
            slack.send_event(
                message_event("getaddrinfo EAI_AGAIN default-region.onecloud", channel="C0BOTH", user=OPS, ts=both.ts)
            )
            question = slack.wait_for(
                lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == both.ts, timeout=15
            )
            value = button_value(question, "podnet_pick_cluster:b")
            slack.wait_for_ack(
                slack.send_block_action(
                    "podnet_pick_cluster:b",
                    value=value,
                    user_id=OPS,
                    channel_id="C0BOTH",
                    message_ts=question.response["ts"],
                )
            )
            picked = ended(both)
        finally:
            serve.stop()
    summaries = [c for c in slack.calls() if is_summary(c)]
    by_channel = {c.args["channel"]: body(c) for c in summaries}
    assert sorted(by_channel) == ["C0A", "C0B"], [c.args["channel"] for c in summaries]  # one summary each
    assert "1 of 3 nodes failing" in by_channel["C0A"] and "`routing` on node-2" in by_channel["C0A"]
    assert "all 3 nodes healthy" in by_channel["C0B"] and "routing" not in by_channel["C0B"].split("healthy", 1)[1]
    assert "sweep of a " in by_channel["C0A"] and "sweep of b " in by_channel["C0B"], by_channel  # titles name them
    assert {c.args["channel"]: metadata(c)["event_payload"].get("cluster") for c in summaries} == {
        "C0A": "a",
        "C0B": "b",
    }

    assert verdicts["a"][0].startswith("problem") and verdicts["b"][0].startswith("healthy"), verdicts
    titles = [str(t.started()[0].args["text"]) for t in (in_a, in_b, check, both)]
    assert [t.rsplit(" in ", 1)[-1].split()[0] for t in titles] == ["a", "b", "a", "b"], titles
    assert checked[0].startswith("problem"), checked
    assert "Which cluster" in str(question.args["text"]) and "*a*, *b*" in str(question.args["text"])
    assert picked[0].startswith("healthy"), picked  # default-region in b: no fault there
    for thread in (in_a, in_b, check, both):
        thread.assert_each_ended_once(1)
    audit = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    runs = {(a["cluster"], a["node"]) for a in audit if a.get("phase") == "run"}
    assert {"a", "b"} == {cluster for cluster, _ in runs}
