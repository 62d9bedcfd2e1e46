"""Step `coredns-health`: CoreDNS's own state, before the network to it is questioned.

From the API: the CoreDNS pods' readiness, restarts, CrashLoopBackOff and last termination; the
Corefile (`coredns` ConfigMap: forward targets, loop, cache, cluster domain); CoreDNS's recent log
(`pods/log`, the last 200 lines of 10 minutes), classified by the paste parser's CoreDNS-log reader
(upstream timeouts and SERVFAILs, loop detected). On the CoreDNS nodes: the upstream answering.

An upstream that does not answer breaks only names outside the cluster domain: it is the cause when the
failing name is one of those, a warning otherwise (the cluster's own names still resolve).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from checks.cluster.coredns_read import COREFILE_CONFIGMAP, corefile_key, log_key
from checks.cluster.corefile import Corefile, parse_corefile
from checks.cluster.model import PodInfo
from checks.ladder import coredns_upstream
from checks.ladder.base import Collector, StepContext, StepSpec, unavailable
from checks.model import StepResult
from checks.parsing.coredns_log import CorednsLogEvent, parse_coredns_log
from checks.remote.catalog import CatalogCommand

ID = "coredns-health"
TITLE = "CoreDNS's pods, Corefile, log and upstream"
DEFAULT_DOMAIN = "cluster.local"
EXTERNAL_PROBE = "kubernetes.io"  # asked of the upstream when the failing name is the cluster's own
RECENT_RESTART = timedelta(hours=1)
_COREFILE_SHOWN = ("forward", "loop", "cache", "errors", "log", "kubernetes")


def coredns_pods(ctx: StepContext) -> list[PodInfo]:
    """The pods the cluster DNS Service selects, in its namespace."""
    dns = ctx.snap.dns_service
    if dns is None or not dns.selector:
        return []
    return sorted(
        (
            p
            for p in ctx.snap.pods
            if p.namespace == dns.namespace and all(p.labels.get(k) == v for k, v in dns.selector.items())
        ),
        key=lambda p: p.name,
    )


def _corefile(ctx: StepContext) -> Corefile | None:
    return parse_corefile(ctx.snap.corefile) if ctx.snap.corefile else None


def _nodes(ctx: StepContext) -> list[str]:
    return sorted({p.node for p in coredns_pods(ctx) if p.node} | set(ctx.coredns_nodes))


def outside_cluster(ctx: StepContext, domain: str) -> str | None:
    """The failing name when it lies outside the cluster domain (CoreDNS forwards it upstream)."""
    host = (ctx.target.host or "").rstrip(".").lower()
    if "." not in host or host == domain or host.endswith("." + domain) or host.endswith(".svc"):
        return None  # a short name resolves through the search path, inside the cluster
    t = ctx.target
    if t.service and any(
        s.name == t.service and (not t.namespace or s.namespace == t.namespace) for s in ctx.snap.services
    ):
        return None  # NAME.NAMESPACE of a Service
    return host


def _probe_name(ctx: StepContext) -> str:
    corefile = _corefile(ctx)
    return outside_cluster(ctx, (corefile.cluster_domain if corefile else None) or DEFAULT_DOMAIN) or EXTERNAL_PROBE


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return coredns_upstream.needs(ctx, _corefile(ctx), _nodes(ctx), _probe_name(ctx))


def _recent(when: str | None) -> bool:
    if not when:
        return False
    try:
        at = datetime.fromisoformat(when.replace("Z", "+00:00"))
    except ValueError:
        return False
    return datetime.now(UTC) - at < RECENT_RESTART


def _pods(ctx: StepContext, f: Collector, pods: list[PodInfo], ns: str) -> None:
    def state(p: PodInfo) -> str:
        last = f", last exit {p.last_terminated_reason} ({p.last_exit_code})" if p.last_terminated_reason else ""
        return f"{p.name} on {p.node} ready={p.ready} restarts={p.restarts} {p.waiting_reason or 'running'}{last}"

    selector = ",".join(
        f"{k}={v}" for k, v in sorted((ctx.snap.dns_service.selector if ctx.snap.dns_service else {}).items())
    )
    f.cite_api(f"kubectl -n {ns} get pods -l {selector}", [state(p) for p in pods])
    crashing = [p for p in pods if p.waiting_reason == "CrashLoopBackOff"]
    ready = [p for p in pods if p.ready]
    if crashing:
        message = "CoreDNS crash-looping: " + "; ".join(state(p) for p in crashing)
        if ready:  # the Ready replicas still serve: not the cause of a lookup failure on its own
            serving = f"{message} ({len(ready)} other CoreDNS pod(s) Ready and serving)"
            f.warning("coredns-health.crash-looping", serving, (p.node for p in crashing if p.node))
        else:
            f.problem("coredns-health.crash-looping", message, (p.node for p in crashing if p.node))
        f.suggest(f"kubectl -n {ns} logs {crashing[0].name} --previous", "any machine with kubectl", "why it exits")
    elif not ready:
        f.problem(
            "coredns-health.none-ready",
            f"no CoreDNS pod is Ready ({len(pods)} found)",
            (p.node for p in pods if p.node),
        )
        f.suggest(f"kubectl -n {ns} describe pods -l {selector}", "any machine with kubectl", "why none is Ready")
    for p in pods:
        if p not in crashing and p.restarts and _recent(p.last_terminated_at):
            f.warning("coredns-health.restarted", f"{state(p)} (within the last hour)", (p.node,) if p.node else ())


def _corefile_evidence(f: Collector, text: str, ns: str) -> None:
    shown = [ln.rstrip() for ln in text.splitlines() if ln.strip().split(" ", 1)[0] in _COREFILE_SHOWN or "{" in ln]
    f.cite_api(f"kubectl -n {ns} get configmap {COREFILE_CONFIGMAP} -o jsonpath='{{.data.Corefile}}'", shown[:12])


def _log(ctx: StepContext, f: Collector, ns: str) -> tuple[list[CorednsLogEvent], list[CorednsLogEvent]]:
    """The live log's events and the paste's own CoreDNS lines' events (judged apart: a pasted line may be
    from a past incident)."""
    live: list[CorednsLogEvent] = []
    for pod, text in sorted(ctx.snap.coredns_logs.items()):
        found = [e for e in parse_coredns_log(text) if e.kind in ("upstream_failure", "loop")]
        live += found
        f.cite_api(
            f"kubectl -n {ns} logs {pod} --tail=200 --since=10m",
            [e.line for e in found][:4] or [f"({len(text.splitlines())} lines, no upstream failure or loop)"],
        )
    pasted: list[CorednsLogEvent] = []
    lines = ctx.failing.coredns_log if ctx.failing else ()
    if lines:  # the paste's own CoreDNS lines, shown apart
        pasted = [e for e in parse_coredns_log("\n".join(lines)) if e.kind in ("upstream_failure", "loop")]
        f.cite_api("the pasted CoreDNS log", [e.line for e in pasted][:4])
    why = ctx.snap.unavailable.get(log_key(ns))
    if why is not None:  # refused by RBAC: the code every step gives a refused read; else the API's error
        if why.startswith(("forbidden", "unauthorized")):
            f.unchecked("check.api-unreadable", f"CoreDNS's log (pods/log in {ns}): {why}")
        elif ctx.snap.coredns_logs:  # the others were read: what they say stands
            read = ", ".join(sorted(ctx.snap.coredns_logs))
            f.warning("coredns-health.log-unreadable", f"a CoreDNS pod's log (pods/log in {ns}): {why}; read {read}")
        else:
            f.unchecked("coredns-health.log-unreadable", f"CoreDNS's log (pods/log in {ns}): {why}")
    return live, pasted


def _refused_or(why: str, code: str) -> str:
    """A read refused by RBAC has the code every step gives one; anything else the step's own."""
    return "check.api-unreadable" if why.startswith(("forbidden", "unauthorized")) else code


def _fix_loop(f: Collector, ns: str) -> None:
    f.suggest(
        f"kubectl -n {ns} edit configmap {COREFILE_CONFIGMAP}   # forward . <the real upstream IP>",
        "any machine with kubectl",
        "forward to a real upstream, not 127.0.0.53 or the cluster DNS",
    )
    f.suggest(
        "grep -n resolvConf /var/lib/kubelet/config.yaml   # on systemd-resolved: /run/systemd/resolve/resolv.conf",
        "the CoreDNS nodes",
        "the resolv.conf kubelet gives CoreDNS (dnsPolicy Default)",
    )


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    dns = ctx.snap.dns_service
    if dns is None:
        return f.result(started, summary_if_ok="", skip="no cluster DNS Service (the coredns step says so)")
    ns = dns.namespace
    pods = coredns_pods(ctx)
    unavailable(ctx, f, "pods")
    if not pods:
        if f.findings:
            return f.result(started, summary_if_ok="")
        return f.result(started, summary_if_ok="", skip=f"no pod matches the DNS Service {ns}/{dns.name}'s selector")
    _pods(ctx, f, pods, ns)
    nodes = _nodes(ctx)
    corefile = _corefile(ctx)
    if corefile is None:
        why = ctx.snap.unavailable.get(corefile_key(ns), "empty")
        code = (
            "check.api-unreadable"
            if why.startswith(("forbidden", "unauthorized"))
            else "coredns-health.corefile-unreadable"
        )
        f.unchecked(code, f"the Corefile (configmap {ns}/{COREFILE_CONFIGMAP}): {why}")
    else:
        _corefile_evidence(f, ctx.snap.corefile or "", ns)
    live, pasted = _log(ctx, f, ns)
    loops = [e for e in live if e.kind == "loop"]
    pasted_loops = [e for e in pasted if e.kind == "loop"]
    failures = [e for e in live + pasted if e.kind == "upstream_failure"]
    if loops:
        f.problem(
            "coredns-health.loop-detected",
            f"CoreDNS detected a forwarding loop ({loops[-1].line[:160]})",
            nodes,
        )
        _fix_loop(f, ns)
    elif pasted_loops:  # no live confirmation: the paste may be from a past incident
        f.warning(
            "coredns-health.loop-in-paste",
            f"the pasted CoreDNS log shows a forwarding loop ({pasted_loops[-1].line[:160]}); no line of CoreDNS's "
            "live log confirms it",
            nodes,
        )
        _fix_loop(f, ns)
    domain = (corefile.cluster_domain if corefile else None) or DEFAULT_DOMAIN
    external = outside_cluster(ctx, domain)
    up = coredns_upstream.Upstreams()
    if corefile is not None:
        if corefile.root is not None and not corefile.upstreams():
            f.warning("coredns-health.no-upstream", "the Corefile forwards names outside the cluster nowhere")
        up = coredns_upstream.probe(ctx, f, corefile, nodes, external or EXTERNAL_PROBE)
        if up.itself:
            f.problem(
                "coredns-health.forward-to-itself",
                f"CoreDNS's upstream is itself ({', '.join(up.itself)}): names outside the cluster come back to it",
                nodes,
            )
            _fix_loop(f, ns)
    failing = up.failing_nodes
    logged = f"; CoreDNS logged {len(failures)} upstream failure(s), e.g. {failures[-1].line[:160]}" if failures else ""
    if failing:
        silent = "; ".join(f"from {n}: {', '.join(up.silent[n])}" for n in failing)
        message = f"CoreDNS's upstream does not answer ({silent}){logged}"
        if external:
            f.problem("coredns-health.upstream-timeout", f"{message}: {external} is outside {domain}", failing)
        else:
            f.warning("coredns-health.upstream-timeout", f"{message} (names outside {domain} fail)", failing)
        f.suggest(
            f"dig @{up.silent[failing[0]][0]} {external or EXTERNAL_PROBE}",
            failing[0],
            "the upstream's answer from the CoreDNS node",
        )
    elif failures:
        f.warning("coredns-health.upstream-errors-logged", f"upstream answers now{logged}", nodes)
    if f.has("problem"):
        f.nodes.update(n.name for n in ctx.client_nodes)  # every client's lookups go through CoreDNS
        f.explanation = (
            "CoreDNS itself cannot answer: "
            + (
                "its upstream does not answer, so every name outside the cluster domain times out (the "
                "cluster's own names still resolve). "
                if f.has("problem") and external and failing
                else "it is crash-looping, not Ready, or forwarding to itself. "
            )
            + "The pod network is not in question until CoreDNS is."
        )
    ok = f"{sum(p.ready for p in pods)} of {len(pods)} CoreDNS pod(s) Ready, no restarts to speak of"
    if up.answered:
        ok += f"; upstream answers from {', '.join(sorted(up.answered))}"
    return f.result(started, summary_if_ok=ok)


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"coredns", "pod-dns", "link", "service-nat"}),
    reads=("pods", "services", f"configmaps/{COREFILE_CONFIGMAP}", "pods/log"),
)
