"""What the ladder needs of the nodes, without SSH: a `Runner` that runs catalog commands on a node and
starts bounded captures. `checks.remote.pool.NodeRunner` is the real one (paramiko, one batched exec per
node); `checks.remote.replay.ReplayRunner` replays recorded outputs, so a step's judgement is tested
without root, a lab or a network.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from checks.errors import NodeError
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand


@dataclass(frozen=True)
class NodeRef:
    name: str
    address: str  # what the ssh_config is looked up with: the InternalIP unless configured otherwise


class Capture(Protocol):
    """A long-running command (tcpdump) started on a node, watched until it is ready, then finished."""

    def wait_ready(self, marker: str, timeout: float) -> bool:
        """True once `marker` shows on the command's stderr (tcpdump's "listening on")."""
        ...

    def finish(self) -> CommandResult:
        """Wait for the command to end (within its own timeout) and return what it printed."""
        ...

    def cancel(self) -> None:
        """Stop it now (the other side of a capture could not start)."""
        ...


class Runner(Protocol):
    failures: dict[str, NodeError]  # node -> why none (or not all) of its commands ran; the first failure
    not_run: int  # commands on reachable nodes that did not finish (timed out, batch cut short)

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]: ...

    def prefetch(
        self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]], then: Callable[[NodeRef], None] | None = None
    ) -> None:
        """Run every node's commands (one batch a node, nodes in parallel); `then(node)` once that node's
        results are in (in the thread that fetched them: it must not block)."""
        ...

    def stream(self, node: NodeRef, command: CatalogCommand) -> Capture: ...

    def close(self) -> None: ...
