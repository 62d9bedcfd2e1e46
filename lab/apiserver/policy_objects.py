"""Network policies as API objects (network-policy step): the NetworkPolicies the lab's faults put in
(`netpol-deny-dns` keeps its policy in the fault's detail), and Calico's policy CRDs, empty: a Calico
install has the CRDs whether or not anyone wrote a Calico policy."""

from __future__ import annotations

from lab.apiserver.meta import Obj, ResourceKey, object_meta
from lab.model import LabModel

NETWORK_POLICIES = ResourceKey("networking.k8s.io", "v1", "networkpolicies")
CALICO_POLICIES = ResourceKey("crd.projectcalico.org", "v1", "networkpolicies")
CALICO_GLOBAL_POLICIES = ResourceKey("crd.projectcalico.org", "v1", "globalnetworkpolicies")


def network_policies(model: LabModel, created: str) -> list[Obj]:
    out: list[Obj] = []
    for fault in model.faults:
        policy = fault.detail.get("networkpolicy")
        if policy:
            meta = object_meta("NetworkPolicy", policy["name"], created, policy["namespace"], generation=1)
            out.append(
                {
                    "kind": "NetworkPolicy",
                    "apiVersion": "networking.k8s.io/v1",
                    "metadata": meta,
                    "spec": policy["spec"],
                }
            )
    return out


def policy_objects(model: LabModel, created: str) -> dict[ResourceKey, list[Obj]]:
    return {
        NETWORK_POLICIES: network_policies(model, created),
        CALICO_POLICIES: [],
        CALICO_GLOBAL_POLICIES: [],
    }
