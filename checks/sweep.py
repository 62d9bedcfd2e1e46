"""The sweep: every node-level step on every node, pipelined.

Each node's context reads its own node and the CoreDNS pods' nodes. Every node is asked once: one batch
with what every step needs of it, and at its end the steps' second readings (StepSpec.again: conntrack's
counters read again, the rest of the batch between the two readings; the step shows the interval on the
node's clock). The batches are fetched in parallel (the runner's concurrency); as soon as every node a
context reads is in, that context is judged in a worker of its own while the other nodes are still asked.

Before, the second readings were a round of their own after every node's first batch (one more exec on
every node), and the judgement a third phase after it, node after node: at 50 nodes the two were a fifth
of a sweep's time, spent while no node was being asked anything (issue #18's profiles).
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from checks.ladder.base import StepContext, StepSpec
from checks.model import StepResult
from checks.remote.catalog import CatalogCommand
from checks.remote.runner import NodeRef, Runner

# contexts judged at once: judging holds the GIL, so more than a few do not judge faster
JUDGES = 4

RunSteps = Callable[[StepContext, tuple[StepSpec, ...]], list[StepResult]]


class _Waiting:
    """Which contexts still wait for which nodes' first batch."""

    def __init__(self, reads: list[set[str]]) -> None:
        self._left = [set(names) for names in reads]
        self._by_node: dict[str, list[int]] = {}
        for i, names in enumerate(reads):
            for name in names:
                self._by_node.setdefault(name, []).append(i)
        self._lock = threading.Lock()

    def ready_now(self) -> list[int]:
        return [i for i, left in enumerate(self._left) if not left]

    def fetched(self, node: str) -> list[int]:
        """The contexts `node` was the last one they waited for."""
        with self._lock:
            ready = []
            for i in self._by_node.pop(node, []):
                self._left[i].discard(node)
                if not self._left[i]:
                    ready.append(i)
            return ready


def pipelined(
    contexts: list[StepContext],
    steps: tuple[StepSpec, ...],
    runner: Runner,
    run_steps: RunSteps,
    on_done: Callable[[int, tuple[StepResult, ...]], None],
) -> None:
    """Fetch what `steps` need on every node, and judge each context once its nodes are in (in parallel
    with the fetches still running); `on_done(i, results)` for context i, in whatever order they end."""
    wanted: dict[NodeRef, list[CatalogCommand]] = {}
    reads: list[set[str]] = []
    for ctx in contexts:
        mine: set[str] = set()
        for step in steps:
            for node, commands in step.needs(ctx).items():
                wanted.setdefault(ctx.ref(node), []).extend(commands)
                mine.add(node)
        reads.append(mine)
    for ctx in contexts:  # after everything else in each node's batch: the rest of the batch is the interval
        for step in steps:
            if step.again is not None:
                for node, commands in step.again(ctx).items():
                    wanted.setdefault(ctx.ref(node), []).extend(commands)
    waiting = _Waiting(reads)
    started: list[Future[None]] = []

    def judge(i: int) -> None:
        on_done(i, tuple(run_steps(contexts[i], steps)))

    with ThreadPoolExecutor(JUDGES, thread_name_prefix="podnet-sweep-judge") as judges:

        def start(ready: list[int]) -> None:
            for i in ready:
                # in a copy of the caller's context, as the fetches: log lines keep their diagnosis id
                started.append(judges.submit(contextvars.copy_context().run, judge, i))

        start(waiting.ready_now())  # a context that reads no node
        runner.prefetch(wanted, then=lambda ref: start(waiting.fetched(ref.name)))
        for future in started:  # complete: every node was fetched, so every context was started
            future.result()
