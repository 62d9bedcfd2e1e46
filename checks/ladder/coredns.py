"""Step 1, `coredns`: are the CoreDNS pods Ready, behind the DNS Service, and answering?

Each pod is queried from its own node and from every client node. Not answering even locally is a
CoreDNS problem; answering locally but not across nodes points further down the ladder (NAT is not
involved: the queries go straight to the pod IPs).
"""

from __future__ import annotations

import time

from checks.ladder.base import Collector, StepContext, StepSpec
from checks.model import StepResult
from checks.outputs.dig import parse_dig
from checks.remote.catalog import CatalogCommand, dig

ID = "coredns"
TITLE = "CoreDNS pods answer"
PROBE_NAME = "kubernetes.default.svc.cluster.local"


def _probes(ctx: StepContext) -> dict[str, list[tuple[str, CatalogCommand]]]:
    """node -> [(pod ip, dig command)]: every CoreDNS pod from its own node and every client node."""
    out: dict[str, list[tuple[str, CatalogCommand]]] = {}
    for ep in ctx.coredns:
        for node in {n.name for n in ctx.client_nodes} | ({ep.node} if ep.node else set()):
            out.setdefault(node, []).append((ep.ip, dig(ep.ip, PROBE_NAME)))
    return out


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {node: [c for _, c in probes] for node, probes in _probes(ctx).items()}


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    dns = ctx.snap.dns_service
    if dns is None:
        f.problem(
            "coredns.no-dns-service",
            "no cluster DNS Service found (no Service labelled k8s-app=kube-dns serving port 53)",
        )
        f.suggest("kubectl get svc -A -l k8s-app=kube-dns -o wide", "any machine with kubectl", "find the DNS Service")
        return f.result(started, summary_if_ok="")
    f.cite_api(
        f"kubectl -n {dns.namespace} get endpointslices -l kubernetes.io/service-name={dns.name}",
        [f"{e.ip} pod={e.pod} node={e.node} ready={e.ready}" for e in ctx.snap.dns_endpoints] or ["(none)"],
    )
    ready = [e for e in ctx.coredns if e.ready]
    selector = "k8s-app=kube-dns"
    if not ctx.coredns:
        f.problem(
            "coredns.no-endpoints", f"the DNS Service {dns.namespace}/{dns.name} ({dns.cluster_ip}) has no endpoints"
        )
        f.suggest(
            f"kubectl -n {dns.namespace} get pods -l {selector} -o wide",
            "any machine with kubectl",
            "see why no CoreDNS pod is Ready",
        )
        return f.result(started, summary_if_ok="")
    if not ready:
        f.problem("coredns.none-ready", "no CoreDNS pod is Ready")
    elif len(ready) < len(ctx.coredns):
        f.warning(
            "coredns.some-not-ready",
            f"{len(ctx.coredns) - len(ready)} of {len(ctx.coredns)} CoreDNS endpoints not Ready",
        )

    local_ok: dict[str, bool] = {}
    unreachable: dict[str, list[str]] = {}
    for node, probes in _probes(ctx).items():
        results = ctx.run(node, [c for _, c in probes])
        for (ip, _), result in zip(probes, results, strict=True):
            owner = next((e.node for e in ctx.coredns if e.ip == ip), None)
            if result.exit_status is None:
                f.not_run(result, "dig did not run")
                continue
            answer = parse_dig(result.output)
            answered = answer.status is not None
            f.cite(
                result,
                [
                    ln
                    for ln in result.output.splitlines()
                    if "status:" in ln or "timed out" in ln or "no servers" in ln or "communications error" in ln
                ][:3]
                or None,
            )
            if node == owner:
                local_ok[ip] = answered
            elif not answered:
                unreachable.setdefault(node, []).append(ip)
                f.nodes.add(node)
    silent = [ip for ip, ok in local_ok.items() if not ok]
    if silent and len(silent) == len(local_ok):
        f.problem(
            "coredns.not-answering",
            f"CoreDNS does not answer even on its own node ({', '.join(silent)})",
            (e.node for e in ctx.coredns if e.node),
        )
        f.explanation = (
            "The pods do not answer queries sent from the node they run on, so the network between "
            "nodes is not the problem: CoreDNS itself is (stuck, crash-looping, overloaded or "
            "misconfigured)."
        )
        f.suggest(
            f"kubectl -n {dns.namespace} logs -l {selector} --tail=50", "any machine with kubectl", "what CoreDNS says"
        )
        f.suggest(f"kubectl -n {dns.namespace} rollout restart deployment coredns", "control node", "restart CoreDNS")
    elif silent:
        f.warning("coredns.some-not-answering", f"CoreDNS pod(s) {', '.join(silent)} do not answer on their own node")
    if unreachable:
        ctx.unreachable = unreachable
        desc = "; ".join(f"from {n}: {', '.join(ips)}" for n, ips in unreachable.items())
        f.warning(
            "coredns.unreachable-across-nodes",
            f"CoreDNS answers on its own node but not across nodes ({desc})",
            unreachable,
        )
        f.explanation = f.explanation or (
            "CoreDNS itself works; the queries from the client node(s) do not make "
            "it across: the cause is further down the ladder (routes, tunnel "
            "endpoints, the link, MTU, tunnel mode)."
        )
    return f.result(
        started, summary_if_ok=f"{len(ready)} CoreDNS pod(s) Ready and answering from {', '.join(sorted(_probes(ctx)))}"
    )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"link", "service-nat"}),
    reads=("services", "endpointslices"),
)
