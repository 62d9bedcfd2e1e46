"""HTTP mode's table of open connections, for `bot.cli.http_server`'s selector thread (the only thread
that touches it): the connections being read, oldest first, and those answered and lingering; the
bounds on them (how many, how long, how many body bytes reserved) and what is closed to keep them.

Every connection being read has the same deadline after it opened, so the oldest is also the next to
expire and the first to evict: both are O(1). Closings for capacity or lateness are counted and said in
one warning per `NOTE_EVERY` seconds at most, not a line per connection (a flood must not flood the log).
"""

from __future__ import annotations

import contextlib
import logging
import selectors
import socket
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from bot.cli.http_pool import Budget
from bot.cli.http_request import short_response

LINGER_SECONDS = 2.0  # after a refusal: what the client still sends is read and dropped, so the answer
LINGER_BYTES = 1024 * 1024  # is not lost to a reset (closing with unread data resets the connection)
NOTE_EVERY = 10.0
log = logging.getLogger("podnet.http")


@dataclass(eq=False)
class Conn:
    sock: socket.socket
    peer: tuple[str, int]
    deadline: float
    buf: bytearray = field(default_factory=bytearray)
    scanned: int = 0  # how far the head's end was looked for (a head trickled bytewise is scanned once)
    environ: dict[str, Any] | None = None  # set once the head passed
    length: int = 0
    reserved: int = 0  # body bytes reserved from the budget
    drained: int = 0  # lingering: bytes read and dropped


class Table:
    def __init__(self, sel: selectors.BaseSelector, budget: Budget, max_open: int, deadline: float) -> None:
        self.sel, self.budget, self.max_open, self.deadline = sel, budget, max_open, deadline
        self.reading: OrderedDict[Conn, None] = OrderedDict()  # requests not complete, oldest first
        self.lingering: OrderedDict[Conn, None] = OrderedDict()  # answered, dropping what still comes
        self.turned_away = 0  # evicted + timed out + busy: connections closed for capacity or lateness
        self.evicted = self.timed_out = self.busy = 0
        self._noted, self._shed_since = time.monotonic() - NOTE_EVERY, 0  # the first is said at once

    def __len__(self) -> int:
        return len(self.reading) + len(self.lingering)

    def add(self, sock: socket.socket, peer: tuple[str, int]) -> None:
        """A new connection; when the table is full, the oldest lingering or incomplete one makes room."""
        while len(self) >= self.max_open and self.evict_one("connections full"):
            pass
        conn = Conn(sock, peer, time.monotonic() + self.deadline)
        self.reading[conn] = None
        self.sel.register(sock, selectors.EVENT_READ, conn)

    def next_deadline(self) -> float | None:
        firsts = [next(iter(d)).deadline for d in (self.reading, self.lingering) if d]
        return min(firsts) if firsts else None

    def expire(self, now: float) -> None:
        while self.reading and (conn := next(iter(self.reading))).deadline <= now:
            self.timed_out += 1
            self.shed("past the request deadline")
            send(conn, short_response("408 Request Timeout"))
            self.close(conn)
        while self.lingering and (conn := next(iter(self.lingering))).deadline <= now:
            self.close(conn)

    def evict_one(self, why: str) -> bool:
        """Close the oldest lingering connection, else the oldest incomplete one; False if none."""
        if self.lingering:
            self.close(next(iter(self.lingering)))
            return True
        if not self.reading:
            return False
        self.evicted += 1
        self.shed(why)
        self.close(next(iter(self.reading)))
        return True

    def reserve(self, length: int, conn: Conn) -> bool:
        """`length` body bytes for `conn`, evicting the oldest incomplete reservations if need be."""
        while not self.budget.take(length):
            holder = next((c for c in self.reading if c.reserved and c is not conn), None)
            if holder is None:
                return False
            self.evicted += 1
            self.shed("body budget full")
            self.close(holder)
        conn.reserved = length
        return True

    def linger(self, conn: Conn) -> None:
        """`conn` was answered: no more writing; what it still sends is dropped until EOF or the limits."""
        self.budget.give(conn.reserved)
        conn.reserved, conn.buf = 0, bytearray()
        with contextlib.suppress(OSError):
            conn.sock.shutdown(socket.SHUT_WR)
        del self.reading[conn]
        conn.deadline = time.monotonic() + LINGER_SECONDS
        self.lingering[conn] = None

    def drain(self, conn: Conn) -> None:
        try:
            data = conn.sock.recv(65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        conn.drained += len(data)
        if not data or conn.drained > LINGER_BYTES:
            self.close(conn)

    def hand_over(self, conn: Conn) -> None:
        """`conn` leaves the table, its socket and reserved bytes with it (to a worker)."""
        self.sel.unregister(conn.sock)
        del self.reading[conn]

    def close(self, conn: Conn) -> None:
        self.reading.pop(conn, None)
        self.lingering.pop(conn, None)
        self.budget.give(conn.reserved)
        conn.reserved = 0
        with contextlib.suppress(KeyError, ValueError):
            self.sel.unregister(conn.sock)
        conn.sock.close()

    def close_all(self) -> None:
        for conn in [*self.reading, *self.lingering]:
            self.close(conn)

    def shed(self, why: str) -> None:
        """Count a connection closed for capacity or lateness; one warning per NOTE_EVERY seconds at most."""
        self.turned_away += 1
        self._shed_since += 1
        now = time.monotonic()
        if now - self._noted >= NOTE_EVERY:
            log.warning("HTTP: %d slow, silent or excess connections closed (latest: %s)", self._shed_since, why)
            self._noted, self._shed_since = now, 0


def send(conn: Conn, data: bytes) -> None:
    """A short answer on a socket nothing was written to yet: its send buffer takes it whole."""
    with contextlib.suppress(OSError):
        conn.sock.send(data)
