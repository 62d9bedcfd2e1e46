"""Step `pod-dns`: does the client pod itself resolve? The query is sent from the pod's own network
namespace, entered on its node (`nsenter --net=/var/run/netns/NAME dig @CLUSTER-DNS NAME`), so it takes
the pod's path: its veth, the node's FORWARD chain, Calico's chains and the Service NAT. The node also
asks the cluster DNS itself, for comparison (that query leaves through OUTPUT, not FORWARD).

A failing pod probe is the symptom the user saw: any other failing step explains it (StepSpec.symptom);
it is the cause only when nothing else fails, and then it says whether the node's own query answered
(so the pod's path alone drops it). Sweeps skip it: it needs a second round-trip per node.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from checks.errors import InvalidArgument
from checks.ladder.base import Collector, StepContext, StepSpec
from checks.ladder.pod_netns import Chosen, find_netns, name_of_id, pick_pod
from checks.ladder.resolver_config import cluster_domain, host_domain
from checks.model import StepResult
from checks.outputs.dig import parse_dig
from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand, dig, dig_in_netns, ip_link, ip_netns_list, ip_route

ID = "pod-dns"
TITLE = "The client pod resolves"
FIXED_NAME = "kubernetes.default.svc.{domain}"


def probe_name(ctx: StepContext) -> tuple[str, str]:
    """(name, how it was derived): the failing Service's fully qualified name, as the pod's search path
    would expand it, else a name every cluster serves."""
    t = ctx.target
    if t.service and t.namespace and any(s.name == t.service and s.namespace == t.namespace for s in ctx.snap.services):
        # the name's own domain when it is written in full (that is what the pod asks), else the cluster's
        named = host_domain(t.host)
        domain = cluster_domain(ctx.snap.corefile, t.host)
        told = "the name asked" if named else domain.source or "assumed: kubelet's clusterDomain is not in the API"
        name = f"{t.service}.{t.namespace}.svc.{named or domain.name}"
        how = (
            f"{t.host or t.service} as the pod's search path expands it (cluster domain {named or domain.name}, {told})"
        )
        return name, how
    domain = cluster_domain(ctx.snap.corefile)
    return FIXED_NAME.format(domain=domain.name), "the API Service's name, which every cluster DNS serves"


def _plan(ctx: StepContext) -> dict[str, Chosen]:
    if ctx.sweep or ctx.snap.dns_service is None or not ctx.target.cluster_dns:
        return {}
    out = {}
    for node in ctx.client_nodes:
        chosen = pick_pod(ctx, node.name)
        if chosen is not None:
            out[node.name] = chosen
    return out


def _node_dig(ctx: StepContext) -> CatalogCommand:
    return dig(ctx.target.cluster_dns or "", probe_name(ctx)[0])


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {node: [ip_route(), ip_link(), _node_dig(ctx)] for node in _plan(ctx)}


@dataclass
class _Entered:
    node: str
    chosen: Chosen
    veth: str
    netns: str


def _answer_lines(result: CommandResult) -> list[str]:
    keep = ("status:", "timed out", "no servers", "communications error", "nsenter:", "ANSWER SECTION")
    return [ln for ln in result.output.splitlines() if any(k in ln for k in keep)][:4] or result.output.splitlines()[:3]


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if ctx.sweep:
        return f.result(
            started,
            summary_if_ok="",
            skip="not probed in sweeps (a second round-trip per node); "
            "`podnet check NODE` probes from a pod on the node",
        )
    dns = ctx.target.cluster_dns
    if ctx.snap.dns_service is None or not dns:
        return f.result(started, summary_if_ok="", skip="no cluster DNS Service to query (see coredns)")
    plan = _plan(ctx)
    if not plan:
        where = ", ".join(n.name for n in ctx.client_nodes) or "no client node"
        return f.result(started, summary_if_ok="", skip=f"no Ready pod with its own network on {where} to probe from")
    name, derived = probe_name(ctx)
    entered: list[_Entered] = []
    node_answers: dict[str, bool] = {}
    for node, chosen in plan.items():
        route, links, node_probe = ctx.run(node, [ip_route(), ip_link(), _node_dig(ctx)])
        pod = f"{chosen.pod.namespace}/{chosen.pod.name}"
        if not route.ok or not links.ok:
            f.not_run(route if not route.ok else links, "ip route / ip -o link did not run")
            continue
        if node_probe.exit_status is not None:
            f.cite(node_probe, _answer_lines(node_probe))
            node_answers[node] = parse_dig(node_probe.output).status is not None
        found = find_netns(chosen.pod.ip or "", route.output, links.output)
        netns = found.netns
        if netns is None and found.netnsid is not None:
            listing = ctx.run_one(node, ip_netns_list())
            netns = name_of_id(found.netnsid, listing.output) if listing.ok else None
        if netns is None or found.veth is None:
            f.unchecked(
                "pod-dns.netns-not-found",
                f"{node}: could not enter pod {pod}'s network namespace: {found.why or 'no name for its netns id'}",
                (node,),
            )
            continue
        try:
            dig_in_netns(netns, dns, name)
        except InvalidArgument as err:
            f.unchecked("pod-dns.netns-not-found", f"{node}: pod {pod}'s namespace: {err}", (node,))
            continue
        entered.append(_Entered(node, chosen, found.veth, netns))
    # the probes of every node at once (one exec per node, in parallel), then read back from the cache
    ctx.runner.prefetch({ctx.ref(e.node): [dig_in_netns(e.netns, dns, name)] for e in entered})
    ok: list[str] = []
    for e in entered:
        result = ctx.run_one(e.node, dig_in_netns(e.netns, dns, name))
        pod = f"{e.chosen.pod.namespace}/{e.chosen.pod.name}"
        where = f"from pod {pod}'s network namespace ({e.netns} via {e.veth}) on {e.node}, {e.chosen.why}"
        f.cite(result, [f"# {where}", *_answer_lines(result)])
        if result.exit_status is None:
            f.not_run(result, "the probe did not run")
            continue
        answer = parse_dig(result.output)
        if "nsenter:" in result.output or (answer.status is None and answer.error is None):
            f.unchecked(
                "pod-dns.netns-not-entered",
                f"{e.node}: could not query from pod {pod}'s network namespace {e.netns} "
                f"(exit {result.exit_status}: {result.output.strip()[:160]})",
                (e.node,),
            )
        elif answer.status is None:
            node_ok = node_answers.get(e.node)
            also = (
                f"; the node's own query to {dns} answers, so the pod's path alone drops it"
                if node_ok
                else (f"; the node's own query to {dns} gets no answer either" if node_ok is False else "")
            )
            message = f"{name} gets no answer {where} ({answer.error or 'no reply'}){also}"
            if e.chosen.isolated:  # podnet picked it though a policy restricts its egress: maybe by design
                f.warning(
                    "pod-dns.no-answer",
                    message + "; a network policy restricts this pod's egress, so its silence may be by design: "
                    "probe from a client pod with --from",
                    (e.node,),
                )
            else:
                f.problem("pod-dns.no-answer", message, (e.node,))
        elif answer.status != "NOERROR":
            f.warning("pod-dns.error-status", f"{name} answered {answer.status} {where}", (e.node,))
        else:
            ok.append(f"{where}: {answer.status}" + (f" {', '.join(answer.answers[:2])}" if answer.answers else ""))
    f.explanation = (
        f"The query for {name} ({derived}) was sent to the cluster DNS {dns} from inside the pod's own network "
        "namespace, entered on its node: the way the pod's lookups go (its veth, the node's FORWARD chain, "
        "Calico's chains, the Service NAT). "
        + (
            "It gets no answer: the steps below say why; if none fails, the difference between the pod's "
            "path and the node's own (which does not cross FORWARD or the pod's policy) is where to look."
            if f.has("problem")
            else ""
        )
    )
    if f.has("problem"):
        for e in entered:
            f.suggest(
                f"nsenter --net=/var/run/netns/{e.netns} dig @{dns} {name}",
                e.node,
                f"ask as pod {e.chosen.pod.namespace}/{e.chosen.pod.name} does",
            )
    return f.result(started, summary_if_ok=f"{name} resolves " + "; ".join(ok))


STEP = StepSpec(
    ID,
    TITLE,
    "node",
    needs,
    run,
    reads=("pods", "services"),
    symptom=True,
    in_sweep=False,
)
