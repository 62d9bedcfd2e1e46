"""The lab's kernel side: network namespaces, the underlay bridge, Calico's VXLAN wiring, pods.

Everything is built from the model with `ip -batch`/`bridge -batch` (one process per namespace), so a
50-node lab is a few hundred process starts, not thousands. Nothing here touches the machine's own
network namespace: the underlay bridge lives in `podnet-underlay`, and no lab route or address is ever
added to the root namespace.
"""

from __future__ import annotations

from lab import kubeproxy
from lab.model import (
    NIC_MTU,
    SECOND_NIC_CIDR,
    UNDERLAY_CIDR,
    VXLAN_PORT,
    VXLAN_VNI,
    LabModel,
    Node,
    Pod,
)
from lab.names import lab_of_netns, netns_prefix
from lab.paths import NETNS_PREFIX
from lab.sh import in_netns, ip_batch, run, sysctl

UNDERLAY_NS = f"{NETNS_PREFIX}underlay"  # the default lab's; a named lab's: underlay_ns(name)
BASTION_NS = f"{NETNS_PREFIX}bastion"
UNDERLAY_BRIDGE = "br-underlay"
SECOND_BRIDGE = "br-storage"
SECOND_GATEWAY = str(SECOND_NIC_CIDR.network_address + 1)
UNDERLAY_PREFIX = UNDERLAY_CIDR.prefixlen
VXLAN_DEV = "vxlan.calico"

# The underlay's own firewall (the "switch"): a chain that faults add their drops to.
UNDERLAY_FILTER = (
    "\n".join(
        [
            "*filter",
            ":INPUT ACCEPT [0:0]",
            ":FORWARD ACCEPT [0:0]",
            ":OUTPUT ACCEPT [0:0]",
            ":LAB-UNDERLAY - [0:0]",
            "-A FORWARD -j LAB-UNDERLAY",
            "COMMIT",
        ]
    )
    + "\n"
)


def underlay_ns(lab: str) -> str:
    """The underlay namespace of the lab called `lab` ("" the default lab: podnet-underlay)."""
    return f"{netns_prefix(lab)}underlay"


def bastion_ns(lab: str) -> str:
    return f"{netns_prefix(lab)}bastion"


def all_netns(model: LabModel) -> list[str]:
    return [
        underlay_ns(model.name),
        bastion_ns(model.name),
        *(n.netns for n in model.nodes),
        *(p.netns for p in model.netns_pods()),
    ]


def _netns_list() -> list[str]:
    out = run(["ip", "netns", "list"], check=False)
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def existing_lab_netns(lab: str = "") -> list[str]:
    """The namespaces of the lab called `lab` ("" the default lab), found by name only (lab/names.py)."""
    return [n for n in _netns_list() if lab_of_netns(n) == lab]


def every_lab_netns() -> list[str]:
    """Every namespace any lab (or a crashed one) left: `podnet-…`."""
    return [n for n in _netns_list() if n.startswith(NETNS_PREFIX)]


def create_namespaces(model: LabModel) -> None:
    ip_batch(None, [f"netns add {name}" for name in all_netns(model)])


def build_underlay(model: LabModel) -> None:
    underlay, bastion = underlay_ns(model.name), bastion_ns(model.name)
    lines = [
        "link set lo up",
        f"link add {UNDERLAY_BRIDGE} type bridge",
        f"addr add {model.underlay_gateway}/{UNDERLAY_PREFIX} dev {UNDERLAY_BRIDGE}",
        f"link set {UNDERLAY_BRIDGE} up",
        f"link add bastion-eth0 type veth peer name eth0 netns {bastion}",
        f"link set bastion-eth0 master {UNDERLAY_BRIDGE} up",
    ]
    for node in model.nodes:
        lines += [
            f"link add {node.underlay_port} type veth peer name eth0 netns {node.netns}",
            f"link set {node.underlay_port} master {UNDERLAY_BRIDGE} up",
        ]
    gateways = sorted({(n.gateway, n.prefix) for n in model.nodes if n.gateway != model.underlay_gateway})
    lines += [f"addr add {gw}/{prefix} dev {UNDERLAY_BRIDGE}" for gw, prefix in gateways]
    ip_batch(underlay, lines)
    if gateways:  # crosssubnet: the underlay is the router between the nodes' subnets
        sysctl(
            underlay,
            {
                "net.ipv4.ip_forward": 1,
                "net.ipv4.conf.all.send_redirects": 0,
                f"net.ipv4.conf.{UNDERLAY_BRIDGE}.send_redirects": 0,
            },
        )
    # br_netfilter: the underlay's iptables sees bridged frames, so faults can drop them "on the wire".
    sysctl(underlay, {"net.bridge.bridge-nf-call-iptables": 1})
    run(in_netns(underlay, ["iptables-restore"]), stdin=UNDERLAY_FILTER)
    ip_batch(
        bastion,
        [
            "link set lo up",
            f"addr add {model.bastion_ip}/{UNDERLAY_PREFIX} dev eth0",
            "link set eth0 up",
        ],
    )


def route_lines(model: LabModel, node: Node) -> list[str]:
    """The routes felix (VXLAN, CrossSubnet's direct ones) or BIRD (no encapsulation) programs on `node`
    for every block of every peer."""
    lines = []
    for peer in model.nodes:
        if peer.name == node.name or (model.encapsulated and not peer.vxlan_enabled):
            continue
        for block in peer.blocks:
            if model.tunnelled(node, peer, block) and not node.vxlan_enabled:
                continue
            lines.append(f"route replace {block} {' '.join(model.route_spec(node, peer, block))}")
    return lines


def vxlan_lines(model: LabModel, node: Node) -> list[str]:
    """Felix's VXLAN programming for one node: device, tunnel address, a neighbour per peer."""
    lines = [
        f"link add {VXLAN_DEV} type vxlan id {VXLAN_VNI} dstport {VXLAN_PORT} "
        f"local {node.detected_ip} dev {node.detected_iface} nolearning",
        f"link set {VXLAN_DEV} address {node.vtep_mac} mtu {model.vxlan_mtu} up",
        f"addr add {node.tunnel_ip}/32 dev {VXLAN_DEV}",
    ]
    for peer in model.nodes:
        if peer.name == node.name or not peer.vxlan_enabled:
            continue
        lines.append(f"neigh add {peer.tunnel_ip} lladdr {peer.vtep_mac} dev {VXLAN_DEV} nud permanent")
    return lines


def fdb_lines(model: LabModel, node: Node) -> list[str]:
    return [
        f"fdb add {peer.vtep_mac} dev {VXLAN_DEV} dst {peer.detected_ip}"
        for peer in model.nodes
        if peer.name != node.name and peer.vxlan_enabled
    ]


def program_vxlan(model: LabModel, node: Node) -> None:
    ip_batch(node.netns, vxlan_lines(model, node) + route_lines(model, node))
    ip_batch(node.netns, fdb_lines(model, node), tool="bridge")
    set_vxlan_checksum(node, enabled=False)


def set_vxlan_checksum(node: Node, *, enabled: bool) -> None:
    """vxlan.calico's tx-checksum-ip-generic, which felix turns off with featureDetectOverride
    ChecksumOffloadBroken=true (the lab's FelixConfiguration), as it does on kernels before 5.7."""
    state = "on" if enabled else "off"
    run(in_netns(node.netns, ["ethtool", "-K", VXLAN_DEV, "tx-checksum-ip-generic", state]))


def program_routes(model: LabModel, node: Node) -> None:
    ip_batch(node.netns, route_lines(model, node))


def remove_vxlan(node: Node) -> None:
    run(["ip", "-n", node.netns, "link", "del", VXLAN_DEV], check=False)


def build_node(model: LabModel, node: Node) -> None:
    pods = [p for p in model.netns_pods() if p.node == node.name]
    lines = [
        "link set lo up",
        f"addr add {node.ip}/{node.prefix} dev eth0",
        f"link set eth0 mtu {NIC_MTU} up",
        f"route add default via {node.gateway} dev eth0",
        *(f"route add blackhole {block} proto {80 if model.encapsulated else 'bird'}" for block in node.blocks),
    ]
    tunnel = model.encapsulated and node.vxlan_enabled
    if tunnel:
        lines += vxlan_lines(model, node)
    lines += route_lines(model, node)
    for pod in pods:
        lines += [
            f"link add {pod.host_iface} mtu {model.veth_mtu} type veth peer name eth0 netns {pod.netns}",
            f"link set {pod.host_iface} up",
            f"route add {pod.ip}/32 dev {pod.host_iface} scope link",
        ]
    ip_batch(node.netns, lines)
    if tunnel:
        ip_batch(node.netns, fdb_lines(model, node), tool="bridge")
        set_vxlan_checksum(node, enabled=False)
    settings: dict[str, str | int] = {
        "net.ipv4.ip_forward": 1,
        "net.ipv4.conf.all.rp_filter": 1,
        "net.ipv4.conf.default.rp_filter": 1,
    }
    for pod in pods:
        settings[f"net.ipv4.conf.{pod.host_iface}.proxy_arp"] = 1
        settings[f"net.ipv4.neigh.{pod.host_iface}.proxy_delay"] = 0
    sysctl(node.netns, settings)
    run(in_netns(node.netns, ["iptables-restore"]), stdin=kubeproxy.render_node_rules(model, node))
    set_offloads(node, enabled=False)
    for pod in pods:
        build_pod(model, pod)


def set_offloads(node: Node, *, enabled: bool) -> None:
    """The runbook's kernel note, applied: rx/tx checksum offload and GSO off on the node's NIC."""
    state = "on" if enabled else "off"
    run(in_netns(node.netns, ["ethtool", "-K", "eth0", "rx", state, "tx", state, "gso", state]))


def build_pod(model: LabModel, pod: Pod) -> None:
    ip_batch(
        pod.netns,
        [
            "link set lo up",
            f"addr add {pod.ip}/32 dev eth0",
            "link set eth0 up",
            "route add 169.254.1.1 dev eth0 scope link",
            "route add default via 169.254.1.1 dev eth0",
        ],
    )


def sync_nat(model: LabModel, node: Node) -> None:
    """Rewrite the node's kube-proxy rules from the model, as a kube-proxy resync does."""
    run(in_netns(node.netns, ["iptables-restore"]), stdin=kubeproxy.render_node_rules(model, node))


def set_mtus(model: LabModel, node: Node, nic_mtu: int, vxlan_mtu: int, veth_mtu: int) -> None:
    """Device MTUs on one node. The NIC goes first when growing and last when shrinking: the kernel
    keeps vxlan.calico at most its parent's MTU minus the 50 bytes of VXLAN overhead."""
    pods = [p for p in model.netns_pods() if p.node == node.name]
    nic = [f"link set eth0 mtu {nic_mtu}"]
    inner = [f"link set {VXLAN_DEV} mtu {vxlan_mtu}"] if model.encapsulated and node.vxlan_enabled else []
    inner += [f"link set {p.host_iface} mtu {veth_mtu}" for p in pods]
    current = int(run(["ip", "-n", node.netns, "-o", "link", "show", "eth0"]).split(" mtu ")[1].split()[0])
    # Flushing the route cache drops what the old MTUs left behind (vxlan's cached underlay route,
    # learned path MTUs), as re-plumbing a node's network does; otherwise the kernel's tunnel PMTU
    # discovery keeps answering with the old value and hides the new mismatch for a while.
    flush = ["route flush cache"]
    ip_batch(node.netns, (nic + inner if nic_mtu >= current else inner + nic) + flush)
    for pod in pods:
        ip_batch(pod.netns, [f"link set eth0 mtu {veth_mtu}", *flush])


def add_second_nics(model: LabModel) -> None:
    lines = [
        f"link add {SECOND_BRIDGE} type bridge",
        f"addr add {SECOND_GATEWAY}/{SECOND_NIC_CIDR.prefixlen} dev {SECOND_BRIDGE}",
        f"link set {SECOND_BRIDGE} up",
    ]
    for node in model.nodes:
        lines += [
            f"link add {node.second_port} type veth peer name eth1 netns {node.netns}",
            f"link set {node.second_port} master {SECOND_BRIDGE} up",
        ]
    ip_batch(underlay_ns(model.name), lines)
    for node in model.nodes:
        ip_batch(
            node.netns,
            [
                f"addr add {node.second_ip}/{SECOND_NIC_CIDR.prefixlen} dev eth1",
                f"link set eth1 mtu {NIC_MTU} up",
            ],
        )


def remove_second_nics(model: LabModel) -> None:
    lines = [f"link del {n.second_port}" for n in model.nodes]
    underlay = underlay_ns(model.name)
    run(["ip", "-n", underlay, "-force", "-batch", "-"], stdin="\n".join(lines) + "\n", check=False)
    run(["ip", "-n", underlay, "link", "del", SECOND_BRIDGE], check=False)


def underlay_drop(a: Node, b: Node, *, add: bool) -> None:
    """Drop VXLAN between two nodes on the wire (both directions), in the underlay's firewall."""
    action = "-A" if add else "-D"
    for src, dst in ((a, b), (b, a)):
        rule = [
            "iptables",
            action,
            "LAB-UNDERLAY",
            "-p",
            "udp",
            "--dport",
            str(VXLAN_PORT),
            "-s",
            src.ip,
            "-d",
            dst.ip,
            "-m",
            "comment",
            "--comment",
            "fault link-drop",
            "-j",
            "DROP",
        ]
        run(in_netns(underlay_ns(a.lab), rule), check=add)


def delete_namespaces(names: list[str]) -> None:
    if names:
        run(["ip", "-force", "-batch", "-"], stdin="".join(f"netns del {n}\n" for n in names), check=False)
