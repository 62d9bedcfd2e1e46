"""The lab's layout: `build_model` lays out a cluster the way the runbook describes one (pod IPs from
10.40.0.0/16 in /26 blocks, nodes on 10.41.x, CoreDNS at 10.40.52.149 and 10.40.52.171 on the node
10.41.1.21, the cluster DNS Service at 10.96.0.10), shaped by a profile's switches (lab/profiles.py)."""

from __future__ import annotations

import hashlib
import ipaddress

from lab.model import (
    BLOCK_PREFIX,
    CLUSTER_DNS_IP,
    COREDNS_BLOCK,
    COREDNS_IPS,
    COREDNS_SPREAD_OFFSET,
    FIRST_NODE_IP,
    FIRST_POOL_SPLIT,
    FIRST_SECOND_NIC_IP,
    MAX_NODES,
    NIC_MTU,
    POD_CIDR,
    SECOND_POOL_CIDR,
    SUBNET_PREFIX,
    UNDERLAY_CIDR,
    UNDERLAY_GATEWAY,
    VXLAN_OVERHEAD,
    Install,
    IpPool,
    KubeProxyMode,
    LabModel,
    Node,
    Pod,
    PoolMode,
    Service,
    ServicePort,
)


# --- layout --------------------------------------------------------------------------------------
def _block_for(index: int, pool: ipaddress.IPv4Network = POD_CIDR) -> ipaddress.IPv4Network:
    """node-1 owns the runbook's CoreDNS block; the others get blocks scattered over the pool, the way
    Calico's IPAM hands them out (deterministic here so that tests and docs can name them)."""
    first = int(COREDNS_BLOCK.network_address) - int(POD_CIDR.network_address)
    size = 2 ** (32 - BLOCK_PREFIX)
    count = pool.num_addresses // size
    slot = (first // size + 37 * (index - 1)) % count  # 37 is coprime with 1024 (and 512): no two nodes collide
    return ipaddress.IPv4Network(f"{POD_CIDR.network_address + slot * size}/{BLOCK_PREFIX}")


def _mac_for(name: str) -> str:
    digest = hashlib.sha256(name.encode()).digest()
    return "66:" + ":".join(f"{b:02x}" for b in digest[:5])  # locally administered, like Calico's


def _suffix(seed: str, length: int) -> str:
    alphabet = "bcdfghjklmnpqrstvwxz2456789"  # the alphabet Kubernetes uses for generated names
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:length])


def _pod_ip(block: ipaddress.IPv4Network, offset: int) -> str:
    return str(block.network_address + offset)


def _second_block_for(index: int) -> ipaddress.IPv4Network:
    """multi-pool: each node's block in the second pool, scattered the same way."""
    size = 2 ** (32 - BLOCK_PREFIX)
    count = SECOND_POOL_CIDR.num_addresses // size
    slot = (17 + 37 * (index - 1)) % count
    return ipaddress.IPv4Network(f"{SECOND_POOL_CIDR.network_address + slot * size}/{BLOCK_PREFIX}")


def _node_address(index: int, crosssubnet: bool) -> tuple[str, int, str]:
    """(eth0 address, prefix, gateway). crosssubnet: odd nodes in 10.41.1.0/24, even ones in 10.41.2.0/24
    (so the client's node-2 is across a router from CoreDNS's node-1, and node-1 and node-3 share one)."""
    if not crosssubnet:
        return str(FIRST_NODE_IP + (index - 1)), UNDERLAY_CIDR.prefixlen, UNDERLAY_GATEWAY
    subnet = 1 if index % 2 else 2
    return f"10.41.{subnet}.{20 + index}", SUBNET_PREFIX, f"10.41.{subnet}.1"


def build_model(
    nodes: int = 3,
    kube_proxy_mode: KubeProxyMode = "ipvs",
    *,
    profile: str = "manifest-vxlan",
    install: Install = "manifest",
    pool_mode: PoolMode = "Always",
    multi_pool: bool = False,
    crosssubnet: bool = False,
    coredns_spread: bool = False,
    mtu_auto: bool = False,
    kube_proxy_configmap: bool = True,
    node_local_dns: bool = False,
) -> LabModel:
    if not 2 <= nodes <= MAX_NODES:
        raise ValueError(f"the lab needs between 2 and {MAX_NODES} nodes (asked for {nodes})")
    if coredns_spread and nodes < 3:
        raise ValueError("coredns-spread puts CoreDNS on node-1 and node-3: it needs at least 3 nodes")
    node_list: list[Node] = []
    for i in range(1, nodes + 1):
        block = _block_for(i, FIRST_POOL_SPLIT if multi_pool else POD_CIDR)
        ip, prefix, gateway = _node_address(i, crosssubnet)
        node_list.append(
            Node(
                name=f"node-{i}",
                index=i,
                ip=ip,
                second_ip=str(FIRST_SECOND_NIC_IP + (i - 1)),
                block=str(block),
                tunnel_ip=str(block.network_address),
                vtep_mac=_mac_for(f"node-{i}"),
                prefix=prefix,
                gateway=gateway,
                extra_blocks=[str(_second_block_for(i))] if multi_pool else [],
            )
        )
    dns_node = node_list[0]
    client_node = node_list[1]
    target_node = node_list[2] if nodes >= 3 else node_list[1]

    dns_ports = [
        ServicePort("dns", "UDP", 53, 53),
        ServicePort("dns-tcp", "TCP", 53, 53),
        ServicePort("metrics", "TCP", 9153, 9153),
    ]
    keystone_ports = [ServicePort("api", "TCP", 30357, 30357)]
    region_ports = [ServicePort("api", "TCP", 30888, 30888)]
    services = [
        Service(
            "default",
            "kubernetes",
            "10.96.0.1",
            {},
            [ServicePort("https", "TCP", 443, 6443)],
            labels={"component": "apiserver", "provider": "kubernetes"},
            nat=False,
        ),
        Service(
            "kube-system",
            "kube-dns",
            CLUSTER_DNS_IP,
            {"k8s-app": "kube-dns"},
            dns_ports,
            labels={"k8s-app": "kube-dns", "kubernetes.io/name": "CoreDNS"},
        ),
        Service(
            "onecloud",
            "default-keystone",
            "10.96.118.37",
            {"app": "keystone"},
            keystone_ports,
            labels={"app": "keystone"},
        ),
        Service("onecloud", "default-region", "10.96.201.5", {"app": "region"}, region_ports, labels={"app": "region"}),
    ]

    rs = "5d78c9869d"
    dns_places = [(dns_node, COREDNS_IPS[0])]
    if coredns_spread:
        spread_node = node_list[2]
        dns_places.append((spread_node, _pod_ip(ipaddress.IPv4Network(spread_node.block), COREDNS_SPREAD_OFFSET)))
    else:
        dns_places.append((dns_node, COREDNS_IPS[1]))
    pods = [
        Pod(
            "kube-system",
            f"coredns-{rs}-{_suffix(f'coredns-{n}', 5)}",
            node.name,
            ip,
            {"k8s-app": "kube-dns", "pod-template-hash": rs},
            "coredns",
            "ReplicaSet",
            f"coredns-{rs}",
            "coredns",
            "registry.k8s.io/coredns/coredns:v1.11.1",
            dns_ports,
        )
        for n, (node, ip) in enumerate(dns_places)
    ]
    # multi-pool: the applications take their addresses from the second pool, so its routes carry the
    # answers back to the client
    target_block = ipaddress.IPv4Network(target_node.blocks[-1])
    client_block = ipaddress.IPv4Network(client_node.blocks[-1])
    pods.append(
        Pod(
            "onecloud",
            f"default-keystone-6f8b9c7d4-{_suffix('keystone', 5)}",
            target_node.name,
            _pod_ip(target_block, 23),
            {"app": "keystone", "pod-template-hash": "6f8b9c7d4"},
            "keystone",
            "ReplicaSet",
            "default-keystone-6f8b9c7d4",
            "keystone",
            "registry.cn-beijing.aliyuncs.com/yunionio/keystone:v3.11.12",
            keystone_ports,
        )
    )
    pods.append(
        Pod(
            "onecloud",
            f"default-region-7c9f6d5b8-{_suffix('region', 5)}",
            client_node.name,
            _pod_ip(client_block, 9),
            {"app": "region", "pod-template-hash": "7c9f6d5b8"},
            "client",
            "ReplicaSet",
            "default-region-7c9f6d5b8",
            "region",
            "registry.cn-beijing.aliyuncs.com/yunionio/region:v3.11.12",
            region_ports,
        )
    )
    calico_ns = "calico-system" if install == "operator" else "kube-system"
    daemons = [("calico-node", calico_ns, "docker.io/calico/node:v3.26.4")]
    if kube_proxy_configmap:
        daemons.append(("kube-proxy", "kube-system", "registry.k8s.io/kube-proxy:v1.28.9"))
    if node_local_dns:
        daemons.append(("node-local-dns", "kube-system", "registry.k8s.io/dns/k8s-dns-node-cache:1.23.1"))
    for node in node_list:
        for ds, namespace, image in daemons:
            pods.append(
                Pod(
                    namespace,
                    f"{ds}-{_suffix(ds + node.name, 5)}",
                    node.name,
                    node.ip,
                    {"k8s-app": ds, "controller-revision-hash": "7b6f8d9c5"},
                    "host",
                    "DaemonSet",
                    ds,
                    ds,
                    image,
                )
            )
    if install == "operator":
        ors = "7f9c8d6b5f"
        pods.append(
            Pod(
                "tigera-operator",
                f"tigera-operator-{ors}-{_suffix('tigera-operator', 5)}",
                dns_node.name,
                dns_node.ip,
                {"k8s-app": "tigera-operator", "name": "tigera-operator", "pod-template-hash": ors},
                "host",
                "ReplicaSet",
                f"tigera-operator-{ors}",
                "tigera-operator",
                "quay.io/tigera/operator:v1.30.9",
            )
        )
    if multi_pool:
        pools = [
            IpPool("default-ipv4-ippool", str(FIRST_POOL_SPLIT), pool_mode),
            IpPool("zone-b-ipv4-ippool", str(SECOND_POOL_CIDR), pool_mode),
        ]
    else:
        pools = [IpPool("default-ipv4-ippool", str(POD_CIDR), pool_mode)]
    encapsulated = pool_mode != "Never"
    vxlan_mtu = NIC_MTU - VXLAN_OVERHEAD
    return LabModel(
        kube_proxy_mode=kube_proxy_mode,
        nodes=node_list,
        pods=pods,
        services=services,
        vxlan_mtu=vxlan_mtu,
        veth_mtu=vxlan_mtu if encapsulated else NIC_MTU,
        autodetection_method=f"can-reach={dns_node.ip}",
        profile=profile,
        install=install,
        pools=pools,
        mtu_auto=mtu_auto,
        kube_proxy_configmap=kube_proxy_configmap,
        node_local_dns=node_local_dns,
    )
