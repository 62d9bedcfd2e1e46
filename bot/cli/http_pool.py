"""HTTP mode's worker side, for `bot.cli.http_server`: the budget of buffered body bytes, and the fixed
pool of threads that run complete requests through the WSGI application.

The selector thread reserves a body's bytes when its headers pass and hands the whole request to the pool;
the pool takes at most `size + queue_size` requests at once (`take_slot` says no beyond: the caller
answers 503 at once rather than queueing without bound) and gives the bytes back once a request is answered.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from typing import Any

from bot.cli.http_request import WsgiApp, call_app, send_and_close

STOP_WAIT = 2.0  # seconds `stop` waits for the threads to end (a request still inside the app is left)
_Job = tuple[socket.socket, dict[str, Any], bytes, int]


class Budget:
    """Bytes that may be buffered at once (thread-safe: the selector takes, workers give back)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._used = 0
        self._lock = threading.Lock()

    def take(self, size: int) -> bool:
        with self._lock:
            if self._used + size > self.total:
                return False
            self._used += size
            return True

    def give(self, size: int) -> None:
        if size:
            with self._lock:
                self._used -= size

    @property
    def used(self) -> int:
        return self._used


class Workers:
    """`size` threads running requests; at most `queue_size` more waiting."""

    def __init__(self, app: WsgiApp, size: int, queue_size: int, budget: Budget) -> None:
        self.app, self.size, self.queue_size, self.budget = app, size, queue_size, budget
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._taken = 0  # requests queued or running
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        while len(self._threads) < self.size:
            thread = threading.Thread(target=self._run, name=f"podnet-http-{len(self._threads)}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def take_slot(self) -> bool:
        """Room for one more request (then `run` it); False when every worker is busy and the queue full."""
        with self._lock:
            if self._taken >= self.size + self.queue_size:
                return False
            self._taken += 1
            return True

    def run(self, sock: socket.socket, environ: dict[str, Any], body: bytes, reserved: int) -> None:
        """A whole request, in the slot taken for it: the socket and `reserved` budget bytes go with it."""
        self._jobs.put((sock, environ, body, reserved))

    def stop(self) -> None:
        """The threads end once the requests already taken are answered (waited for up to STOP_WAIT s)."""
        for _ in self._threads:
            self._jobs.put(None)
        deadline = time.monotonic() + STOP_WAIT
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads = []

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            sock, reserved = job[0], job[3]
            try:
                try:
                    response = call_app(self.app, job[1], job[2])
                finally:
                    job = None  # the body is dropped, and its bytes go back, before the answer is sent
                    self.budget.give(reserved)
                send_and_close(sock, response)
            finally:
                with self._lock:
                    self._taken -= 1
