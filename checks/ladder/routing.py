"""Step 3, `routing`: does each client node route every CoreDNS pod IP to the node that owns its block?

Remote pods: the /26 block route via the owner's tunnel endpoint (`vxlan.calico` for VXLAN; `tunl0`
with `proto bird` via the owner's node IP for IP-in-IP). Local pods: a host route via their `cali*`
veth. A missing route or one that points at the wrong node is a failure.
"""

from __future__ import annotations

import functools
import ipaddress
import time

from checks.cluster.model import NodeInfo
from checks.ladder.base import Collector, StepContext, StepSpec, calico_missing, calico_node_kubectl
from checks.model import StepResult
from checks.outputs.routes import Route, RouteTable, parse_routes, route_for
from checks.remote.catalog import CatalogCommand, ip_route

ID = "routing"
TITLE = "Routes to the CoreDNS pods"
DIRECT = "(not the tunnel)"  # the wanted device of a CrossSubnet pool's route to a peer in the node's subnet
TUNNELS = ("tunl0", "vxlan.calico")


def needs(ctx: StepContext) -> dict[str, list[CatalogCommand]]:
    return {n.name: [ip_route()] for n in ctx.client_nodes}


@functools.lru_cache(maxsize=4096)
def _network(cidr: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    try:
        return ipaddress.ip_network(cidr)
    except ValueError:
        return None


def _block_of(ctx: StepContext, ip: str) -> tuple[str | None, str | None]:
    """(block CIDR, owner node) from Calico's IPAM blocks."""
    addr = ipaddress.ip_address(ip)
    for block in ctx.snap.blocks:
        network = _network(block.cidr)
        if network is not None and addr in network:
            return block.cidr, block.node
    return None, None


def _who_has(ctx: StepContext, via: str | None) -> str | None:
    for n in ctx.snap.nodes:
        if via and via in (n.vxlan_tunnel, n.ipip_tunnel, n.internal_ip, n.calico_ip):
            return n.name
    return None


def _want(ctx: StepContext, node: str, owner: NodeInfo | None, address: str) -> tuple[str | None, str]:
    """(via, dev) of the route `node` needs to the block holding `address`, by that block's pool: through
    the tunnel (IP-in-IP: `tunl0` via the owner's node address; VXLAN: `vxlan.calico` via its tunnel
    address); unencapsulated (DIRECT: any device but a tunnel, via the owner's node address) in a
    CrossSubnet pool towards a peer in the node's own subnet, as in a pool without encapsulation (BGP:
    `BLOCK via PEER dev eth0 proto bird`). Across subnets without encapsulation the network (or its
    BGP routers) carries pod addresses: any non-tunnel next hop (via None)."""
    node_ip = (owner.calico_ip or owner.internal_ip) if owner else None
    encap, mode = ctx.pool_encapsulation(address)
    same = owner is not None and ctx.same_subnet(node, owner.name)
    if encap == "none":
        return (node_ip if same else None), DIRECT
    if mode == "CrossSubnet" and same:
        return node_ip, DIRECT
    if encap == "ipip":
        return node_ip, "tunl0"
    return (owner.vxlan_tunnel if owner else None), "vxlan.calico"


def _dev_ok(dev: str | None, want: str) -> bool:
    if want == DIRECT:
        return dev is not None and dev not in TUNNELS and not dev.startswith("cali")
    return dev == want


def _check_peer_blocks(ctx: StepContext, f: Collector, node: str, routes: list[Route]) -> None:
    """Node-level checks (`podnet check`, the sweep): every other node's blocks too, so a node that lost
    its route to one peer shows up even when CoreDNS is not behind that peer."""
    checked = {_block_of(ctx, ep.ip)[0] for ep in ctx.coredns}  # the CoreDNS blocks: checked above already
    table = RouteTable(routes)
    for block in ctx.snap.blocks:
        if not block.node or block.node == node or block.cidr in checked:
            continue
        owner = ctx.snap.node(block.node)
        if owner is None:
            continue
        first = block.cidr.split("/")[0]
        want, dev = _want(ctx, node, owner, first)
        route = table.lookup(first)
        if want is None and dev == DIRECT and route is not None and route.kind is None and _dev_ok(route.dev, dev):
            continue  # no encapsulation across subnets: the network routes pod addresses
        if route is None or route.dst != block.cidr or not _dev_ok(route.dev, dev) or (want and route.via != want):
            missing = route is None or route.dst == "default" or route.kind is not None
            f.problem(
                "routing.block-route-missing" if missing else "routing.block-route-wrong",
                f"{node}: route to {block.node}'s block {block.cidr} is "
                + (_describe(route) if route else "missing")
                + f" (want via {want} dev {dev})",
                (node,),
            )


def _describe(route: Route) -> str:
    parts = [
        route.kind or "",
        route.dst,
        f"via {route.via}" if route.via else "",
        f"dev {route.dev}" if route.dev else "",
        f"proto {route.proto}" if route.proto else "",
        "onlink" if route.onlink else "",
    ]
    return " ".join(p for p in parts if p)


def run(ctx: StepContext) -> StepResult:
    started = time.monotonic()
    f = Collector(ID, TITLE)
    if calico_missing(ctx, f):
        return f.result(started, summary_if_ok="")
    encap = ctx.encapsulation
    if "ipamblocks.crd.projectcalico.org" in ctx.snap.unavailable:
        f.warning("routing.ipam-unreadable", "Calico IPAM blocks unreadable; owners taken from the pods' nodes")
    for node in ctx.client_nodes:
        result = ctx.run_one(node.name, ip_route())
        if result.exit_status != 0:
            f.not_run(result, "ip route failed")
            continue
        routes = parse_routes(result.output)
        cited: list[str] = []
        fixes: list[tuple[str, str | None, str]] = []  # (block, via, dev) of each route to put back
        for ep in ctx.coredns:
            block, owner = _block_of(ctx, ep.ip)
            owner = owner or ep.node
            route = route_for(routes, ep.ip)
            shown = _describe(route) if route else "(no route)"
            cited.append(f"{ep.ip} ({ep.pod} on {owner}) -> {shown}")
            if owner == node.name:
                if route is None or not (route.dev or "").startswith("cali"):
                    f.problem(
                        "routing.local-route-missing",
                        f"{node.name}: local CoreDNS pod {ep.ip} has no host route via its cali* veth",
                        (node.name,),
                    )
                continue
            owner_info = ctx.snap.node(owner or "")
            want_via, want_dev = _want(ctx, node.name, owner_info, ep.ip)
            target = block or f"{ep.ip}/32"
            underlay = want_dev == DIRECT and want_via is None  # no encapsulation, across subnets
            if underlay and route is not None and route.kind is None and _dev_ok(route.dev, want_dev):
                cited[-1] += " (no encapsulation across subnets: the network routes pod addresses)"
                continue
            if route is None or route.dst == "default" or route.kind is not None:
                why = (
                    "only the default route matches"
                    if route and route.dst == "default"
                    else (f"a {route.kind} route matches" if route and route.kind else "no route matches")
                )
                f.problem(
                    "routing.block-route-missing",
                    f"{node.name}: no route to {target} (the CoreDNS block on {owner}): {why}",
                    (node.name,),
                )
                fixes.append((target, want_via, want_dev))
            elif not _dev_ok(route.dev, want_dev) or (want_via and route.via != want_via):
                other = _who_has(ctx, route.via)
                f.problem(
                    "routing.block-route-wrong",
                    f"{node.name}: route to {target} goes via {route.via} dev {route.dev}"
                    + (f" (that is {other})" if other else " (no node has that address)")
                    + f", but {target} lives on {owner} (via {want_via} dev {want_dev})",
                    (node.name,),
                )
                fixes.append((target, want_via, want_dev))
        if ctx.node_check:
            _check_peer_blocks(ctx, f, node.name, routes)
        f.cite(
            result,
            [ln for ln in result.output.splitlines() if any(ep.ip.rsplit(".", 1)[0] in ln for ep in ctx.coredns)]
            + cited,
        )
        if node.name in f.nodes:
            for target, _, _ in fixes[:1] or [(f"{ep.ip}/32", None, "") for ep in ctx.coredns[:1]]:
                f.suggest(
                    f"ip route | grep {target.split('/')[0].rsplit('.', 1)[0]}",
                    node.name,
                    "the runbook's check of the route",
                )
            f.suggest(
                calico_node_kubectl(ctx, node.name, "delete pod"),
                "control node",
                f"calico-node (felix) on {node.name} re-programs its routes when it restarts",
            )
            for target, via, dev in fixes:
                if via is None or "/" not in target:
                    continue
                how = {"vxlan.calico": " dev vxlan.calico onlink", "tunl0": " dev tunl0 onlink"}.get(dev, "")
                f.suggest(
                    f"ip route replace {target} via {via}{how}",
                    node.name,
                    "put the route back by hand until Calico does (felix or BIRD owns these routes)",
                )
    if f.has("problem"):
        f.explanation = (
            "Pod traffic to another node's pods follows the route for that node's /26 block through "
            "the tunnel. Without it, or with it pointing at another node, queries to CoreDNS never "
            "reach the pods."
        )
    return f.result(
        started,
        summary_if_ok=f"{', '.join(n.name for n in ctx.client_nodes)} route every CoreDNS pod to its node ({encap})",
    )


STEP = StepSpec(
    ID, TITLE, "node", needs, run, explains=frozenset({"link"}), reads=("nodes", "ipamblocks", "ippools", "pods")
)
