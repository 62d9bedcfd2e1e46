"""kube-proxy's Service NAT on a lab node, written as kube-proxy's iptables mode writes it.

The chain names use kube-proxy's own hash (base32 of sha256 of "ns/svc:port" + protocol), so the rules
read exactly like a real node's `iptables-save -t nat`. In `ipvs` mode the kernel would hold the same
virtual services in IP_VS; this kernel has no IP_VS, so the NAT is done by these rules in both modes and
the lab's `ipvsadm` stand-in (lab/standins/ipvsadm.py) prints them as an IPVS table.

The filter table carries what Calico's Felix adds for workloads on a node whose FORWARD policy is DROP
(as Docker leaves it): forwarded traffic is accepted only from or to a local workload interface (cali+),
so a packet that arrives over the tunnel for a pod that is not here is dropped, not relayed.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from lab.model import LabModel, Node, Service, ServicePort


def _hash16(text: str) -> str:
    return base64.b32encode(hashlib.sha256(text.encode()).digest()).decode()[:16]


def svc_chain(svc: Service, port: ServicePort) -> str:
    return "KUBE-SVC-" + _hash16(f"{svc.namespace}/{svc.name}:{port.name}{port.protocol.lower()}")


def sep_chain(svc: Service, port: ServicePort, endpoint: str) -> str:
    return "KUBE-SEP-" + _hash16(f"{svc.namespace}/{svc.name}:{port.name}{port.protocol.lower()}{endpoint}")


@dataclass(frozen=True)
class NatView:
    """What one node's kube-proxy believes: the endpoints it programs for each Service."""

    endpoints: dict[tuple[str, str], list[str]]  # (namespace, name) -> pod IPs
    omitted: frozenset[tuple[str, str]] = frozenset()


def node_view(model: LabModel, node: Node) -> NatView:
    endpoints = {(s.namespace, s.name): [p.ip for p in model.endpoints(s)] for s in model.services}
    omitted: set[tuple[str, str]] = set()
    for fault in model.faults:
        if fault.node != node.name:
            continue
        if fault.name == "nat-missing":
            omitted.add(("kube-system", "kube-dns"))
        elif fault.name in ("nat-stale", "kube-proxy-stale") and "programmed" in fault.detail:
            # nat-stale: the node's rules went wrong; kube-proxy-stale (kpcalico): it stopped syncing
            endpoints[("kube-system", "kube-dns")] = list(fault.detail["programmed"])
    return NatView(endpoints, frozenset(omitted))


def render_nat(model: LabModel, node: Node) -> str:
    view = node_view(model, node)
    pod_cidr = "10.40.0.0/16"
    chains = ["KUBE-SERVICES", "KUBE-POSTROUTING", "KUBE-MARK-MASQ", "KUBE-NODEPORTS"]
    rules = [
        '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
        '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
        '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
        "-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000",
        "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
        "-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0",
        '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" '
        "-j MASQUERADE --random-fully",
    ]
    for svc in model.services:
        key = (svc.namespace, svc.name)
        if not svc.nat or key in view.omitted:
            continue
        ips = view.endpoints.get(key, [])
        for port in svc.ports:
            proto = port.protocol.lower()
            name = f"{svc.namespace}/{svc.name}:{port.name}"
            if not ips:
                continue  # kube-proxy writes a REJECT in the filter table; here: no NAT at all
            chain = svc_chain(svc, port)
            chains.append(chain)
            match = (
                f'-d {svc.cluster_ip}/32 -p {proto} -m comment --comment "{name} cluster IP" '
                f"-m {proto} --dport {port.port}"
            )
            rules.append(f"-A KUBE-SERVICES {match} -j {chain}")
            rules.append(f"-A {chain} ! -s {pod_cidr} {match} -j KUBE-MARK-MASQ")
            for i, ip in enumerate(ips):
                endpoint = f"{ip}:{port.target_port}"
                sep = sep_chain(svc, port, endpoint)
                chains.append(sep)
                remaining = len(ips) - i
                stat = f" -m statistic --mode random --probability {1 / remaining:.11f}" if remaining > 1 else ""
                rules.append(f'-A {chain} -m comment --comment "{name} -> {endpoint}"{stat} -j {sep}')
                rules.append(f'-A {sep} -s {ip}/32 -m comment --comment "{name}" -j KUBE-MARK-MASQ')
                rules.append(
                    f'-A {sep} -p {proto} -m comment --comment "{name}" -m {proto} -j DNAT --to-destination {endpoint}'
                )
    # coredns-health: Calico's natOutgoing (the IPPools' default): pod traffic leaving the pools is
    # masqueraded to the node's address, so CoreDNS reaches its upstream on the underlay
    chains += ["cali-POSTROUTING", "cali-nat-outgoing"]
    rules += [
        '-A POSTROUTING -m comment --comment "cali:O3lYWMrLQYEMJtB5" -j cali-POSTROUTING',
        '-A cali-POSTROUTING -m comment --comment "cali:nYKhEzDlr11Jccal" -j cali-nat-outgoing',
        *(f"-A cali-nat-outgoing -d {p.cidr} -j RETURN" for p in model.pools),
        *(
            f'-A cali-nat-outgoing -s {p.cidr} -m comment --comment "cali:flqWnvo8yq4ULQLa" '
            "-j MASQUERADE --random-fully"
            for p in model.pools
        ),
    ]
    head = [
        "*nat",
        ":PREROUTING ACCEPT [0:0]",
        ":INPUT ACCEPT [0:0]",
        ":OUTPUT ACCEPT [0:0]",
        ":POSTROUTING ACCEPT [0:0]",
        *(f":{c} - [0:0]" for c in chains),
    ]
    return "\n".join([*head, *rules, "COMMIT"]) + "\n"


def render_filter() -> str:
    return (
        "\n".join(
            [
                "*filter",
                ":INPUT ACCEPT [0:0]",
                ":FORWARD DROP [0:0]",
                ":OUTPUT ACCEPT [0:0]",
                ":cali-FORWARD - [0:0]",
                '-A FORWARD -m comment --comment "cali:wUHhoiAYhphO9Mso" -j cali-FORWARD',
                '-A cali-FORWARD -i cali+ -m comment --comment "cali:from-workload" -j ACCEPT',
                '-A cali-FORWARD -o cali+ -m comment --comment "cali:to-workload" -j ACCEPT',
                "COMMIT",
            ]
        )
        + "\n"
    )


def render_node_rules(model: LabModel, node: Node) -> str:
    """Both tables, for one `iptables-restore` that replaces them whole (a full kube-proxy resync)."""
    return render_nat(model, node) + render_filter()
