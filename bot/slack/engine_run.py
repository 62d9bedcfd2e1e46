"""One Slack job on the engine: a diagnosis or a node check, in the cluster its request names."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from bot.slack.audit import AuditLog
from bot.wiring import Wiring
from checks import engine
from checks.model import Report

if TYPE_CHECKING:
    from bot.slack.service import Job


def run_engine(
    wiring: Wiring,
    job: Job,
    progress: engine.ProgressFn,
    on_target: engine.TargetFn,
    audit: AuditLog,
    *,
    may_capture: bool = False,
) -> tuple[Report, list[tuple[str, str, int | None]]]:
    """One diagnosis or node check on a runner of its own (sharing the connections `podnet serve`
    keeps), with the engine options the settings give (PODNET_SSH_BY_NAME)."""
    wiring = wiring.for_cluster(job.request.cluster)
    runner = wiring.node_runner()
    name = wiring.target.name
    # audit first: each node's commands are in the log before they are sent (OSError: they are not sent)
    runner.before_exec = lambda node, lines: audit.commands(job.id, job.user, job.origin, node, lines, cluster=name)
    cluster = None
    try:
        request = job.request
        options = wiring.options(capture=request.capture, may_capture=may_capture)
        cluster = wiring.cluster()
        if request.kind == "check" and request.node:
            report = engine.check_node(
                cluster, runner, request.node, options=options, progress=progress, on_target=on_target
            )
        else:
            report = engine.diagnose(
                cluster, runner, request.failing, options=options, progress=progress, on_target=on_target
            )
        if request.cluster:
            report = dataclasses.replace(report, cluster=request.cluster)
        return report, list(runner.audit)
    finally:
        runner.close()
        if cluster is not None:
            cluster.close()
