"""Runs the ladder for a target and decides the verdict. The one place that orders steps.

Reads the cluster once, maps the failing name to nodes, fetches every node's commands in one batched
exec per node (in parallel), runs the steps in the runbook's order (later steps still run after a
failure, where they add information), then picks the most likely cause the way an expert would: a
failure that another failure explains (no routes on a node whose tunnel device is gone) is a symptom.

What could not be read or reached goes into `Report.extra` as plain JSON-able values, for whoever counts
it (the bot's metrics) without the engine knowing about them: `api_unavailable` (API read -> why),
`ssh_unreachable` (node -> {"kind", "reason"}) and `ssh_commands_not_run` (a count).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from checks.cluster.mapping import Failing, node_by_name, resolve_target
from checks.cluster.model import ClusterReader, ClusterSnapshot
from checks.errors import ApiError, Forbidden, PodnetError
from checks.ladder import LADDER, explains, is_symptom, node_level
from checks.ladder.base import StepContext, StepSpec
from checks.model import Finding, Report, StepResult, Target, Verdict
from checks.remote.catalog import CatalogCommand
from checks.remote.runner import NodeRef, Runner
from checks.sweep import pipelined

ProgressFn = Callable[[str, StepResult | None], None]
TargetFn = Callable[[Target], None]


@dataclass(frozen=True)
class Options:
    capture: bool = False  # --capture / "Capture packets": the link step captures whatever the others found
    # may the link step capture on its own when CoreDNS is unreachable across nodes and nothing before it
    # explains why? (the Slack user's `capture` permission; the CLI's user holds the SSH key anyway)
    may_capture: bool = True


def _nothing(step_id: str, result: StepResult | None) -> None:
    return None


def _ignore_target(target: Target) -> None:
    return None


def diagnose(
    cluster: ClusterReader,
    runner: Runner,
    failing: Failing | None,
    *,
    from_: str | None = None,
    options: Options = Options(),
    progress: ProgressFn = _nothing,
    on_target: TargetFn = _ignore_target,
) -> Report:
    return _run(cluster, runner, failing, from_, None, options, progress, on_target)


def check_node(
    cluster: ClusterReader,
    runner: Runner,
    node: str,
    *,
    options: Options = Options(),
    progress: ProgressFn = _nothing,
    on_target: TargetFn = _ignore_target,
) -> Report:
    """Every node-level step for one node, as if a lookup had failed there (and `link` with --capture)."""
    return _run(cluster, runner, None, None, node, options, progress, on_target)


def _run(
    cluster: ClusterReader,
    runner: Runner,
    failing: Failing | None,
    from_: str | None,
    node: str | None,
    options: Options,
    progress: ProgressFn,
    on_target: TargetFn,
) -> Report:
    started = time.monotonic()
    try:
        snap = cluster.snapshot()
        if node is not None:
            from_ = node_by_name(snap, node).name
        target = resolve_target(snap, failing, from_)
    except ApiError as err:
        # Forbidden is raised for the node list only; anything else means the API could not be read at all
        what = "nodes" if isinstance(err, Forbidden) else "api"
        return _cannot_run(failing, f"the Kubernetes API: {err}", started, {"api_unavailable": {what: str(err)}})
    on_target(target)
    clients = [n for n in (snap.node(name) for name in target.client_nodes) if n is not None]
    ctx = StepContext(
        snap,
        target,
        runner,
        clients,
        list(snap.dns_endpoints),
        capture=options.capture,
        may_capture=options.may_capture or options.capture,
        node_check=node is not None,
        from_=from_ if node is None else None,
        failing=failing,
    )
    steps = [s for s in LADDER if node is None or s.level == "node" or (s.level == "capture" and options.capture)]
    return _run_ladder(ctx, steps, started, progress)


def _run_ladder(ctx: StepContext, steps: list[StepSpec], started: float, progress: ProgressFn) -> Report:
    ctx.runner.prefetch(_wanted([ctx], steps))
    results = _run_steps(ctx, steps, progress)
    return Report(
        ctx.target,
        tuple(results),
        decide(ctx.target, results, ctx.snap),
        time.monotonic() - started,
        unreached(ctx.snap, ctx.runner),
    )


def unreached(snap: ClusterSnapshot, runner: Runner) -> dict[str, Any]:
    """What the run could not read from the API or run on the nodes, as `Report.extra` carries it."""
    return {
        "api_unavailable": dict(snap.unavailable),
        "ssh_unreachable": {node: {"kind": err.KIND, "reason": err.reason} for node, err in runner.failures.items()},
        "ssh_commands_not_run": runner.not_run,
    }


def _wanted(
    contexts: list[StepContext], steps: list[StepSpec] | tuple[StepSpec, ...]
) -> dict[NodeRef, list[CatalogCommand]]:
    """Every command the steps need, per node: fetched in one batched exec per node."""
    wanted: dict[NodeRef, list[CatalogCommand]] = {}
    for ctx in contexts:
        for step in steps:
            for node, commands in step.needs(ctx).items():
                wanted.setdefault(ctx.ref(node), []).extend(commands)
    return wanted


def _run_steps(
    ctx: StepContext, steps: list[StepSpec] | tuple[StepSpec, ...], progress: ProgressFn = _nothing
) -> list[StepResult]:
    results: list[StepResult] = []
    for step in steps:
        progress(step.id, None)
        try:
            result = step.run(ctx)
        except PodnetError as err:
            result = StepResult(
                step.id,
                step.title,
                "error",
                f"could not check: {err}",
                findings=(Finding("check.step-failed", "unchecked", str(err)),),
            )
        ctx.results[step.id] = result
        results.append(result)
        progress(step.id, result)
    return results


ACROSS_NODES = "coredns.unreachable-across-nodes"


def decide(target: Target, steps: list[StepResult], snap: ClusterSnapshot | None = None) -> Verdict:
    """The verdict, from the steps' statuses and finding codes: the root cause among the failures (a
    failure another one explains on the same nodes is a symptom), else what the mapping found, else
    what could not be checked."""
    fails = [s for s in steps if s.status == "fail"]
    unchecked = tuple(f"{s.id}: {s.summary}" for s in steps if s.status == "error")
    if fails:

        def explained(s: StepResult) -> bool:
            if is_symptom(s.id) and any(o is not s and not is_symptom(o.id) for o in fails):
                return True
            return any(
                s.id in explains(o.id) and (set(s.nodes) & set(o.nodes) or not s.nodes) for o in fails if o is not s
            )

        causes = [s for s in fails if not explained(s)] or fails
        cause = causes[0]
        others = [s.id for s in fails if s is not cause]
        summary = cause.summary + (f" (also failing: {', '.join(others)})" if others else "")
        return Verdict("problem", cause.id, summary, unchecked, next(iter(cause.codes("problem")), None))
    missing = target.finding("mapping.no-such-service")
    if missing is not None:
        return Verdict("problem", None, missing.message, unchecked, missing.code)
    if unchecked:
        first = next(
            (f.code for s in steps if s.status == "error" for f in s.findings if f.severity == "unchecked"), None
        )
        return Verdict(
            "inconclusive",
            None,
            "no step failed, but some could not be checked: " + unchecked_summary(steps),
            unchecked,
            first,
        )
    warn = next((s for s in steps if s.status == "warn" and s.has(ACROSS_NODES)), None)
    if warn is not None:
        return Verdict(
            "inconclusive", None, f"{warn.summary}, yet every step passed; run with --capture", unchecked, ACROSS_NODES
        )
    return Verdict("healthy", None, "every step passed: the pod network to CoreDNS is healthy", unchecked)


def unchecked_summary(steps: list[StepResult]) -> str:
    """Group the steps that could not be checked by reason: one line per reason, not per step."""
    by_reason: dict[str, list[str]] = {}
    for step in steps:
        if step.status != "error":
            continue
        reasons = [f.message for f in step.findings if f.severity == "unchecked"] or [step.summary]
        for reason in dict.fromkeys(reasons):
            by_reason.setdefault(reason, []).append(step.id)
    return "; ".join(f"{reason} ({', '.join(ids)})" for reason, ids in by_reason.items())


def _cannot_run(failing: Failing | None, why: str, started: float, extra: dict[str, Any]) -> Report:
    target = Target(
        failing.host if failing else None,
        failing.kind if failing else None,
        failing.service if failing else None,
        failing.namespace if failing else None,
        None,
        (),
        (),
    )
    finding = Finding("check.cannot-run", "unchecked", why)
    steps = tuple(StepResult(s.id, s.title, "error", f"not run: {why}", findings=(finding,)) for s in LADDER)
    return Report(
        target,
        steps,
        Verdict("inconclusive", None, f"could not run: {why}", tuple(f"{s.id}: {why}" for s in LADDER), finding.code),
        time.monotonic() - started,
        extra,
    )


@dataclass(frozen=True)
class NodeHealth:
    name: str
    steps: tuple[StepResult, ...]

    @property
    def failing(self) -> tuple[StepResult, ...]:
        return tuple(s for s in self.steps if s.status == "fail")


def sweep(
    cluster: ClusterReader, runner: Runner, *, on_node: Callable[[str], None] = lambda name: None
) -> list[NodeHealth]:
    """Every node-level step on every node: the cluster read once, every node's commands fetched in one
    batched exec per node (in parallel), each node's steps judged as soon as the nodes it reads are in
    (checks.sweep). `on_node(name)` as each node is done, in no particular order. A node that cannot be reached
    gets `error` steps that say why; the sweep itself always completes (API trouble raises ApiError)."""
    snap = cluster.snapshot()
    contexts = []
    for node in snap.nodes:
        target = resolve_target(snap, None, from_=node.name)
        contexts.append(
            StepContext(snap, target, runner, [node], list(snap.dns_endpoints), node_check=True, sweep=True)
        )
    results: list[tuple[StepResult, ...]] = [()] * len(contexts)

    def done(i: int, steps: tuple[StepResult, ...]) -> None:
        results[i] = steps
        on_node(contexts[i].client_nodes[0].name)

    pipelined(contexts, node_level(), runner, _run_steps, done)
    return [NodeHealth(ctx.client_nodes[0].name, steps) for ctx, steps in zip(contexts, results, strict=True)]
