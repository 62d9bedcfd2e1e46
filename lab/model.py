"""The lab cluster as data: the one source of truth for both the namespaces and the API stand-in.

`build_model` lays out a cluster the way the runbook describes one (pod IPs from 10.40.0.0/16 in /26
blocks, nodes on 10.41.x, CoreDNS at 10.40.52.149 and 10.40.52.171 on the node 10.41.1.21, the cluster
DNS Service at 10.96.0.10). The kernel side (`lab.netns`) and the Kubernetes side (`lab.apiserver`) are
both derived from it; faults change it where a real cluster's objects would change too.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

KubeProxyMode = Literal["ipvs", "iptables"]
Install = Literal["manifest", "operator"]
PoolMode = Literal["Always", "CrossSubnet", "Never"]

POD_CIDR = ipaddress.IPv4Network("10.40.0.0/16")
UNDERLAY_CIDR = ipaddress.ip_network("10.41.0.0/16")
SECOND_NIC_CIDR = ipaddress.ip_network("10.42.0.0/16")
SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")
LAB_RANGES = (POD_CIDR, UNDERLAY_CIDR, SECOND_NIC_CIDR, SERVICE_CIDR)

UNDERLAY_GATEWAY = "10.41.0.1"
BASTION_IP = "10.41.0.2"
FIRST_NODE_IP = ipaddress.ip_address("10.41.1.21")
FIRST_SECOND_NIC_IP = ipaddress.ip_address("10.42.1.21")
CLUSTER_DNS_IP = "10.96.0.10"
COREDNS_BLOCK = ipaddress.ip_network("10.40.52.128/26")
COREDNS_IPS = ("10.40.52.149", "10.40.52.171")
BLOCK_PREFIX = 26
VXLAN_VNI = 4096
VXLAN_PORT = 4789
NIC_MTU = 1500
VXLAN_OVERHEAD = 50
MAX_NODES = 200
SECOND_POOL_CIDR = ipaddress.IPv4Network("10.40.128.0/17")  # multi-pool: the first pool is then 10.40.0.0/17
FIRST_POOL_SPLIT = ipaddress.IPv4Network("10.40.0.0/17")
SUBNET_PREFIX = 24  # crosssubnet: nodes in 10.41.1.0/24 and 10.41.2.0/24, routed by the underlay
COREDNS_SPREAD_OFFSET = 43  # coredns-spread: the second CoreDNS pod's address in node-3's block

CLUSTER_DOMAIN = "cluster.local"


@dataclass
class ServicePort:
    name: str
    protocol: Literal["TCP", "UDP"]
    port: int
    target_port: int


@dataclass
class Service:
    namespace: str
    name: str
    cluster_ip: str
    selector: dict[str, str]
    ports: list[ServicePort]
    labels: dict[str, str] = field(default_factory=dict)
    nat: bool = True  # kube-proxy programs it on the nodes (the apiserver's own Service is not in the lab)

    @property
    def fqdn(self) -> str:
        return f"{self.name}.{self.namespace}.svc.{CLUSTER_DOMAIN}"


@dataclass
class Pod:
    namespace: str
    name: str
    node: str
    ip: str
    labels: dict[str, str]
    app: str  # what runs inside: "coredns", "keystone", "client" or "host" (hostNetwork pods)
    owner_kind: str
    owner_name: str
    container: str
    image: str
    ports: list[ServicePort] = field(default_factory=list)
    ready: bool = True

    @property
    def host_network(self) -> bool:
        return self.app == "host"

    @property
    def netns(self) -> str:
        return f"podnet-pod-{self.name}"

    @property
    def host_iface(self) -> str:
        """Calico's name for the host side of the pod's veth: "cali" + 11 hex chars of a hash."""
        digest = hashlib.sha1(f"{self.namespace}.{self.name}".encode()).hexdigest()  # noqa: S324 - a name, as Calico does
        return "cali" + digest[:11]


@dataclass
class Node:
    name: str
    index: int
    ip: str  # InternalIP on eth0
    second_ip: str  # eth1, present only while a fault gives the nodes a second NIC
    block: str  # the node's affine /26
    tunnel_ip: str  # Calico's IPv4VXLANTunnelAddr (first address of the block)
    vtep_mac: str
    detected_iface: str = "eth0"  # where Calico's IP autodetection landed
    vxlan_enabled: bool = True  # a per-node FelixConfiguration can turn it off
    prefix: int = UNDERLAY_CIDR.prefixlen  # eth0's prefix length (24 when the underlay is routed between subnets)
    gateway: str = UNDERLAY_GATEWAY  # eth0's default gateway
    extra_blocks: list[str] = field(default_factory=list)  # blocks of further pools (multi-pool)

    @property
    def blocks(self) -> list[str]:
        return [self.block, *self.extra_blocks]

    @property
    def detected_prefix(self) -> int:
        return self.prefix if self.detected_iface == "eth0" else SECOND_NIC_CIDR.prefixlen

    @property
    def subnet(self) -> ipaddress.IPv4Network:
        return ipaddress.IPv4Interface(f"{self.ip}/{self.prefix}").network

    @property
    def netns(self) -> str:
        return f"podnet-{self.name}"

    @property
    def detected_ip(self) -> str:
        return self.ip if self.detected_iface == "eth0" else self.second_ip

    @property
    def underlay_port(self) -> str:
        return f"{self.name}-eth0"[:15]

    @property
    def second_port(self) -> str:
        return f"{self.name}-eth1"[:15]


@dataclass
class IpPool:
    name: str
    cidr: str
    vxlan_mode: PoolMode  # ipipMode is always Never: this kernel has no IP-in-IP


@dataclass
class ActiveFault:
    name: str
    node: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class LabModel:
    kube_proxy_mode: KubeProxyMode
    nodes: list[Node]
    pods: list[Pod]
    services: list[Service]
    vxlan_mtu: int
    veth_mtu: int
    autodetection_method: str
    faults: list[ActiveFault] = field(default_factory=list)
    created: str = ""
    api_port: int = 0
    profile: str = "manifest-vxlan"  # the profile(s) it was built from, "+"-joined (lab.profiles)
    install: Install = "manifest"  # calico.yaml in kube-system, or the Tigera operator (calico-system)
    pools: list[IpPool] = field(default_factory=list)
    mtu_auto: bool = False  # veth_mtu "0", no MTU in FelixConfiguration: felix computes NIC MTU - overhead
    kube_proxy_configmap: bool = True  # False: no kube-proxy ConfigMap, DaemonSet or pods (k3s)

    # --- Calico's datapath ----------------------------------------------------------------------
    @property
    def calico_namespace(self) -> str:
        return "calico-system" if self.install == "operator" else "kube-system"

    @property
    def encapsulated(self) -> bool:
        """Any pool uses VXLAN (Always or CrossSubnet): felix creates vxlan.calico on every node."""
        return any(p.vxlan_mode != "Never" for p in self.pools)

    def pool_of(self, block: str) -> IpPool:
        net = ipaddress.ip_network(block)
        return next(p for p in self.pools if net.subnet_of(ipaddress.ip_network(p.cidr)))  # type: ignore[arg-type]

    def tunnelled(self, node: Node, peer: Node, block: str) -> bool:
        """Does `node` reach `block` on `peer` through vxlan.calico? By the block's pool: Always, or
        CrossSubnet towards a peer outside the node's subnet (as felix decides from the peers' addresses)."""
        mode = self.pool_of(block).vxlan_mode
        if mode == "Always":
            return True
        if mode == "Never":
            return False
        mine = ipaddress.IPv4Interface(f"{node.detected_ip}/{node.detected_prefix}").network
        return ipaddress.ip_address(peer.detected_ip) not in mine

    def route_spec(self, node: Node, peer: Node, block: str) -> list[str]:
        """What felix (or BIRD) programs on `node` for `peer`'s block, after `ip route replace BLOCK`."""
        if self.tunnelled(node, peer, block):
            return ["via", peer.tunnel_ip, "dev", "vxlan.calico", "onlink"]
        proto = "80" if self.encapsulated else "bird"  # felix's own direct routes (CrossSubnet), or BIRD's
        return ["via", peer.detected_ip, "dev", peer.detected_iface, "proto", proto]

    # --- look-ups -------------------------------------------------------------------------------
    def node(self, name: str) -> Node:
        for node in self.nodes:
            if node.name == name:
                return node
        raise KeyError(f"no node {name!r} in the lab (nodes: {', '.join(n.name for n in self.nodes)})")

    def pod(self, name: str) -> Pod:
        for pod in self.pods:
            if pod.name == name or pod.name.startswith(name + "-"):
                return pod
        raise KeyError(f"no pod {name!r} in the lab")

    def service(self, namespace: str, name: str) -> Service:
        for svc in self.services:
            if svc.namespace == namespace and svc.name == name:
                return svc
        raise KeyError(f"no service {namespace}/{name}")

    def netns_pods(self) -> list[Pod]:
        return [p for p in self.pods if not p.host_network]

    def pods_by_app(self, app: str) -> list[Pod]:
        return [p for p in self.pods if p.app == app]

    def fault(self, name: str) -> ActiveFault | None:
        return next((f for f in self.faults if f.name == name), None)

    def endpoints(self, svc: Service) -> list[Pod]:
        """Ready pods selected by the Service, as the endpoints controller computes them."""
        return [
            p
            for p in self.pods
            if p.namespace == svc.namespace
            and p.ready
            and svc.selector
            and all(p.labels.get(k) == v for k, v in svc.selector.items())
        ]

    def node_of_block(self, block: str) -> Node | None:
        return next((n for n in self.nodes if n.block == block), None)

    # --- persistence ----------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LabModel:
        raw = json.loads(text)
        raw["nodes"] = [Node(**n) for n in raw["nodes"]]
        raw["pods"] = [Pod(**{**p, "ports": [ServicePort(**sp) for sp in p["ports"]]}) for p in raw["pods"]]
        raw["services"] = [Service(**{**s, "ports": [ServicePort(**sp) for sp in s["ports"]]}) for s in raw["services"]]
        raw["faults"] = [ActiveFault(**f) for f in raw["faults"]]
        raw["pools"] = [IpPool(**p) for p in raw.get("pools", [])]
        return cls(**raw)

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(self.to_json())
        tmp.replace(path)  # atomic: the API stand-in never reads half a file

    @classmethod
    def load(cls, path: Path) -> LabModel:
        return cls.from_json(path.read_text())


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
    )


def client_pod(model: LabModel) -> Pod:
    return model.pods_by_app("client")[0]
