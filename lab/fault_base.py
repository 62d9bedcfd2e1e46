"""What every lab fault module shares: the fault's shape, the lab it acts on, and the predicates that say
whether a fault can be made in a lab (lab/faults.py registers the faults)."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lab.model import ActiveFault, LabModel, Node, Pod, client_pod
from lab.paths import LabPaths


class FaultError(ValueError):
    pass


@dataclass
class LabContext:
    paths: LabPaths
    model: LabModel

    def save(self) -> None:
        self.model.save(self.paths.state)


Apply = Callable[[LabContext, Node], dict[str, Any]]
Revert = Callable[[LabContext, Node, ActiveFault], None]
Applies = Callable[[LabModel], str | None]  # why the fault cannot be made in this lab (None: it can)


def always(model: LabModel) -> str | None:
    return None


def needs_tunnel(model: LabModel) -> str | None:
    return None if model.encapsulated else "needs a tunnel: this lab's pools use no encapsulation"


def needs_tunnel_to_coredns(model: LabModel) -> str | None:
    if not model.encapsulated:
        return "needs a tunnel: this lab's pools use no encapsulation (the underlay carries pod addresses)"
    client = model.node(client_pod(model).node)
    if not any(tunnelled_to(model, client, p) for p in remote_coredns(model, client)):
        return "the client's node reaches CoreDNS without the tunnel here"
    return None


def needs_configured_mtu(model: LabModel) -> str | None:
    if not model.encapsulated:
        return "needs a tunnel: this lab's pools use no encapsulation"
    if model.mtu_auto:
        return (
            "needs an MTU in Calico's configuration to disagree with: with auto MTU felix sizes the devices "
            "from the NIC, so jumbo NICs are followed, not contradicted"
        )
    return None


def needs_three_nodes(model: LabModel) -> str | None:
    return None if len(model.nodes) >= 3 else "needs a third node to point the route at (lab up --nodes 3)"


@dataclass(frozen=True)
class Fault:
    name: str
    breaks_dns: bool
    summary: str
    apply: Apply
    revert: Revert
    scope: str = "node"  # "node": one node (default: the client pod's); "cluster": every node
    note: str = ""
    applies: Applies = always

    def default_node(self, model: LabModel) -> str:
        if self.scope == "cluster":
            return "all"
        if self.name == "coredns-down":
            return model.pods_by_app("coredns")[0].node
        return client_pod(model).node


def remote_coredns(model: LabModel, node: Node) -> list[Pod]:
    return [p for p in model.pods_by_app("coredns") if p.node != node.name]


def block_of(model: LabModel, pod: Pod) -> str:
    owner = model.node(pod.node)
    return next(b for b in owner.blocks if ipaddress.ip_address(pod.ip) in ipaddress.ip_network(b))


def tunnelled_to(model: LabModel, node: Node, pod: Pod) -> bool:
    return model.tunnelled(node, model.node(pod.node), block_of(model, pod))
