"""Calico's selector language (the subset podnet reads) and the reading of policies from the API."""

from __future__ import annotations

from typing import Any

import pytest

from checks.cluster.calico_selector import UnsupportedSelector, matches
from checks.cluster.memory import recorded_cluster
from checks.cluster.model import ClusterSnapshot, ContainerPort, PodInfo, PolicyObject
from checks.cluster.policy_eval import Flow, Unevaluated, decide
from checks.cluster.read_policy import CALICO_GLOBAL_POLICIES, CALICO_POLICIES, NETWORK_POLICIES

LABELS = {"k8s-app": "kube-dns", "tier": "control", "projectcalico.org/namespace": "kube-system"}

SELECTORS = [
    ("", True),
    ("all()", True),
    ("k8s-app == 'kube-dns'", True),
    ('k8s-app == "kube-dns"', True),
    ("k8s-app != 'kube-dns'", False),
    ("missing != 'x'", True),
    ("has(tier)", True),
    ("!has(tier)", False),
    ("k8s-app in {'coredns', 'kube-dns'}", True),
    ("k8s-app not in {'coredns', 'kube-dns'}", False),
    ("projectcalico.org/namespace not in {'kube-system', 'calico-system', 'calico-apiserver'}", False),
    ("k8s-app == 'kube-dns' && tier == 'web'", False),
    ("k8s-app == 'x' || tier == 'control'", True),
    ("!(k8s-app == 'x' || tier == 'web') && has(k8s-app)", True),
    ("k8s-app contains 'dns'", True),
    ("k8s-app starts with 'kube'", True),
    ("k8s-app ends with 'proxy'", False),
    ("missing contains 'x'", False),
]


@pytest.mark.parametrize(("selector", "expected"), SELECTORS)
def test_calico_selectors(selector: str, expected: bool) -> None:
    assert matches(selector, LABELS) is expected


@pytest.mark.parametrize(
    "selector", ["k8s-app =~ 'kube'", "k8s-app ==", "global()", "has(tier", "k8s-app == kube-dns", "a && "]
)
def test_selectors_podnet_does_not_read_are_said_so(selector: str) -> None:
    with pytest.raises(UnsupportedSelector):
        matches(selector, LABELS)


def _pod(ns: str, name: str, ip: str, labels: dict[str, str], ports: tuple[ContainerPort, ...] = ()) -> PodInfo:
    return PodInfo(ns, name, "node-1", ip, labels, True, False, ports=ports)


CLIENT = _pod("app", "client", "10.40.1.5", {"app": "web"})
DNS = _pod("kube-system", "coredns", "10.40.2.5", {"k8s-app": "kube-dns"}, (ContainerPort("dns", "UDP", 53),))


def _decide(*policies: PolicyObject, namespaces: dict[str, dict[str, str]] | None = None) -> bool:
    snap = ClusterSnapshot(pods=[CLIENT, DNS], policies=list(policies), namespaces=namespaces or {})
    flow = Flow(CLIENT, DNS, "UDP", 53)
    return decide(snap, flow, "egress").allowed and decide(snap, flow, "ingress").allowed


def _np(spec: dict[str, Any], ns: str = "app") -> PolicyObject:
    return PolicyObject("NetworkPolicy", ns, "p", {"podSelector": {}, "policyTypes": ["Egress"], **spec})


TO_TEAM_NS = {"egress": [{"to": [{"namespaceSelector": {"matchLabels": {"team": "platform"}}}]}]}


def test_a_namespace_selector_on_labels_read_from_the_namespace() -> None:
    assert _decide(_np(TO_TEAM_NS), namespaces={"kube-system": {"team": "platform"}, "app": {}}) is True
    assert _decide(_np(TO_TEAM_NS), namespaces={"kube-system": {"team": "other"}, "app": {}}) is False


def test_namespace_labels_unknown_are_not_guessed() -> None:
    with pytest.raises(Unevaluated, match="namespaces could not be read"):
        _decide(_np(TO_TEAM_NS))
    by_name = {
        "egress": [{"to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}}}]}]
    }
    assert _decide(_np(by_name)) is True  # the API server sets that label on every namespace


def test_an_unknown_match_expression_operator_is_unevaluated() -> None:
    odd = PolicyObject(
        "NetworkPolicy",
        "app",
        "odd",
        {"podSelector": {"matchExpressions": [{"key": "a", "operator": "Gt"}]}, "policyTypes": ["Egress"]},
    )
    with pytest.raises(Unevaluated, match="operator 'Gt'"):
        _decide(odd)


def _objects(**extra: Any) -> dict[str, dict[str, Any]]:
    base: dict[str, dict[str, Any]] = {
        "/api/v1/nodes": {"items": []},
        "/api/v1/pods": {
            "items": [
                {
                    "metadata": {"namespace": "kube-system", "name": "coredns"},
                    "spec": {
                        "serviceAccountName": "coredns",
                        "containers": [
                            {
                                "ports": [
                                    {"name": "dns", "containerPort": 53, "protocol": "UDP"},
                                    {"containerPort": 9153},
                                ]
                            }
                        ],
                    },
                    "status": {},
                }
            ]
        },
        "/api/v1/namespaces": {"items": [{"metadata": {"name": "kube-system", "labels": {"a": "b"}}}]},
        "/apis/networking.k8s.io/v1/networkpolicies": {
            "items": [{"metadata": {"namespace": "app", "name": "deny"}, "spec": {"podSelector": {}}}]
        },
    }
    base.update(extra)
    return base


def test_reading_policies_namespaces_and_ports() -> None:
    snap = recorded_cluster(_objects()).snapshot()
    assert snap.policies == [PolicyObject("NetworkPolicy", "app", "deny", {"podSelector": {}})]
    assert snap.namespaces == {"kube-system": {"a": "b"}}
    pod = snap.pods[0]
    assert (pod.ports, pod.service_account) == ((ContainerPort("dns", "UDP", 53),), "coredns")
    # the Calico policy CRDs absent (404): no such policies, and nothing to report
    assert CALICO_POLICIES not in snap.unavailable and CALICO_GLOBAL_POLICIES not in snap.unavailable


def test_refused_policy_reads_are_recorded() -> None:
    refused = {
        "/apis/crd.projectcalico.org/v1/globalnetworkpolicies": 403,
        "/apis/networking.k8s.io/v1/networkpolicies": 403,
    }
    snap = recorded_cluster(_objects(), refused).snapshot()
    assert snap.unavailable[CALICO_GLOBAL_POLICIES].startswith("forbidden")
    assert snap.unavailable[NETWORK_POLICIES].startswith("forbidden")
    assert snap.policies == []
