"""A sweep asks the nodes in parallel rounds only: the first fetch, then the steps' second readings
(StepSpec.again: conntrack's counters read again) — none while the steps run, one node after another.
The benchmark of issue #18 found conntrack's second reading asked node by node: 0.09 s a node, serially."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from checks import engine
from checks.cluster.memory import recorded_cluster
from checks.ladder import conntrack
from checks.ladder.conntrack import AGAIN
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.replay import ReplayRunner
from checks.remote.runner import NodeRef
from tests.unit.steps.builder import Case, coredns_texts
from tests.unit.steps.test_conntrack import PROC, proc, readings


class RoundsRunner(ReplayRunner):
    """Counts the parallel rounds (prefetch) and the commands asked outside them (node by node)."""

    rounds: list[set[str]]
    serial: list[tuple[str, str]]

    def prefetch(self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]]) -> None:
        self.rounds.append({c.key for commands in wanted.values() for c in commands})
        self.in_round = True
        try:
            super().prefetch(wanted)
        finally:
            self.in_round = False

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        if not self.in_round:
            self.serial += [(node.name, c.key) for c in commands if (node.name, c.key) not in self._cache]
        return super().run(node, commands)


@pytest.fixture(autouse=True)
def conntrack_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recordings are a diagnosis's (node-1 and node-2): the sweep runs the step under test only."""
    monkeypatch.setattr(engine, "node_level", lambda: (conntrack.STEP,))


def sweep(case: Case) -> tuple[list[engine.NodeHealth], RoundsRunner]:
    outputs = case.runner().outputs
    outputs["node-3"] = dict(outputs["node-2"])  # type: ignore[index]  # node-3 prints what node-2 does
    runner = RoundsRunner(outputs)
    runner.rounds, runner.serial, runner.in_round = [], [], False
    return engine.sweep(recorded_cluster(case.objects(), case.refused, coredns_texts()), runner), runner


def test_a_healthy_sweep_reads_conntrack_again_in_one_parallel_round() -> None:
    nodes, runner = sweep(Case("healthy"))
    assert runner.serial == []  # nothing asked node after node
    assert len(runner.rounds) == 2 and runner.rounds[1] == {f"{PROC} #{AGAIN}"}
    assert len(nodes) == 3
    for node in nodes:
        step = next(s for s in node.steps if s.id == "conntrack")
        assert step.status == "pass", (node.name, step.summary)


def test_growth_between_the_rounds_is_still_a_current_problem_in_a_sweep() -> None:
    grown = readings("node-1", PROC, proc(insert_failed=5), proc(insert_failed=9))
    nodes, runner = sweep(Case("race on node-1", nodes=grown))
    assert runner.serial == []
    steps = {n.name: next(s for s in n.steps if s.id == "conntrack") for n in nodes}
    assert steps["node-1"].status == "fail"
    # every node's context also looks at the CoreDNS pods' nodes (node-1 among them): the finding names node-1
    problems = {(f.code, f.nodes) for s in steps.values() for f in s.findings if f.severity == "problem"}
    assert problems == {("conntrack.insert-race", ("node-1",))}
