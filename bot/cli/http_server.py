"""HTTP mode's front end for `podnet serve --http`: one selector thread reads every connection, a small
pool of worker threads runs the application; no thread per connection, whatever the clients do.

What it guarantees (issue #16: slow clients must not turn Slack's own requests away):
- One thread (`serve_forever`) accepts and reads all connections, non-blocking. A request's line and
  headers may take at most `MAX_HEAD` bytes (431); a malformed one is 400.
- As soon as the headers are in, the checks that need no body run (`check_head`: the guard's path, method,
  Content-Length, timestamp, signature present): a refused request gets its status and `Connection: close`
  at once and its body is never read (a 100 MB unsigned POST costs its headers); one log line per refusal,
  nothing of the body.
- At most `max_open` connections are held (never more than RLIMIT_NOFILE allows, with a margin). A new
  connection when full closes the OLDEST one whose request is not complete: silent or trickling clients
  are evicted, a fresh request is served.
- Bodies are buffered within `body_budget` bytes in all, reserved from Content-Length once the headers
  pass; short of it, the oldest incomplete connections holding reservations are evicted, else 503.
- Every connection has `deadline` seconds for its whole request (headers and body), enforced by the
  selector loop's own timeout: a late one gets 408 and is closed.
- A complete request goes to one of `workers` threads (at most `queue_size` more waiting; beyond, 503 at
  once), which calls the WSGI application and writes its response within a send timeout, then closes.
Memory is bounded by `max_open` x `MAX_HEAD` for heads plus `body_budget` for bodies; threads by
1 + `workers`. The connection table and its evictions: `bot.cli.http_conns`; the workers: `http_pool`.
"""

from __future__ import annotations

import contextlib
import logging
import resource
import selectors
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from bot.cli.http_conns import Conn, Table, send
from bot.cli.http_pool import Budget, Workers
from bot.cli.http_request import BadRequest, WsgiApp, content_length, parse_head, short_response
from bot.slack.http_guard import MAX_BODY, Refused, log_refusal

__all__ = ["FrontServer", "make_server"]

MAX_OPEN = 512
MAX_HEAD = 16 * 1024
BODY_BUDGET = 32 * 1024 * 1024
REQUEST_DEADLINE = 10.0  # seconds for a whole request's headers and body (Slack sends it at once)
WORKERS = 8
QUEUE_SIZE = 32
FD_MARGIN = 64
log = logging.getLogger("podnet.http")

CheckHead = Callable[[dict[str, Any]], int]


def fd_cap(requested: int, reserve: int) -> int:
    """`requested` open connections, at most what RLIMIT_NOFILE leaves after `reserve` + a margin."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return requested
    return max(1, min(requested, soft - FD_MARGIN - reserve))


class FrontServer:
    """The front end (see the module's docstring); `serve_forever`, `shutdown`, `server_close` and
    `serving` as `socketserver` servers have them."""

    def __init__(
        self,
        address: tuple[str, int],
        app: WsgiApp,
        *,
        check_head: CheckHead | None = None,
        max_open: int = MAX_OPEN,
        body_budget: int = BODY_BUDGET,
        max_body: int = MAX_BODY,
        deadline: float = REQUEST_DEADLINE,
        workers: int = WORKERS,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        self.check_head = check_head
        self.max_body = min(max_body, body_budget)
        budget = Budget(body_budget)
        self.workers = Workers(app, workers, queue_size, budget)
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.socket = socket.create_server(address, family=family, backlog=512)
        self.socket.setblocking(False)
        self.server_address: tuple[str, int] = self.socket.getsockname()[:2]
        self.server_port = self.server_address[1]
        self.serving = threading.Event()
        self._sel = selectors.DefaultSelector()
        self.conns = Table(self._sel, budget, fd_cap(max_open, workers + queue_size), deadline)
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._sel.register(self.socket, selectors.EVENT_READ, "listen")
        self._sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._stop = threading.Event()
        self._stopped = threading.Event()

    @property
    def turned_away(self) -> int:
        """Connections closed for capacity or lateness (evicted, past their deadline, or 503)."""
        return self.conns.turned_away

    def open_connections(self) -> int:
        """Connections the loop holds now (being read, or answered and lingering); not those on workers."""
        return len(self.conns)

    # -- the loop ---------------------------------------------------------------------------------
    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until `shutdown`; `serving` is set while the loop runs (HTTP mode's readiness)."""
        self._stopped.clear()
        self.workers.start()
        self.serving.set()
        try:
            while not self._stop.is_set():
                for key, _ in self._sel.select(self._timeout(poll_interval)):
                    if key.data == "listen":
                        self._accept()
                    elif key.data == "wake":
                        with contextlib.suppress(OSError):
                            self._wake_r.recv(64)
                    elif key.data in self.conns.lingering:
                        self.conns.drain(key.data)
                    elif key.data in self.conns.reading:
                        self._read_safely(key.data)
                self.conns.expire(time.monotonic())
        finally:
            self.serving.clear()
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop the loop and wait until it has stopped (requests on workers finish on their own)."""
        self._stop.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self.serving.is_set():
            self._stopped.wait()

    def server_close(self) -> None:
        self.conns.close_all()
        self.workers.stop()
        self._sel.close()
        for sock in (self.socket, self._wake_r, self._wake_w):
            sock.close()

    def _timeout(self, poll_interval: float) -> float:
        deadline = self.conns.next_deadline()
        return poll_interval if deadline is None else max(0.0, min(poll_interval, deadline - time.monotonic()))

    # -- reading requests ---------------------------------------------------------------------------
    def _accept(self) -> None:
        for _ in range(64):  # a burst at a time: reading the open connections is not starved
            try:
                sock, peer = self.socket.accept()
            except BlockingIOError:
                return
            except OSError as err:  # out of descriptors: make room, or leave the rest in the backlog
                if self.conns.evict_one("out of file descriptors"):
                    continue
                log.warning("HTTP: could not accept a connection (%s)", err)
                return
            sock.setblocking(False)
            self.conns.add(sock, (str(peer[0]), int(peer[1])))

    def _read_safely(self, conn: Conn) -> None:
        """One connection's trouble ends that connection, never the loop serving all the others."""
        try:
            self._read(conn)
        except Exception as err:
            log.error("HTTP: a connection from %s ended in an error: %s: %s", conn.peer[0], type(err).__name__, err)
            self.conns.close(conn)

    def _read(self, conn: Conn) -> None:
        head = conn.environ is None
        want = MAX_HEAD + 4 - len(conn.buf) if head else min(65536, conn.length - len(conn.buf))
        try:
            data = conn.sock.recv(want)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self.conns.close(conn)
            return
        conn.buf += data
        if head:
            self._try_head(conn)
        elif len(conn.buf) >= conn.length:
            self._complete(conn)

    def _try_head(self, conn: Conn) -> None:
        end = conn.buf.find(b"\r\n\r\n", max(0, conn.scanned - 3))
        if end < 0:
            conn.scanned = len(conn.buf)
            if len(conn.buf) >= MAX_HEAD + 4:
                self._refuse(conn, "431 Request Header Fields Too Large", f"headers over {MAX_HEAD} bytes")
            return
        try:
            environ = parse_head(bytes(conn.buf[:end]), self.server_address, conn.peer)
            if self.check_head is not None:
                self.check_head(environ)
            length = content_length(environ, self.max_body)
        except (BadRequest, Refused) as refused:
            self._refuse(conn, refused.status, refused.reason)
            return
        if not self.conns.reserve(length, conn):
            self.conns.busy += 1
            self.conns.shed("body budget full")
            self._refuse(conn, "503 Service Unavailable", f"no room to buffer a {length}-byte body")
            return
        conn.environ, conn.length = environ, length
        conn.buf = conn.buf[end + 4 : end + 4 + length]
        if len(conn.buf) >= length:
            self._complete(conn)
        elif environ.get("HTTP_EXPECT", "").lower() == "100-continue":
            send(conn, b"HTTP/1.1 100 Continue\r\n\r\n")

    def _complete(self, conn: Conn) -> None:
        """The request is whole: to a worker, or 503 when they and their queue are full."""
        assert conn.environ is not None
        if not self.workers.take_slot():
            self.conns.busy += 1
            self.conns.shed("every worker busy")
            self._refuse(conn, "503 Service Unavailable", "every worker busy and the queue full")
            return
        self.conns.hand_over(conn)  # the socket and the reserved bytes are the worker's now
        self.workers.run(conn.sock, conn.environ, bytes(conn.buf), conn.reserved)

    def _refuse(self, conn: Conn, status: str, reason: str) -> None:
        """Answer `status` at once with one log line; what the client still sends is dropped a little while."""
        log_refusal(conn.peer[0], Refused(status, reason))
        send(conn, short_response(status))
        self.conns.linger(conn)


def make_server(host: str, port: int, app: WsgiApp, **limits: Any) -> FrontServer:
    """The front end on (host, port) for `app`; an app with a `check_head` (the Slack guard) has it run
    as soon as a request's headers are in."""
    return FrontServer((host, port), app, check_head=getattr(app, "check_head", None), **limits)
