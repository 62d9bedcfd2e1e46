"""SSH connections kept open between diagnoses and sweeps, for a long-running process (`podnet serve`).

Opening a connection costs a TCP connect through the jump host, a key exchange and an authentication,
on the node's CPU as much as ours; a bot that answers several pastes about one incident, then a
"Capture packets" click, would pay it again every time. `SharedConnections` keeps each node's
transport while it is in use or was used within `keep_open` seconds (the idea of OpenSSH's
ControlPersist). Keepalives (`SshSettings.keepalive`) run on every kept transport; a transport found
closed is replaced on the next checkout, and `NodeRunner` runs a batch once more on a new connection
when a kept one fails under it — cannot open a session, or drops while the batch runs (every catalog
command is read-only, so a second run is harmless).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import paramiko

from checks.remote.settings import SshSettings
from checks.remote.transport import SshConnector, close_quietly


def active(client: paramiko.SSHClient) -> bool:
    transport = client.get_transport()
    return transport is not None and transport.is_active()


@dataclass
class _Kept:
    client: paramiko.SSHClient
    users: int
    last_used: float
    opened_at: float
    retired: bool = False  # no longer handed out; closed when its last user is done


@dataclass
class SharedConnections:
    """Node connections shared by every runner of a process; thread-safe. `opened` and `reused` count
    checkouts, for the metrics and the benchmark.

    A connection is handed out while it is active and younger than `max_age`; one that failed under a
    user, or grew old, is retired: no longer handed out, and closed when its last user is done (another
    diagnosis may still be using it). When no connection is left, the jump hosts close and the next
    checkout reads the ssh_config afresh; every connect sees known_hosts as it is (parsed again when
    the file changed)."""

    settings: SshSettings
    keep_open: float = 900.0  # seconds a connection no one uses stays open
    max_age: float = 3600.0  # seconds after which a connection is not handed out anew
    clock: Callable[[], float] = time.monotonic
    connector: SshConnector = field(init=False)
    opened: int = field(default=0, init=False)
    reused: int = field(default=0, init=False)
    _kept: dict[str, _Kept] = field(default_factory=dict, init=False)  # alias -> the one handed out
    _live: dict[int, _Kept] = field(default_factory=dict, init=False)  # id(client) -> every open one
    _connecting: int = field(default=0, init=False)  # connects under way: the jump hosts must stay
    _connector_used: bool = field(default=False, init=False)  # since it was made: replace it when idle
    _opening: dict[str, threading.Lock] = field(default_factory=dict, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False)
    _pruner: threading.Thread | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.connector = SshConnector(self.settings)

    def checkout(self, node: str, alias: str) -> tuple[paramiko.SSHClient, bool]:
        """(client, reused). Raises NodeError as `SshConnector.connect` does; a failure is not kept, so
        the next diagnosis tries the node again. Every checkout is paired with `release` or `discard`."""
        self._start_pruner()
        with self._lock:
            opening = self._opening.setdefault(alias, threading.Lock())
        with opening:  # two diagnoses asking for one node at once open one connection, not two
            closing: list[paramiko.SSHClient] = []
            with self._lock:
                now = self.clock()
                kept = self._kept.get(alias)
                if kept is not None and active(kept.client) and now - kept.opened_at < self.max_age:
                    kept.users += 1
                    kept.last_used = now
                    self.reused += 1
                    return kept.client, True
                if kept is not None:
                    closing += self._retire(alias, kept)
                self._connecting += 1
                self._connector_used = True
                connector = self.connector
            for client in closing:
                close_quietly(client)
            try:
                client = connector.connect(node, alias)
            except BaseException:
                with self._lock:
                    self._connecting -= 1
                raise
            with self._lock:  # one block with the decrement: a prune never sees neither
                self._connecting -= 1
                kept = _Kept(client, 1, self.clock(), self.clock())
                self._kept[alias] = self._live[id(client)] = kept
                self.opened += 1
            return client, False

    def _retire(self, alias: str, kept: _Kept) -> list[paramiko.SSHClient]:
        """Under the lock: stop handing `kept` out; returns it to close if nobody uses it."""
        if self._kept.get(alias) is kept:
            del self._kept[alias]
        kept.retired = True
        if kept.users > 0:
            return []
        self._live.pop(id(kept.client), None)
        return [kept.client]

    def release(self, alias: str, client: paramiko.SSHClient) -> None:
        """A user is done with the connection; it stays open for the next one unless retired."""
        self._done(alias, client, failed=False)

    def discard(self, alias: str, client: paramiko.SSHClient) -> None:
        """The connection failed under its user: not handed out again, closed once no one else uses it
        (a session the server refused, say for MaxSessions, does not break the other users' sessions)."""
        self._done(alias, client, failed=True)

    def _done(self, alias: str, client: paramiko.SSHClient, *, failed: bool) -> None:
        closing: list[paramiko.SSHClient] = []
        with self._lock:
            kept = self._live.get(id(client))
            if kept is None or kept.client is not client:
                closing.append(client)  # not ours (any more): nobody else holds it
            else:
                kept.users = max(0, kept.users - 1)
                kept.last_used = self.clock()
                if failed or kept.retired:
                    closing += self._retire(alias, kept)
        for stale in closing:
            stale.close()

    def prune(self) -> int:
        """Closes connections unused for `keep_open` seconds, dead ones and old ones; returns how many.
        With none left, the jump-host transports close and the ssh_config is read again next time."""
        now = self.clock()
        closing: list[paramiko.SSHClient] = []
        with self._lock:
            for alias, kept in list(self._kept.items()):
                idle = now - kept.last_used >= self.keep_open
                if kept.users == 0 and (idle or not active(kept.client) or now - kept.opened_at >= self.max_age):
                    closing += self._retire(alias, kept)
            if not self._live and not self._connecting and self._connector_used:
                # under the lock: no checkout can start connecting meanwhile
                self.connector.close()
                self.connector = SshConnector(self.settings)
                self._connector_used = False
        for client in closing:
            close_quietly(client)
        return len(closing)

    def __len__(self) -> int:
        """Open connections, including retired ones still in use."""
        with self._lock:
            return len(self._live)

    def _start_pruner(self) -> None:
        with self._lock:
            if self._pruner is not None or self._stop.is_set():
                return
            self._pruner = threading.Thread(target=self._prune_loop, name="podnet-ssh-prune", daemon=True)
            self._pruner.start()

    def _prune_loop(self) -> None:
        interval = max(1.0, min(60.0, self.keep_open / 2))
        while not self._stop.wait(interval):
            self.prune()

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            closing = [kept.client for kept in self._live.values()]
            self._kept.clear()
            self._live.clear()
        for client in closing:
            close_quietly(client)
        self.connector.close()
