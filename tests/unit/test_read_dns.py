"""What the resolver steps read from the API (checks/cluster/read_dns.py): a pod's dnsPolicy/dnsConfig and
NodeLocal DNSCache's ConfigMap, on the shapes kube-apiserver serves (the Corefile of kubernetes'
nodelocaldns.yaml, with and without the installer's substitutions)."""

from __future__ import annotations

from dataclasses import replace

from checks.cluster.memory import recorded_cluster
from checks.cluster.model import PodDnsConfig
from checks.cluster.read_dns import node_local_dns, pod_dns
from checks.ladder.resolver_config import pod_resolver
from checks.outputs.resolv_conf import parse_resolv_conf
from lab import nodelocal
from tests.unit.steps.builder import cluster_objects
from tests.unit.steps.test_node_local_dns import COREFILE


def _cm(corefile: str) -> dict:
    return {"metadata": {"name": "node-local-dns", "namespace": "kube-system"}, "data": {"Corefile": corefile}}


def test_iptables_mode_corefile_binds_the_link_local_address_and_the_service_ip() -> None:
    info = node_local_dns(_cm(COREFILE))
    assert info.addresses == ("169.254.20.10", "10.96.0.10")
    assert info.local_address == "169.254.20.10"
    assert info.upstreams == ("__PILLAR__CLUSTER__DNS__", "__PILLAR__UPSTREAM__SERVERS__")
    assert info.health == ("169.254.20.10", 8080)


def test_the_labs_ipvs_mode_corefile_and_an_unsubstituted_one() -> None:
    assert node_local_dns(_cm(nodelocal.corefile())).addresses == ("169.254.20.10",)
    template = COREFILE.replace("bind 169.254.20.10 10.96.0.10", "bind __PILLAR__LOCAL__DNS__ __PILLAR__DNS__SERVER__")
    assert node_local_dns(_cm(template)).addresses == ("169.254.20.10",)  # the documented default


def test_pod_dns_reads_policy_and_config_with_the_apis_default() -> None:
    assert pod_dns({}) == ("ClusterFirst", None)
    policy, config = pod_dns(
        {
            "dnsPolicy": "None",
            "dnsConfig": {
                "nameservers": ["192.0.2.1"],
                "searches": ["ns1.svc.cluster-domain.example", "my.dns.search.suffix"],
                "options": [{"name": "ndots", "value": "2"}, {"name": "edns0"}],
            },
        }
    )
    assert policy == "None"
    assert config == PodDnsConfig(
        ("192.0.2.1",), ("ns1.svc.cluster-domain.example", "my.dns.search.suffix"), (("ndots", "2"), ("edns0", None))
    )


def test_kubelets_resolv_conf_for_each_policy() -> None:
    snap = recorded_cluster(cluster_objects("vxlan")).snapshot()
    pod = next(p for p in snap.pods if p.namespace == "onecloud")
    first = pod_resolver(pod, "10.96.0.10", None)
    assert first.conf.searches[0] == "onecloud.svc.cluster.local" and first.conf.ndots == 5 and first.kubelet_nameserver
    node = parse_resolv_conf("nameserver 10.41.0.1\nsearch lab.example\n")
    default = pod_resolver(replace(pod, dns_policy="Default"), "10.96.0.10", node)
    assert default.conf.nameservers == ("10.41.0.1",) and default.uses_node_file and default.conf.ndots == 1
    host = pod_resolver(replace(pod, host_network=True), "10.96.0.10", node)
    assert host.uses_node_file  # ClusterFirst on hostNetwork falls back to Default
    merged = pod_resolver(
        replace(pod, dns_config=PodDnsConfig(("10.0.0.53",), ("extra.example",), (("ndots", "2"),))), "10.96.0.10", node
    )
    assert merged.conf.nameservers == ("10.96.0.10", "10.0.0.53")
    assert merged.conf.searches[-2:] == ("lab.example", "extra.example")  # cluster's, the node's, then dnsConfig's
    assert merged.conf.ndots == 2
