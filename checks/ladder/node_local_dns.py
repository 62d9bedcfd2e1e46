"""`node-local-dns`: where NodeLocal DNSCache is deployed, is it up on the client's node?

Deployed means its ConfigMap (kube-system/node-local-dns) exists or pods labelled k8s-app=node-local-dns
run. Then on each client node: its pod is there and Ready, its link-local address (the ConfigMap's
`bind`, typically 169.254.20.10) answers a query sent from the node (the same address the pods' resolver
asks), and the NOTRACK rules node-cache installs in the raw table are in place (PREROUTING for queries to
it, OUTPUT for its answers, UDP and TCP). Pods on that node send their queries to the cache, so a cache
that is down there is the cause even when CoreDNS is fine.
"""

from __future__ import annotations

import re
import time

from checks.cluster.model import PodInfo
from checks.cluster.read_dns import DEFAULT_LOCAL_ADDRESS, NODE_LOCAL_DNS_CONFIGMAP
from checks.ladder.base import Collector, StepContext, StepSpec
from checks.ladder.coredns import PROBE_NAME
from checks.model import StepResult
from checks.outputs.dig import parse_dig
from checks.outputs.iptables_raw import nodelocal_notrack_missing, parse_notrack
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand, dig, http_health, iptables_raw

ID = "node-local-dns"
TITLE = "NodeLocal DNSCache on the client's node"
LABEL = "node-local-dns"


def _pods(ctx: StepContext) -> list[PodInfo]:
    return [p for p in ctx.snap.pods if p.labels.get("k8s-app") == LABEL]


def deployed(ctx: StepContext) -> bool:
    return ctx.snap.node_local_dns is not None or bool(_pods(ctx))


def address(ctx: StepContext) -> str:
    info = ctx.snap.node_local_dns
    return info.local_address if info is not None else DEFAULT_LOCAL_ADDRESS


def health(ctx: StepContext) -> CatalogCommand:
    """node-cache's `health` endpoint (its Corefile's `health LOCAL:8080`; that default when not shown)."""
    info = ctx.snap.node_local_dns
    ip, port = info.health if info is not None and info.health else (address(ctx), 8080)
    return http_health(ip, port)


def _nodes(ctx: StepContext) -> list[str]:
    return sorted({n.name for n in ctx.client_nodes})


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    if not deployed(ctx):
        return {}
    return {node: [dig(address(ctx), PROBE_NAME), iptables_raw(), health(ctx)] for node in _nodes(ctx)}


def http_code(output: str) -> str | None:
    """The status `curl -w %{http_code}` printed (it comes after curl's own error line, if any)."""
    m = re.search(r"(?<![\d.])(\d{3})\s*$", output) or re.match(r"\s*(\d{3})(?!\d)", output)
    return m.group(1) if m else None


def _silent(f: Collector, node: str, local: str, ready: bool, alive: CommandResult) -> None:
    """The cache gave no answer to a cluster name. Its own health endpoint tells a cache that is down
    (the cause) from one that is up but gets nothing from its upstream, the cluster DNS (a symptom of
    what the later steps check: NAT, routes, the link)."""
    code = http_code(alive.output)
    f.cite(alive, [f"HTTP {code}" if alive.exit_status == 0 else alive.output.strip() or "(no answer)"])
    if alive.exit_status == 0 and code == "200":
        f.warning(
            "node-local-dns.upstream-not-answering",
            f"{node}: NodeLocal DNSCache is up (health 200) but gives no answer for a cluster name on {local}: "
            "its upstream, the cluster DNS, does not answer it (see the steps below)",
            [node],
        )
    elif alive.exit_status in (None, 126, 127) and ready:
        f.unchecked(
            "check.command-failed",
            f"{node}: NodeLocal DNSCache gave no answer on {local} and its health endpoint could not be "
            f"asked ({alive.error or 'curl missing'}): a cache that is down cannot be told from an upstream "
            "that does not answer",
            [node],
        )
    else:
        f.problem(
            "node-local-dns.not-answering",
            f"{node}: NodeLocal DNSCache does not answer on {local} (nor on its health endpoint): the pods "
            "there get no DNS answers",
            [node],
        )


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if not deployed(ctx):
        why = ctx.snap.unavailable.get(NODE_LOCAL_DNS_CONFIGMAP)
        return f.result(
            started,
            summary_if_ok="",
            skip="NodeLocal DNSCache is not deployed (no pod labelled k8s-app=node-local-dns, no ConfigMap "
            "kube-system/node-local-dns" + (f"; the ConfigMap could not be read: {why}" if why else "") + ")",
        )
    local = address(ctx)
    pods = _pods(ctx)
    f.cite_api(
        "kubectl get pods -A -l k8s-app=node-local-dns -o wide",
        [f"{p.namespace}/{p.name} node={p.node} ready={p.ready}" for p in pods] or ["(none)"],
    )
    info = ctx.snap.node_local_dns
    if info is not None:
        f.cite_api(
            f"kubectl -n {info.namespace} get configmap node-local-dns",
            [f"bind {' '.join(info.addresses)}", f"forward {' '.join(info.upstreams) or '(none)'}"],
        )
    for node in _nodes(ctx):
        pod = next((p for p in pods if p.node == node), None)
        namespace = pod.namespace if pod else (info.namespace if info else "kube-system")
        if pod is None:
            f.problem("node-local-dns.no-pod", f"{node}: no NodeLocal DNSCache pod runs there", [node])
            f.suggest(
                f"kubectl -n {namespace} get daemonset node-local-dns -o wide",
                "any machine with kubectl",
                f"see why the DaemonSet has no pod on {node} (taints, nodeSelector, scheduling)",
            )
        elif not pod.ready:
            f.problem("node-local-dns.not-ready", f"{node}: NodeLocal DNSCache pod {pod.name} is not Ready", [node])
        probe, raw, alive = ctx.run(node, [dig(local, PROBE_NAME), iptables_raw(), health(ctx)])
        if probe.exit_status is None:
            f.not_run(probe, "dig did not run")
        elif parse_dig(probe.output).status is None:
            _silent(f, node, local, pod is not None and pod.ready, alive)
        f.cite(probe, [ln for ln in probe.output.splitlines() if "status:" in ln or "timed out" in ln][:2] or None)
        if f.nodes & {node} and pod is not None:
            f.suggest(
                f"kubectl -n {pod.namespace} logs {pod.name} --tail=50",
                "any machine with kubectl",
                "what node-cache says (bind errors, upstream failures)",
            )
            f.suggest(
                f"kubectl -n {pod.namespace} delete pod {pod.name}",
                "any machine with kubectl",
                f"the DaemonSet starts a fresh cache on {node}",
            )
        if raw.exit_status != 0:
            f.not_run(raw, "could not read the raw table")
            continue
        missing = nodelocal_notrack_missing(parse_notrack(raw.output), local)
        f.cite(raw, [ln for ln in raw.output.splitlines() if local in ln] or ["(no rule for " + local + ")"])
        if missing:
            f.warning(
                "node-local-dns.notrack-missing",
                f"{node}: {len(missing)} of node-cache's NOTRACK rules for {local} missing from the raw table: "
                "its DNS traffic goes through conntrack (the races the cache is meant to avoid)",
                [node],
            )
            for rule in missing:
                f.suggest(f"iptables -t raw -C {rule[3:]}", node, "the rule node-cache should have installed")
    if f.nodes:
        f.explanation = (
            "The pods on these nodes send their queries to the node's own NodeLocal DNSCache (its link-local "
            "address, or the DNS Service IP it binds): with the cache down there, every lookup there fails, "
            "however healthy CoreDNS is."
        )
    return f.result(
        started, summary_if_ok=f"NodeLocal DNSCache Ready and answering on {local} on {', '.join(_nodes(ctx))}"
    )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"pod-dns"}),
    reads=("pods", "configmaps"),
)
