"""What podnet knows of a cluster, read once per diagnosis: typed, frozen, no client library in sight.

`ClusterReader` is all the engine needs of the API: something that returns a `ClusterSnapshot`
(`checks.cluster.kube.KubeCluster` over a kubernetes ApiClient; `checks.cluster.memory` over recorded
API objects, for tests without a cluster).
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Protocol


@dataclass(frozen=True)
class NodeInfo:
    name: str
    internal_ip: str | None
    calico_address: str | None  # projectcalico.org/IPv4Address, "ip/prefix"
    vxlan_tunnel: str | None  # projectcalico.org/IPv4VXLANTunnelAddr
    ipip_tunnel: str | None  # projectcalico.org/IPv4IPIPTunnelAddr
    ready: bool

    @property
    def calico_ip(self) -> str | None:
        return self.calico_address.split("/")[0] if self.calico_address else None


@dataclass(frozen=True)
class ContainerPort:
    """A port a pod's container declares (`spec.containers[].ports[]`): what a policy's named port means."""

    name: str
    protocol: str
    port: int


@dataclass(frozen=True)
class PolicyObject:
    """A network policy as the API holds it (network-policy step). `kind`: "NetworkPolicy"
    (networking.k8s.io), "CalicoNetworkPolicy" or "GlobalNetworkPolicy" (crd.projectcalico.org),
    "AdminNetworkPolicy" or "BaselineAdminNetworkPolicy" (policy.networking.k8s.io); the spec is
    kept as the API gave it, so that what podnet does not evaluate is seen and named, never dropped."""

    kind: str
    namespace: str | None
    name: str
    spec: dict[str, Any]

    @property
    def ref(self) -> str:
        return f"{self.namespace}/{self.name}" if self.namespace else self.name


@dataclass(frozen=True)
class PodDnsConfig:
    """A pod's spec.dnsConfig: added to (dnsPolicy None: all of) what kubelet writes in its resolv.conf."""

    nameservers: tuple[str, ...] = ()
    searches: tuple[str, ...] = ()
    options: tuple[tuple[str, str | None], ...] = ()  # (name, value): ("ndots", "2"), ("edns0", None)


@dataclass(frozen=True)
class NodeLocalDnsInfo:
    """NodeLocal DNSCache as its ConfigMap (kube-system/node-local-dns) shows it: the addresses its
    Corefile binds (the link-local one, typically 169.254.20.10, and possibly the cluster DNS IP) and the
    upstream it forwards cluster names to (`__PILLAR__CLUSTER__DNS__` until node-cache fills it in)."""

    namespace: str
    addresses: tuple[str, ...]
    upstreams: tuple[str, ...] = ()
    health: tuple[str, int] | None = None  # its `health` plugin's address and port (node-cache: LOCAL:8080)

    @property
    def local_address(self) -> str:
        return next((a for a in self.addresses if a.startswith("169.254.")), self.addresses[0])


@dataclass(frozen=True)
class PodInfo:
    namespace: str
    name: str
    node: str | None
    ip: str | None
    labels: dict[str, str]
    ready: bool
    host_network: bool
    owner: str | None = None  # its controller, "Kind/name" (ownerReferences): "DaemonSet/calico-node"
    # the containers' status (kube-proxy, calico-node, coredns-health): restarts summed, the first waiting
    # container's reason (CrashLoopBackOff …), the Ready condition's reason/message when not Ready, and the
    # first last termination (reason "Error", "OOMKilled" …, exit code, finishedAt RFC 3339)
    restarts: int = 0
    waiting_reason: str | None = None
    not_ready_reason: str | None = None
    last_terminated_reason: str | None = None
    last_exit_code: int | None = None
    last_terminated_at: str | None = None
    # --- network-policy step: named ports resolve against these; Calico's serviceAccountSelector
    ports: tuple[ContainerPort, ...] = ()
    service_account: str | None = None

    # client-resolver: the pod's spec.dnsPolicy and spec.dnsConfig (None: no dnsConfig)
    dns_policy: str = "ClusterFirst"
    dns_config: PodDnsConfig | None = None


@dataclass(frozen=True)
class EventInfo:
    """A Kubernetes Event about a pod (kpcalico: calico-node's readiness-probe failures)."""

    namespace: str
    pod: str
    reason: str
    message: str
    count: int
    last_seen: str | None  # lastTimestamp, else eventTime / series.lastObservedTime, as the API gives it
    type: str = "Warning"


@dataclass(frozen=True)
class ServicePortInfo:
    name: str
    protocol: str
    port: int


@dataclass(frozen=True)
class ServiceInfo:
    namespace: str
    name: str
    cluster_ip: str | None
    ports: tuple[ServicePortInfo, ...]
    selector: dict[str, str]
    labels: dict[str, str]


@dataclass(frozen=True)
class EndpointInfo:
    ip: str
    node: str | None
    pod: str | None
    ready: bool


@dataclass(frozen=True)
class IpPoolInfo:
    name: str
    cidr: str
    ipip_mode: str
    vxlan_mode: str
    block_size: int


@dataclass(frozen=True)
class FelixInfo:
    name: str
    vxlan_enabled: bool | None
    ipip_enabled: bool | None
    vxlan_mtu: int | None
    ipip_mtu: int | None
    wireguard_enabled: bool | None = None
    bpf_enabled: bool | None = None  # Calico's eBPF dataplane: it replaces kube-proxy
    # featureDetectOverride ("ChecksumOffloadBroken=true,…"): the kernel-gso step's VXLAN check (helper "conntrack")
    feature_detect_override: str | None = None


@dataclass(frozen=True)
class BlockInfo:
    cidr: str
    node: str | None


@dataclass(frozen=True)
class CalicoInstall:
    """How Calico was installed, as far as the API shows it.

    `kind`: "operator" when the Tigera operator's Installation exists (calico-node then runs in
    calico-system and the Installation holds the MTU, pools and address autodetection), "manifest" when
    calico-node runs without one (the calico.yaml manifest, in kube-system), "unknown" when no
    calico-node pod was found at all. `namespace`/`daemonset`: where calico-node runs, from its pods
    (found by their k8s-app=calico-node label wherever they are) and their owner.
    """

    kind: Literal["operator", "manifest", "unknown"] = "unknown"
    namespace: str | None = None
    daemonset: str | None = None
    mtu: int | None = None  # the Installation's calicoNetwork.mtu; None: not set, or 0 (auto)
    linux_dataplane: str | None = None  # the Installation's calicoNetwork.linuxDataplane (Iptables, BPF, …)
    autodetection: str | None = None  # the Installation's nodeAddressAutodetectionV4, as "method=value"

    @property
    def where(self) -> str:
        """`-n NAMESPACE` for kubectl commands that name calico-node's namespace."""
        return f"-n {self.namespace or 'kube-system'}"


@lru_cache(maxsize=1024)
def _pool_network(cidr: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """A pool's CIDR parsed once (pool_of is asked for every peer's block from every node)."""
    try:
        return ipaddress.ip_network(cidr, strict=False)
    except ValueError:
        return None


@dataclass
class ClusterSnapshot:
    nodes: list[NodeInfo] = field(default_factory=list)
    pods: list[PodInfo] = field(default_factory=list)
    services: list[ServiceInfo] = field(default_factory=list)
    dns_service: ServiceInfo | None = None
    dns_endpoints: list[EndpointInfo] = field(default_factory=list)
    kube_proxy_mode: str | None = None
    pools: list[IpPoolInfo] = field(default_factory=list)
    felix: dict[str, FelixInfo] = field(default_factory=dict)
    calico: CalicoInstall = field(default_factory=CalicoInstall)
    calico_env: dict[str, str] = field(default_factory=dict)  # calico-node's container env (literal values)
    veth_mtu: int | None = None  # calico-config's veth_mtu; None: absent or "0" (auto)
    blocks: list[BlockInfo] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)  # what -> why
    # calico-node step (kpcalico): Unhealthy events in calico-node's namespace (readiness/liveness probes)
    calico_events: list[EventInfo] = field(default_factory=list)
    # coredns-health: the `coredns` ConfigMap's Corefile (None: not read) and the CoreDNS pods' recent
    # log (pod name -> text; a refused read is in `unavailable` under "pods/log NAMESPACE")
    corefile: str | None = None
    coredns_logs: dict[str, str] = field(default_factory=dict)
    # --- network-policy step: namespace -> its labels (empty when unreadable), every policy object
    namespaces: dict[str, dict[str, str]] = field(default_factory=dict)
    policies: list[PolicyObject] = field(default_factory=list)
    node_local_dns: NodeLocalDnsInfo | None = None  # node-local-dns: its ConfigMap, when deployed
    # name -> position in `nodes`, built on first use: a sweep asks for every peer from every node (40,000
    # lookups at 200 nodes), which a linear search made O(N^2). Checked on every hit and rebuilt on a
    # miss, so code that edits `nodes` is never answered from a stale index.
    _node_at: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def node(self, name: str) -> NodeInfo | None:
        at = self._node_at.get(name)
        if at is not None and at < len(self.nodes) and self.nodes[at].name == name:
            return self.nodes[at]
        index: dict[str, int] = {}
        for i, n in enumerate(self.nodes):
            index.setdefault(n.name, i)  # the first of a name, as the linear search found
        self._node_at = index  # whole, so a reader in another thread never sees it half built
        at = index.get(name)
        return self.nodes[at] if at is not None else None

    def felix_for(self, node: str) -> FelixInfo | None:
        """The node's effective FelixConfiguration: `node.<name>` over `default`, field by field."""
        default, own = self.felix.get("default"), self.felix.get(f"node.{node}")
        if default is None and own is None:
            return None

        def pick(attr: str) -> Any:
            value = getattr(own, attr, None) if own else None
            return value if value is not None else getattr(default, attr, None)

        return FelixInfo(
            f"node.{node}" if own else "default",
            pick("vxlan_enabled"),
            pick("ipip_enabled"),
            pick("vxlan_mtu"),
            pick("ipip_mtu"),
            pick("wireguard_enabled"),
            pick("bpf_enabled"),
        )

    def pool_of(self, ip: str) -> IpPoolInfo | None:
        """The IP pool an address (a pod's, a block's first address) belongs to: the most specific."""
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            return None
        best: tuple[int, IpPoolInfo] | None = None
        for pool in self.pools:
            net = _pool_network(pool.cidr)
            if net is None:
                continue
            if addr.version == net.version and addr in net and (best is None or net.prefixlen > best[0]):
                best = (net.prefixlen, pool)
        return best[1] if best else None


class ClusterReader(Protocol):
    """The engine's view of the Kubernetes API."""

    def snapshot(self) -> ClusterSnapshot:
        """Everything the ladder reads, read now. Raises ApiUnavailable when the API cannot be read at
        all, Forbidden when even the node list is refused; other refusals go into `unavailable`."""
        ...

    def node_names(self) -> list[str]:
        """Just the node names (to answer an unknown node at once, before any work is queued)."""
        ...
