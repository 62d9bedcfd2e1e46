"""A `Runner` that replays recorded node outputs: a step's judgement, tested without SSH, root or a lab.

Given, per node, what each catalog command printed (by `CatalogCommand.key`), it answers `run` and
`prefetch` as `checks.remote.pool.NodeRunner` does for a live node; a node recorded as unreachable (a
`NodeError`, such as `checks.errors.Unreachable`) gives every command `exit_status None` with the error's
reason and is kept in `failures`, as NodeRunner does for a dead node; recorded captures answer `stream`.

A command asked for but not recorded raises `NotRecorded` at once: a replay never makes up an empty
output, so a test that forgot a recording (or a step that asks for something new) fails loudly. A key
with a ` #…` suffix (a command asked again on purpose, never from a cache: the `link` step's probe)
replays the recording of the key before the suffix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from checks.errors import NodeError
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.runner import NodeRef

LISTENING = "listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n"
"""What tcpdump prints on stderr once it captures (the marker the `link` step waits for)."""


class NotRecorded(AssertionError):
    """A command (or a capture) was asked of a node for which nothing was recorded."""


@dataclass(frozen=True)
class Recorded:
    """What one command printed, and how it ended (exit_status None: it did not finish, see error)."""

    output: str
    exit_status: int | None = 0
    error: str | None = None


@dataclass(frozen=True)
class RecordedCapture:
    """A recorded capture: what tcpdump printed on stdout, its stderr (readiness is the marker showing
    there), and how it ended (tcpdump's `-c` count reached: 0; the `timeout` around it: 124)."""

    output: str
    stderr: str = LISTENING
    exit_status: int | None = 0
    error: str | None = None


Recording = str | Recorded


@dataclass
class ReplayCapture:
    """A `Capture` that replays a RecordedCapture; `cancelled` and `finished` say what the step did."""

    command: CatalogCommand
    node: str
    recorded: RecordedCapture
    cancelled: bool = False
    finished: bool = False

    def wait_ready(self, marker: str, timeout: float) -> bool:
        return marker in self.recorded.stderr

    def finish(self) -> CommandResult:
        self.finished = True
        r = self.recorded
        return CommandResult(self.command, self.node, r.exit_status, r.output, 0.0, r.error)

    def cancel(self) -> None:
        self.cancelled = True


def _as_recorded(value: Recording) -> Recorded:
    return value if isinstance(value, Recorded) else Recorded(value)


@dataclass
class ReplayRunner:
    """`outputs`: node -> {command key -> output text, or Recorded}; `unreachable`: node -> the error
    every use of it raises or reports; `captures`: node -> {tcpdump command key -> RecordedCapture}."""

    outputs: Mapping[str, Mapping[str, Recording]] = field(default_factory=dict)
    unreachable: Mapping[str, NodeError] = field(default_factory=dict)
    captures: Mapping[str, Mapping[str, RecordedCapture]] = field(default_factory=dict)
    failures: dict[str, NodeError] = field(default_factory=dict, init=False)
    not_run: int = field(default=0, init=False)
    asked: list[tuple[str, str]] = field(default_factory=list, init=False)  # (node, key), in order
    streams: list[ReplayCapture] = field(default_factory=list, init=False)
    closed: bool = field(default=False, init=False)
    _cache: dict[tuple[str, str], CommandResult] = field(default_factory=dict, init=False)

    def _recorded(self, node: str, key: str) -> Recorded:
        recorded = self.outputs.get(node)
        if recorded is None:
            raise NotRecorded(f"{node}: nothing recorded for this node (asked for {key!r})")
        for candidate in (key, key.split(" #", 1)[0]):
            if candidate in recorded:
                return _as_recorded(recorded[candidate])
        raise NotRecorded(f"{node}: no recorded output for {key!r}; recorded: {sorted(recorded)}")

    def _result(self, node: str, command: CatalogCommand) -> CommandResult:
        err = self.unreachable.get(node)
        if err is not None:
            self.failures.setdefault(node, err)
            return CommandResult(command, node, None, "", 0.0, err.reason)
        r = self._recorded(node, command.key)
        if r.error is not None:
            self.not_run += 1
        return CommandResult(command, node, r.exit_status, r.output, 0.0, r.error)

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        out = []
        for command in commands:
            self.asked.append((node.name, command.key))
            cached = self._cache.get((node.name, command.key))
            if cached is None:
                cached = self._cache[(node.name, command.key)] = self._result(node.name, command)
            out.append(cached)
        return out

    def prefetch(
        self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]], then: Callable[[NodeRef], None] | None = None
    ) -> None:
        for node, commands in wanted.items():
            self.run(node, commands)
            if then is not None:
                then(node)

    def stream(self, node: NodeRef, command: CatalogCommand) -> ReplayCapture:
        err = self.unreachable.get(node.name)
        if err is not None:
            self.failures.setdefault(node.name, err)
            raise err
        recorded = self.captures.get(node.name, {}).get(command.key)
        if recorded is None:
            known = sorted(self.captures.get(node.name, {}))
            raise NotRecorded(f"{node.name}: no recorded capture for {command.key!r}; recorded: {known}")
        capture = ReplayCapture(command, node.name, recorded)
        self.streams.append(capture)
        return capture

    def close(self) -> None:
        self.closed = True
