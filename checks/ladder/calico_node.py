"""Step `calico-node`: is calico-node Ready on each involved node (felix and, with BGP, BIRD)?

From the API only: the calico-node pod on the node (found by its `k8s-app=calico-node` label wherever it
runs, as `checks.cluster.read` finds the install), its Ready condition, why a container waits
(CrashLoopBackOff …), its restarts, and its readiness/liveness probe's own words from recent `Unhealthy`
Events (`calico/node is not ready: BIRD is not ready: BGP not established with …`, `felix is not
ready: …`), where podnet may list events. Not Ready is a failure; many restarts or a probe failing on a
pod that is Ready again is a warning.

While calico-node is not Ready, felix does not (re)program the node's routes to other nodes' blocks, its
tunnel device or its address; so its failure explains `routing`, `tunnel-mode`, `autodetect` and `pod-dns`
failures on the same node.
"""

from __future__ import annotations

import re
import time

from checks.cluster.model import EventInfo, PodInfo
from checks.cluster.pod_health import EVENTS
from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing
from checks.model import StepResult
from checks.remote.catalog import CatalogCommand

ID = "calico-node"
TITLE = "calico-node Ready (felix, BIRD)"
RESTARTS_WARN = 5


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {}


def _pod(ctx: StepContext, node: str) -> PodInfo | None:
    return next((p for p in ctx.snap.pods if p.node == node and p.labels.get("k8s-app") == "calico-node"), None)


def _state(pod: PodInfo) -> str:
    why = ", ".join(w for w in (pod.waiting_reason, pod.not_ready_reason) if w)
    return f"{'Ready' if pod.ready else 'not Ready'}{f' ({why})' if why else ''}, {pod.restarts} restart(s)"


_VERDICT = re.compile(r"calico/node is not (?:ready|live): .*?(?=\d{4}-\d{2}-\d{2} \d|$)")


def probe_verdict(message: str) -> str | None:
    """calico-node's own verdict in a probe-failure Event: `calico/node is not ready: BIRD is not ready: BGP
    not established with …` (the kubelet puts confd's INFO line before it, on its own line or, in older
    releases, glued after it), else the message's last line."""
    for line in message.splitlines():
        if match := _VERDICT.search(line):
            return match.group(0).strip()
    lines = [ln.strip() for ln in message.splitlines() if ln.strip()]
    return lines[-1] if lines else None


def _probe(events: list[EventInfo]) -> str | None:
    """The latest probe failure's verdict (what calico-node itself says is wrong)."""
    if not events:
        return None
    return probe_verdict(max(events, key=lambda e: e.last_seen or "").message)


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    snap = ctx.snap
    if "pods" in snap.unavailable:
        f.unchecked("check.api-unreadable", f"pods: {snap.unavailable['pods']}")
        return f.result(started, summary_if_ok="")
    events_key = f"{EVENTS} {snap.calico.namespace}"
    events_refused = snap.unavailable.get(events_key)
    seen: list[str] = []
    for node in ctx.involved_nodes:
        pod = _pod(ctx, node)
        if pod is None:
            if snap.calico.kind == "unknown":
                f.unchecked(
                    "check.calico-not-found", f"{node}: no calico-node pod found (no pod labelled k8s-app=calico-node)"
                )
                continue
            f.problem(
                "calico-node.pod-missing",
                f"{node}: no calico-node pod runs there (Calico runs in {snap.calico.namespace}): nothing programs "
                "its routes",
                (node,),
            )
            f.suggest(
                f"kubectl {snap.calico.where} get ds {snap.calico.daemonset or 'calico-node'} -o wide",
                "control node",
                "see why the DaemonSet has no pod on that node",
            )
            continue
        ns = f"-n {pod.namespace}"
        events = [e for e in snap.calico_events if e.pod == pod.name]
        probe = _probe(events)
        lines = [_state(pod)] + [
            f"{e.last_seen or '?'} {e.reason} (x{e.count}): {e.message.strip()}" for e in events[-3:]
        ]
        if events_refused:
            lines.append(f"(events not read: {events_refused})")
        f.cite_api(f"kubectl {ns} get pod {pod.name}; kubectl {ns} get events --field-selector reason=Unhealthy", lines)
        if not pod.ready:
            f.problem(
                "calico-node.not-ready",
                f"{node}: calico-node {pod.name} {_state(pod)}" + (f"; probe: {probe}" if probe else ""),
                (node,),
            )
            f.suggest(f"kubectl {ns} describe pod {pod.name}", "control node", "its probe failures and state")
            f.suggest(
                f"kubectl {ns} logs {pod.name} -c calico-node --tail=50", "control node", "what felix / BIRD report"
            )
            f.suggest(
                f"kubectl {ns} delete pod {pod.name}",
                "control node",
                f"calico-node on {node} re-programs its routes and tunnel when it restarts (once the cause is fixed)",
            )
        elif pod.restarts >= RESTARTS_WARN:
            f.warning("calico-node.restarts", f"{node}: calico-node {pod.name} {_state(pod)}", (node,))
            f.suggest(
                f"kubectl {ns} logs {pod.name} -c calico-node --previous --tail=50", "control node", "why it exits"
            )
        elif probe:
            f.warning(
                "calico-node.probe-failing",
                f"{node}: calico-node {pod.name} Ready, but its probe failed: {probe}",
                (node,),
            )
            f.suggest(f"kubectl {ns} describe pod {pod.name}", "control node", "its recent probe failures")
        else:
            seen.append(f"{node} {pod.name}")
    if f.has("problem"):
        f.explanation = (
            "calico-node runs felix, which programs the node's routes to every other node's pod blocks, its tunnel "
            "device and its policy, and (with BGP) BIRD, which exchanges those routes. While it is not Ready the "
            "node's routes go stale or missing, so pods there cannot reach CoreDNS on other nodes (or be answered)."
        )
    note = f" (its Events not readable: {events_refused})" if events_refused else ""
    return f.result(started, summary_if_ok=f"calico-node Ready on {', '.join(seen)}{note}")


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    # felix not programming the CoreDNS node also silences CoreDNS there (same-node rule in decide())
    explains=frozenset({"routing", "tunnel-mode", "autodetect", "pod-dns", "coredns", "coredns-health"}),
    reads=("pods", "events"),
)
