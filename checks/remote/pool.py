"""One SSH connection per node, reused across every step of a diagnosis; results cached per command.

`NodeRunner` is the ladder's only way to a node. Steps ask for catalog commands; the engine prefetches
what every step needs in one batched exec per node (bounded concurrency across nodes); a node that
cannot be reached turns into an error result for each of its commands, never an exception in a step.
What could not run is also kept on the runner (`failures`, `not_run`) for the report and its metrics.
Given `SharedConnections` (podnet serve), it takes its connections from there and leaves them open.
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TypeVar

import paramiko

from checks.errors import CommandTimeout, NodeError, Unreachable
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.connections import SharedConnections, active
from checks.remote.runner import NodeRef
from checks.remote.settings import SshSettings
from checks.remote.transport import SshConnector, Stream, close_quietly, exec_batch, start_stream

T = TypeVar("T")


@dataclass
class NodeRunner:
    settings: SshSettings
    concurrency: int = 16
    audit: list[tuple[str, str, int | None]] = field(default_factory=list)  # (node, command, exit status)
    connections: SharedConnections | None = None  # kept open by the process; else opened and closed here
    # the whole diagnosis's (or sweep's) time on the nodes, in seconds from the runner's creation: each
    # batch gets what is left of it at most, and once it has run out no node is asked anything more
    deadline: float | None = None
    # what must happen before any command is sent to a node (the bot's audit log): called with the node's
    # name and the command lines; if it raises OSError, those commands are not sent ("not run")
    before_exec: Callable[[str, list[str]], None] | None = None
    failures: dict[str, NodeError] = field(default_factory=dict, init=False)
    not_run: int = field(default=0, init=False)
    _connector: SshConnector = field(init=False)
    _clients: dict[str, paramiko.SSHClient] = field(default_factory=dict, init=False)
    _refs: dict[str, NodeRef] = field(default_factory=dict, init=False)
    _reused: set[str] = field(default_factory=set, init=False)  # nodes whose client was kept from before
    _failed: dict[str, NodeError] = field(default_factory=dict, init=False)
    _cache: dict[tuple[str, str], CommandResult] = field(default_factory=dict, init=False)
    _locks: dict[str, threading.Lock] = field(default_factory=dict, init=False)
    _guard: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self._connector = SshConnector(self.settings)
        self._ends = None if self.deadline is None else time.monotonic() + self.deadline

    def _left(self) -> float | None:
        return None if self._ends is None else self._ends - time.monotonic()

    def _batch_deadline(self, commands: Sequence[CatalogCommand]) -> float | None:
        own = self.settings.batch_deadline
        left = self._left()
        if left is None:
            return own
        return min(own if own is not None else sum(c.timeout for c in commands) + 10, max(left, 1.0))

    def _lock_for(self, node: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(node, threading.Lock())

    def _alias(self, node: NodeRef) -> str:
        """What the ssh_config is looked up with: the node's name with `SshSettings.by_name`
        (PODNET_SSH_BY_NAME), else the address the engine gave (the InternalIP)."""
        return node.name if self.settings.by_name else node.address

    def _client(self, node: NodeRef) -> paramiko.SSHClient:
        if node.name in self._failed:
            raise self._failed[node.name]
        client = self._clients.get(node.name)
        if client is None or not active(client):
            if client is not None:
                self._drop(node)
            try:
                if self.connections is not None:
                    client, reused = self.connections.checkout(node.name, self._alias(node))
                    if reused:
                        self._reused.add(node.name)
                else:
                    client = self._connector.connect(node.name, self._alias(node))
            except NodeError as err:
                self._failed[node.name] = err  # don't retry a dead node for every step
                self.failures.setdefault(node.name, err)
                raise
            self._clients[node.name] = client
            self._refs[node.name] = node
        return client

    def _drop(self, node: NodeRef) -> None:
        """The node's client failed or closed under us: forgotten here (and in the shared connections)."""
        client = self._clients.pop(node.name, None)
        self._reused.discard(node.name)
        if client is None:
            return
        if self.connections is not None:
            self.connections.discard(self._alias(node), client)
        else:
            close_quietly(client)

    def _on_a_live_connection(self, node: NodeRef, lines: Sequence[str], use: Callable[[paramiko.SSHClient], T]) -> T:
        """`use(client)`; when a connection kept from before fails under it (the node rebooted, its sshd
        restarted, a NAT forgot the flow, the server refused another session), once more on a new one.
        The first attempt's commands (`lines`) go into the audit too: they may have started."""
        client = self._client(node)
        try:
            return use(client)
        except Unreachable:
            if node.name not in self._reused:
                raise
            self.audit.extend((node.name, line, None) for line in lines)
            self._drop(node)
        return use(self._client(node))

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        with self._lock_for(node.name):
            missing = [c for c in dict.fromkeys(commands) if (node.name, c.key) not in self._cache]
            left = self._left()
            if missing and left is not None and left <= 0:
                late = CommandTimeout(node.name, f"not run: the {self.deadline:.0f} s for the whole run were used up")
                self.failures.setdefault(node.name, late)
                with self._guard:
                    self.not_run += len(missing)
                return [
                    self._cache.get((node.name, c.key)) or CommandResult(c, node.name, None, "", 0.0, late.reason)
                    for c in commands
                ]
            unaudited = self._announce(node, missing) if missing else None
            if unaudited is not None:
                results = [CommandResult(c, node.name, None, "", 0.0, unaudited) for c in missing]
                with self._guard:
                    self.not_run += len(missing)
                for result in results:
                    self._cache[(node.name, result.command.key)] = result
            elif missing:
                try:
                    results = self._on_a_live_connection(
                        node,
                        [c.line for c in missing],
                        lambda client: exec_batch(
                            client,
                            node.name,
                            missing,
                            sudo=self.settings.sudo,
                            open_timeout=self.settings.connect_timeout,
                            deadline=self._batch_deadline(missing),
                        ),
                    )
                except NodeError as err:
                    self.failures.setdefault(node.name, err)
                    if isinstance(err, CommandTimeout):
                        # a node that let a batch run out its deadline is not asked again in this
                        # diagnosis (each later step would wait as long), and its connection is not kept
                        self._failed[node.name] = err
                        self._drop(node)
                    results = [CommandResult(c, node.name, None, "", 0.0, err.reason) for c in missing]
                else:
                    with self._guard:
                        self.not_run += sum(1 for r in results if r.error)
                    now = time.monotonic()
                    results = [replace(r, at=now) for r in results]
                for result in results:
                    self._cache[(node.name, result.command.key)] = result
                    self.audit.append((node.name, result.command.line, result.exit_status))
            return [self._cache[(node.name, c.key)] for c in commands]

    def _announce(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> str | None:
        """`before_exec`; None when the commands may be sent, else why not."""
        if self.before_exec is None:
            return None
        try:
            self.before_exec(node.name, [c.line for c in commands])
        except OSError as err:
            return f"not run: the audit log cannot be written ({err.strerror or err})"
        return None

    def prefetch(
        self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]], then: Callable[[NodeRef], None] | None = None
    ) -> None:
        def fetch(node: NodeRef, commands: Sequence[CatalogCommand]) -> None:
            self.run(node, commands)
            if then is not None:
                then(node)

        # each node's fetch runs in a copy of the caller's context: its log lines keep the diagnosis id
        with ThreadPoolExecutor(max(1, min(self.concurrency, len(wanted)))) as pool:
            futures = [
                pool.submit(contextvars.copy_context().run, fetch, node, commands) for node, commands in wanted.items()
            ]
            for future in futures:
                future.result()

    def stream(self, node: NodeRef, command: CatalogCommand) -> Stream:
        unaudited = self._announce(node, [command])
        if unaudited is not None:
            raise Unreachable(node.name, unaudited)
        with self._lock_for(node.name):
            stream = self._on_a_live_connection(
                node, [command.line], lambda client: start_stream(client, node.name, command, sudo=self.settings.sudo)
            )
        stream.on_finish = lambda result: self.audit.append((node.name, result.command.line, result.exit_status))
        return stream

    def close(self) -> None:
        for name, client in self._clients.items():
            if self.connections is not None:
                self.connections.release(self._alias(self._refs[name]), client)
            else:
                close_quietly(client)
        self._clients.clear()
        self._connector.close()
