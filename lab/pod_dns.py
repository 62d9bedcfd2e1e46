"""A lab pod's resolv.conf, written as kubelet writes it from the pod's dnsPolicy and dnsConfig, into
`/etc/netns/<pod netns>/resolv.conf` (what `ip netns exec` gives the pod's processes).

ClusterFirst: `search <ns>.svc.<domain> svc.<domain> <domain>`, `nameserver` kubelet's --cluster-dns (the
DNS Service IP, or NodeLocal DNSCache's address on the node-local-dns profile), `options ndots:5`; with
dnsConfig merged in. None: only dnsConfig (fault client-ndots).
"""

from __future__ import annotations

from lab.model import CLUSTER_DOMAIN, LabModel, Pod
from lab.paths import ETC_NETNS


def resolv_conf(model: LabModel, pod: Pod) -> str:
    cfg = pod.dns_config or {}
    if pod.dns_policy == "None":
        nameservers: list[str] = []
        searches: list[str] = []
        options: dict[str, str | None] = {}
    else:
        nameservers = [model.pod_nameserver]
        searches = [f"{pod.namespace}.svc.{CLUSTER_DOMAIN}", f"svc.{CLUSTER_DOMAIN}", CLUSTER_DOMAIN]
        options = {"ndots": "5"}
    nameservers += [n for n in cfg.get("nameservers", []) if n not in nameservers]
    searches += [s for s in cfg.get("searches", []) if s not in searches]
    for opt in cfg.get("options", []):
        options[opt["name"]] = opt.get("value")
    lines = []
    if searches:
        lines.append("search " + " ".join(searches))
    lines += [f"nameserver {n}" for n in nameservers]
    if options:
        lines.append("options " + " ".join(k if v is None else f"{k}:{v}" for k, v in options.items()))
    return "\n".join(lines) + "\n"


def write(model: LabModel, pod: Pod) -> None:
    d = ETC_NETNS / pod.netns
    d.mkdir(parents=True, exist_ok=True)
    (d / "resolv.conf").write_text(resolv_conf(model, pod))
