"""The resolver faults (helper "resolver"): NodeLocal DNSCache stopped on the client's node, and a client
pod whose dnsConfig lost its namespace search domains. Registered in `lab.faults.FAULTS`.
"""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING, Any

from lab import nodelocal, pod_dns
from lab.model import CLUSTER_DOMAIN, ActiveFault, LabModel, Node, client_pod

if TYPE_CHECKING:
    from lab.fault_base import LabContext


def needs_node_local_dns(model: LabModel) -> str | None:
    if model.node_local_dns:
        return None
    return "needs NodeLocal DNSCache, which only the node-local-dns profile deploys (lab up --profile node-local-dns)"


def _cache_pod(model: LabModel, node: Node) -> Any:
    return next(p for p in model.pods if p.labels.get("k8s-app") == "node-local-dns" and p.node == node.name)


# --- nodelocal-down ------------------------------------------------------------------------------
def nodelocal_down(ctx: LabContext, node: Node) -> dict[str, Any]:
    """The cache on the node stops answering (its process stopped, as a hung node-cache), and its pod's
    readiness probe fails: Ready False in the API. The dummy device and the rules stay, as they do when
    node-cache dies without tearing down."""
    if not nodelocal.signal_cache(ctx.paths, node, signal.SIGSTOP):
        raise RuntimeError(f"NodeLocal DNSCache is not running on {node.name}")
    pod = _cache_pod(ctx.model, node)
    pod.ready = False
    return {"pod": pod.name}


def nodelocal_up(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    nodelocal.signal_cache(ctx.paths, node, signal.SIGCONT)
    _cache_pod(ctx.model, node).ready = True


# --- client-ndots --------------------------------------------------------------------------------
def client_ndots(ctx: LabContext, node: Node) -> dict[str, Any]:
    """Someone "tuned" the client's DNS: dnsPolicy None, a dnsConfig that keeps the nameserver and ndots:5
    but whose search list lost the namespace domain. The API object and the pod's resolv.conf both change;
    the short name default-keystone no longer becomes default-keystone.onecloud.svc.cluster.local."""
    pod = client_pod(ctx.model)
    previous = {"dns_policy": pod.dns_policy, "dns_config": pod.dns_config}
    pod.dns_policy = "None"
    pod.dns_config = {
        "nameservers": [ctx.model.pod_nameserver],
        "searches": [f"svc.{CLUSTER_DOMAIN}", CLUSTER_DOMAIN],
        "options": [{"name": "ndots", "value": "5"}],
    }
    pod_dns.write(ctx.model, pod)
    return {"pod": pod.name, "previous": previous}


def client_ndots_revert(ctx: LabContext, node: Node, fault: ActiveFault) -> None:
    pod = client_pod(ctx.model)
    pod.dns_policy = fault.detail["previous"]["dns_policy"]
    pod.dns_config = fault.detail["previous"]["dns_config"]
    pod_dns.write(ctx.model, pod)
