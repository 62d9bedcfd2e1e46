"""Calico's side of the lab as API objects: calico-node's environment, FelixConfigurations, IPPools,
block affinities and IPAM blocks (crd.projectcalico.org/v1), as a manifest install of Calico holds them."""

from __future__ import annotations

import ipaddress

from lab.apiserver.meta import CALICO_VERSION, Obj, object_meta, uid
from lab.model import BLOCK_PREFIX, LabModel


def _backend(model: LabModel) -> str:
    return "vxlan" if model.encapsulated else "bird"


def _pool_mode(model: LabModel) -> str:
    return model.pools[0].vxlan_mode


def calico_node_env(model: LabModel) -> list[Obj]:
    if model.install == "operator":
        return operator_calico_node_env(model)
    return [
        {"name": "DATASTORE_TYPE", "value": "kubernetes"},
        {"name": "WAIT_FOR_DATASTORE", "value": "true"},
        {"name": "NODENAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
        {
            "name": "CALICO_NETWORKING_BACKEND",
            "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "calico_backend"}},
        },
        {"name": "CLUSTER_TYPE", "value": "k8s" if model.encapsulated else "k8s,bgp"},
        {"name": "IP", "value": "autodetect"},
        {"name": "IP_AUTODETECTION_METHOD", "value": model.autodetection_method},
        {"name": "CALICO_IPV4POOL_IPIP", "value": "Never"},
        {"name": "CALICO_IPV4POOL_VXLAN", "value": _pool_mode(model)},
        {"name": "CALICO_IPV4POOL_CIDR", "value": model.pools[0].cidr},
        {"name": "FELIX_IPINIPMTU", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "veth_mtu"}}},
        {"name": "FELIX_VXLANMTU", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "veth_mtu"}}},
        {"name": "CALICO_DISABLE_FILE_LOGGING", "value": "true"},
        {"name": "FELIX_DEFAULTENDPOINTTOHOSTACTION", "value": "ACCEPT"},
        {"name": "FELIX_IPV6SUPPORT", "value": "false"},
        {"name": "FELIX_HEALTHENABLED", "value": "true"},
    ]


def _operator_autodetection(model: LabModel) -> Obj:
    method = model.autodetection_method
    if method.startswith("can-reach="):
        return {"canReach": method.split("=", 1)[1]}
    if method == "first-found":
        return {"firstFound": True}
    if method == "kubernetes-internal-ip":
        return {"kubernetes": "NodeInternalIP"}
    return {"interface": method.split("=", 1)[-1]}


def operator_calico_node_env(model: LabModel) -> list[Obj]:
    """calico-node's environment as the operator renders it from the Installation."""
    mtu = [] if model.mtu_auto else [model.vxlan_mtu if model.encapsulated else model.veth_mtu]
    return [
        {"name": "DATASTORE_TYPE", "value": "kubernetes"},
        {"name": "WAIT_FOR_DATASTORE", "value": "true"},
        {"name": "CLUSTER_TYPE", "value": "k8s,operator" + ("" if model.encapsulated else ",bgp")},
        {"name": "CALICO_DISABLE_FILE_LOGGING", "value": "false"},
        {"name": "FELIX_DEFAULTENDPOINTTOHOSTACTION", "value": "ACCEPT"},
        {"name": "FELIX_HEALTHENABLED", "value": "true"},
        {"name": "FELIX_HEALTHPORT", "value": "9099"},
        {"name": "NODENAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
        {"name": "NAMESPACE", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.namespace"}}},
        {"name": "FELIX_TYPHAK8SNAMESPACE", "value": "calico-system"},
        {"name": "FELIX_TYPHAK8SSERVICENAME", "value": "calico-typha"},
        {"name": "CALICO_MANAGE_CNI", "value": "true"},
        {"name": "CALICO_NETWORKING_BACKEND", "value": _backend(model)},
        {"name": "IP", "value": "autodetect"},
        {"name": "IP_AUTODETECTION_METHOD", "value": model.autodetection_method},
        {"name": "IP6", "value": "none"},
        {"name": "FELIX_IPV6SUPPORT", "value": "false"},
        *(
            {"name": name, "value": str(mtu[0])}
            for name in ("FELIX_VXLANMTU", "FELIX_WIREGUARDMTU", "FELIX_IPINIPMTU")
            if mtu
        ),
    ]


def installation(model: LabModel, created: str) -> Obj:
    """The Tigera operator's Installation `default` (operator.tigera.io/v1, cluster-scoped)."""
    encapsulation = {"Always": "VXLAN", "CrossSubnet": "VXLANCrossSubnet", "Never": "None"}
    network: Obj = {
        "bgp": "Disabled" if model.encapsulated else "Enabled",
        "hostPorts": "Enabled",
        "linuxDataplane": "Iptables",
        "multiInterfaceMode": "None",
        "nodeAddressAutodetectionV4": _operator_autodetection(model),
        "ipPools": [
            {
                "blockSize": BLOCK_PREFIX,
                "cidr": p.cidr,
                "disableBGPExport": False,
                "encapsulation": encapsulation[p.vxlan_mode],
                "natOutgoing": "Enabled",
                "nodeSelector": "all()",
            }
            for p in model.pools
        ],
    }
    if not model.mtu_auto:
        network["mtu"] = model.vxlan_mtu if model.encapsulated else model.veth_mtu
    return {
        "kind": "Installation",
        "apiVersion": "operator.tigera.io/v1",
        "metadata": {**object_meta("Installation", "default", created), "generation": 2},
        "spec": {
            "calicoNetwork": network,
            "cni": {"ipam": {"type": "Calico"}, "type": "Calico"},
            "controlPlaneReplicas": 2,
            "flexVolumePath": "/usr/libexec/kubernetes/kubelet-plugins/volume/exec/",
            "kubeletVolumePluginPath": "/var/lib/kubelet",
            "nodeUpdateStrategy": {"rollingUpdate": {"maxUnavailable": 1}, "type": "RollingUpdate"},
            "nonPrivileged": "Disabled",
            "variant": "Calico",
        },
        "status": {
            "calicoVersion": CALICO_VERSION,
            "mtu": model.vxlan_mtu if model.encapsulated else model.veth_mtu,
            "variant": "Calico",
            "conditions": [
                {
                    "type": "Ready",
                    "status": "True",
                    "reason": "AllObjectsAvailable",
                    "message": "All Objects Available",
                    "lastTransitionTime": created,
                    "observedGeneration": 2,
                }
            ],
        },
    }


def _crd(kind: str, name: str, spec: Obj, created: str) -> Obj:
    return {
        "kind": kind,
        "apiVersion": "crd.projectcalico.org/v1",
        "metadata": {**object_meta(kind, name, created), "generation": 1},
        "spec": spec,
    }


def felix_configurations(model: LabModel, created: str) -> list[Obj]:
    spec: Obj = {"bpfLogLevel": "", "floatingIPs": "Disabled", "logSeverityScreen": "Info", "reportingInterval": "0s"}
    if model.install == "operator":
        spec["healthPort"] = 9099  # what the operator writes; the MTU is in calico-node's environment
    elif model.encapsulated:
        spec |= {"ipipEnabled": False, "vxlanEnabled": True, "vxlanVNI": 4096, "vxlanPort": 4789}
        if not model.mtu_auto:
            spec |= {"vxlanMTU": model.vxlan_mtu, "ipipMTU": model.veth_mtu}
    if model.encapsulated:
        # as RKE2 and kubespray ship it: felix keeps vxlan.calico's checksum offload off on any kernel
        # (projectcalico/calico#3145); the lab's devices follow (lab.netns.set_vxlan_checksum)
        spec["featureDetectOverride"] = "ChecksumOffloadBroken=true"
    out = [_crd("FelixConfiguration", "default", spec, created)]
    for node in model.nodes:
        if not node.vxlan_enabled:
            out.append(_crd("FelixConfiguration", f"node.{node.name}", {"vxlanEnabled": False}, created))
    return out


def ip_pools(model: LabModel, created: str) -> list[Obj]:
    return [
        _crd(
            "IPPool",
            p.name,
            {
                "allowedUses": ["Workload", "Tunnel"],
                "blockSize": BLOCK_PREFIX,
                "cidr": p.cidr,
                "ipipMode": "Never",
                "natOutgoing": True,
                "nodeSelector": "all()",
                "vxlanMode": p.vxlan_mode,
            },
            created,
        )
        for p in model.pools
    ]


def _block_name(cidr: str) -> str:
    return cidr.replace(".", "-").replace("/", "-")


def block_affinities(model: LabModel, created: str) -> list[Obj]:
    return [
        _crd(
            "BlockAffinity",
            f"{n.name}-{_block_name(block)}",
            {"cidr": block, "deleted": "false", "node": n.name, "state": "confirmed"},
            created,
        )
        for n in model.nodes
        for block in n.blocks
    ]


def ipam_blocks(model: LabModel, created: str) -> list[Obj]:
    out = []
    for node, block in ((n, b) for n in model.nodes for b in n.blocks):
        net = ipaddress.ip_network(block)
        allocations: list[int | None] = [None] * net.num_addresses
        attributes: list[Obj] = []
        owners: list[tuple[str, Obj]] = []
        if model.encapsulated and block == node.block:
            owners.append(
                (
                    node.tunnel_ip,
                    {
                        "handle_id": f"vxlan-tunnel-addr-{node.name}",
                        "secondary": {"node": node.name, "type": "vxlanTunnelAddress"},
                    },
                )
            )
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
            if p.node == node.name and ipaddress.ip_address(p.ip) in net
        ]
        for ip, attr in owners:
            allocations[int(ipaddress.ip_address(ip)) - int(net.network_address)] = len(attributes)
            attributes.append(attr)
        unallocated = [i for i, a in enumerate(allocations) if a is None]
        out.append(
            _crd(
                "IPAMBlock",
                _block_name(block),
                {
                    "cidr": block,
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
