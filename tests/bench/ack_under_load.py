"""Benchmark: how fast `podnet serve` acknowledges Slack while it is under the fault-injection suite's load
(goal: p99 < 100 ms; Slack's hard limit: 3 s).

On a 3-node lab whose node-1 sshd never answers an exec (every diagnosis waits on it, so the workers and
the queue fill), pastes of 1,500 failing names arrive every 0.2 s; in HTTP mode, 400 slow connections
(silent, trickling headers, trickling a body) and a 100 MB unsigned POST are open meanwhile. Measured:
200 message events (ordinary chat) and 200 `/podnet help` commands, one after another. Prints p50/p99 and
the process's threads and resident memory; a request not acknowledged counts as lost. Asserts nothing.
Run as root: python -m tests.bench.ack_under_load
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from lab.paths import LabPaths
from tests.bench.lab_env import lab
from tests.bench.slack_ack import _percentiles
from tests.podnet_serve import ServeProcess, start_serve
from tests.serve_load import SlowClients, huge_unsigned_post, misbehaving_nodes
from tests.slack_standin import SlackStandIn, message_event

N = 200
PASTE = "\n".join(f"lookup s{i}: i/o timeout" for i in range(1500))


def _proc_status(pid: int) -> tuple[int, int]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    return int(fields["Threads"]), int(fields["VmRSS"].split()[0]) // 1024


def _pastes(slack: SlackStandIn, serve: ServeProcess, stop: threading.Event) -> None:
    """A 1,500-name paste every 0.2 s until `stop` (the load's own pace)."""
    while not stop.wait(0.2):
        event = message_event(PASTE, ts=slack.workspace.next_ts())
        with contextlib.suppress(Exception):
            if serve.url is None:
                slack.send_event(event)
            else:
                slack.post_to_app(serve.url, slack.event_body(event))


def _ack(send: Callable[..., float], *args: object) -> float | None:
    """One request's acknowledgement time; None when it was not acknowledged (refused, closed, timed out)."""
    try:
        return send(*args)
    except (OSError, AssertionError):
        return None


def _socket_mode_ack(slack: SlackStandIn, envelope_id: str) -> float:
    return slack.wait_for_ack(envelope_id, timeout=5).ack_latency or 0.0


def _http_ack(slack: SlackStandIn, url: str, body: bytes) -> float:
    response = slack.post_to_app(url, body)
    assert response.status == 200, response.status
    return response.elapsed


def _measure(slack: SlackStandIn, serve: ServeProcess) -> tuple[list[float | None], list[float | None]]:
    events: list[float | None] = []
    commands: list[float | None] = []
    for i in range(N):
        event = message_event(f"standup in {i} minutes", ts=slack.workspace.next_ts())
        if serve.url is None:
            events.append(_ack(lambda e: _socket_mode_ack(slack, slack.send_event(e)), event))
            commands.append(_ack(lambda: _socket_mode_ack(slack, slack.send_slash_command("/podnet", "help"))))
        else:
            command = urlencode(slack.slash_command_payload("/podnet", "help")).encode()
            events.append(_ack(_http_ack, slack, serve.url, slack.event_body(event)))
            commands.append(_ack(_http_ack, slack, serve.url, command))
    return events, commands


def main() -> list[str]:
    rows = []
    with lab(3) as lab_env, tempfile.TemporaryDirectory() as tmp:
        stuck, standins = misbehaving_nodes(LabPaths.default(), Path(tmp), {"node-1": "hang"})
        env = {
            **lab_env,
            **stuck,
            "PODNET_SSH_DEADLINE": "60",
            "PODNET_DRAIN_SECONDS": "0",
            "PODNET_LOG_LEVEL": "WARNING",
        }
        try:
            for mode in ("socket-mode", "http"):
                with SlackStandIn() as slack, tempfile.TemporaryDirectory() as work:
                    serve = start_serve(slack, Path(work), http=mode == "http", env=env)
                    stop = threading.Event()
                    load = [threading.Thread(target=_pastes, args=(slack, serve, stop), daemon=True)]
                    slow = None
                    if serve.url is not None:
                        port = int(serve.url.split(":")[2].split("/")[0])
                        slow = SlowClients(port, 400)
                        load.append(threading.Thread(target=huge_unsigned_post, args=(port, []), daemon=True))
                    try:
                        for thread in load:
                            thread.start()
                        events, commands = _measure(slack, serve)
                        threads, rss = _proc_status(serve.proc.pid)
                    finally:
                        stop.set()
                        if slow is not None:
                            slow.close()
                        serve.stop()
                    for kind, samples in (("message events", events), ("slash commands", commands)):
                        acked = [s for s in samples if s is not None]
                        p50, p99 = _percentiles(acked) if acked else (float("nan"), float("nan"))
                        rows.append((mode, kind, len(samples), len(samples) - len(acked), p50, p99, threads, rss))
        finally:
            for standin in standins:
                standin.close()
    lines = [
        "acknowledgement under load (1,500-name pastes every 0.2 s, a node that never answers; HTTP: also 400 slow "
        "connections and a 100 MB unsigned POST); goal p99 < 100 ms, none lost",
        f"{'mode':<12} {'what':<15} {'n':>4} {'lost':>4} {'p50 ms':>8} {'p99 ms':>8} {'threads':>7} {'RSS MB':>6}",
    ]
    lines += [
        f"{mode:<12} {kind:<15} {n:>4} {lost:>4} {p50:>8.1f} {p99:>8.1f} {threads:>7} {rss:>6}"
        for mode, kind, n, lost, p50, p99, threads, rss in rows
    ]
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
