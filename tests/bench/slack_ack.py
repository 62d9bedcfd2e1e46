"""Benchmark: how fast `podnet serve` acknowledges Slack (Slack's hard limit: 3 s; goal: p99 < 100 ms).

200 message events (ordinary chat, so no diagnosis is started) and 200 `/podnet help` commands, in
Socket Mode and HTTP mode, against the Slack stand-in. Prints p50/p99; asserts nothing.
Run: python -m tests.bench.slack_ack
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from tests.slack_standin import SlackStandIn, message_event

N = 200


def _serve(slack: SlackStandIn, tmp: Path, http: bool, port: int) -> tuple[object, str | None]:
    import subprocess
    import threading

    env = {
        "PATH": "/usr/bin:/bin",
        "SLACK_BOT_TOKEN": slack.bot_token,
        "PODNET_SLACK_API_URL": slack.api_url,
        "PODNET_DATABASE_URL": f"sqlite:///{tmp / 'db'}",
        "PODNET_LOG_LEVEL": "WARNING",
        "SLACK_APP_TOKEN": "" if http else slack.app_token,
        "SLACK_SIGNING_SECRET": slack.signing_secret if http else "",
    }
    argv = [
        sys.executable,
        "-m",
        "bot.cli.main",
        "serve",
        *(["--http", "--port", str(port), "--host", "127.0.0.1"] if http else []),
    ]
    proc = subprocess.Popen(argv, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ready = threading.Event()

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if "listening on" in line:
                ready.set()

    threading.Thread(target=pump, daemon=True).start()
    if http:
        ready.wait(30)
    else:
        slack.wait_for_connection(timeout=30)
    return proc, f"http://127.0.0.1:{port}/slack/events" if http else None


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def main() -> None:
    import socket

    rows = []
    for mode in ("socket-mode", "http"):
        with SlackStandIn() as slack, tempfile.TemporaryDirectory() as tmp:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            proc, url = _serve(slack, Path(tmp), mode == "http", port)
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
                proc.terminate()  # type: ignore[attr-defined]
                proc.wait(timeout=20)  # type: ignore[attr-defined]
    print(f"{'mode':<12} {'what':<15} {'n':>4} {'p50 ms':>8} {'p99 ms':>8}   (Slack's limit 3000 ms; goal p99 < 100)")
    for mode, kind, n, p50, p99 in rows:
        print(f"{mode:<12} {kind:<15} {n:>4} {p50:>8.1f} {p99:>8.1f}")


if __name__ == "__main__":
    main()
