"""The pod-dns / node-forwarding faults (helper poddns), registered in lab/faults.py: DNS drops a hardening
script put at the top of a node's FORWARD chain, and an asymmetric path that strict rp_filter drops."""

from __future__ import annotations

from typing import Any

from lab import netns
from lab.fault_base import FaultError, LabContext, remote_coredns, tunnelled_to
from lab.model import ActiveFault, Node
from lab.sh import in_netns, run, sysctl

FORWARD_DROPS = (("-p", "udp", "--dport", "53", "-j", "DROP"), ("-p", "tcp", "--dport", "53", "-j", "DROP"))


def forward_drop(ctx: LabContext, node: Node) -> dict[str, Any]:
    """A hardening script on the node put DNS drops at the top of FORWARD, above Calico's jump."""
    for rule in FORWARD_DROPS:
        run(in_netns(node.netns, ["iptables", "-I", "FORWARD", "1", *rule]))
    return {"rules": [" ".join(r) for r in FORWARD_DROPS]}


def forward_drop_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    for rule in FORWARD_DROPS:
        run(in_netns(node.netns, ["iptables", "-D", "FORWARD", *rule]), check=False)


def rp_filter_strict(ctx: LabContext, node: Node) -> dict[str, Any]:
    """The nodes get a storage NIC (eth1, 10.42/16); on this node a host route sends traffic for the CoreDNS
    node(s) out of eth1 through the storage network's router (the underlay), while their packets keep
    arriving on eth0: an asymmetric path. The nodes' rp_filter is strict (all=1, as the lab's nodes have
    it), so the kernel drops what arrives on eth0 from an address it would route out of eth1."""
    peers = sorted({p.node for p in remote_coredns(ctx.model, node) if tunnelled_to(ctx.model, node, p)})
    if not peers:
        raise FaultError(f"{node.name} reaches CoreDNS without the tunnel: no asymmetric tunnel path to make")
    netns.add_second_nics(ctx.model)
    forward = run(in_netns(netns.underlay_ns(ctx.model.name), ["sysctl", "-n", "net.ipv4.ip_forward"])).strip()
    sysctl(netns.underlay_ns(ctx.model.name), {"net.ipv4.ip_forward": 1, "net.ipv4.conf.all.send_redirects": 0})
    for peer in peers:
        run(
            [
                "ip",
                "-n",
                node.netns,
                "route",
                "add",
                f"{ctx.model.node(peer).ip}/32",
                "via",
                netns.SECOND_GATEWAY,
                "dev",
                "eth1",
            ]
        )
    sysctl(node.netns, {"net.ipv4.conf.all.rp_filter": 1, "net.ipv4.conf.eth0.rp_filter": 1})
    return {"peers": peers, "underlay_ip_forward": forward}


def rp_filter_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    for peer in fault.detail["peers"]:
        run(["ip", "-n", node.netns, "route", "del", f"{ctx.model.node(peer).ip}/32"], check=False)
    sysctl(node.netns, {"net.ipv4.conf.eth0.rp_filter": 0})
    sysctl(netns.underlay_ns(ctx.model.name), {"net.ipv4.ip_forward": fault.detail["underlay_ip_forward"] or 0})
    netns.remove_second_nics(ctx.model)
