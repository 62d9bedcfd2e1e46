"""The nightly summary end to end, on SQLite and on PostgreSQL: two real `podnet serve` replicas share one
database; the run scheduled a minute ago was missed (they were not up), so both catch it up at start-up —
and the lab's broken route reaches the ops channel in exactly one summary, with its thread. After the fix,
the next sweep's summary (asked for with `/podnet summary`) reports it resolved. Waits are on recorded
Slack calls and on the processes' own log lines, with timeouts; no sleeps."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bot.slack.summary import METADATA_EVENT
from tests.lab.conftest import Lab
from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn
from tests.slack_standin.recorder import ApiCall


def sweep(env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "sweep", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.stdout, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def metadata(call: ApiCall) -> dict[str, Any]:
    value = call.args.get("metadata") or {}
    return json.loads(value) if isinstance(value, str) else dict(value)


def is_summary(call: ApiCall) -> bool:
    return call.method == "chat.postMessage" and call.ok and metadata(call).get("event_type") == METADATA_EVENT


def body(call: ApiCall) -> str:
    return str(call.args.get("text", "")) + json.dumps(call.args.get("blocks"), ensure_ascii=False)


def test_two_replicas_post_one_summary_new_then_resolved(lab: Lab, database_url: str, tmp_path: Path) -> None:
    env = {**lab.env(), "PODNET_DATABASE_URL": database_url}
    last_night = sweep(env)["nodes"]  # healthy: every step passes or does not apply (no NodeLocal DNSCache)
    assert all(s["status"] in ("pass", "skip") for n in last_night for s in n["steps"])

    missed = (datetime.now(UTC) - timedelta(minutes=1)).minute
    nightly = {
        **env,
        "PODNET_SUMMARY_CHANNEL": "C0OPS",
        "PODNET_CHANNELS": "C0OPS",  # `/podnet summary` is asked there
        "PODNET_SWEEP_CRON": f"{missed} * * * *",
        "PODNET_TIMEZONE": "UTC",
        "PODNET_SWEEP_GRACE_MINUTES": "10",
    }
    lab.break_("route-missing", "node-2")
    with SlackStandIn() as slack:
        replicas = []
        try:
            for name in ("replica-a", "replica-b"):
                (tmp_path / name).mkdir()
                replicas.append(start_serve(slack, tmp_path / name, http=True, env=nightly))
            outcomes = [r.wait_for_line("nightly sweep (start-up)", timeout=120) for r in replicas]
            summary = slack.wait_for(is_summary, timeout=10)
            lab.fix("route-missing")

            assert sorted(o.split(": slot ")[1].split()[1] for o in outcomes) == ["posted", "taken"], outcomes
            summaries = [c for c in slack.calls() if is_summary(c)]
            assert len(summaries) == 1, [body(c)[:200] for c in summaries]
            assert summary.args["channel"] == "C0OPS"
            text = body(summary)
            assert "1 of 3 nodes failing" in text and "New since the last sweep" in text
            assert "`routing` on node-2" in text and "node-2 `routing.block-route-missing`" in text
            thread = slack.wait_for(
                lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == summary.response["ts"],
                timeout=10,
            )
            assert "node-2" in body(thread) and "ip route" in body(thread)  # the evidence, in the thread

            assert [(c["node"], c["step"]) for c in sweep(env)["resolved"]] == [("node-2", "routing")]
            start = len(slack.calls())
            command = urlencode(slack.slash_command_payload("/podnet", "summary", channel_id="C0OPS")).encode()
            assert slack.post_to_app(replicas[0].url or "", command).status == 200
            resolved = slack.wait_for(is_summary, timeout=15, since=start)
            text = body(resolved)
            assert "all 3 nodes healthy" in text
            assert "Resolved since the last sweep" in text and "node-2 `routing.block-route-missing`" in text
        finally:
            lab.fix()
            for r in replicas:
                r.stop()
