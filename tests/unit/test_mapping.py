"""From a failing name to Services, CoreDNS pods and client nodes (on a hand-built snapshot)."""

from __future__ import annotations

import pytest

from checks.cluster.mapping import Failing, resolve_target
from checks.cluster.model import (
    ClusterSnapshot,
    EndpointInfo,
    NodeInfo,
    PodInfo,
    ServiceInfo,
    ServicePortInfo,
)
from checks.cluster.read import find_dns_service
from checks.errors import InvalidArgument

DNS_PORTS = (ServicePortInfo("dns", "UDP", 53), ServicePortInfo("dns-tcp", "TCP", 53))


def snapshot() -> ClusterSnapshot:
    nodes = [NodeInfo(f"node-{i}", f"10.41.1.{20 + i}", None, None, None, True) for i in (1, 2, 3)]
    pods = [
        PodInfo("onecloud", "keystone-x", "node-3", "10.40.7.2", {"app": "keystone"}, True, False),
        PodInfo("onecloud", "region-y", "node-2", "10.40.6.2", {"app": "region"}, True, False),
        PodInfo("kube-system", "calico-node-z", "node-1", "10.41.1.21", {}, True, True),
    ]
    services = [
        ServiceInfo(
            "kube-system", "kube-dns", "10.96.0.10", DNS_PORTS, {"k8s-app": "kube-dns"}, {"k8s-app": "kube-dns"}
        ),
        ServiceInfo("onecloud", "default-keystone", "10.96.118.37", (ServicePortInfo("api", "TCP", 30357),), {}, {}),
        ServiceInfo("other", "web", "10.96.1.1", (), {}, {}),
        ServiceInfo("shop", "web", "10.96.1.2", (), {}, {}),
    ]
    snap = ClusterSnapshot(nodes=nodes, pods=pods, services=services)
    snap.dns_service = find_dns_service(services)
    snap.dns_endpoints = [EndpointInfo("10.40.52.149", "node-1", "coredns-a", True)]
    return snap


def test_the_dns_service_is_found_by_its_labels_not_its_ip() -> None:
    services = [
        ServiceInfo("kube-system", "coredns", "10.43.0.10", DNS_PORTS, {}, {"k8s-app": "kube-dns"}),
        ServiceInfo("default", "my-dns", "10.43.9.9", DNS_PORTS, {}, {}),
    ]
    found = find_dns_service(services)
    assert found is not None and found.cluster_ip == "10.43.0.10"


def test_a_short_name_maps_to_its_service_and_the_namespaces_nodes() -> None:
    target = resolve_target(snapshot(), Failing("default-keystone", "timeout", "default-keystone", None))
    assert (target.service, target.namespace, target.cluster_dns) == ("default-keystone", "onecloud", "10.96.0.10")
    assert target.client_nodes == ("node-2", "node-3")
    assert target.coredns_pods == (("coredns-a", "10.40.52.149", "node-1"),)


def test_a_typo_is_said_first_with_the_closest_service() -> None:
    target = resolve_target(snapshot(), Failing("default-kevstone", "timeout", "default-kevstone", None))
    assert target.suggestions[0] == "default-keystone"
    assert "no Service named 'default-kevstone'" in target.notes[0]
    assert target.has("mapping.no-such-service") and not target.has("mapping.ambiguous-service")
    assert target.client_nodes == ("node-1", "node-2", "node-3")  # unknown caller: every node


def test_an_ambiguous_name_says_so() -> None:
    target = resolve_target(snapshot(), Failing("web", "timeout", "web", None))
    assert "ambiguous" in target.notes[0] and "other/web" in target.notes[0] and "shop/web" in target.notes[0]
    assert target.has("mapping.ambiguous-service") and not target.has("mapping.no-such-service")
    qualified = resolve_target(snapshot(), Failing("web.shop", "timeout", "web", "shop"))
    assert qualified.namespace == "shop"


def test_from_a_pod_or_a_node() -> None:
    failing = Failing("default-keystone", "timeout", "default-keystone", None)
    assert resolve_target(snapshot(), failing, from_="onecloud/region-y").client_nodes == ("node-2",)
    assert resolve_target(snapshot(), failing, from_="node-1").client_nodes == ("node-1",)
    with pytest.raises(InvalidArgument, match="did you mean region-y"):
        resolve_target(snapshot(), failing, from_="regoin-y")
