"""The lab cluster as data: the one source of truth for both the namespaces and the API stand-in.

`lab.layout.build_model` lays out a cluster the way the runbook describes one (pod IPs from 10.40.0.0/16 in /26
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

from lab.names import netns_prefix

KubeProxyMode = Literal["ipvs", "iptables"]
Install = Literal["manifest", "operator"]
PoolMode = Literal["Always", "CrossSubnet", "Never"]

POD_CIDR = ipaddress.IPv4Network("10.40.0.0/16")
UNDERLAY_CIDR = ipaddress.ip_network("10.41.0.0/16")
SECOND_NIC_CIDR = ipaddress.ip_network("10.42.0.0/16")
SERVICE_CIDR = ipaddress.ip_network("10.96.0.0/12")
# named labs (`podnet lab up --name a`): each its own underlay, 10.51.0.0/16 … 10.63.0.0/16 (lab/underlays.py)
NAMED_UNDERLAYS = ipaddress.ip_network("10.48.0.0/12")
LAB_RANGES = (POD_CIDR, UNDERLAY_CIDR, SECOND_NIC_CIDR, SERVICE_CIDR, NAMED_UNDERLAYS)

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
# NodeLocal DNSCache (profile node-local-dns): the link-local address and dummy device node-cache uses
NODE_LOCAL_DNS_IP = "169.254.20.10"
NODE_LOCAL_DNS_DEV = "nodelocaldns"


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
    # the container's status as kubelet reports it (calico-node-not-ready, coredns-crashloop)
    restarts: int = 0
    waiting_reason: str | None = None  # "CrashLoopBackOff"
    last_exit_code: int | None = None
    last_reason: str | None = None  # "Error"
    last_finished: str | None = None
    # client-resolver (fault client-ndots): spec.dnsPolicy ("" = kubelet's default for the pod) and dnsConfig
    dns_policy: str = ""
    dns_config: dict[str, Any] | None = None
    lab: str = ""  # the lab's name ("" the default lab): its namespaces' prefix (lab/names.py)

    @property
    def host_network(self) -> bool:
        return self.app == "host"

    @property
    def netns(self) -> str:
        return f"{netns_prefix(self.lab)}pod-{self.name}"

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
    lab: str = ""  # the lab's name ("" the default lab): its namespaces' prefix (lab/names.py)

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
        return f"{netns_prefix(self.lab)}{self.name}"

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
    node_local_dns: bool = False  # NodeLocal DNSCache on every node; kubelet's --cluster-dns is its address
    name: str = ""  # the lab's name (`podnet lab up --name`), "" for the default lab
    underlay: str = str(UNDERLAY_CIDR)  # the nodes' network: gateway .0.1, bastion (and upstream DNS) .0.2

    @property
    def underlay_gateway(self) -> str:
        return str(ipaddress.ip_network(self.underlay).network_address + 1)

    @property
    def bastion_ip(self) -> str:
        """The bastion's address on the underlay, where the site's DNS resolver (the upstream) runs too."""
        return str(ipaddress.ip_network(self.underlay).network_address + 2)

    def move_underlay(self, cidr: str) -> None:
        """Put the nodes on another underlay (a named lab's): every address in the old one keeps its offset."""
        old, new = ipaddress.ip_network(self.underlay), ipaddress.ip_network(cidr)

        def move(address: str) -> str:
            ip = ipaddress.ip_address(address)
            return str(new.network_address + (int(ip) - int(old.network_address))) if ip in old else address

        for node in self.nodes:
            node.ip, node.gateway = move(node.ip), move(node.gateway)
        for pod in self.pods:
            pod.ip = move(pod.ip)  # hostNetwork pods have their node's address
        method, sep, target = self.autodetection_method.partition("=")
        if method == "can-reach" and sep:
            self.autodetection_method = f"can-reach={move(target)}"
        self.underlay = str(new)

    def set_name(self, name: str) -> None:
        """Name the lab: every node's and pod's namespace then carries the name (lab/names.py)."""
        self.name = name
        for node in self.nodes:
            node.lab = name
        for pod in self.pods:
            pod.lab = name

    @property
    def netns_prefix(self) -> str:
        return netns_prefix(self.name)

    @property
    def pod_nameserver(self) -> str:
        """kubelet's --cluster-dns: what ClusterFirst pods get as their nameserver."""
        return NODE_LOCAL_DNS_IP if self.node_local_dns else CLUSTER_DNS_IP

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


def client_pod(model: LabModel) -> Pod:
    return model.pods_by_app("client")[0]
