"""Step `kube-proxy`: is kube-proxy running and syncing on the client nodes (where the DNS Service IP is
translated)?

kube-proxy's own health endpoint on the node (`127.0.0.1:10256/healthz`): 200 while it is synced, 503
once a change has waited longer than its healthz timeout (its `lastUpdated` is then the last sync); the
kube-proxy pod there (Ready, waiting reason, restarts) from the API. Also whether kube-proxy's or
Calico's chains sit in both iptables backends (legacy and nft): read from `/proc/net/ip_tables_names`
first, so `iptables-legacy-save` runs (a second exec) only where legacy tables already exist and the nft
side holds such chains too; a backend whose tool is not installed is no finding.

Where kube-proxy is replaced (Calico's eBPF dataplane) the step is skipped; where nothing answers and
no kube-proxy pod runs, podnet cannot tell what proxies Services there and says so (unchecked). k3s and
RKE2 embed kube-proxy in their agent: no pod, but the endpoint answers and is judged the same way.
A stale kube-proxy explains `service-nat`'s stale rules (the symptom) and `pod-dns` on the same nodes.
"""

from __future__ import annotations

import time

from checks.cluster.model import PodInfo
from checks.ladder.base import Collector, StepContext, StepSpec
from checks.ladder.service_nat import replaced_by
from checks.model import StepResult
from checks.outputs.kube_proxy import Healthz, legacy_tables, parse_backend_chains, parse_healthz
from checks.remote.batch import CommandResult
from checks.remote.catalog import (
    KUBE_PROXY_HEALTHZ,
    CatalogCommand,
    iptables_save_filter,
    kube_proxy_healthz,
    legacy_iptables_tables,
)

ID = "kube-proxy"
TITLE = "kube-proxy running and syncing"
RESTARTS_WARN = 5  # restarts of the pod's containers from which it counts as "keeps dying"
NO_TOOL = 127  # the shell's "command not found"


def _commands() -> list[CatalogCommand]:
    return [kube_proxy_healthz(), legacy_iptables_tables(), iptables_save_filter("nft")]


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    if replaced_by(ctx):
        return {}
    return {n.name: _commands() for n in ctx.client_nodes}


def proxy_pod(ctx: StepContext, node: str) -> PodInfo | None:
    return next((p for p in ctx.snap.pods if p.node == node and p.labels.get("k8s-app") == "kube-proxy"), None)


def _pod_state(pod: PodInfo) -> str:
    state = "Ready" if pod.ready else "not Ready"
    why = ", ".join(w for w in (pod.waiting_reason, pod.not_ready_reason) if w)
    return f"{pod.namespace}/{pod.name} {state}{f' ({why})' if why else ''}, {pod.restarts} restart(s)"


def _fixes(ctx: StepContext, f: Collector, node: str, pod: PodInfo | None) -> None:
    f.suggest(f"curl -s {KUBE_PROXY_HEALTHZ}", node, "kube-proxy's own view: 503 while a change waits unapplied")
    if pod is not None:
        f.suggest(
            f"kubectl -n {pod.namespace} logs {pod.name} --tail=50", "control node", "why kube-proxy stopped syncing"
        )
        f.suggest(
            f"kubectl -n {pod.namespace} delete pod {pod.name}",
            "control node",
            f"kube-proxy on {node} rewrites every Service's rules when its pod restarts",
        )
    else:  # no kube-proxy pod: it runs in the node's agent (k3s, RKE2) or as a system service
        f.suggest(
            "systemctl restart k3s-agent  # k3s; RKE2: rke2-agent; else: kube-proxy",
            node,
            "kube-proxy rewrites every Service's rules when it restarts (no kube-proxy pod runs there)",
        )


def _health(ctx: StepContext, f: Collector, node: str, res: CommandResult, pod: PodInfo | None) -> str | None:
    """Judges the health endpoint's answer; returns the line for the summary, or None."""
    if res.exit_status is None:
        f.not_run(res, "kube-proxy's health endpoint not read")
        return None
    if res.exit_status == NO_TOOL:
        f.cite(res)
        f.unchecked("check.command-failed", f"{node}: curl is not installed: kube-proxy's /healthz not read", (node,))
        return None
    h = parse_healthz(res.output)
    f.cite(
        res,
        [
            h.body or "(no answer)",
            f"HTTP {h.status:03d}" + (f" (curl exit {res.exit_status})" if res.exit_status else ""),
        ],
    )
    if not h.answered:
        if pod is not None:
            if pod.ready:
                f.unchecked(
                    "kube-proxy.healthz-unanswered",
                    f"{node}: nothing answers on {KUBE_PROXY_HEALTHZ} while {pod.name} runs (healthzBindAddress "
                    "moved or disabled?): its syncing not checked",
                    (node,),
                )
            return None
        f.unchecked(
            "kube-proxy.not-found",
            f"{node}: nothing answers on {KUBE_PROXY_HEALTHZ} and no kube-proxy pod runs there: podnet cannot "
            "tell what translates Service IPs on this node",
            (node,),
        )
        return None
    if not h.recognised or h.status not in (200, 503):
        f.unchecked(
            "kube-proxy.healthz-unrecognised",
            f"{node}: {KUBE_PROXY_HEALTHZ} answered HTTP {h.status} with {h.body[:80]!r}, not kube-proxy's format",
            (node,),
        )
        return None
    return _judge(ctx, f, node, h, pod)


def _judge(ctx: StepContext, f: Collector, node: str, h: Healthz, pod: PodInfo | None) -> str | None:
    age = h.sync_age or 0.0
    if h.status == 200:
        return f"{node}: synced (healthz 200)"
    if h.node_eligible is False:
        f.warning(
            "kube-proxy.node-not-eligible",
            f"{node}: kube-proxy's healthz answers 503 with nodeEligible false: the node is being deleted",
            (node,),
        )
        return None
    f.problem(
        "kube-proxy.sync-stale",
        f"{node}: kube-proxy has not synced for {age:.0f} s (healthz 503, lastUpdated {h.last_updated:%H:%M:%S}"
        f" UTC{f', {pod.name}' if pod else ''}): changes since then are missing from the node's rules",
        (node,),
    )
    _fixes(ctx, f, node, pod)
    return None


def _backends(ctx: StepContext, f: Collector, node: str, tables: CommandResult, nft: CommandResult) -> None:
    """Both iptables backends holding KUBE-/cali- chains: a warning. Legacy tables that do not exist, or a
    backend whose tool is missing, are nothing to say."""
    legacy = legacy_tables(tables.output) if tables.exit_status == 0 else ()
    nft_chains = parse_backend_chains(nft.output) if nft.exit_status == 0 else None
    # `iptables-legacy-save -t filter` would load iptable_filter and create the table where it is absent
    if "filter" not in legacy or nft_chains is None or not nft_chains.any:
        return
    old = ctx.run_one(node, iptables_save_filter("legacy"))
    if old.exit_status != 0:
        return
    legacy_chains = parse_backend_chains(old.output)
    if not legacy_chains.any:
        return

    def names(c: tuple[str, ...], k: tuple[str, ...]) -> str:
        return ", ".join([*c[:3], *k[:3]]) + (" …" if len(c) > 3 or len(k) > 3 else "")

    f.cite(old, [f"legacy: {names(legacy_chains.kube, legacy_chains.calico)}"])
    f.cite(nft, [f"nft: {names(nft_chains.kube, nft_chains.calico)}"])
    f.warning(
        "kube-proxy.mixed-backends",
        f"{node}: KUBE-/cali- chains in both iptables backends (legacy: "
        f"{len(legacy_chains.kube)} KUBE-, {len(legacy_chains.calico)} cali-; nft: {len(nft_chains.kube)} KUBE-, "
        f"{len(nft_chains.calico)} cali-)",
        (node,),
    )
    f.suggest("iptables-legacy-save -t filter | grep -c '^:KUBE-\\|^:cali-'", node, "chains in the legacy backend")
    f.suggest("iptables-nft-save -t filter | grep -c '^:KUBE-\\|^:cali-'", node, "chains in the nft backend")


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    replacement = replaced_by(ctx)
    if replacement is not None:
        return f.result(started, summary_if_ok="", skip=f"no kube-proxy: {replacement} replaces it")
    if "pods" in ctx.snap.unavailable:
        f.cite_api("kubectl get pods -A -l k8s-app=kube-proxy", [f"(not read: {ctx.snap.unavailable['pods']})"])
    seen: list[str] = []
    for node in (n.name for n in ctx.client_nodes):
        pod = proxy_pod(ctx, node)
        if pod is not None:
            f.cite_api(f"kubectl -n {pod.namespace} get pod {pod.name}", [_pod_state(pod)])
            if not pod.ready:
                f.problem("kube-proxy.pod-not-ready", f"{node}: kube-proxy pod {_pod_state(pod)}", (node,))
                _fixes(ctx, f, node, pod)
            elif pod.restarts >= RESTARTS_WARN:
                f.warning("kube-proxy.restarts", f"{node}: kube-proxy pod {_pod_state(pod)}", (node,))
                f.suggest(
                    f"kubectl -n {pod.namespace} logs {pod.name} --previous --tail=50", "control node", "why it exits"
                )
        health, tables, nft = ctx.run(node, _commands())
        line = _health(ctx, f, node, health, pod)
        if line is not None:
            seen.append(line + (f", pod {pod.name} Ready" if pod is not None and pod.ready else ""))
        _backends(ctx, f, node, tables, nft)
    if f.has("problem"):
        f.explanation = (
            "kube-proxy writes each Service's NAT rules on the node from the API's Services and endpoints. When it "
            "stops syncing, the node keeps the rules of the moment it stopped: the DNS Service IP still goes to "
            "CoreDNS pods that have since moved or gone (service-nat shows the stale entries), so lookups time out."
        )
    return f.result(started, summary_if_ok="; ".join(seen) or "kube-proxy synced")


STEP = StepSpec(ID, TITLE, "node", needs, run, explains=frozenset({"service-nat", "pod-dns"}), reads=("pods",))
