"""`node-local-dns`: where NodeLocal DNSCache is deployed, is it up on the client's node?

Deployed means pods labelled k8s-app=node-local-dns (kubernetes' manifest) or k8s-app=nodelocaldns
(kubespray) exist: its ConfigMap (kube-system/node-local-dns) alone is often left over after the DaemonSet
was deleted. Then on each client node: its pod is there and Ready, its link-local address (the ConfigMap's
`bind`, typically 169.254.20.10; kubespray's 169.254.25.10 when only its pods are seen) answers a query
sent from the node (the same address the pods' resolver asks), and the NOTRACK rules node-cache installs
in the raw table are in place (PREROUTING for queries to it, OUTPUT for its answers, UDP and TCP). Pods on
that node send their queries to the cache, so a cache that is down there is the cause even when CoreDNS is
fine.

A client node with no cache pod may be one its DaemonSet's nodeSelector leaves out: kubelet there may
point at the DNS Service (kubelet's clusterDNS is not in the API). That is a problem only when pods there
name the cache address in their dnsConfig; else a warning, unless the address answers there anyway.
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
KUBESPRAY_LABEL = "nodelocaldns"  # kubespray's k8s-app label (and DaemonSet/ConfigMap name)
KUBESPRAY_ADDRESS, KUBESPRAY_HEALTH_PORT = "169.254.25.10", 9254  # kubespray's nodelocaldns_ip, _health_port


def _pods(ctx: StepContext) -> list[PodInfo]:
    return [p for p in ctx.snap.pods if p.labels.get("k8s-app") in (LABEL, KUBESPRAY_LABEL)]


def deployed(ctx: StepContext) -> bool:
    """Its pods run (a ConfigMap alone is often left over after the DaemonSet was deleted)."""
    return bool(_pods(ctx))


def _kubespray(ctx: StepContext) -> bool:
    pods = _pods(ctx)
    return bool(pods) and all(p.labels.get("k8s-app") == KUBESPRAY_LABEL for p in pods)


def address(ctx: StepContext) -> str:
    info = ctx.snap.node_local_dns
    if info is not None:
        return info.local_address
    return KUBESPRAY_ADDRESS if _kubespray(ctx) else DEFAULT_LOCAL_ADDRESS


def health(ctx: StepContext) -> CatalogCommand:
    """node-cache's `health` endpoint (its Corefile's `health LOCAL:8080`; that default when not shown)."""
    info = ctx.snap.node_local_dns
    default = KUBESPRAY_HEALTH_PORT if info is None and _kubespray(ctx) else 8080
    ip, port = info.health if info is not None and info.health else (address(ctx), default)
    return http_health(ip, port)


def _users(ctx: StepContext, node: str) -> list[PodInfo]:
    """Pods on `node` whose dnsConfig names the cache's address: they ask it, whatever kubelet's clusterDNS."""
    local = address(ctx)
    return [p for p in ctx.snap.pods if p.node == node and p.dns_config and local in p.dns_config.nameservers]


def _cache_node(ctx: StepContext, node: str) -> bool:
    """The node's pods are known to use a cache there: one of its pods runs there, or pods name its address."""
    return any(p.node == node for p in _pods(ctx)) or bool(_users(ctx, node))


def _nodes(ctx: StepContext) -> list[str]:
    return sorted({n.name for n in ctx.client_nodes})


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    if not deployed(ctx):
        return {}
    return {
        node: [dig(address(ctx), PROBE_NAME), *([iptables_raw(), health(ctx)] if _cache_node(ctx, node) else [])]
        for node in _nodes(ctx)
    }


def http_code(output: str) -> str | None:
    """The status `curl -w %{http_code}` printed (it comes after curl's own error line, if any)."""
    m = re.search(r"(?<![\d.])(\d{3})\s*$", output) or re.match(r"\s*(\d{3})(?!\d)", output)
    return m.group(1) if m else None


def _silent(f: Collector, node: str, local: str, ready: bool, alive: CommandResult, assumed: bool) -> None:
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
    elif assumed and ready:
        f.unchecked(
            "check.command-failed",
            f"{node}: nothing answers on {local} (nor on its health endpoint) but the NodeLocal DNSCache pod "
            "there is Ready: that address is assumed (its ConfigMap kube-system/node-local-dns was not read), "
            "the cache may bind another",
            [node],
        )
    else:
        f.problem(
            "node-local-dns.not-answering",
            f"{node}: NodeLocal DNSCache does not answer on {local} (nor on its health endpoint): the pods "
            "there get no DNS answers",
            [node],
        )


def _suggest_daemonset(f: Collector, node: str, pods: list[PodInfo]) -> None:
    owner = next((p for p in pods if p.owner and p.owner.startswith("DaemonSet/")), None)
    namespace, name = (
        (owner.namespace, owner.owner.split("/", 1)[1]) if owner and owner.owner else ("kube-system", LABEL)
    )
    f.suggest(
        f"kubectl -n {namespace} get daemonset {name} -o wide",
        "any machine with kubectl",
        f"see why the DaemonSet has no pod on {node} (taints, nodeSelector, scheduling)",
    )


def _no_pod_unknown(ctx: StepContext, f: Collector, node: str, pods: list[PodInfo]) -> None:
    """No cache pod on `node` and no pod there names its address: kubelet there may well point at the DNS
    Service (a node the DaemonSet leaves out). Its clusterDNS is not in the API: a warning, unless the
    address answers there anyway."""
    local = address(ctx)
    probe = ctx.run_one(node, dig(local, PROBE_NAME))
    if probe.exit_status is None:
        f.not_run(probe, "dig did not run")
        return
    f.cite(probe, [ln for ln in probe.output.splitlines() if "status:" in ln or "timed out" in ln][:2] or None)
    if parse_dig(probe.output).status is not None:
        return  # something answers on the cache's address there: the node's pods are served
    elsewhere = ", ".join(sorted({p.node for p in pods if p.node})) or "no node"
    f.warning(
        "node-local-dns.no-pod",
        f"{node}: no NodeLocal DNSCache pod runs there (it runs on {elsewhere}) and nothing answers on {local}: "
        f"if kubelet's clusterDNS there is {local}, the pods there get no answers; if the DaemonSet leaves "
        "this node out and kubelet there points at the DNS Service, this is as meant (kubelet's clusterDNS "
        "is not in the API)",
        [node],
    )
    f.suggest(
        "grep -A2 clusterDNS /var/lib/kubelet/config.yaml",
        node,
        f"kubelet's clusterDNS: {local} means the pods there ask a cache that is not there",
    )
    _suggest_daemonset(f, node, pods)


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if not deployed(ctx):
        why = ctx.snap.unavailable.get(NODE_LOCAL_DNS_CONFIGMAP)
        if ctx.snap.node_local_dns is not None:
            cm = "its ConfigMap kube-system/node-local-dns is there, left over without its DaemonSet's pods"
        else:
            cm = "no ConfigMap kube-system/node-local-dns" + (
                f"; the ConfigMap could not be read: {why}" if why else ""
            )
        return f.result(
            started,
            summary_if_ok="",
            skip=f"NodeLocal DNSCache is not deployed (no pod labelled k8s-app={LABEL} or k8s-app={KUBESPRAY_LABEL}; "
            f"{cm})",
        )
    local = address(ctx)
    pods = _pods(ctx)
    f.cite_api(
        f"kubectl get pods -A -l 'k8s-app in ({LABEL},{KUBESPRAY_LABEL})' -o wide",
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
        if pod is None and not _users(ctx, node):
            _no_pod_unknown(ctx, f, node, pods)
            continue
        if pod is None:
            users = ", ".join(f"{p.namespace}/{p.name}" for p in _users(ctx, node)[:3])
            f.problem(
                "node-local-dns.no-pod",
                f"{node}: no NodeLocal DNSCache pod runs there, and pods there ask its address {local} "
                f"(dnsConfig of {users})",
                [node],
            )
            _suggest_daemonset(f, node, pods)
        elif not pod.ready:
            f.problem("node-local-dns.not-ready", f"{node}: NodeLocal DNSCache pod {pod.name} is not Ready", [node])
        probe, raw, alive = ctx.run(node, [dig(local, PROBE_NAME), iptables_raw(), health(ctx)])
        if probe.exit_status is None:
            f.not_run(probe, "dig did not run")
        elif parse_dig(probe.output).status is None:
            _silent(f, node, local, pod is not None and pod.ready, alive, info is None)
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
