"""Benchmark: paste to first threaded reply, and paste to verdict, on a 3-node lab through the Slack
stand-in and the real `podnet serve` (Socket Mode); then the same with a packet capture ("Capture
packets" pressed on the verdict: press to the capture run's reply, press to its verdict).
Goals (reported, not asserted): first reply under 1 s; verdict under 3 s without capture.
Run as root: python -m tests.bench.paste [--runs 5] [--no-capture]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from tests.bench.lab_env import lab
from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event
from tests.slack_standin.recorder import ApiCall

PASTE = (
    '{"error":{"class":"DNSError","code":499,"details":"Post \\"https://default-keystone:30357/v3/auth/tokens\\": '
    'dial tcp: lookup default-keystone: i/o timeout"}}'
)
VERDICTS = ("healthy", "problem", "inconclusive")


def _reply_in_thread(slack: SlackStandIn, thread_ts: str, since: int) -> ApiCall:
    return slack.wait_for(
        lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts") == thread_ts and c.ok,
        timeout=30,
        since=since,
    )


def _verdict_of(slack: SlackStandIn, reply_ts: str, since: int) -> ApiCall:
    return slack.wait_for(
        lambda c: (
            c.method == "chat.update"
            and c.args.get("ts") == reply_ts
            and str(c.args.get("text", "")).split(":")[0] in VERDICTS
        ),
        timeout=120,
        since=since,
    )


def _paste(slack: SlackStandIn) -> tuple[float, float, ApiCall, ApiCall]:
    """(to first reply, to verdict, the reply, the verdict) of one paste."""
    ts = slack.workspace.next_ts()
    since = len(slack.calls())
    started = time.monotonic()
    slack.send_event(message_event(PASTE, ts=ts))
    reply = _reply_in_thread(slack, ts, since)
    final = _verdict_of(slack, reply.response["ts"], since)
    return reply.at - started, final.at - started, reply, final


def main(argv: Sequence[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-capture", action="store_true", help="skip the capture runs (CI: the paste goals only)")
    args = parser.parse_args(argv)
    first, verdict, cap_first, cap_verdict, kept_first, kept_verdict = [], [], [], [], [], []
    with lab(3) as env, SlackStandIn() as slack, tempfile.TemporaryDirectory() as tmp:
        settings = {**env, "PODNET_RECENT_MINUTES": "0", "PODNET_LOG_LEVEL": "WARNING"}
        # every paste on fresh SSH connections (PODNET_SSH_KEEP_OPEN=0), with its capture
        (Path(tmp) / "fresh").mkdir()
        (Path(tmp) / "kept").mkdir()
        serve = start_serve(slack, Path(tmp) / "fresh", http=False, env={**settings, "PODNET_SSH_KEEP_OPEN": "0"})
        try:
            for _ in range(args.runs):
                to_reply, to_verdict, reply, final = _paste(slack)
                first.append(to_reply)
                verdict.append(to_verdict)
                if args.no_capture:
                    continue
                buttons = next(b for b in final.args["blocks"] if b["type"] == "actions")["elements"]
                value = next(e["value"] for e in buttons if e["action_id"] == "podnet_capture")
                since = len(slack.calls())
                started = time.monotonic()
                slack.send_block_action("podnet_capture", value=value, message_ts=reply.response["ts"])
                capture = _reply_in_thread(slack, reply.args["thread_ts"], since)
                captured = _verdict_of(slack, capture.response["ts"], since)
                cap_first.append(capture.at - started)
                cap_verdict.append(captured.at - started)
        finally:
            serve.stop()
        # podnet serve's default: connections kept open; one paste opens them, the timed ones reuse them
        serve = start_serve(slack, Path(tmp) / "kept", http=False, env=settings)
        try:
            _paste(slack)
            for _ in range(args.runs):
                to_reply, to_verdict, _, _ = _paste(slack)
                kept_first.append(to_reply)
                kept_verdict.append(to_verdict)
        finally:
            serve.stop()
    lines = [
        f"{'paste → first threaded reply':<44} median {statistics.median(first) * 1000:7.0f} ms   (goal < 1000 ms)",
        f"{'paste → verdict, no capture':<44} median {statistics.median(verdict):7.2f} s    (goal < 3 s)",
        *(
            [
                f"{'capture pressed → first threaded reply':<44} median {statistics.median(cap_first) * 1000:7.0f} ms",
                f"{'capture pressed → verdict with capture':<44} median {statistics.median(cap_verdict):7.2f} s",
            ]
            if cap_first
            else []
        ),
        f"{'paste → verdict, connections kept open':<44} median {statistics.median(kept_verdict):7.2f} s"
        f"    (first reply {statistics.median(kept_first) * 1000:.0f} ms)",
        f"  ({args.runs} runs each, 3-node healthy lab, fresh SSH connections unless kept; all: first reply "
        + ", ".join(f"{x * 1000:.0f}" for x in first)
        + " ms; verdict "
        + ", ".join(f"{x:.2f}" for x in verdict)
        + " s)",
    ]
    print("\n".join(lines), file=sys.stdout)
    return lines


if __name__ == "__main__":
    main()
