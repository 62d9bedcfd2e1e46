"""CoreDNS's configuration in the lab: the Corefile (kubeadm's default, which the API stand-in serves as
the `coredns` ConfigMap and the CoreDNS pods' servers run), the upstream DNS server it forwards to, and
the resolv.conf files that name that upstream.

The upstream is a dnsmasq on the bastion (10.41.0.2 in the default lab: `LabModel.bastion_ip`, on the
underlay, as a site's resolver would be)
answering a few external-looking names. CoreDNS's pods have dnsPolicy Default: they get the node's
resolv.conf, so `forward . /etc/resolv.conf` reaches the upstream over the real path (pod veth, the
node's routing and Calico's natOutgoing MASQUERADE, the underlay).
"""

from __future__ import annotations

from lab.model import BASTION_IP, CLUSTER_DOMAIN, LabModel
from lab.paths import ETC_NETNS

UPSTREAM_IP = BASTION_IP  # the default lab's; any lab's: LabModel.bastion_ip
FORWARD_PORT = 5354  # the forward stand-in, on the pod's loopback, behind dnsmasq
EXTERNAL_NAMES = {  # documentation addresses (RFC 5737)
    "api.example.com": "203.0.113.10",
    "kubernetes.io": "203.0.113.20",
    "registry.example.org": "203.0.113.30",
}


def corefile_text() -> str:
    return (
        "\n".join(
            [
                ".:53 {",
                "    errors",
                "    health { lameduck 5s }",
                "    ready",
                f"    kubernetes {CLUSTER_DOMAIN} in-addr.arpa ip6.arpa {{",
                "       pods insecure",
                "       fallthrough in-addr.arpa ip6.arpa",
                "       ttl 30",
                "    }",
                "    prometheus :9153",
                "    forward . /etc/resolv.conf { max_concurrent 1000 }",
                "    cache 30",
                "    loop",
                "    reload",
                "    loadbalance",
                "}",
            ]
        )
        + "\n"
    )


def upstream_hosts() -> str:
    return "".join(f"{ip} {name}\n" for name, ip in EXTERNAL_NAMES.items())


def node_resolv_conf(nameserver: str = UPSTREAM_IP) -> str:
    return f"nameserver {nameserver}\n"


def write_node_resolv_confs(model: LabModel, nameserver: str | None = None) -> None:
    """The nodes' /etc/resolv.conf (bind-mounted by `ip netns exec` for sshd and everything on the node)
    and the CoreDNS pods' (dnsPolicy Default: the node's). Written in place: the bind mounts follow."""
    for netns in [n.netns for n in model.nodes] + [p.netns for p in model.pods_by_app("coredns")]:
        d = ETC_NETNS / netns
        d.mkdir(parents=True, exist_ok=True)
        with open(d / "resolv.conf", "w") as fh:
            fh.write(node_resolv_conf(nameserver or model.bastion_ip))
