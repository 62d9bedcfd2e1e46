"""Lab profiles: the same lab built the way different real clusters are installed and routed.

A profile sets a few of `build_model`'s switches; each is a real datapath in the namespaces (or, for
how Calico was installed, the API objects such a cluster holds). Profiles combine with `+` (or a
comma): `operator-vxlan+coredns-spread`. Two profiles that set the same switch differently (say `bgp`
and `crosssubnet`, both the pools' mode) cannot be combined; `manifest-vxlan` sets nothing (it is the
lab as it always was) and combines with anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lab.layout import build_model
from lab.model import KubeProxyMode, LabModel
from lab.profile_names import DEFAULT_PROFILE, PROFILE_NAMES


class ProfileError(ValueError):
    pass


@dataclass(frozen=True)
class Profile:
    name: str
    summary: str
    sets: dict[str, Any] = field(default_factory=dict)  # build_model keyword -> value
    kube_proxy: KubeProxyMode | None = None  # the mode such clusters run, unless --kube-proxy says otherwise


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "manifest-vxlan",
            "calico.yaml in kube-system, calico-config, VXLAN Always, MTU 1450 in FelixConfiguration, kube-proxy "
            "DaemonSet and ConfigMap (the lab as it always was)",
        ),
        Profile(
            "operator-vxlan",
            "the Tigera operator: Installation 'default' (calicoNetwork: VXLAN pool, mtu 1450, "
            "nodeAddressAutodetectionV4), calico-node in calico-system, no calico-config",
            {"install": "operator"},
        ),
        Profile(
            "coredns-spread",
            "the two CoreDNS pods on node-1 and node-3, each in its node's block",
            {"coredns_spread": True},
        ),
        Profile(
            "auto-mtu",
            'calico-config veth_mtu "0" and no MTU in FelixConfiguration: devices at what felix computes '
            "(NIC MTU - 50)",
            {"mtu_auto": True},
        ),
        Profile(
            "no-kubeproxy-configmap",
            "no kube-system/kube-proxy ConfigMap, DaemonSet or pods (as on k3s: kube-proxy runs in the agent, "
            "iptables mode); the Service NAT is still real on the nodes",
            {"kube_proxy_configmap": False},
            kube_proxy="iptables",
        ),
        Profile(
            "bgp",
            "no encapsulation: pools vxlanMode/ipipMode Never, no vxlan.calico, routes "
            "'BLOCK via PEER dev eth0 proto bird' over one L2 underlay; nodes forward pod traffic",
            {"pool_mode": "Never"},
        ),
        Profile(
            "multi-pool",
            "two IP pools (10.40.0.0/17, 10.40.128.0/17); every node holds a block of each, the client and "
            "keystone pods take their addresses from the second",
            {"multi_pool": True},
        ),
        Profile(
            "crosssubnet",
            "nodes in 10.41.1.0/24 (node-1, node-3) and 10.41.2.0/24 (node-2), routed by the underlay; VXLAN "
            "CrossSubnet: 'BLOCK via PEER dev eth0' within a subnet, vxlan.calico across",
            {"pool_mode": "CrossSubnet", "crosssubnet": True},
        ),
        Profile(  # helper "resolver"
            "node-local-dns",
            "NodeLocal DNSCache on every node: a dummy device nodelocaldns with 169.254.20.10, a cache there "
            "forwarding cluster names to the DNS Service, its NOTRACK rules, its DaemonSet, pods and ConfigMap; "
            "kubelet's --cluster-dns is 169.254.20.10, so the pods' resolv.conf names it",
            {"node_local_dns": True},
        ),
    )
}
assert tuple(PROFILES) == PROFILE_NAMES


def parse(spec: str | None) -> list[Profile]:
    """`a+b` or `a,b` -> the profiles, in PROFILE_NAMES order; conflicting switches are refused."""
    names = [n.strip() for n in (spec or DEFAULT_PROFILE).replace(",", "+").split("+") if n.strip()]
    unknown = [n for n in names if n not in PROFILES]
    if unknown:
        raise ProfileError(f"unknown profile {', '.join(map(repr, unknown))}; known: {', '.join(PROFILES)}")
    chosen = [PROFILES[n] for n in PROFILE_NAMES if n in names]
    seen: dict[str, tuple[str, Any]] = {}
    for p in chosen:
        for key, value in p.sets.items():
            if key in seen and seen[key][1] != value:
                raise ProfileError(f"{seen[key][0]} and {p.name} cannot be combined: both set {key}")
            seen[key] = (p.name, value)
    if len(chosen) > 1:
        chosen = [p for p in chosen if p.name != DEFAULT_PROFILE]
    return chosen


def canonical(profiles: list[Profile]) -> str:
    return "+".join(p.name for p in profiles)


def build(spec: str | None, nodes: int = 3, kube_proxy: KubeProxyMode | None = None) -> LabModel:
    profiles = parse(spec)
    settings: dict[str, Any] = {}
    for p in profiles:
        settings.update(p.sets)
    mode = kube_proxy or next((p.kube_proxy for p in profiles if p.kube_proxy), None) or "ipvs"
    return build_model(nodes, mode, profile=canonical(profiles), **settings)


def describe() -> list[dict[str, Any]]:
    """`podnet lab profiles --json`: each profile, what it sets, and the faults that apply to it."""
    from lab.faults import applicable

    out = []
    for p in PROFILES.values():
        model = build(p.name)
        out.append(
            {
                "name": p.name,
                "summary": p.summary,
                "sets": {**p.sets, **({"kube_proxy_mode": p.kube_proxy} if p.kube_proxy else {})},
                "faults": [name for name, why in applicable(model).items() if why is None],
            }
        )
    return out
