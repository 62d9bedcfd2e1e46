"""A sweep asks every node once, all in parallel: one batch with what the steps need and, at its end, the
steps' second readings (StepSpec.again: conntrack's counters read again) — nothing while a step runs, one
node after another, and no round of its own; each node is judged as soon as the nodes it reads are in. The
benchmarks of issue #18 found conntrack's second reading asked node by node (0.09 s a node, serially), then
as a round of its own (one more exec on every node) with the judgement a phase after it (checks/sweep.py)."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Mapping, Sequence

import pytest

from checks import engine
from checks.cluster.memory import recorded_cluster
from checks.ladder import conntrack
from checks.ladder.base import StepContext
from checks.ladder.conntrack import AGAIN
from checks.model import StepResult
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.replay import ReplayRunner
from checks.remote.runner import NodeRef
from tests.unit.steps.builder import Case, coredns_texts
from tests.unit.steps.test_conntrack import PROC, proc, readings

IN_A_STEP = threading.local()


class RoundsRunner(ReplayRunner):
    """Records what is asked, when: in the first fetch (prefetch), from a step while it runs, or between
    (a context's second readings); and the order of events."""

    fetched: list[str]
    in_steps: list[tuple[str, str]]
    events: list[str]

    def prefetch(
        self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]], then: Callable[[NodeRef], None] | None = None
    ) -> None:
        self.fetched = [ref.name for ref in wanted]
        super().prefetch(wanted, then)

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        new = [(node.name, c.key) for c in dict.fromkeys(commands) if (node.name, c.key) not in self._cache]
        if getattr(IN_A_STEP, "on", False):
            self.in_steps += new
        self.events += [f"ask {n} {k}" for n, k in new]
        return super().run(node, commands)


@pytest.fixture(autouse=True)
def conntrack_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recordings are a diagnosis's (node-1 and node-2): the sweep runs the step under test only; its
    run marks the thread, so what a step asks while it runs is told apart from what the sweep asked for it."""
    real = conntrack.STEP.run

    def marked(ctx: StepContext) -> StepResult:
        IN_A_STEP.on = True
        try:
            return real(ctx)
        finally:
            IN_A_STEP.on = False

    monkeypatch.setattr(engine, "node_level", lambda: (dataclasses.replace(conntrack.STEP, run=marked),))


def sweep(case: Case) -> tuple[list[engine.NodeHealth], RoundsRunner]:
    outputs = case.runner().outputs
    outputs["node-3"] = dict(outputs["node-2"])  # type: ignore[index]  # node-3 prints what node-2 does
    runner = RoundsRunner(outputs)
    runner.fetched, runner.in_steps, runner.events = [], [], []
    return engine.sweep(recorded_cluster(case.objects(), case.refused, coredns_texts()), runner), runner


def test_a_healthy_sweep_reads_conntrack_again_at_the_end_of_each_nodes_one_batch() -> None:
    nodes, runner = sweep(Case("healthy"))
    assert runner.in_steps == []  # nothing asked while a step runs
    assert sorted(runner.fetched) == ["node-1", "node-2", "node-3"]  # one batch a node, nothing after
    for name in ("node-1", "node-2", "node-3"):
        mine = [e.split(" ", 2)[2] for e in runner.events if e.split(" ")[1] == name]
        assert mine.count(f"{PROC} #{AGAIN}") == 1 and mine[-1] == f"{PROC} #{AGAIN}", mine  # last, once
        assert mine.index(PROC) < mine.index(f"{PROC} #{AGAIN}")
    assert len(nodes) == 3
    for node in nodes:
        step = next(s for s in node.steps if s.id == "conntrack")
        assert step.status == "pass", (node.name, step.summary)


def test_growth_between_the_readings_is_still_a_current_problem_in_a_sweep() -> None:
    grown = readings("node-1", PROC, proc(insert_failed=5), proc(insert_failed=9))
    nodes, runner = sweep(Case("race on node-1", nodes=grown))
    assert runner.in_steps == []
    steps = {n.name: next(s for s in n.steps if s.id == "conntrack") for n in nodes}
    assert steps["node-1"].status == "fail"
    # every node's context also looks at the CoreDNS pods' nodes (node-1 among them): the finding names node-1
    problems = {(f.code, f.nodes) for s in steps.values() for f in s.findings if f.severity == "problem"}
    assert problems == {("conntrack.insert-race", ("node-1",))}


class HoldingRunner(RoundsRunner):
    """Fetching node-3 waits (5 s at most) until node-1's steps have been judged."""

    judged_node_1: threading.Event
    judged_before_node_3_came: bool | None = None

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        if node.name == "node-3" and self.judged_before_node_3_came is None:
            self.judged_before_node_3_came = self.judged_node_1.wait(5.0)
        return super().run(node, commands)


def test_a_node_is_judged_while_the_others_are_still_being_fetched() -> None:
    outputs = Case("healthy").runner().outputs
    outputs["node-3"] = dict(outputs["node-2"])  # type: ignore[index]
    runner = HoldingRunner(outputs)
    runner.fetched, runner.in_steps, runner.events = [], [], []
    runner.judged_node_1 = threading.Event()

    def on_node(name: str) -> None:
        runner.events.append(f"judged {name}")
        if name == "node-1":
            runner.judged_node_1.set()

    nodes = engine.sweep(recorded_cluster(Case("healthy").objects(), (), coredns_texts()), runner, on_node=on_node)
    assert runner.fetched[-1] == "node-3"  # the last one fetched: node-1's context reads node-1 and node-2
    assert runner.judged_before_node_3_came is True
    assert [n.name for n in nodes] == ["node-1", "node-2", "node-3"]  # in the nodes' order all the same
    for name in ("node-1", "node-2", "node-3"):  # each node's second reading before its judgement
        assert runner.events.index(f"ask {name} {PROC} #{AGAIN}") < runner.events.index(f"judged {name}")
    assert runner.in_steps == []
