"""HTTP mode's server for `podnet serve --http`: a thread per request, bounded, each socket with a deadline.

At most `MAX_CONNECTIONS` requests are handled at once: one more is closed at once rather than given a
thread (400 half-open connections must not become 400 threads), and each connection's socket times out
after `SOCKET_TIMEOUT` seconds of silence. Errors go to the log as one line each, never as a traceback on
stderr outside the JSON log. Request lines go to the debug log.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

__all__ = ["MAX_CONNECTIONS", "QuietHandler", "ThreadingWSGIServer", "make_server"]

MAX_CONNECTIONS = 64
SOCKET_TIMEOUT = 10.0
REQUEST_DEADLINE = 30.0  # seconds for a whole request: headers, body and Bolt's acknowledgement
log = logging.getLogger("podnet.http")


class Reaper:
    """One thread for every connection's deadline (a timer per request would double the threads)."""

    def __init__(self, tick: float = 0.25) -> None:
        self._deadlines: dict[socket.socket, float] = {}
        self._lock = threading.Lock()
        self._tick = tick
        threading.Thread(target=self._run, name="podnet-http-reaper", daemon=True).start()

    def watch(self, conn: socket.socket, seconds: float) -> None:
        with self._lock:
            self._deadlines[conn] = time.monotonic() + seconds

    def forget(self, conn: socket.socket) -> None:
        with self._lock:
            self._deadlines.pop(conn, None)

    def _run(self) -> None:
        while True:
            time.sleep(self._tick)  # a polling period, not synchronisation
            now = time.monotonic()
            with self._lock:
                late = [c for c, t in self._deadlines.items() if t < now]
                for conn in late:
                    del self._deadlines[conn]
            for conn in late:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    max_connections = MAX_CONNECTIONS
    request_queue_size = 128  # the listen backlog: a burst is accepted and answered or turned away, not stalled

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.serving = threading.Event()
        self.slots = threading.BoundedSemaphore(self.max_connections)
        self.reaper = Reaper()
        self.turned_away = 0

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """`serving` is set while the loop runs: HTTP mode's readiness."""
        self.serving.set()
        try:
            super().serve_forever(poll_interval)
        finally:
            self.serving.clear()

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            self.turned_away += 1
            log.warning("HTTP: %d connections open already; closed one from %s", self.max_connections, client_address)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.warning("HTTP: connection from %s ended in an error", client_address, exc_info=True)


class _LogStream:
    """wsgiref's `stderr` for the application's errors: what it writes, one log record per flush."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def write(self, text: str) -> int:
        self._parts.append(text)
        return len(text)

    def flush(self) -> None:
        text = "".join(self._parts).strip()
        self._parts.clear()
        if text:
            log.error("HTTP: the request's handler failed: %s", text)


class QuietHandler(WSGIRequestHandler):
    timeout = SOCKET_TIMEOUT  # StreamRequestHandler puts it on the socket: a silent client is let go

    def get_stderr(self) -> Any:
        return _LogStream()

    def handle(self) -> None:
        # one deadline for the whole request (a client trickling its headers a byte at a time defeats the
        # per-read socket timeout): the server's reaper shuts the socket down when it passes
        reaper = getattr(self.server, "reaper", None)
        if reaper is not None:
            reaper.watch(self.connection, REQUEST_DEADLINE)
        try:
            super().handle()
        except (TimeoutError, OSError, ValueError):
            log.debug("HTTP: %s timed out or went away; closed", self.client_address)
        finally:
            if reaper is not None:
                reaper.forget(self.connection)

    def log_message(self, format: str, *args: object) -> None:
        logging.getLogger("podnet.http").debug(format, *args)
