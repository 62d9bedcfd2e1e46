"""One sweep, run and stored: shared by `podnet sweep` and the nightly job in `podnet serve`."""

from __future__ import annotations

import time
from collections.abc import Callable

from bot.observability.metrics import METRICS
from bot.settings import Settings
from bot.sweeps.history import History, SweepRecord
from bot.wiring import Wiring
from checks import engine


def history_for(settings: Settings, cluster: str) -> History:
    """The sweep history of one cluster; the rows stored before sweeps named their cluster are the first
    (default) cluster's. With one cluster, every row is its own, whatever it was named when stored."""
    names = settings.cluster_names
    return History(
        settings.database_url,
        settings.nightly.history_days,
        cluster=cluster,
        legacy=cluster == names[0],
        only_mine=len(names) > 1,
    )


def run_and_record(
    history: History, wiring: Wiring, on_node: Callable[[str], None] = lambda name: None
) -> tuple[list[engine.NodeHealth], SweepRecord]:
    """Every node-level step on every node, stored in the history. Raises PodnetError when the cluster
    cannot be read at all; unreachable nodes are results, not errors. The runner comes from `wiring`: it
    reaches nodes as the settings say (PODNET_SSH_BY_NAME), on the connections `podnet serve` keeps."""
    started = time.time()
    name = wiring.target.name  # the metrics' cluster label; `history` is that cluster's
    runner = wiring.node_runner(sweep=True)
    outcome = "failed"  # the cluster could not be read, or the sweep could not be stored
    cluster = None
    try:
        try:
            cluster = wiring.cluster()
            nodes = engine.sweep(cluster, runner, on_node=on_node)
        finally:
            runner.close()
            if cluster is not None:
                cluster.close()
            METRICS.observe_ssh([err.KIND for err in runner.failures.values()], runner.not_run, name)
        record = history.record(nodes, started)
        outcome = "ok"
    finally:
        METRICS.sweeps.labels(outcome, name).inc()
    return nodes, record
