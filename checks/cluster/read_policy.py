"""What the network-policy step reads: namespaces' labels, Kubernetes NetworkPolicies and, where their
CRDs exist, Calico's NetworkPolicies and GlobalNetworkPolicies and sig-network's (Baseline)AdminNetworkPolicies
(only to say, when one applies to the pods, that podnet does not evaluate them); and each pod's declared container ports
and service account (named ports, Calico's serviceAccountSelector).

A 404 on a collection means the resource type is not served (a Calico policy CRD absent): there are no
such objects, which is not a failure, so it is not recorded. A refusal (403) is recorded in `unavailable`,
as every read is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from checks.cluster.model import ClusterSnapshot, ContainerPort, PolicyObject

NETWORK_POLICIES = "networkpolicies.networking.k8s.io"  # keys in `unavailable`
CALICO_POLICIES = "networkpolicies.crd.projectcalico.org"
CALICO_GLOBAL_POLICIES = "globalnetworkpolicies.crd.projectcalico.org"
NAMESPACES = "namespaces"
CALICO_PATH = "/apis/crd.projectcalico.org/v1"
ADMIN_POLICIES = "adminnetworkpolicies.policy.networking.k8s.io"  # sig-network's AdminNetworkPolicy CRDs
BASELINE_POLICIES = "baselineadminnetworkpolicies.policy.networking.k8s.io"
ANP_PATH = "/apis/policy.networking.k8s.io/v1alpha1"

Listing = Callable[[str, str], list[dict[str, Any]]]


def pod_ports(spec: dict[str, Any]) -> tuple[ContainerPort, ...]:
    """The named container ports of a pod spec (unnamed ones cannot be referred to by name)."""
    return tuple(
        ContainerPort(str(p["name"]), str(p.get("protocol") or "TCP"), int(p.get("containerPort", 0)))
        for c in spec.get("containers") or []
        for p in c.get("ports") or []
        if p.get("name")
    )


def read_policies(snap: ClusterSnapshot, listing: Listing, pod_specs: dict[tuple[str, str], dict[str, Any]]) -> None:
    """Fill the snapshot's namespaces and policies; add ports and service accounts to its pods."""
    snap.pods[:] = [
        replace(
            p,
            ports=pod_ports(pod_specs.get((p.namespace, p.name), {})),
            service_account=pod_specs.get((p.namespace, p.name), {}).get("serviceAccountName") or None,
        )
        for p in snap.pods
    ]
    for ns in listing(NAMESPACES, "/api/v1/namespaces"):
        meta = ns.get("metadata") or {}
        snap.namespaces[str(meta.get("name", ""))] = dict(meta.get("labels") or {})
    for kind, what, path in (
        ("NetworkPolicy", NETWORK_POLICIES, "/apis/networking.k8s.io/v1/networkpolicies"),
        ("CalicoNetworkPolicy", CALICO_POLICIES, f"{CALICO_PATH}/networkpolicies"),
        ("GlobalNetworkPolicy", CALICO_GLOBAL_POLICIES, f"{CALICO_PATH}/globalnetworkpolicies"),
        ("AdminNetworkPolicy", ADMIN_POLICIES, f"{ANP_PATH}/adminnetworkpolicies"),
        ("BaselineAdminNetworkPolicy", BASELINE_POLICIES, f"{ANP_PATH}/baselineadminnetworkpolicies"),
    ):
        for obj in listing(what, path):
            meta = obj.get("metadata") or {}
            snap.policies.append(
                PolicyObject(kind, meta.get("namespace"), str(meta.get("name", "")), dict(obj.get("spec") or {}))
            )
    for what in (
        NAMESPACES,
        NETWORK_POLICIES,
        CALICO_POLICIES,
        CALICO_GLOBAL_POLICIES,
        ADMIN_POLICIES,
        BASELINE_POLICIES,
    ):
        if snap.unavailable.get(what, "").startswith("not found"):
            del snap.unavailable[what]  # the resource type is not served here (a CRD absent): no such objects
