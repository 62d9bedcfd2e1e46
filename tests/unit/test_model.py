from __future__ import annotations

import ipaddress

import pytest

from lab.layout import build_model
from lab.model import COREDNS_IPS, LabModel, client_pod


def test_the_lab_uses_the_runbooks_addresses() -> None:
    model = build_model(3)
    dns = model.pods_by_app("coredns")
    assert [p.ip for p in dns] == list(COREDNS_IPS) == ["10.40.52.149", "10.40.52.171"]
    node1 = model.node(dns[0].node)
    assert (node1.ip, node1.block, node1.tunnel_ip) == ("10.41.1.21", "10.40.52.128/26", "10.40.52.128")
    assert model.service("kube-system", "kube-dns").cluster_ip == "10.96.0.10"
    keystone = model.service("onecloud", "default-keystone")
    assert [(p.port, p.protocol) for p in keystone.ports] == [(30357, "TCP")]
    assert client_pod(model).node != node1.name  # the client resolves across the tunnel


@pytest.mark.parametrize("nodes", [2, 3, 50, 200])
def test_blocks_addresses_and_names_never_collide(nodes: int) -> None:
    model = build_model(nodes)
    blocks = [ipaddress.ip_network(n.block) for n in model.nodes]
    assert len(set(blocks)) == nodes
    assert all(b.prefixlen == 26 and b.subnet_of(ipaddress.ip_network("10.40.0.0/16")) for b in blocks)
    for pod in model.netns_pods():
        assert ipaddress.ip_address(pod.ip) in ipaddress.ip_network(model.node(pod.node).block)
    assert len({n.ip for n in model.nodes}) == nodes
    assert len({n.vtep_mac for n in model.nodes}) == nodes
    assert len({p.host_iface for p in model.netns_pods()}) == len(model.netns_pods())
    assert all(len(p.host_iface) == 15 and p.host_iface.startswith("cali") for p in model.netns_pods())


def test_node_count_is_bounded() -> None:
    with pytest.raises(ValueError, match="between 2 and 200"):
        build_model(1)


def test_model_survives_a_json_round_trip() -> None:
    model = build_model(4, "iptables")
    again = LabModel.from_json(model.to_json())
    assert again == model


def test_endpoints_follow_ready_pods() -> None:
    model = build_model(3)
    svc = model.service("kube-system", "kube-dns")
    assert [p.ip for p in model.endpoints(svc)] == list(COREDNS_IPS)
    model.pods_by_app("coredns")[1].ready = False
    assert [p.ip for p in model.endpoints(svc)] == [COREDNS_IPS[0]]
