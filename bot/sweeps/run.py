"""One sweep, run and stored: shared by `podnet sweep` and the nightly job in `podnet serve`."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.settings import Settings
from bot.wiring import Wiring
from checks import engine
from checks.errors import PodnetError

if TYPE_CHECKING:  # imported when a history is opened: SQLAlchemy is a fifth of the CLI's start-up
    from bot.observability.metrics import Metrics
    from bot.sweeps.history import History, SweepRecord


def history_for(settings: Settings, cluster: str) -> History:
    """The sweep history of one cluster; the rows stored before sweeps named their cluster are the first
    (default) cluster's. With one cluster, every row is its own, whatever it was named when stored."""
    from bot.sweeps.history import History

    names = settings.cluster_names
    return History(
        settings.database_url,
        settings.nightly.history_days,
        cluster=cluster,
        legacy=cluster == names[0],
        only_mine=len(names) > 1,
    )


class NotStored(PodnetError):
    """The sweep ran, but its history could not be opened: `nodes` holds its results all the same."""

    def __init__(self, message: str, nodes: list[engine.NodeHealth] | None = None) -> None:
        super().__init__(message)
        self.nodes = nodes or []


class OpeningHistory:
    """`history_for` in a thread, for `podnet sweep`: importing SQLAlchemy and opening the database (the
    schema checked, migrated) cost the CLI a quarter of a second before the first node was asked; opened
    while the sweep waits on the nodes, it costs nothing. Calling it waits for the history, or raises
    NotStored saying why it could not be opened (never the URL: it may hold a password)."""

    def __init__(self, settings: Settings, cluster: str) -> None:
        self._history: History | None = None
        self._why = ""
        self._thread = threading.Thread(target=self._open, args=(settings, cluster), name="podnet-history", daemon=True)
        self._thread.start()

    def _open(self, settings: Settings, cluster: str) -> None:
        try:
            self._history = history_for(settings, cluster)
        except Exception as err:  # reported by __call__, in the sweep's thread
            from sqlalchemy.exc import DBAPIError

            if isinstance(err, DBAPIError):
                first = str(err.orig).strip().splitlines()[:1]
                self._why = f"{type(err.orig).__name__}: {first[0]}" if first else type(err.orig).__name__
            else:
                self._why = f"{type(err).__name__} (check PODNET_DATABASE_URL)"

    def __call__(self) -> History:
        self._thread.join()
        if self._history is None:
            raise NotStored(f"the sweep history could not be opened ({self._why})")
        return self._history


def run_and_record(
    history: History | Callable[[], History], wiring: Wiring, on_node: Callable[[str], None] = lambda name: None
) -> tuple[list[engine.NodeHealth], SweepRecord]:
    """Every node-level step on every node, stored in the history (or in what `history()` returns once the
    nodes are swept: OpeningHistory). Raises PodnetError when the cluster cannot be read at all, NotStored
    (with the results) when the history cannot be opened; unreachable nodes are results, not errors. The
    runner comes from `wiring`: it reaches nodes as the settings say (PODNET_SSH_BY_NAME), on the
    connections `podnet serve` keeps."""
    started = time.time()
    name = wiring.target.name  # the metrics' cluster label; `history` is that cluster's
    metrics = _metrics(wiring)
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
            if metrics is not None:
                metrics.observe_ssh([err.KIND for err in runner.failures.values()], runner.not_run, name)
        try:
            opened = history() if callable(history) else history
        except NotStored as err:
            err.nodes = nodes
            raise
        record = opened.record(nodes, started)
        outcome = "ok"
    finally:
        if metrics is not None:
            metrics.sweeps.labels(outcome, name).inc()
    return nodes, record


def _metrics(wiring: Wiring) -> Metrics | None:
    """The metrics `podnet serve` exposes; None for the CLI, which exposes none (and so does not load
    prometheus_client: a twentieth of a second of its start-up)."""
    if not wiring.for_serve:
        return None
    from bot.observability.metrics import METRICS

    return METRICS
