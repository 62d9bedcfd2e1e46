"""Which pod to probe from on a node, and how to enter its network namespace from the node, read-only.

The pod: the one `--from` named, else a Ready, non-hostNetwork pod on the node (the failing Service's
namespace first: its clients live there; system namespaces last). Its namespace: the pod's /32 route on
the node names its host-side veth (`10.40.61.201 dev cali5c9514dd24b scope link`, as Calico programs it);
`ip -o link` prints where that veth's peer lives (`link-netns cni-…`, the named namespace containerd and
CRI-O create under /var/run/netns), or only an id (`link-netnsid 3`), mapped by `ip netns list`.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.cluster.model import PodInfo
from checks.cluster.policy_eval import egress_restricted
from checks.ladder.base import StepContext
from checks.outputs.netns import PeerNamespace, parse_netns_list, peer_namespace
from checks.outputs.routes import parse_routes

SYSTEM_NAMESPACES = ("kube-system", "calico-system", "tigera-operator", "kube-public", "kube-node-lease")


@dataclass(frozen=True)
class Chosen:
    pod: PodInfo
    why: str  # "named by --from" or how it was picked
    isolated: bool = False  # picked by podnet though a network policy restricts its egress


def pick_pod(ctx: StepContext, node: str) -> Chosen | None:
    named = ctx.target.client_pod
    passed_over = ""
    if named:
        ns, _, name = named.rpartition("/")
        pod = next((p for p in ctx.snap.pods if p.name == name and (not ns or p.namespace == ns)), None)
        if pod is not None and pod.node == node and _probeable(pod):
            return Chosen(pod, "named by --from")
        if pod is not None and pod.node == node:
            passed_over = f" (--from {named} has no network of its own to probe from)"
    candidates = [p for p in ctx.snap.pods if p.node == node and p.ready and _probeable(p)]
    if not candidates:
        return None
    wanted = ctx.target.namespace

    restricted = {(p.namespace, p.name) for p in candidates if egress_restricted(ctx.snap, p)}

    def order(p: PodInfo) -> tuple[bool, bool, bool, str, str]:
        # a pod whose egress a policy restricts may be silent by design: the last choice
        isolated = (p.namespace, p.name) in restricted
        return (isolated, p.namespace != wanted, p.namespace in SYSTEM_NAMESPACES, p.namespace, p.name)

    pod = min(candidates, key=order)
    why = f"picked: a Ready pod on {node}" + (
        f" in {wanted}, the namespace of the failing name's Service" if pod.namespace == wanted else ""
    )
    isolated = (pod.namespace, pod.name) in restricted
    if isolated:
        why += " (every candidate's egress is restricted by a network policy)"
    return Chosen(pod, why + passed_over, isolated)


def _probeable(pod: PodInfo) -> bool:
    """A pod with its own network namespace and an IPv4 address (the /32 route Calico gives it)."""
    return bool(pod.ip) and ":" not in (pod.ip or "") and not pod.host_network


@dataclass(frozen=True)
class Found:
    """The pod's namespace on its node: `netns` (a name under /var/run/netns) and the veth that led to it;
    `why` says what was missing when netns is None; `netnsid` when only an id was printed."""

    veth: str | None
    netns: str | None
    netnsid: int | None = None
    why: str = ""


def find_netns(pod_ip: str, ip_route: str, ip_o_link: str) -> Found:
    route = next((r for r in parse_routes(ip_route) if r.dst == f"{pod_ip}/32" and r.dev and r.via is None), None)
    if route is None or route.dev is None:
        return Found(None, None, why=f"no route to {pod_ip} through a veth on the node (`ip route`)")
    peer: PeerNamespace = peer_namespace(ip_o_link, route.dev)
    if not peer.found:
        return Found(route.dev, None, why=f"{route.dev} is not in `ip -o link`")
    if peer.name:
        return Found(route.dev, peer.name)
    if peer.netnsid is not None:
        return Found(route.dev, None, peer.netnsid, why=f"{route.dev}'s peer is in netns id {peer.netnsid}")
    return Found(route.dev, None, why=f"{route.dev} prints no peer namespace (not a veth to a pod)")


def name_of_id(netnsid: int, ip_netns_list: str) -> str | None:
    return parse_netns_list(ip_netns_list).get(netnsid)
