"""Faults the lab can inject, each done the way it happens on real clusters, and undone by `fix`.

`breaks_dns` marks the faults that make a lookup from the client pod fail outright (the lab's tests
check that they do, and that `fix` brings the lookup back).
"""

from __future__ import annotations

import signal
from typing import Any

from lab import (
    coredns_faults,
    faults_kpcalico,
    forwarding_faults,
    netns,
    netpol_fault,
    procs,
    resolver_faults,
    ssh,
    workloads,
)
from lab.fault_base import (
    Fault,
    FaultError,
    LabContext,
    block_of,
    needs_configured_mtu,
    needs_three_nodes,
    needs_tunnel,
    needs_tunnel_to_coredns,
    remote_coredns,
    tunnelled_to,
)
from lab.model import NIC_MTU, VXLAN_OVERHEAD, ActiveFault, LabModel, Node, Pod
from lab.sh import run

JUMBO_MTU = 9000
STALE_COREDNS_IP = "10.40.52.140"  # in the CoreDNS block, allocated to no pod: a CoreDNS pod long gone


def _route_target(ctx: LabContext, node: Node) -> tuple[Pod, str]:
    """The CoreDNS pod whose block route the routing faults break on `node`: the last one on another
    node (node-1's with one CoreDNS node; node-3's with coredns-spread), and its block."""
    remote = remote_coredns(ctx.model, node)
    if not remote:
        raise FaultError(f"{node.name} holds the CoreDNS pods; pick a node that reaches them over the network")
    pod = remote[-1]
    return pod, block_of(ctx.model, pod)


def _require_remote_from_coredns(ctx: LabContext, node: Node) -> None:
    _route_target(ctx, node)


# --- Service NAT ---------------------------------------------------------------------------------
def _nat_missing(ctx: LabContext, node: Node) -> dict[str, Any]:
    netns.sync_nat(ctx.model, node)  # the fault is in the model's view for this node: the rules go
    return {}


def _nat_stale(ctx: LabContext, node: Node) -> dict[str, Any]:
    live = [p.ip for p in ctx.model.pods_by_app("coredns")]
    detail = {"programmed": [*live[:-1], STALE_COREDNS_IP], "replaced": live[-1]}
    active = ctx.model.fault("nat-stale")
    assert active is not None  # break_fault records the fault before applying it
    active.detail = detail
    netns.sync_nat(ctx.model, node)
    return detail


def _nat_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    netns.sync_nat(ctx.model, node)


# --- routing -------------------------------------------------------------------------------------
def _route_missing(ctx: LabContext, node: Node) -> dict[str, Any]:
    pod, block = _route_target(ctx, node)
    run(["ip", "-n", node.netns, "route", "del", block])
    return {"block": block, "owner": pod.node}


def _route_wrong(ctx: LabContext, node: Node) -> dict[str, Any]:
    pod, block = _route_target(ctx, node)
    owner = ctx.model.node(pod.node)
    wrong = next((n for n in ctx.model.nodes if n.name not in (owner.name, node.name) and n.vxlan_enabled), None)
    if wrong is None:
        raise FaultError("route-wrong-nexthop needs a third node to point the route at (lab up --nodes 3)")
    spec = ctx.model.route_spec(node, wrong, block)  # the route as it would be to that node
    run(["ip", "-n", node.netns, "route", "replace", block, *spec])
    return {"block": block, "owner": owner.name, "via": spec[1], "wrong_node": wrong.name}


def _route_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    owner = ctx.model.node(fault.detail["owner"])
    block = fault.detail["block"]
    run(["ip", "-n", node.netns, "route", "replace", block, *ctx.model.route_spec(node, owner, block)])


# --- IP autodetection ----------------------------------------------------------------------------
def _repoint_vtep(ctx: LabContext, node: Node) -> None:
    """Felix on the node rebuilds its VTEP on the detected interface; every peer's FDB follows, and so do
    the routes that go to the node's address directly (BGP, CrossSubnet)."""
    if not ctx.model.encapsulated:
        for peer in ctx.model.nodes:
            netns.program_routes(ctx.model, peer)
        return
    netns.remove_vxlan(node)
    netns.program_vxlan(ctx.model, node)
    for peer in ctx.model.nodes:
        if peer.name != node.name:
            netns.program_routes(ctx.model, peer)
        if peer.name != node.name and peer.vxlan_enabled:
            run(
                [
                    "bridge",
                    "-n",
                    peer.netns,
                    "fdb",
                    "replace",
                    node.vtep_mac,
                    "dev",
                    netns.VXLAN_DEV,
                    "dst",
                    node.detected_ip,
                ]
            )


def _autodetect(ctx: LabContext, node: Node) -> dict[str, Any]:
    netns.add_second_nics(ctx.model)
    previous = ctx.model.autodetection_method
    # Someone "simplified" the DaemonSet to first-found; on this node the second NIC came first.
    ctx.model.autodetection_method = "first-found"
    node.detected_iface = "eth1"
    _repoint_vtep(ctx, node)
    return {"previous_method": previous, "detected": node.detected_ip}


def _autodetect_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    ctx.model.autodetection_method = fault.detail["previous_method"]
    node.detected_iface = "eth0"
    _repoint_vtep(ctx, node)
    netns.remove_second_nics(ctx.model)


# --- the link ------------------------------------------------------------------------------------
def _link_drop(ctx: LabContext, node: Node) -> dict[str, Any]:
    _require_remote_from_coredns(ctx, node)
    peers = sorted({p.node for p in remote_coredns(ctx.model, node) if tunnelled_to(ctx.model, node, p)})
    if not peers:
        raise FaultError(f"{node.name} reaches CoreDNS without the tunnel: there is no VXLAN to drop")
    for peer in peers:
        netns.underlay_drop(node, ctx.model.node(peer), add=True)
    return {"peers": peers}


def _link_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    for peer in fault.detail["peers"]:
        netns.underlay_drop(node, ctx.model.node(peer), add=False)


# --- MTU -----------------------------------------------------------------------------------------
def _mtu(ctx: LabContext, node: Node) -> dict[str, Any]:
    """Jumbo frames were turned on at the nodes' NICs; Calico's MTU auto-detection followed them to
    vxlan.calico and the veths, while FelixConfiguration and calico-config still say 1450, and the
    underlay switch still passes 1500-byte frames only: small packets pass, large ones vanish."""
    inner = JUMBO_MTU - VXLAN_OVERHEAD
    for n in ctx.model.nodes:
        netns.set_mtus(ctx.model, n, JUMBO_MTU, inner, inner)
    return {"nic_mtu": JUMBO_MTU, "device_mtu": inner, "underlay_mtu": NIC_MTU}


def _mtu_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    for n in ctx.model.nodes:
        netns.set_mtus(ctx.model, n, NIC_MTU, ctx.model.vxlan_mtu, ctx.model.veth_mtu)


# --- tunnel mode ---------------------------------------------------------------------------------
def _tunnel(ctx: LabContext, node: Node) -> dict[str, Any]:
    if not ctx.model.encapsulated:
        raise FaultError("the pools use no encapsulation: there is no tunnel to switch off")
    node.vxlan_enabled = False  # a per-node FelixConfiguration with vxlanEnabled: false
    netns.remove_vxlan(node)
    return {}


def _tunnel_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    node.vxlan_enabled = True
    netns.program_vxlan(ctx.model, node)


# --- CoreDNS -------------------------------------------------------------------------------------
def _coredns(ctx: LabContext, node: Node) -> dict[str, Any]:
    workloads.signal_coredns(ctx.paths, ctx.model, signal.SIGSTOP)
    return {"pods": [p.name for p in ctx.model.pods_by_app("coredns")]}


def _coredns_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    workloads.signal_coredns(ctx.paths, ctx.model, signal.SIGCONT)


# --- a node that cannot be reached -------------------------------------------------------------
def _unreachable(ctx: LabContext, node: Node) -> dict[str, Any]:
    pid = procs.recorded_pids(ctx.paths).get(f"{node.name}-sshd")
    if pid is None or not procs.alive(pid):
        raise FaultError(f"sshd of {node.name} is not running")
    procs.kill_all([pid])
    return {"sshd_pid": pid}


def _unreachable_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    pid = ssh.start_node(ctx.paths, node)
    procs.wait_listening(pid, 22, f"sshd on {node.name}")


# --- offloads ------------------------------------------------------------------------------------
def _has_vxlan(ctx: LabContext, node: Node) -> bool:
    return ctx.model.encapsulated and node.vxlan_enabled


def _gso(ctx: LabContext, node: Node) -> dict[str, Any]:
    netns.set_offloads(node, enabled=True)
    if _has_vxlan(ctx, node):  # against felix's ChecksumOffloadBroken=true (the kernel-gso step's VXLAN check)
        netns.set_vxlan_checksum(node, enabled=True)
    return {}


def _gso_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    netns.set_offloads(node, enabled=False)
    if _has_vxlan(ctx, node):
        netns.set_vxlan_checksum(node, enabled=False)


# Not faults (the `conntrack` step, helper "conntrack"): the conntrack insert race (kubernetes#56903) needs
# parallel load and luck, it cannot be made on demand; a full conntrack table cannot be made inside the lab
# because net.netfilter.nf_conntrack_max is the host's (writing it in a node's namespace is refused, and
# changing it in the root namespace would touch the whole machine). The step's judgement of both is tested
# on recorded real outputs (tests/unit/steps/test_conntrack.py); in the lab it reads each node's own
# namespace's statistics (/proc/net/stat/nf_conntrack) and passes.


POD_DNS_FAULTS = (
    Fault(
        "forward-drop",
        True,
        "a hardening script inserted DNS drops (UDP and TCP 53) at the top of the node's FORWARD chain",
        forwarding_faults.forward_drop,
        forwarding_faults.forward_drop_revert,
    ),
    Fault(
        "rp-filter-strict",
        True,
        "nodes get a storage NIC; this node routes the CoreDNS node's address out of it while replies arrive "
        "on eth0, and rp_filter is strict: the kernel drops them",
        forwarding_faults.rp_filter_strict,
        forwarding_faults.rp_filter_revert,
        applies=needs_tunnel_to_coredns,
    ),
)


FAULTS: dict[str, Fault] = {
    f.name: f
    for f in (
        Fault("nat-missing", True, "the node loses its 10.96.0.10 Service NAT entries", _nat_missing, _nat_revert),
        Fault("nat-stale", False, "the node's 10.96.0.10 NAT points at a dead old CoreDNS IP", _nat_stale, _nat_revert),
        Fault(
            "route-missing", True, "the node loses its /26 route to the CoreDNS block", _route_missing, _route_revert
        ),
        Fault(
            "route-wrong-nexthop",
            True,
            "the node's CoreDNS-block route points at the wrong node",
            _route_wrong,
            _route_revert,
            applies=needs_three_nodes,
        ),
        Fault(
            "autodetect-wrong-iface",
            True,
            "nodes get a second NIC; Calico detects the wrong one on this node, so send and receive "
            "interfaces disagree",
            _autodetect,
            _autodetect_revert,
        ),
        Fault(
            "link-drop",
            True,
            "the underlay drops VXLAN (UDP 4789) between this node and the CoreDNS node(s)",
            _link_drop,
            _link_revert,
            applies=needs_tunnel_to_coredns,
        ),
        Fault(
            "mtu-mismatch",
            False,
            "NICs switched to jumbo frames and vxlan.calico/veth MTUs (8950) followed, disagreeing with "
            "FelixConfiguration and calico-config (1450); the underlay passes 1500: large packets are lost",
            _mtu,
            _mtu_revert,
            scope="cluster",
            applies=needs_configured_mtu,
        ),
        Fault(
            "tunnel-mode-mismatch",
            True,
            "the IPPool says VXLAN but felix disabled vxlan.calico on this node",
            _tunnel,
            _tunnel_revert,
            applies=needs_tunnel,
        ),
        Fault(
            "coredns-down",
            True,
            "the DNS server in the CoreDNS pods stops answering (process stopped)",
            _coredns,
            _coredns_revert,
        ),
        Fault(
            "node-unreachable",
            False,
            "the node's sshd is down: podnet cannot log in to check it",
            _unreachable,
            _unreachable_revert,
        ),
        Fault(
            "gso-on",
            False,
            "rx/tx checksum offload and GSO turned on on the node's NIC (and tx-checksum-ip-generic on "
            "vxlan.calico, against felix's ChecksumOffloadBroken=true)",
            _gso,
            _gso_revert,
            note="the kernel bug the runbook warns about (IPIP packets dropped with GSO on) cannot be "
            "reproduced here: this kernel has no IPIP; the lab only sets the offload state. On VXLAN this "
            "kernel (6.x) does not drop the NAT'd packets either (projectcalico/calico#3145 is fixed): "
            "kernel-gso warns, and a capture shows the checksums answered",
        ),
        # --- kube-proxy and calico-node steps (kpcalico) ---
        Fault(
            "kube-proxy-stale",
            True,
            "kube-proxy on the node stopped syncing (its /healthz answers 503), then CoreDNS moved to new "
            "addresses: the node still NATs 10.96.0.10 to the old ones",
            faults_kpcalico.kube_proxy_stale,
            faults_kpcalico.kube_proxy_stale_revert,
        ),
        Fault(
            "calico-node-not-ready",
            True,
            "calico-node on the node is not Ready (felix not programming: its routes to the other nodes' "
            "blocks are gone), with restarts and a readiness-probe-failed event",
            faults_kpcalico.calico_node_not_ready,
            faults_kpcalico.calico_node_not_ready_revert,
        ),
        # network-policy step
        Fault(
            netpol_fault.NAME,
            True,
            "a default-deny egress NetworkPolicy in the client's namespace allows only TCP 443/80 (DNS forgotten), "
            "enforced on its pods' interfaces as Calico does",
            netpol_fault.break_,
            netpol_fault.fix,
            scope="cluster",
        ),
        *POD_DNS_FAULTS,  # poddns
        # --- client-resolver / node-local-dns (helper "resolver") ---
        Fault(
            "nodelocal-down",
            True,
            "NodeLocal DNSCache stops answering on the node (process stopped), its pod not Ready",
            resolver_faults.nodelocal_down,
            resolver_faults.nodelocal_up,
            applies=resolver_faults.needs_node_local_dns,
        ),
        Fault(
            "client-ndots",
            True,
            "the client pod gets dnsPolicy None and a dnsConfig with ndots:5 whose search list lost its "
            "namespace domain (resolv.conf too): the short Service name no longer resolves",
            resolver_faults.client_ndots,
            resolver_faults.client_ndots_revert,
        ),
        # --- coredns-health (lab/coredns_faults.py) ---
        Fault(
            "upstream-down",
            False,
            "CoreDNS's upstream resolver (on the bastion) is cut off: names outside the cluster time out",
            coredns_faults.upstream_down,
            coredns_faults.upstream_down_revert,
            scope="cluster",
            note="the cluster's own names still resolve; fix restarts CoreDNS (new pods, new logs)",
        ),
        Fault(
            "coredns-crashloop",
            True,
            "the nodes' resolv.conf points at the cluster DNS: CoreDNS forwards to itself, its loop plugin "
            "exits, the pods crash-loop",
            coredns_faults.crashloop,
            coredns_faults.crashloop_revert,
            scope="cluster",
        ),
    )
}


def applicable(model: LabModel) -> dict[str, str | None]:
    """Every fault -> None when it can be made in this lab, else why not (its profile lacks what it breaks)."""
    return {name: f.applies(model) for name, f in FAULTS.items()}


def break_fault(ctx: LabContext, name: str, node_name: str | None) -> ActiveFault:
    fault = FAULTS.get(name)
    if fault is None:
        raise FaultError(f"unknown fault {name!r}; known: {', '.join(FAULTS)}")
    why = fault.applies(ctx.model)
    if why is not None:
        raise FaultError(f"{name} does not apply to this lab (profile {ctx.model.profile}): {why}")
    if ctx.model.fault(name) is not None:
        raise FaultError(f"{name} is already active (podnet lab fix {name})")
    if fault.scope == "cluster":
        if node_name not in (None, "all"):
            raise FaultError(f"{name} applies to every node; drop --node")
        target_name = "all"
        node = ctx.model.nodes[0]
    else:
        target_name = node_name or fault.default_node(ctx.model)
        try:
            node = ctx.model.node(target_name)
        except KeyError as err:
            raise FaultError(str(err.args[0])) from err
    active = ActiveFault(name, target_name)
    ctx.model.faults.append(active)
    try:
        active.detail = fault.apply(ctx, node)
    except Exception:
        ctx.model.faults.remove(active)
        raise
    ctx.save()
    return active


def fix_fault(ctx: LabContext, name: str) -> ActiveFault:
    active = ctx.model.fault(name)
    if active is None:
        raise FaultError(f"{name} is not active")
    fault = FAULTS[name]
    node = ctx.model.nodes[0] if active.node == "all" else ctx.model.node(active.node)
    ctx.model.faults.remove(active)
    fault.revert(ctx, node, active)
    ctx.save()
    return active
