"""Calico's side of the lab as API objects: calico-node's environment, FelixConfigurations, IPPools,
block affinities and IPAM blocks (crd.projectcalico.org/v1), as a manifest install of Calico holds them."""

from __future__ import annotations

import ipaddress

from lab.apiserver.meta import Obj, object_meta, uid
from lab.model import BLOCK_PREFIX, POD_CIDR, LabModel


def calico_node_env(model: LabModel) -> list[Obj]:
    return [
        {"name": "DATASTORE_TYPE", "value": "kubernetes"},
        {"name": "WAIT_FOR_DATASTORE", "value": "true"},
        {"name": "NODENAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
        {
            "name": "CALICO_NETWORKING_BACKEND",
            "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "calico_backend"}},
        },
        {"name": "CLUSTER_TYPE", "value": "k8s"},
        {"name": "IP", "value": "autodetect"},
        {"name": "IP_AUTODETECTION_METHOD", "value": model.autodetection_method},
        {"name": "CALICO_IPV4POOL_IPIP", "value": "Never"},
        {"name": "CALICO_IPV4POOL_VXLAN", "value": "Always"},
        {"name": "CALICO_IPV4POOL_CIDR", "value": str(POD_CIDR)},
        {"name": "FELIX_IPINIPMTU", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "veth_mtu"}}},
        {"name": "FELIX_VXLANMTU", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "veth_mtu"}}},
        {"name": "CALICO_DISABLE_FILE_LOGGING", "value": "true"},
        {"name": "FELIX_DEFAULTENDPOINTTOHOSTACTION", "value": "ACCEPT"},
        {"name": "FELIX_IPV6SUPPORT", "value": "false"},
        {"name": "FELIX_HEALTHENABLED", "value": "true"},
    ]


def _crd(kind: str, name: str, spec: Obj, created: str) -> Obj:
    return {
        "kind": kind,
        "apiVersion": "crd.projectcalico.org/v1",
        "metadata": {**object_meta(kind, name, created), "generation": 1},
        "spec": spec,
    }


def felix_configurations(model: LabModel, created: str) -> list[Obj]:
    out = [
        _crd(
            "FelixConfiguration",
            "default",
            {
                "bpfLogLevel": "",
                "floatingIPs": "Disabled",
                "logSeverityScreen": "Info",
                "reportingInterval": "0s",
                "ipipEnabled": False,
                "vxlanEnabled": True,
                "vxlanVNI": 4096,
                "vxlanPort": 4789,
                "vxlanMTU": model.vxlan_mtu,
                "ipipMTU": model.veth_mtu,
            },
            created,
        )
    ]
    for node in model.nodes:
        if not node.vxlan_enabled:
            out.append(_crd("FelixConfiguration", f"node.{node.name}", {"vxlanEnabled": False}, created))
    return out


def ip_pools(model: LabModel, created: str) -> list[Obj]:
    return [
        _crd(
            "IPPool",
            "default-ipv4-ippool",
            {
                "allowedUses": ["Workload", "Tunnel"],
                "blockSize": BLOCK_PREFIX,
                "cidr": str(POD_CIDR),
                "ipipMode": "Never",
                "natOutgoing": True,
                "nodeSelector": "all()",
                "vxlanMode": "Always",
            },
            created,
        )
    ]


def _block_name(cidr: str) -> str:
    return cidr.replace(".", "-").replace("/", "-")


def block_affinities(model: LabModel, created: str) -> list[Obj]:
    return [
        _crd(
            "BlockAffinity",
            f"{n.name}-{_block_name(n.block)}",
            {"cidr": n.block, "deleted": "false", "node": n.name, "state": "confirmed"},
            created,
        )
        for n in model.nodes
    ]


def ipam_blocks(model: LabModel, created: str) -> list[Obj]:
    out = []
    for node in model.nodes:
        net = ipaddress.ip_network(node.block)
        allocations: list[int | None] = [None] * net.num_addresses
        attributes: list[Obj] = []
        owners = [
            (
                node.tunnel_ip,
                {
                    "handle_id": f"vxlan-tunnel-addr-{node.name}",
                    "secondary": {"node": node.name, "type": "vxlanTunnelAddress"},
                },
            )
        ]
        owners += [
            (
                p.ip,
                {
                    "handle_id": f"k8s-pod-network.{uid('container', p.name).replace('-', '')}",
                    "secondary": {
                        "namespace": p.namespace,
                        "node": node.name,
                        "pod": p.name,
                        "timestamp": created.replace("T", " ").rstrip("Z"),
                    },
                },
            )
            for p in model.netns_pods()
            if p.node == node.name
        ]
        for ip, attr in owners:
            allocations[int(ipaddress.ip_address(ip)) - int(net.network_address)] = len(attributes)
            attributes.append(attr)
        unallocated = [i for i, a in enumerate(allocations) if a is None]
        out.append(
            _crd(
                "IPAMBlock",
                _block_name(node.block),
                {
                    "cidr": node.block,
                    "affinity": f"host:{node.name}",
                    "allocations": allocations,
                    "attributes": attributes,
                    "unallocated": unallocated,
                    "deleted": False,
                    "sequenceNumber": 1,
                    "sequenceNumberForAllocation": {},
                    "strictAffinity": False,
                },
                created,
            )
        )
    return out
