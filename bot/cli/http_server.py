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
1 + `workers`. Closings for capacity or lateness are counted (`turned_away`) and logged at most once
every `NOTE_EVERY` seconds, not once per connection.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import resource
import selectors
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.cli.http_request import (
    BadRequest,
    WsgiApp,
    call_app,
    content_length,
    parse_head,
    send_and_close,
    short_response,
)
from bot.slack.http_guard import MAX_BODY, Refused, log_refusal

__all__ = ["FrontServer", "make_server"]

MAX_OPEN = 512
MAX_HEAD = 16 * 1024
BODY_BUDGET = 32 * 1024 * 1024
REQUEST_DEADLINE = 10.0  # seconds for a whole request's headers and body (Slack sends it at once)
WORKERS = 8
QUEUE_SIZE = 32
LINGER_SECONDS = 2.0  # after a refusal: what the client still sends is read and dropped, so the answer
LINGER_BYTES = 1024 * 1024  # is not lost to a reset (closing with unread data resets the connection)
FD_MARGIN = 64
NOTE_EVERY = 10.0
log = logging.getLogger("podnet.http")

CheckHead = Callable[[dict[str, Any]], int]


@dataclass(eq=False)
class _Conn:
    sock: socket.socket
    peer: tuple[str, int]
    deadline: float
    buf: bytearray = field(default_factory=bytearray)
    scanned: int = 0  # how far the head's end was looked for (a head trickled bytewise is scanned once)
    environ: dict[str, Any] | None = None  # set once the head passed
    length: int = 0
    reserved: int = 0
    drained: int = 0  # lingering: bytes read and dropped


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
        self.app, self.check_head = app, check_head
        self.max_open = fd_cap(max_open, workers + queue_size)
        self.body_budget, self.max_body, self.deadline = body_budget, min(max_body, body_budget), deadline
        self.workers, self.queue_size = workers, queue_size
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.socket = socket.create_server(address, family=family, backlog=512)
        self.socket.setblocking(False)
        self.server_address: tuple[str, int] = self.socket.getsockname()[:2]
        self.server_port = self.server_address[1]
        self.serving = threading.Event()
        self.turned_away = 0  # evicted + late + busy: every connection closed for capacity or lateness
        self.evicted = self.timed_out = self.busy = 0
        self._conns: OrderedDict[_Conn, None] = OrderedDict()  # incomplete, oldest first
        self._linger: OrderedDict[_Conn, None] = OrderedDict()  # answered, dropping what still comes
        self._lock = threading.Lock()
        self._reserved = 0  # body bytes reserved (selector thread adds, workers release)
        self._inflight = 0  # requests queued or running on a worker
        self._jobs: queue.SimpleQueue[tuple[socket.socket, dict[str, Any], bytes, int] | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._sel = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._sel.register(self.socket, selectors.EVENT_READ, "listen")
        self._sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._noted, self._shed_since = time.monotonic() - NOTE_EVERY, 0  # the first is said at once

    # -- the loop ---------------------------------------------------------------------------------
    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until `shutdown`; `serving` is set while the loop runs (HTTP mode's readiness)."""
        self._stopped.clear()
        if not self._threads:
            for n in range(self.workers):
                worker = threading.Thread(target=self._work, name=f"podnet-http-{n}", daemon=True)
                worker.start()
                self._threads.append(worker)
        self.serving.set()
        try:
            while not self._stop.is_set():
                for key, _ in self._sel.select(self._timeout(poll_interval)):
                    if key.data == "listen":
                        self._accept()
                    elif key.data == "wake":
                        with contextlib.suppress(OSError):
                            self._wake_r.recv(64)
                    elif key.data in self._linger:
                        self._drain(key.data)
                    elif key.data in self._conns:
                        self._read(key.data)
                self._expire(time.monotonic())
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
        for conn in [*self._conns, *self._linger]:
            self._close(conn)
        for _ in self._threads:
            self._jobs.put(None)
        self._sel.close()
        for sock in (self.socket, self._wake_r, self._wake_w):
            sock.close()

    def open_connections(self) -> int:
        """Connections the loop holds now (being read, or answered and lingering); not those on workers."""
        return len(self._conns) + len(self._linger)

    def _timeout(self, poll_interval: float) -> float:
        firsts = [next(iter(d)).deadline for d in (self._conns, self._linger) if d]
        return max(0.0, min([poll_interval, *(t - time.monotonic() for t in firsts)]))

    # -- connections ------------------------------------------------------------------------------
    def _accept(self) -> None:
        for _ in range(64):  # a burst at a time: reading the open connections is not starved
            try:
                sock, peer = self.socket.accept()
            except BlockingIOError:
                return
            except OSError as err:  # out of descriptors: make room, or leave the rest in the backlog
                if self._evict_one("out of file descriptors"):
                    continue
                log.warning("HTTP: could not accept a connection (%s)", err)
                return
            sock.setblocking(False)
            while len(self._conns) + len(self._linger) >= self.max_open and self._evict_one("connections full"):
                pass
            conn = _Conn(sock, (str(peer[0]), int(peer[1])), time.monotonic() + self.deadline)
            self._conns[conn] = None
            self._sel.register(sock, selectors.EVENT_READ, conn)

    def _read(self, conn: _Conn) -> None:
        head = conn.environ is None
        want = MAX_HEAD + 4 - len(conn.buf) if head else min(65536, conn.length - len(conn.buf))
        try:
            data = conn.sock.recv(want)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # the client went away
            self._close(conn)
            return
        conn.buf += data
        if head:
            self._try_head(conn)
        elif len(conn.buf) >= conn.length:
            self._complete(conn)

    def _try_head(self, conn: _Conn) -> None:
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
        if not self._reserve(length, conn):
            self.busy += 1
            self._shed("body budget full")
            self._refuse(conn, "503 Service Unavailable", f"no room to buffer a {length}-byte body")
            return
        conn.environ, conn.length, conn.reserved = environ, length, length
        conn.buf = conn.buf[end + 4 : end + 4 + length]
        if len(conn.buf) >= length:
            self._complete(conn)
        elif environ.get("HTTP_EXPECT", "").lower() == "100-continue":
            self._send(conn, b"HTTP/1.1 100 Continue\r\n\r\n")

    def _complete(self, conn: _Conn) -> None:
        """The request is whole: to a worker, or 503 when they and their queue are full."""
        assert conn.environ is not None
        with self._lock:
            room = self._inflight < self.workers + self.queue_size
            self._inflight += room
        if not room:
            self.busy += 1
            self._shed("503 Service Unavailable")
            self._refuse(conn, "503 Service Unavailable", "every worker busy and the queue full")
            return
        self._sel.unregister(conn.sock)
        del self._conns[conn]
        self._jobs.put((conn.sock, conn.environ, bytes(conn.buf), conn.reserved))

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            sock, environ, body, reserved = job
            try:
                send_and_close(sock, call_app(self.app, environ, body))
            finally:
                self._release(reserved)
                with self._lock:
                    self._inflight -= 1

    # -- refusing, closing, evicting ------------------------------------------------------------------
    def _refuse(self, conn: _Conn, status: str, reason: str) -> None:
        """Answer `status` and close, reading and dropping what the client still sends for a little while."""
        log_refusal(conn.peer[0], Refused(status, reason))
        self._send(conn, short_response(status))
        self._release(conn.reserved)
        conn.reserved, conn.buf = 0, bytearray()
        with contextlib.suppress(OSError):
            conn.sock.shutdown(socket.SHUT_WR)
        del self._conns[conn]
        conn.deadline = time.monotonic() + LINGER_SECONDS
        self._linger[conn] = None

    def _drain(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        conn.drained += len(data)
        if not data or conn.drained > LINGER_BYTES:
            self._close(conn)

    def _expire(self, now: float) -> None:
        while self._conns and (conn := next(iter(self._conns))).deadline <= now:
            self.timed_out += 1
            self._shed("past the request deadline")
            self._send(conn, short_response("408 Request Timeout"))
            self._close(conn)
        while self._linger and (conn := next(iter(self._linger))).deadline <= now:
            self._close(conn)

    def _evict_one(self, why: str) -> bool:
        """Close the oldest lingering connection, else the oldest incomplete one; False if none."""
        if self._linger:
            self._close(next(iter(self._linger)))
            return True
        if not self._conns:
            return False
        self.evicted += 1
        self._shed(why)
        self._close(next(iter(self._conns)))
        return True

    def _reserve(self, length: int, conn: _Conn) -> bool:
        """`length` body bytes from the budget, evicting the oldest incomplete reservations if need be."""
        while True:
            with self._lock:
                if self._reserved + length <= self.body_budget:
                    self._reserved += length
                    return True
            holder = next((c for c in self._conns if c.reserved and c is not conn), None)
            if holder is None:
                return False
            self.evicted += 1
            self._shed("body budget full")
            self._close(holder)

    def _release(self, length: int) -> None:
        if length:
            with self._lock:
                self._reserved -= length

    def _send(self, conn: _Conn, data: bytes) -> None:
        """A short answer on a socket nothing was written to yet: its send buffer takes it whole."""
        with contextlib.suppress(OSError):
            conn.sock.send(data)

    def _close(self, conn: _Conn) -> None:
        self._conns.pop(conn, None)
        self._linger.pop(conn, None)
        self._release(conn.reserved)
        conn.reserved = 0
        with contextlib.suppress(KeyError, ValueError):
            self._sel.unregister(conn.sock)
        conn.sock.close()

    def _shed(self, why: str) -> None:
        """Count a connection closed for capacity or lateness; one warning per NOTE_EVERY seconds at most."""
        self.turned_away += 1
        self._shed_since += 1
        now = time.monotonic()
        if now - self._noted >= NOTE_EVERY:
            log.warning(
                "HTTP: closed %d slow, silent or excess connections in the last %.0f s (latest: %s)",
                self._shed_since,
                now - self._noted,
                why,
            )
            self._noted, self._shed_since = now, 0


def make_server(host: str, port: int, app: WsgiApp, **limits: Any) -> FrontServer:
    """The front end on (host, port) for `app`; an app with a `check_head` (the Slack guard) has it run
    as soon as a request's headers are in."""
    return FrontServer((host, port), app, check_head=getattr(app, "check_head", None), **limits)
