"""The sweep does no O(N²) work: on labs of 3, 12 and 36 nodes, the commands each node runs, its SSH execs
and the Kubernetes API reads of the whole sweep are counted. Per node they must not grow with N: every node
gets the same few execs with the same commands (a node serving CoreDNS adds one return-route check per peer),
and the API is read a fixed number of times whatever N (a per-node read would be O(N) reads, an "every node
asks about every node" loop O(N²) commands)."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot.settings import Settings
from checks import engine
from checks.cluster.kube import KubeApiSource, load_api_client
from checks.cluster.read import Cluster
from checks.remote.pool import NodeRunner
from tests.lab.conftest import podnet, start_lab

SIZES = (3, 12, 36)


class CountingSource:
    """The real API source, each read counted by path."""

    def __init__(self, inner: KubeApiSource) -> None:
        self.inner = inner
        self.reads: Counter[str] = Counter()

    def get(self, path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
        self.reads[path] += 1
        return self.inner.get(path, query)

    def get_text(self, path: str, query: dict[str, str] | None = None) -> str:
        self.reads[path] += 1
        return self.inner.get_text(path, query)


@dataclass(frozen=True)
class Counted:
    nodes: int
    api_reads: int
    execs: Counter[str]  # per node
    commands: Counter[str]  # per node


def _sweep_counted(n: int) -> Counted:
    lab = start_lab("--nodes", str(n))
    try:
        settings = Settings.from_env({**os.environ, **lab.env()}, dotenv=lab.paths.root / "no.env")
        api = load_api_client(settings.kube.kubeconfig)
        source = CountingSource(KubeApiSource(api))
        runner = NodeRunner(settings.ssh, concurrency=16)
        execs: Counter[str] = Counter()
        runner.before_exec = lambda node, lines: execs.update([node])
        try:
            health = engine.sweep(Cluster(source), runner)  # type: ignore[arg-type]
        finally:
            runner.close()
            api.close()
        assert len(health) == n and not any(h.failing for h in health), [(h.name, h.failing) for h in health]
        commands = Counter(node for node, _, _ in runner.audit)
        return Counted(n, sum(source.reads.values()), execs, commands)
    finally:
        podnet("lab", "down")


def test_commands_execs_and_api_reads_per_node_do_not_grow_with_the_number_of_nodes() -> None:
    counted = [_sweep_counted(n) for n in SIZES]
    for c in counted:
        print(
            f"\n[figure] sweep of {c.nodes} nodes: {sum(c.commands.values()) / c.nodes:.1f} commands and "
            f"{sum(c.execs.values()) / c.nodes:.1f} SSH execs per node, {c.api_reads} API reads in all"
        )
        print(
            f"  execs per node: {sorted(Counter(c.execs.values()).items())}, commands per node: "
            f"{sorted(Counter(c.commands.values()).items())}"
        )
        assert len(c.commands) == c.nodes  # every node ran its commands
    execs = [sorted(set(c.execs.values())) for c in counted]
    assert execs[0] == execs[-1], execs  # the same few execs per node at 3 and at 36 nodes
    # commands: every node runs the same set, except that a node serving CoreDNS also checks its return
    # route to each peer (`ip route get PEER`): O(N) on that node, so the sweep's total stays O(N)
    usual = [min(c.commands.values()) for c in counted]
    assert usual[0] == usual[-1], usual
    # beyond one return-route check per peer, the CoreDNS node's extra work (its resolv.conf, the upstream
    # probe) is the same whatever N
    extra = [max(c.commands.values()) - usual[0] - (c.nodes - 1) for c in counted]
    assert len(set(extra)) == 1, extra
    per_node = [sum(c.commands.values()) / c.nodes for c in counted]
    assert per_node[-1] <= per_node[0] * 1.05, per_node  # flat per node as N grows
    reads = [c.api_reads for c in counted]
    assert reads[-1] == reads[0], reads  # the API is read a fixed number of times, whatever N
