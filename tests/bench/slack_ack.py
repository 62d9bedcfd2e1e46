"""Benchmark: how fast `podnet serve` acknowledges Slack (Slack's hard limit: 3 s; goal: p99 < 100 ms).

200 message events (ordinary chat, so no diagnosis is started) and 200 `/podnet help` commands, in
Socket Mode and HTTP mode, against the Slack stand-in. Prints p50/p99; asserts nothing.
Run: python -m tests.bench.slack_ack
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event

N = 200


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def main() -> list[str]:
    rows = []
    for mode in ("socket-mode", "http"):
        with SlackStandIn() as slack, tempfile.TemporaryDirectory() as tmp:
            serve = start_serve(slack, Path(tmp), http=mode == "http", env={"PODNET_LOG_LEVEL": "WARNING"})
            url = serve.url
            try:
                events, commands = [], []
                for i in range(N):
                    event = message_event(f"lunch at {i}? the build timed out again", ts=slack.workspace.next_ts())
                    if url is None:
                        ack = slack.wait_for_ack(slack.send_event(event), timeout=5)
                        events.append(ack.ack_latency or 0.0)
                        cmd = slack.wait_for_ack(slack.send_slash_command("/podnet", "help"), timeout=5)
                        commands.append(cmd.ack_latency or 0.0)
                    else:
                        events.append(slack.post_to_app(url, slack.event_body(event)).elapsed)
                        body = urlencode(slack.slash_command_payload("/podnet", "help")).encode()
                        commands.append(slack.post_to_app(url, body).elapsed)
                for kind, samples in (("message events", events), ("slash commands", commands)):
                    p50, p99 = _percentiles(samples)
                    rows.append((mode, kind, len(samples), p50, p99))
            finally:
                serve.stop()
    lines = [
        f"{'mode':<12} {'what':<15} {'n':>4} {'p50 ms':>8} {'p99 ms':>8}   (Slack's limit 3000 ms; goal p99 < 100)"
    ]
    lines += [f"{mode:<12} {kind:<15} {n:>4} {p50:>8.1f} {p99:>8.1f}" for mode, kind, n, p50, p99 in rows]
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
