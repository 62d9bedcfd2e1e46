"""The resolv.conf kubelet writes for a pod, from what the API shows: its dnsPolicy and dnsConfig.

kubelet (pkg/kubelet/network/dns) writes, by dnsPolicy:
- `ClusterFirst` (the default; for a hostNetwork pod only `ClusterFirstWithHostNet` does this):
  `nameserver` = kubelet's clusterDNS (its `--cluster-dns`: the DNS Service IP, or NodeLocal DNSCache's
  link-local address; kubelet's own configuration, not visible through the API), `search
  <ns>.svc.<domain> svc.<domain> <domain>` followed by the node's search domains, `options ndots:5`;
- `Default` (and `ClusterFirst` on a hostNetwork pod): the node's resolv.conf (kubelet's --resolv-conf);
- `None`: only what `dnsConfig` says.
`dnsConfig` is then merged in: its nameservers and searches appended (duplicates dropped), its options
replacing those of the same name.
"""

from __future__ import annotations

from dataclasses import dataclass

from checks.cluster.corefile import parse_corefile
from checks.cluster.model import PodInfo
from checks.outputs.resolv_conf import ResolvConf

CLUSTER_DOMAIN = "cluster.local"  # kubelet's clusterDomain when nothing tells it; the API does not show it
CLUSTER_NDOTS = "5"


@dataclass(frozen=True)
class PodResolver:
    """What the pod's resolver is configured with, and what of it podnet could not see."""

    conf: ResolvConf
    source: str  # how it was derived, for evidence
    kubelet_nameserver: bool  # the nameserver is kubelet's clusterDNS (not visible through the API)
    uses_node_file: bool  # Default policy (or ClusterFirst on hostNetwork): the node's resolv.conf


@dataclass(frozen=True)
class ClusterDomain:
    """The cluster domain podnet assumes, and whether anything told it (else the default, cluster.local)."""

    name: str
    source: str | None  # what told it ("the Corefile", "the name asked"), None: assumed

    @property
    def known(self) -> bool:
        return self.source is not None


def host_domain(host: str | None) -> str | None:
    """The domain after `.svc.` in a name like `svc.ns.svc.k8s.example` (the name's own cluster domain)."""
    labels = (host or "").rstrip(".").lower().split(".")
    if len(labels) >= 4 and labels[2] == "svc":
        return ".".join(labels[3:])
    return None


def cluster_domain(corefile: str | None, host: str | None = None) -> ClusterDomain:
    """The cluster domain: the Corefile's `kubernetes` zone, else the one after `.svc.` in the name asked,
    else cluster.local, assumed (kubelet's clusterDomain is not in the API)."""
    zone = parse_corefile(corefile).cluster_domain if corefile else None
    if zone:
        return ClusterDomain(zone.rstrip(".").lower(), "the Corefile's kubernetes zone")
    named = host_domain(host)
    if named:
        return ClusterDomain(named, "the name asked")
    return ClusterDomain(CLUSTER_DOMAIN, None)


def effective_policy(pod: PodInfo) -> str:
    """The policy kubelet applies: ClusterFirst on a hostNetwork pod falls back to Default."""
    if pod.dns_policy == "ClusterFirst" and pod.host_network:
        return "Default"
    return pod.dns_policy


def _merge(base: list[str], extra: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*base, *(e.rstrip(".").lower() for e in extra)]))


def pod_resolver(
    pod: PodInfo, cluster_dns: str | None, node_conf: ResolvConf | None, domain: str = CLUSTER_DOMAIN
) -> PodResolver:
    """The pod's resolver configuration as kubelet writes it. `node_conf`: the node's resolv.conf, when
    read (needed for Default); `cluster_dns`: the DNS Service IP, standing for kubelet's clusterDNS;
    `domain`: kubelet's clusterDomain."""
    policy = effective_policy(pod)
    cfg = pod.dns_config
    nameservers: list[str] = []
    searches: list[str] = []
    options: dict[str, str] = {}
    kubelet_ns = uses_node = False
    if policy in ("ClusterFirst", "ClusterFirstWithHostNet"):
        kubelet_ns = True
        nameservers = [cluster_dns] if cluster_dns else []
        searches = [f"{pod.namespace}.svc.{domain}", f"svc.{domain}", domain]
        searches += list(node_conf.searches) if node_conf else []
        options = {"ndots": CLUSTER_NDOTS}
    elif policy == "Default":
        uses_node = True
        if node_conf is not None:
            nameservers, searches, options = (
                list(node_conf.nameservers),
                list(node_conf.searches),
                dict(node_conf.options),
            )
    if cfg is not None:
        nameservers = list(_merge(nameservers, cfg.nameservers))
        searches = list(_merge(searches, cfg.searches))
        for name, value in cfg.options:
            options[name] = value or ""
    source = f"dnsPolicy {pod.dns_policy}" + (" on hostNetwork" if pod.host_network else "")
    if cfg is not None:
        source += " with dnsConfig"
    return PodResolver(ResolvConf(tuple(nameservers), tuple(searches), options), source, kubelet_ns, uses_node)


def needs_node_file(pod: PodInfo) -> bool:
    return effective_policy(pod) == "Default"
