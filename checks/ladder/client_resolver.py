"""`client-resolver`: can the client pod's resolver configuration resolve the failing name at all, and
what does a lookup cost?

Which pod: the `--from` pod when one was named; else every pod (not hostNetwork) on the client node(s) in
the failing Service's namespace that the Service does not select (its callers, not its backends). With
neither there is no client pod to judge: `skip`. What is judged is the resolv.conf kubelet writes from the
pod's dnsPolicy and dnsConfig (`resolver_config`), with the node's own resolv.conf read where the policy
uses it (Default, or ClusterFirst on hostNetwork). The pod's actual file inside its sandbox is not read:
finding it needs the runtime's sandbox id (crictl), which no single read-only command gives.
"""

from __future__ import annotations

import time

from checks.cluster.model import PodInfo
from checks.ladder import node_local_dns
from checks.ladder.base import Collector, StepContext, StepSpec
from checks.ladder.resolver_config import (
    ClusterDomain,
    PodResolver,
    cluster_domain,
    host_domain,
    needs_node_file,
    pod_resolver,
)
from checks.model import StepResult
from checks.outputs.resolv_conf import ResolvConf, lookup_order, parse_resolv_conf
from checks.remote.catalog import CatalogCommand, node_resolv_conf

ID = "client-resolver"
TITLE = "The client pod's resolver configuration"
WASTED_WARN = 2  # queries answered NXDOMAIN before the one that answers: from this many, a warning


def client_pods(ctx: StepContext) -> tuple[list[PodInfo], str]:
    """The pods judged, and how they were chosen (said in the result)."""
    if ctx.from_ and not ctx.snap.node(ctx.from_):
        from_ns, _, name = ctx.from_.rpartition("/")
        pods = [p for p in ctx.snap.pods if p.name == name and (not from_ns or p.namespace == from_ns)]
        if pods:
            return pods, f"the --from pod {pods[0].namespace}/{pods[0].name}"
    ns = ctx.target.namespace
    if not ns:
        return [], "no client pod: the failing name names no Service namespace; pass --from POD"
    svc = next((s for s in ctx.snap.services if s.namespace == ns and s.name == ctx.target.service), None)
    selector = svc.selector if svc else {}
    nodes = {n.name for n in ctx.client_nodes}
    pods = [
        p
        for p in ctx.snap.pods
        if p.namespace == ns
        and p.node in nodes
        and not p.host_network
        and not (selector and all(p.labels.get(k) == v for k, v in selector.items()))
    ]
    where = ", ".join(sorted(nodes))
    if not pods:
        return [], f"no client pod: no pod of namespace {ns} on {where} other than the Service's own; pass --from POD"
    return sorted(pods, key=lambda p: p.name), f"pods of namespace {ns} on {where} (pass --from POD for one)"


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    pods, _ = client_pods(ctx)
    return {p.node: [node_resolv_conf()] for p in pods if p.node and needs_node_file(p)}


def _controller(pod: PodInfo) -> str:
    """The object whose pod template to patch: a ReplicaSet's Deployment, else the pod's controller."""
    if pod.owner and pod.owner.startswith("ReplicaSet/"):
        rs = pod.owner.split("/", 1)[1]
        suffix = pod.labels.get("pod-template-hash")
        if suffix and rs.endswith("-" + suffix):
            return f"deployment/{rs[: -len(suffix) - 1]}"
    if pod.owner:
        kind, _, name = pod.owner.partition("/")
        return f"{kind.lower()}/{name}"
    return f"pod/{pod.name}"


def _domain(ctx: StepContext) -> ClusterDomain:
    return cluster_domain(ctx.snap.corefile, ctx.target.host)


def _cluster_name(ctx: StepContext, host: str) -> bool:
    h = host.rstrip(".").lower()
    return bool(ctx.target.service) or h.endswith(f".{_domain(ctx).name}") or host_domain(h) is not None


def _nameservers(ctx: StepContext, f: Collector, pod: PodInfo, r: PodResolver, who: str) -> None:
    if r.kubelet_nameserver:
        return  # kubelet's clusterDNS: the cluster DNS (or the node-local cache) by construction
    accepted = {a for a in (ctx.target.cluster_dns,) if a}
    if ctx.snap.node_local_dns is not None:
        accepted |= set(ctx.snap.node_local_dns.addresses)
    if node_local_dns.deployed(ctx):
        accepted.add(node_local_dns.address(ctx))  # kubespray's cache, its ConfigMap not read
    first = r.conf.nameservers[0] if r.conf.nameservers else None
    if first in accepted:
        return
    host = ctx.target.host or ""
    internal = not host or _cluster_name(ctx, host)
    listed = ", ".join(r.conf.nameservers) or "none"
    message = (
        f"{who}: its resolver asks {listed} first, not the cluster DNS ({', '.join(sorted(accepted)) or '?'})"
        f" ({r.source}): cluster names get NXDOMAIN or no answer there"
    )
    if internal:
        f.problem("client-resolver.nameserver-not-cluster-dns", message, [pod.node] if pod.node else [])
    else:
        f.warning("client-resolver.nameserver-not-cluster-dns", message, [pod.node] if pod.node else [])
    f.suggest(
        f"kubectl -n {pod.namespace} patch {_controller(pod)} --type merge -p "
        '\'{"spec":{"template":{"spec":{"dnsPolicy":"ClusterFirst"}}}}\'',
        "any machine with kubectl",
        "let kubelet point the pod at the cluster DNS (ClusterFirstWithHostNet for a hostNetwork pod)",
    )


def _search(ctx: StepContext, f: Collector, pod: PodInfo, conf: ResolvConf, who: str) -> None:
    host = ctx.target.host
    if not host:
        return
    order = lookup_order(host, conf)
    svc, ns = ctx.target.service, ctx.target.namespace
    dom = _domain(ctx)
    h = host.rstrip(".").lower()
    # a full name (svc.ns.svc.DOMAIN) is asked as given, whatever the cluster domain: it is its own FQDN
    domain = host_domain(h) if svc and ns and h.startswith(f"{svc}.{ns}.svc.".lower()) else None
    domain = domain or dom.name
    fqdn = f"{svc}.{ns}.svc.{domain}".lower() if svc and ns else None
    if fqdn is not None and fqdn not in order:
        message = (
            f"{who}: {host!r} cannot resolve: none of its search domains ({' '.join(conf.searches) or 'none'}) "
            f"makes it {fqdn} (the search list lacks {ns}.svc.{domain})"
        )
        svc_domains = [d for d in conf.searches if "svc" in d.split(".")]
        if dom.known or not svc_domains:
            f.problem("client-resolver.name-not-searchable", message, [pod.node] if pod.node else [])
        else:
            # the cluster domain is assumed: a search domain like ns.svc.OTHER may be the cluster's own
            f.warning(
                "client-resolver.name-not-searchable",
                f"{message}; the cluster domain is not known (no Corefile read, {domain} assumed) and the "
                f"search list names {' '.join(svc_domains)}: if that is the cluster domain, the name resolves",
                [pod.node] if pod.node else [],
            )
        f.suggest(
            f"kubectl -n {pod.namespace} get pod {pod.name} -o jsonpath='{{.spec.dnsPolicy}} {{.spec.dnsConfig}}'",
            "any machine with kubectl",
            "see the policy and dnsConfig that left the namespace domain out",
        )
        f.suggest(
            f"kubectl -n {pod.namespace} patch {_controller(pod)} --type merge -p "
            '\'{"spec":{"template":{"spec":{"dnsConfig":{"searches":["' + f"{ns}.svc.{domain}" + "\"]}}}}}'",
            "any machine with kubectl",
            f"put {ns}.svc.{domain} back in the search list (or use the full name {fqdn}.)",
        )
        return
    if fqdn is None and "." not in host.rstrip("."):
        return  # a short name that is no Service: the mapping says so; no search domain would help
    hit = order.index(fqdn) if fqdn is not None else len(order) - 1
    wasted = hit if fqdn is not None else (len(order) - 1 if order[-1] == host.lower() else 0)
    if wasted >= WASTED_WARN:
        dots = host.count(".")
        f.warning(
            "client-resolver.ndots-expansion",
            f"{who}: {host!r} has {dots} dot(s), fewer than ndots:{conf.ndots}: each lookup first tries "
            f"{wasted} search name(s) that answer NXDOMAIN ({', '.join(order[:wasted])}), "
            f"{wasted + 1} queries per address family instead of 1",
        )
        f.suggest(
            f"{(fqdn or host.rstrip('.'))}.",
            "in the client's configuration",
            "a trailing dot makes the name absolute: one query",
        )
        f.suggest(
            f"kubectl -n {pod.namespace} patch {_controller(pod)} --type merge -p "
            '\'{"spec":{"template":{"spec":{"dnsConfig":{"options":[{"name":"ndots","value":"2"}]}}}}}\'',
            "any machine with kubectl",
            "with ndots:2 names with two dots or more are tried as given first",
        )


def _paste_bursts(ctx: StepContext, f: Collector) -> None:
    names = ctx.failing.search_nxdomains if ctx.failing else ()
    if not names:
        return
    f.cite_api("the pasted CoreDNS log (NXDOMAIN answers to search-path expansions)", list(names[:10]))
    f.warning(
        "client-resolver.search-path-nxdomain",
        f"the paste shows {len(names)} NXDOMAIN answer(s) to search-path expansions of one name "
        f"({', '.join(names[:3])}{', …' if len(names) > 3 else ''}): the client's ndots and search list "
        "turn one lookup into several",
    )


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    pods, chosen = client_pods(ctx)
    _paste_bursts(ctx, f)
    if not pods:
        return f.result(started, summary_if_ok="", skip=None if f.findings else chosen)
    f.explanation = (
        f"Judged: {chosen}. A pod resolves a name with the resolv.conf kubelet writes from its dnsPolicy and "
        "dnsConfig: it must ask the cluster DNS, its search list must turn a short Service name into "
        "<name>.<namespace>.svc.<domain>, and a name with fewer dots than ndots is first tried with every "
        "search domain (one query each, twice with IPv6) before it is asked as given."
    )
    for pod in pods:
        who = f"{pod.namespace}/{pod.name}"
        node_conf = None
        if needs_node_file(pod) and pod.node:
            result = ctx.run_one(pod.node, node_resolv_conf())
            if result.exit_status != 0:
                f.not_run(result, "could not read the node's /etc/resolv.conf")
                continue
            f.cite(result)
            node_conf = parse_resolv_conf(result.output)
        r = pod_resolver(pod, ctx.target.cluster_dns, node_conf, _domain(ctx).name)
        shown = r.conf.lines()
        if r.kubelet_nameserver:
            shown = [
                f"nameserver <kubelet clusterDNS, the DNS Service {ctx.target.cluster_dns or '?'} or "
                "NodeLocal DNSCache>",
                *shown[1 if ctx.target.cluster_dns else 0 :],
            ]
        f.cite_api(
            f"kubectl -n {pod.namespace} get pod {pod.name} ({r.source}): resolv.conf as kubelet writes it", shown
        )
        _nameservers(ctx, f, pod, r, who)
        _search(ctx, f, pod, r.conf, who)
    host = ctx.target.host
    return f.result(
        started,
        summary_if_ok=f"{chosen}: the resolver asks the cluster DNS"
        + (f" and its search list resolves {host!r} at once" if host and ctx.target.namespace else ""),
    )


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    explains=frozenset({"pod-dns"}),
    reads=("pods",),
)
