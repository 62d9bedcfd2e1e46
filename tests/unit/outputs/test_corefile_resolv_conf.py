"""The Corefile parser (checks/cluster/corefile.py) on real Corefiles, and the resolv.conf parser.

Corefiles: kubeadm's default (as `kubeadm init` writes the `coredns` ConfigMap, the lab serves it), k3s's
(its manifests/coredns.yaml: hosts NodeHosts, imports), and the forward forms of
https://coredns.io/plugins/forward/ (IPs, ports, tls://, IPv6 in brackets, an options block).
"""

from __future__ import annotations

from checks.cluster.corefile import parse_corefile
from checks.outputs.resolv_conf import parse_resolv_conf
from tests.unit.steps.builder import text

K3S = """.:53 {
    errors
    health
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
      pods insecure
      fallthrough in-addr.arpa ip6.arpa
    }
    hosts /etc/coredns/NodeHosts {
      ttl 60
      reload 15s
      fallthrough
    }
    prometheus :9153
    forward . /etc/resolv.conf
    cache 30
    loop
    reload
    loadbalance
    import /etc/coredns/custom/*.override
}
import /etc/coredns/custom/*.server
"""


def test_kubeadm_default() -> None:
    cf = parse_corefile(text("clusters/coredns/Corefile"))
    (root,) = cf.servers
    assert (root.zones, root.port) == ((".",), 53)
    assert root.plugins == (
        "errors", "health", "ready", "kubernetes", "prometheus", "forward", "cache", "loop", "reload", "loadbalance"
    )  # fmt: skip
    assert cf.cluster_domain == "cluster.local"
    assert [t.path for t in cf.upstreams()] == ["/etc/resolv.conf"]  # the { max_concurrent 1000 } block is options


def test_k3s_with_hosts_and_imports() -> None:
    cf = parse_corefile(K3S)
    assert cf.root is not None and cf.root.has("hosts") and cf.root.has("loop")
    assert [t.text for t in cf.upstreams()] == ["/etc/resolv.conf"]
    assert cf.cluster_domain == "cluster.local"


def test_forward_forms_and_several_server_blocks() -> None:
    cf = parse_corefile(
        "# a stub domain, then the root\n"
        "consul.local:53 {\n    errors\n    forward . 10.150.0.1:8600\n}\n"
        'dns://.:53 {\n    kubernetes "corp.internal" {\n      pods verified\n    }\n'
        "    forward . 8.8.8.8 tls://1.1.1.1 127.0.0.53 [2001:db8::1]:5353 {\n       max_fails 3\n    }\n"
        "    cache 30   # thirty seconds\n}\n"
    )
    assert [s.zones for s in cf.servers] == [("consul.local.",), (".",)]
    assert cf.servers[0].forwards[0].targets[0].port == 8600
    assert cf.cluster_domain == "corp.internal"
    assert [(t.address, t.port, t.loopback) for t in cf.upstreams()] == [
        ("8.8.8.8", 53, False),
        ("1.1.1.1", 853, False),
        ("127.0.0.53", 53, True),
        ("2001:db8::1", 5353, False),
    ]
    assert cf.root is not None and cf.root.plugins == ("kubernetes", "forward", "cache")


def test_no_root_block_means_no_upstream() -> None:
    cf = parse_corefile("cluster.local:53 {\n    kubernetes\n}\n(snippet) {\n    forward . 8.8.8.8\n}\n")
    assert cf.root is None and cf.upstreams() == () and cf.cluster_domain == "cluster.local"


def test_resolv_conf() -> None:
    stub = parse_resolv_conf(
        "# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\n"
        "nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n"
    )
    assert stub.nameservers == ("127.0.0.53",) and stub.only_loopback
    real = parse_resolv_conf(
        "nameserver 10.0.0.2 ; dhcp\nnameserver fe80::1%eth0\nnameserver bogus\nsearch ec2.internal\n"
    )
    assert real.nameservers == ("10.0.0.2", "fe80::1") and not real.only_loopback
    assert not parse_resolv_conf("").only_loopback
