"""The API objects the resolver steps read (client-resolver, node-local-dns), turned into the snapshot's
types: a pod's dnsPolicy/dnsConfig, and NodeLocal DNSCache's ConfigMap.

NodeLocal DNSCache's ConfigMap (kube-system/node-local-dns, from kubernetes' nodelocaldns.yaml) holds a
Corefile whose server blocks `bind` the link-local address (and, in iptables mode, the cluster DNS IP)
and `forward` cluster names to `__PILLAR__CLUSTER__DNS__` (node-cache fills that in at start) or to an
address the installer wrote there.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from checks.cluster.model import NodeLocalDnsInfo, PodDnsConfig

NODE_LOCAL_DNS_CONFIGMAP = "configmap kube-system/node-local-dns"  # its key in `unavailable`
DEFAULT_LOCAL_ADDRESS = "169.254.20.10"  # the address kubernetes' nodelocaldns docs use

_BIND = re.compile(r"^\s*bind\s+(?P<rest>[^\n#]+)", re.M)
_HEALTH = re.compile(r"^\s*health\s+(?P<ip>[0-9.]{7,15}):(?P<port>\d{1,5})", re.M)
_FORWARD = re.compile(r"^\s*forward\s+\S+\s+(?P<rest>[^\n{#]+)", re.M)


def pod_dns(spec: dict[str, Any]) -> tuple[str, PodDnsConfig | None]:
    """(dnsPolicy, dnsConfig) of a pod spec; the API defaults dnsPolicy to ClusterFirst."""
    policy = str(spec.get("dnsPolicy") or "ClusterFirst")
    raw = spec.get("dnsConfig")
    if not isinstance(raw, dict):
        return policy, None
    options = tuple(
        (str(o.get("name") or ""), None if o.get("value") is None else str(o.get("value")))
        for o in raw.get("options") or []
        if isinstance(o, dict) and o.get("name")
    )
    return policy, PodDnsConfig(
        tuple(str(n) for n in raw.get("nameservers") or []),
        tuple(str(s) for s in raw.get("searches") or []),
        options,
    )


def _addresses(words: str) -> list[str]:
    out = []
    for word in words.split():
        try:
            out.append(str(ipaddress.ip_address(word.split(":")[0])))
        except ValueError:
            continue
    return out


def node_local_dns(configmap: dict[str, Any]) -> NodeLocalDnsInfo:
    """What NodeLocal DNSCache's ConfigMap says: its bound addresses (the link-local one first) and the
    upstreams of its forward lines (placeholders such as __PILLAR__CLUSTER__DNS__ kept as written)."""
    meta = configmap.get("metadata") or {}
    corefile = "\n".join(str(v) for v in (configmap.get("data") or {}).values())
    bound: list[str] = []
    for m in _BIND.finditer(corefile):
        bound += [a for a in _addresses(m.group("rest")) if a not in bound]
    upstreams: list[str] = []
    for m in _FORWARD.finditer(corefile):
        upstreams += [w for w in m.group("rest").split() if w not in upstreams]
    bound.sort(key=lambda a: not a.startswith("169.254."))
    health = _HEALTH.search(corefile)
    port = int(health.group("port")) if health else 0
    checked = (health.group("ip"), port) if health and _addresses(health.group("ip")) and 0 < port < 65536 else None
    return NodeLocalDnsInfo(
        str(meta.get("namespace") or "kube-system"),
        tuple(bound or [DEFAULT_LOCAL_ADDRESS]),
        tuple(upstreams),
        checked,
    )
