"""HTTP mode's front door, over real sockets on 127.0.0.1: podnet's own front end (`bot.cli.http_server`)
with the guard in front of an application that records what reaches it. Nothing unverified reaches it,
nothing oversized is read, malformed requests get a 4xx and one log line without the body. (Slow clients
and the front end's bounds: test_http_front.py.)"""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator

import pytest

from bot.slack.http_guard import FUTURE_SKEW, MAX_BODY
from tests.slack_standin.signing import sign
from tests.unit.http_front import SECRET, Server, signed_head
from tests.unit.loopback import WAIT


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()


def test_a_signed_request_reaches_the_app_with_its_body(server: Server) -> None:
    body = b'{"type":"event_callback","event":{"text":"lookup x: i/o timeout"}}'
    assert server.post(body, sign(SECRET, body)) == (200, b"ok")
    assert server.bodies == [body]


def test_an_oversized_body_is_refused_before_a_byte_of_it_is_read(server: Server) -> None:
    """A 100 MB unsigned POST: the answer comes back after the headers alone, the body never sent."""
    with server.connect() as sock:
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {100 * 1024 * 1024}\r\n\r\n".encode()
            + b'{"a":'
        )
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.0 413") or answer.startswith(b"HTTP/1.1 413"), answer
    assert server.bodies == []


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        ({"Content-Length": "abc"}, b"{}", 400),
        ({"X-Slack-Request-Timestamp": "yesterday"}, b"{}", 400),
        ({}, b"\xff\xfe not utf-8", 400),
        ({"X-Slack-Signature": "v0=" + "0" * 64}, b"{}", 401),
        # `@N`: N seconds from when the test runs (not from collection: a long suite ran past a collected future)
        ({"X-Slack-Request-Timestamp": f"@{FUTURE_SKEW + 120}"}, b"{}", 401),
        ({"X-Slack-Request-Timestamp": "@-600"}, b"{}", 401),
    ],
    ids=["length-not-a-number", "timestamp-not-a-number", "not-utf8", "forged", "future", "stale"],
)
def test_malformed_requests_get_a_4xx_and_never_reach_the_app(
    server: Server, caplog: pytest.LogCaptureFixture, headers: dict[str, str], body: bytes, status: int
) -> None:
    stamp = headers.get("X-Slack-Request-Timestamp", "")
    if stamp.startswith("@"):
        stamp = str(int(time.time()) + int(stamp[1:]))
        headers = {**headers, "X-Slack-Request-Timestamp": stamp}
    signed = sign(SECRET, body, int(stamp) if stamp.isdigit() else None)
    if stamp and not stamp.isdigit():
        signed["X-Slack-Request-Timestamp"] = stamp
    signed.update({k: v for k, v in headers.items() if k != "X-Slack-Request-Timestamp"})
    with caplog.at_level(logging.WARNING, logger="podnet.http"):
        if "Content-Length" in headers:  # http.client would send the right length: write the request by hand
            with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
                head = "".join(f"{k}: {v}\r\n" for k, v in signed.items())
                sock.sendall(f"POST /slack/events HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode() + body)
                got = int(sock.recv(4096).split()[1])
        else:
            got, _ = server.post(body, signed)
    assert got == status
    assert server.bodies == []
    refused = [r for r in caplog.records if r.name == "podnet.http" and "refused" in r.getMessage()]
    assert len(refused) == 1 and body.decode(errors="replace") not in refused[0].getMessage()


def test_a_timestamp_a_little_ahead_is_accepted(server: Server) -> None:
    body = b"{}"
    assert server.post(body, sign(SECRET, body, int(time.time()) + FUTURE_SKEW // 2))[0] == 200


def test_only_the_events_path_is_served(server: Server) -> None:
    body = b"{}"
    assert server.post(body, sign(SECRET, body), path="/admin")[0] == 404
    assert server.bodies == []


def test_slack_s_largest_payloads_fit() -> None:
    assert MAX_BODY >= 512 * 1024  # message events with 40,000 characters and blocks, with margin


def test_odd_digits_and_a_non_ascii_signature_are_refused_not_crashed(server: Server) -> None:
    body = b"{}"
    signed = sign(SECRET, body)
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: \xc2\xb2\r\n\r\n{}")  # "²"
        assert int(sock.recv(4096).split()[1]) == 400
    with socket.create_connection(("127.0.0.1", server.port), timeout=WAIT) as sock:
        head = f"X-Slack-Request-Timestamp: {signed['X-Slack-Request-Timestamp']}\r\n".encode()
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
            + head
            + "X-Slack-Signature: v0=é\r\n\r\n".encode()
            + body
        )
        assert int(sock.recv(4096).split()[1]) == 401
    assert server.bodies == []


@pytest.mark.parametrize("slow", ["body", "headers"])
def test_a_request_trickled_past_the_deadline_is_refused(slow: str) -> None:
    """The deadline is for the whole request: a byte now and then, each well inside any per-read timeout,
    does not keep a connection."""
    running = Server(deadline=0.5)
    try:
        with running.connect() as sock:
            whole = signed_head(b"x" * 200) + b"x" * 200
            head = whole.index(b"\r\n\r\n") + 4
            sent = head if slow == "body" else 10
            sock.sendall(whole[:sent])
            answer = b""
            for byte in whole[sent : sent + 150]:  # at most 150 bytes, one every 50 ms: 7.5 s, past the 0.5 s
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    break
                sock.settimeout(0.05)  # the pace of the trickle, not a synchronisation
                try:
                    answer = sock.recv(4096)
                except TimeoutError:
                    continue
                if answer:
                    break
        assert answer.split()[1:2] == [b"408"], answer
        assert running.bodies == []
        assert running.server.conns.timed_out == 1
    finally:
        running.close()
