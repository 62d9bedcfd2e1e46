"""SSH connections kept open between diagnoses and sweeps, for a long-running process (`podnet serve`).

Opening a connection costs a TCP connect through the jump host, a key exchange and an authentication,
on the node's CPU as much as ours; a bot that answers several pastes about one incident, then a
"Capture packets" click, would pay it again every time. `SharedConnections` keeps each node's
transport while it is in use or was used within `keep_open` seconds (the idea of OpenSSH's
ControlPersist). Keepalives (`SshSettings.keepalive`) run on every kept transport; a transport found
closed is replaced on the next checkout, and `NodeRunner` runs a batch once more on a new connection
when a kept one fails under it (every catalog command is read-only, so a second run is harmless).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import paramiko

from checks.remote.transport import SshConnector, SshSettings


def active(client: paramiko.SSHClient) -> bool:
    transport = client.get_transport()
    return transport is not None and transport.is_active()


@dataclass
class _Kept:
    client: paramiko.SSHClient
    users: int
    last_used: float


@dataclass
class SharedConnections:
    """Node connections shared by every runner of a process; thread-safe. `opened` and `reused` count
    checkouts, for the metrics and the benchmark."""

    settings: SshSettings
    keep_open: float = 900.0  # seconds a connection no one uses stays open
    clock: Callable[[], float] = time.monotonic
    connector: SshConnector = field(init=False)
    opened: int = field(default=0, init=False)
    reused: int = field(default=0, init=False)
    _kept: dict[str, _Kept] = field(default_factory=dict, init=False)
    _connecting: int = field(default=0, init=False)  # connects under way: the jump hosts must stay
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
            with self._lock:
                kept = self._kept.get(alias)
                if kept is not None and active(kept.client):
                    kept.users += 1
                    kept.last_used = self.clock()
                    self.reused += 1
                    return kept.client, True
                stale = self._kept.pop(alias, None)
                self._connecting += 1
            try:
                if stale is not None:
                    stale.client.close()
                client = self.connector.connect(node, alias)
            finally:
                with self._lock:
                    self._connecting -= 1
            with self._lock:
                self._kept[alias] = _Kept(client, 1, self.clock())
                self.opened += 1
            return client, False

    def release(self, alias: str, client: paramiko.SSHClient) -> None:
        with self._lock:
            kept = self._kept.get(alias)
            if kept is not None and kept.client is client:
                kept.users = max(0, kept.users - 1)
                kept.last_used = self.clock()

    def discard(self, alias: str, client: paramiko.SSHClient) -> None:
        """The connection failed under its user: closed, and forgotten so the next checkout opens anew."""
        with self._lock:
            kept = self._kept.get(alias)
            if kept is not None and kept.client is client:
                del self._kept[alias]
        client.close()

    def prune(self) -> int:
        """Closes connections unused for `keep_open` seconds, and dead ones; returns how many. With none
        left, the jump-host transports close too."""
        now = self.clock()
        with self._lock:
            gone = [
                alias
                for alias, kept in self._kept.items()
                if kept.users == 0 and (now - kept.last_used >= self.keep_open or not active(kept.client))
            ]
            closing = [self._kept.pop(alias).client for alias in gone]
            if not self._kept and not self._connecting:
                self.connector.close()  # under the lock: no checkout can start connecting meanwhile
        for client in closing:
            client.close()
        return len(closing)

    def __len__(self) -> int:
        with self._lock:
            return len(self._kept)

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
            closing = [kept.client for kept in self._kept.values()]
            self._kept.clear()
        for client in closing:
            client.close()
        self.connector.close()
