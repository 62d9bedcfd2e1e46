"""The real `podnet serve --http` process (Bolt behind the guard, behind the front end) against the Slack
stand-in: ready, Slack's requests acknowledged through Bolt's WSGI adapter while slow connections are
held open against it, its thread count bounded, and a stale request refused with one log line."""

from __future__ import annotations

import json
import socket
import statistics
import time
from pathlib import Path
from urllib.parse import urlencode

from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event
from tests.slack_standin.signing import url_verification_body
from tests.unit.loopback import WAIT
from tests.unit.observability.helpers import get


def _threads(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("Threads:"))


def test_podnet_serve_http_acknowledges_slack_beside_slow_connections(tmp_path: Path) -> None:
    with SlackStandIn(channels={"C0LAB": "lab"}, users={"U0ALICE": "alice"}) as slack:
        serve = start_serve(slack, tmp_path, http=True, env={"PODNET_LOG_LEVEL": "WARNING"})
        assert serve.url is not None and serve.health_url is not None
        host, port = "127.0.0.1", int(serve.url.split(":")[2].split("/")[0])
        slow: list[socket.socket] = []
        try:
            challenge = slack.post_to_app(serve.url, url_verification_body("c0ffee", slack.identity))
            assert (challenge.status, challenge.json()) == (200, {"challenge": "c0ffee"})
            ready = get(serve.health_url + "/readyz")[2]  # not ready (no cluster here), but not for Slack:
            assert "kubernetes:" in ready and "slack:" not in ready, ready  # the front end is serving
            threads_before = _threads(serve.proc.pid)
            for n in range(200):  # silent, half a head, or signed headers with no body yet
                sock = socket.create_connection((host, port), timeout=WAIT)
                slow.append(sock)
                if n % 3 == 1:
                    sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")
                elif n % 3 == 2:
                    body = b'{"type":"event_callback"}'
                    head = "".join(f"{k}: {v}\r\n" for k, v in slack.signed_headers(body).items())
                    sock.sendall(f"POST /slack/events HTTP/1.1\r\nContent-Length: 900\r\n{head}\r\n".encode())
            latencies = []
            for i in range(50):
                event = message_event(f"lunch at {i}?", ts=slack.workspace.next_ts())
                command = urlencode(slack.slash_command_payload("/podnet", "help")).encode()
                for body in (slack.event_body(event), command):
                    answer = slack.post_to_app(serve.url, body)
                    assert answer.status == 200, answer.text
                    latencies.append(answer.elapsed)
            threads_after = _threads(serve.proc.pid)
            ordered = sorted(latencies)
            p50, p99 = (
                statistics.median(ordered) * 1000,
                ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
            )
            print(
                f"\npodnet serve --http, 100 acks beside 200 slow connections: p50 {p50:.1f} ms, p99 {p99:.1f} ms; "
                f"threads {threads_before} before, {threads_after} after"
            )
            assert max(latencies) < 2.0, (p50, p99)
            assert threads_after - threads_before <= 20, (threads_before, threads_after)

            stale = b'{"type":"event_callback"}'
            headers = slack.signed_headers(stale, timestamp=int(time.time()) - 3600)
            assert slack.post_to_app(serve.url, stale, headers).status == 401
            serve.wait_for_line("refused an HTTP request")
        finally:
            for sock in slow:
                sock.close()
            serve.stop()
    refusals = [json.loads(line) for line in serve.stderr if "refused an HTTP request" in line]
    assert len(refusals) == 1 and "401" in refusals[0]["message"]
