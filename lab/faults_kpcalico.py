"""The lab faults of the kube-proxy and calico-node steps (helper kpcalico), registered in lab/faults.py.

`kube-proxy-stale`: kube-proxy on the node stopped syncing five minutes ago (its /healthz stand-in answers
503 with that lastUpdated), and since then CoreDNS moved: every CoreDNS pod was recreated with a new
address (the pod's network namespace, its veth route and its DNS server really move; the API shows the new
endpoints). Every other node's kube-proxy follows; this node keeps NATing 10.96.0.10 to the old addresses,
where nothing answers any more: the lookup fails.

`calico-node-not-ready`: calico-node on the node is not Ready, with restarts, and the kubelet's
`Unhealthy` Event says felix (VXLAN) or BIRD (BGP) is not ready; felix's effect is real: it no longer
programs the node, whose routes to the other nodes' blocks are gone (as after felix's restart with a
datastore it cannot read), so the node's pods reach no pod elsewhere.
"""

from __future__ import annotations

import ipaddress
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from lab import netns, procs, workloads
from lab.model import ActiveFault, LabModel, Node, Pod
from lab.sh import ip_batch

if TYPE_CHECKING:
    from lab.fault_base import LabContext

STALE_FOR_NS = 300 * 1_000_000_000  # kube-proxy stopped syncing this long before the fault is observed
NAT_STALE_IP = "10.40.52.140"  # lab.faults.STALE_COREDNS_IP: the nat-stale fault's "old CoreDNS", kept free
RESTARTS = 4  # calico-node's restarts while not Ready (below the step's warning threshold on its own)


# --- kube-proxy-stale ---------------------------------------------------------------------------------
def _free_address(model: LabModel, pod: Pod, taken: set[str]) -> str:
    """A new address for `pod` in its node's block: the next one no pod, tunnel or fault uses."""
    node = model.node(pod.node)
    block = next(
        ipaddress.ip_network(b) for b in node.blocks if ipaddress.ip_address(pod.ip) in ipaddress.ip_network(b)
    )
    used = taken | {p.ip for p in model.pods} | {n.tunnel_ip for n in model.nodes} | {NAT_STALE_IP}
    start = int(ipaddress.ip_address(pod.ip))
    for offset in range(1, block.num_addresses):
        candidate = block.network_address + (start - int(block.network_address) + offset) % block.num_addresses
        if candidate not in (block.network_address, block.broadcast_address) and str(candidate) not in used:
            return str(candidate)
    raise RuntimeError(f"no free address in {block} for {pod.name}")


def _move(ctx: LabContext, pod: Pod, new: str) -> None:
    """The CoreDNS pod comes back with address `new`: its namespace's address, the node's /32 route to it,
    and its DNS server (dnsmasq binds its listen address at start, as a new pod's CoreDNS would)."""
    node = ctx.model.node(pod.node)
    old = pod.ip
    pid = procs.recorded_pids(ctx.paths).get(f"pod-{pod.name}")
    if pid is not None:
        procs.kill_all([pid])
    ip_batch(
        pod.netns,
        [
            f"addr add {new}/32 dev eth0",  # the new one first: the last address going would drop the routes
            f"addr del {old}/32 dev eth0",
            "route replace 169.254.1.1 dev eth0 scope link",
            "route replace default via 169.254.1.1 dev eth0",
        ],
    )
    ip_batch(
        node.netns, [f"route del {old}/32 dev {pod.host_iface}", f"route add {new}/32 dev {pod.host_iface} scope link"]
    )
    pod.ip = new
    workloads.start_coredns(ctx.paths, ctx.model, pod)


def kube_proxy_stale(ctx: LabContext, node: Node) -> dict[str, Any]:
    active = ctx.model.fault("kube-proxy-stale")
    assert active is not None  # break_fault records the fault before applying it
    coredns = ctx.model.pods_by_app("coredns")
    programmed = [p.ip for p in coredns]
    active.detail = {"programmed": programmed, "stopped_at_ns": time.time_ns() - STALE_FOR_NS, "moved": {}}
    taken: set[str] = set()
    for pod in coredns:
        new = _free_address(ctx.model, pod, taken)
        taken.add(new)
        active.detail["moved"][pod.name] = [pod.ip, new]
        _move(ctx, pod, new)
    ctx.save()  # the API now shows the new endpoints
    for n in ctx.model.nodes:  # every kube-proxy but this node's applies the change
        netns.sync_nat(ctx.model, n)
    return active.detail


def kube_proxy_stale_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    for name, (old, _new) in fault.detail.get("moved", {}).items():
        _move(ctx, ctx.model.pod(name), old)
    for n in ctx.model.nodes:
        netns.sync_nat(ctx.model, n)


# --- calico-node-not-ready ------------------------------------------------------------------------------
def _calico_node(model: LabModel, node: Node) -> Pod:
    return next(p for p in model.pods if p.node == node.name and p.labels.get("k8s-app") == "calico-node")


def calico_node_not_ready(ctx: LabContext, node: Node) -> dict[str, Any]:
    pod = _calico_node(ctx.model, node)
    pod.ready, pod.restarts = False, RESTARTS
    blocks = [line.split()[2] for line in netns.route_lines(ctx.model, node)]  # "route replace BLOCK …"
    ip_batch(node.netns, [f"route del {b}" for b in blocks])
    since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"pod": pod.name, "routes_removed": blocks, "since": since, "probe_failures": 14}


def calico_node_not_ready_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    pod = ctx.model.pod(fault.detail["pod"])
    pod.ready, pod.restarts = True, 0  # the lab's node comes back as a fresh pod
    netns.program_routes(ctx.model, node)


__all__ = [
    "calico_node_not_ready",
    "calico_node_not_ready_revert",
    "kube_proxy_stale",
    "kube_proxy_stale_revert",
]
