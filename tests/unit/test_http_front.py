"""HTTP mode's front end under hostile load, over real sockets on 127.0.0.1 (issue #16): slow clients
cannot crowd out Slack's requests, a 100 MB unsigned POST costs its headers, and every bound holds —
open connections (the oldest incomplete one is evicted), buffered body bytes, worker threads."""

from __future__ import annotations

import logging
import select
import socket
import statistics
import threading
import time
from typing import Any

import pytest

from tests.slack_standin.signing import sign
from tests.unit.http_front import SECRET, Server, signed_head, status_of, vm_rss
from tests.unit.loopback import WAIT

MB = 1024 * 1024


class Trickler:
    """One client thread trickling a byte to each of its sockets per round (the pace of a slow-loris
    attack, not a synchronisation); sockets the server closed are dropped."""

    def __init__(self, socks: list[tuple[socket.socket, bytes]]) -> None:
        self.socks = socks
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        offset = 0
        while not self.stop.wait(0.02) and self.socks:
            for sock, data in list(self.socks):
                try:
                    sock.send(data[offset % len(data) : offset % len(data) + 1])
                except OSError:
                    self.socks.remove((sock, data))
            offset += 1

    def close(self) -> None:
        self.stop.set()
        self.thread.join(WAIT)


def test_slow_loris_connections_do_not_delay_slack_s_requests() -> None:
    """400 slow connections (silent, trickling headers, trickling a signed body) open at once; then 200
    signed requests one after another are all answered 200 at once, and threads stay bounded."""
    before = threading.active_count()
    running = Server()
    slow: list[socket.socket] = []
    trickler = None
    try:
        for n in range(400):
            sock = running.connect()
            slow.append(sock)
            if n % 3 == 1:
                sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")
            elif n % 3 == 2:
                sock.sendall(signed_head(b"y" * 1000))
        trickler = Trickler(
            [(s, b"X-Slow: a\r\n") for s in slow[1::3]] + [(s, b"y") for s in slow[2::3]]  # headers; body
        )
        latencies, peak = [], threading.active_count()
        for i in range(200):
            body = b'{"type":"event_callback","event":{"text":"ping %d"}}' % i
            started = time.monotonic()
            status, _ = running.post(body, sign(SECRET, body))
            latencies.append(time.monotonic() - started)
            peak = max(peak, threading.active_count())
            assert status == 200
        held = running.server.open_connections()
        ordered = sorted(latencies)
        p50, p99 = statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
        print(
            f"\n200 signed requests beside 400 slow connections: p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms; threads {before} before, {peak} at most; {held} connections held"
        )
        assert max(latencies) < 1.0, (p50, p99)
        assert peak - before <= 20, (before, peak)
        assert held >= 400  # the slow ones were all accepted and kept: they did not get in the way
        assert len(running.bodies) == 200 and all(b.startswith(b'{"type"') for b in running.bodies)
    finally:
        if trickler is not None:
            trickler.close()
        for sock in slow:
            sock.close()
        running.close()


def test_a_100_mb_unsigned_post_is_answered_before_it_is_sent_and_costs_no_memory() -> None:
    running = Server()
    total, chunk = 100 * MB, b"z" * 65536
    sent = [0]
    try:
        rss_before = vm_rss()
        with running.connect() as sock:
            sock.sendall(
                b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {total}\r\n\r\n".encode()
            )

            def stream() -> None:
                while sent[0] < total:
                    try:
                        sock.sendall(chunk)
                    except OSError:  # the server answered and closed: the rest is never sent
                        return
                    sent[0] += len(chunk)

            sender = threading.Thread(target=stream, daemon=True)
            sender.start()
            status = status_of(sock)
            sent_when_answered = sent[0]
            sender.join(WAIT)
        grown = vm_rss() - rss_before
        print(
            f"\n100 MB unsigned POST: {status} after {sent_when_answered / MB:.1f} MB sent; "
            f"the client stopped after {sent[0] / MB:.1f} MB; RSS grew {grown / MB:.1f} MB"
        )
        assert status == 413
        assert sent_when_answered < total and not sender.is_alive() and sent[0] < total
        assert grown < 20 * MB
        assert running.bodies == []
    finally:
        running.close()


def test_when_connections_are_full_the_oldest_incomplete_one_makes_room() -> None:
    running = Server(max_open=4)
    try:
        idle = [running.connect() for _ in range(4)]
        body = b'{"fresh":1}'
        assert running.post(body, sign(SECRET, body))[0] == 200  # a fifth connection: served, not refused
        assert idle[0].recv(1) == b""  # the oldest, silent since it opened, was closed to make room
        idle[1].sendall(signed_head(b"{}") + b"{}")  # the next oldest was kept: it is served in turn
        assert status_of(idle[1]) == 200
        assert running.server.conns.evicted == 1 and running.server.turned_away == 1
        assert running.bodies == [body, b"{}"]
        for sock in idle:
            sock.close()
    finally:
        running.close()


def test_the_body_budget_evicts_the_oldest_reservation_then_turns_away() -> None:
    """Bodies are reserved from Content-Length: a slow body's reservation is evicted for a whole request;
    a reservation held by a request being answered is not, and then the newcomer gets 503."""
    running = Server(body_budget=3000, held=True)
    try:
        with running.connect() as slow:
            slow.sendall(signed_head(b"s" * 2000, extra="Expect: 100-continue\r\n"))
            assert slow.recv(64).startswith(b"HTTP/1.1 100")  # its 2000 bytes are reserved now
            running.hold.set()
            body = b"f" * 1500
            assert running.post(body, sign(SECRET, body))[0] == 200
            assert running.entered.acquire(timeout=WAIT)  # (that request's entry into the app, counted)
            assert slow.recv(64) == b""  # evicted to make room
        running.hold.clear()
        with running.connect() as first, running.connect() as second:
            first.sendall(signed_head(b"a" * 2000) + b"a" * 2000)
            assert running.entered.acquire(timeout=WAIT)  # inside the app, its body still reserved
            second.sendall(signed_head(b"b" * 1500) + b"b" * 1500)
            assert status_of(second) == 503
            running.hold.set()
            assert status_of(first) == 200
        assert running.bodies == [body, b"a" * 2000]
        assert running.server.conns.busy == 1
    finally:
        running.close()


def test_a_full_worker_pool_answers_503_at_once() -> None:
    running = Server(workers=1, queue_size=1, held=True)
    try:
        with running.connect() as first, running.connect() as second, running.connect() as third:
            first.sendall(signed_head(b"1") + b"1")
            assert running.entered.acquire(timeout=WAIT)  # the one worker is busy
            second.sendall(signed_head(b"2") + b"2")
            third.sendall(signed_head(b"3") + b"3")
            ready, _, _ = select.select([second, third], [], [], WAIT)  # one queued, one turned away at once
            assert len(ready) == 1 and status_of(ready[0]) == 503
            queued = third if ready[0] is second else second
            running.hold.set()
            assert status_of(first) == 200 and status_of(queued) == 200
        assert len(running.bodies) == 2 and running.server.conns.busy == 1
    finally:
        running.close()


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"POST /slack/events\r\nHost: x\r\n\r\n", 400),
        (b"POST /slack/events HTTP/1.1\r\nHost x\r\n\r\n", 400),
        (b"POST /slack/events HTTP/1.1\r\n" + b"X-Pad: " + b"p" * 17000 + b"\r\n\r\n", 431),
        (b"POST /slack/events HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 411),
        (b"POST /slack/events HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400),
    ],
    ids=["no-version", "header-without-colon", "headers-too-large", "chunked", "two-lengths"],
)
def test_malformed_heads_are_refused_with_one_log_line(
    caplog: pytest.LogCaptureFixture, request_bytes: bytes, status: int
) -> None:
    running = Server()
    try:
        with caplog.at_level(logging.WARNING, logger="podnet.http"), running.connect() as sock:
            sock.sendall(request_bytes)
            assert status_of(sock) == status
        refused = [r for r in caplog.records if "refused" in r.getMessage()]
        assert len(refused) == 1 and "pppp" not in refused[0].getMessage()
        assert running.bodies == []
    finally:
        running.close()


def test_the_app_gets_the_environ_bolt_reads_and_a_failing_app_gets_a_500(caplog: pytest.LogCaptureFixture) -> None:
    from bot.cli.http_server import make_server

    seen: list[dict[str, object]] = []

    def app(environ: dict[str, object], start_response: object) -> list[bytes]:
        seen.append(dict(environ))
        raise ValueError("boom")

    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with (
            caplog.at_level(logging.ERROR, logger="podnet.http"),
            socket.create_connection(("127.0.0.1", server.server_port), timeout=WAIT) as sock,
        ):
            sock.sendall(
                b"POST /slack/events?x=1 HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                b"X-Slack-Retry-Num: 1\r\nX_Slack_Signature: forged\r\nContent-Length: 2\r\n\r\n{}"
            )
            assert status_of(sock) == 500
        environ = seen[0]
        assert [environ[k] for k in ("REQUEST_METHOD", "PATH_INFO", "QUERY_STRING")] == ["POST", "/slack/events", "x=1"]
        assert (environ["CONTENT_TYPE"], environ["CONTENT_LENGTH"]) == ("application/json", "2")
        assert environ["HTTP_X_SLACK_RETRY_NUM"] == "1" and "HTTP_X_SLACK_SIGNATURE" not in environ
        assert str(environ["SERVER_PROTOCOL"]).startswith("HTTP") and environ["REMOTE_ADDR"] == "127.0.0.1"
        failed = [r for r in caplog.records if "failed" in r.getMessage()]
        assert len(failed) == 1 and "boom" in failed[0].getMessage()
    finally:
        server.shutdown()
        server.server_close()


def test_a_connection_that_breaks_the_server_s_code_ends_alone(caplog: pytest.LogCaptureFixture) -> None:
    """An unexpected error while reading one connection closes that one, with one log line; the loop goes on."""
    from bot.cli.http_server import FrontServer

    def check_head(environ: dict[str, object]) -> int:
        if environ.get("HTTP_X_BREAK"):
            raise RuntimeError("unexpected")
        return 0

    def app(environ: dict[str, object], start_response: Any) -> list[bytes]:
        start_response("204 No Content", [])
        return []

    server = FrontServer(("127.0.0.1", 0), app, check_head=check_head)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with caplog.at_level(logging.ERROR, logger="podnet.http"):
            with socket.create_connection(("127.0.0.1", server.server_port), timeout=WAIT) as sock:
                sock.sendall(b"GET / HTTP/1.1\r\nX-Break: 1\r\n\r\n")
                assert sock.recv(64) == b""
            with socket.create_connection(("127.0.0.1", server.server_port), timeout=WAIT) as sock:
                sock.sendall(b"GET / HTTP/1.1\r\n\r\n")
                assert status_of(sock) == 204
        errors = [r for r in caplog.records if "ended in an error" in r.getMessage()]
        assert len(errors) == 1 and "RuntimeError" in errors[0].getMessage()
    finally:
        server.shutdown()
        server.server_close()
