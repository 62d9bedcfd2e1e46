"""The fixes the network-policy step suggests: the YAML of a rule that lets DNS through.

Kubernetes NetworkPolicies add up (a packet passes if any policy that selects the pod allows it), so a
new policy allowing DNS is enough against a Kubernetes default deny. A Calico policy's Deny rule, or a
Calico policy ordered before the Kubernetes ones, is not undone that way: the fix is an Allow rule
placed before it, in that policy.
"""

from __future__ import annotations

from collections.abc import Iterable

from checks.cluster.model import PodInfo, PolicyObject
from checks.cluster.policy_eval import describe
from checks.ladder.base import Collector, StepContext

WHERE = "any machine with kubectl"


def _match_labels(labels: dict[str, str], indent: str) -> str:
    return "".join(f"\n{indent}  {k}: {v}" for k, v in sorted(labels.items())) or " {}"


def _dns_labels(ctx: StepContext) -> tuple[str, dict[str, str]]:
    dns = ctx.snap.dns_service
    if dns is None:
        return "kube-system", {"k8s-app": "kube-dns"}
    return dns.namespace, dict(dns.selector) or {"k8s-app": "kube-dns"}


def egress_policy(namespace: str, dns_namespace: str, dns_selector: dict[str, str]) -> str:
    """`kubectl apply` of a NetworkPolicy letting every pod of `namespace` query the cluster DNS."""
    return (
        "kubectl apply -f - <<'EOF'\n"
        "apiVersion: networking.k8s.io/v1\n"
        "kind: NetworkPolicy\n"
        "metadata:\n"
        "  name: allow-dns-egress\n"
        f"  namespace: {namespace}\n"
        "spec:\n"
        "  podSelector: {}\n"
        "  policyTypes: [Egress]\n"
        "  egress:\n"
        "    - to:\n"
        "        - namespaceSelector:\n"
        "            matchLabels:\n"
        f"              kubernetes.io/metadata.name: {dns_namespace}\n"
        "          podSelector:\n"
        f"            matchLabels:{_match_labels(dns_selector, '            ')}\n"
        "      ports:\n"
        "        - {protocol: UDP, port: 53}\n"
        "        - {protocol: TCP, port: 53}\n"
        "EOF"
    )


def ingress_policy(dns_namespace: str, dns_selector: dict[str, str]) -> str:
    """`kubectl apply` of a NetworkPolicy letting every namespace's pods query CoreDNS."""
    return (
        "kubectl apply -f - <<'EOF'\n"
        "apiVersion: networking.k8s.io/v1\n"
        "kind: NetworkPolicy\n"
        "metadata:\n"
        "  name: allow-dns-ingress\n"
        f"  namespace: {dns_namespace}\n"
        "spec:\n"
        f"  podSelector:\n    matchLabels:{_match_labels(dns_selector, '    ')}\n"
        "  policyTypes: [Ingress]\n"
        "  ingress:\n"
        "    - from:\n"
        "        - namespaceSelector: {}\n"
        "      ports:\n"
        "        - {protocol: UDP, port: 53}\n"
        "        - {protocol: TCP, port: 53}\n"
        "EOF"
    )


def calico_rules(direction: str, dns_namespace: str, dns_selector: dict[str, str]) -> str:
    """Calico Allow rules for DNS, to put before the policy's Deny (egress: to CoreDNS; ingress: to it)."""
    selector = " && ".join(f"{k} == '{v}'" for k, v in sorted(dns_selector.items()))
    peer = (
        f"    destination:\n      namespaceSelector: projectcalico.org/name == '{dns_namespace}'\n"
        f"      selector: {selector}\n      ports: [53]\n"
        if direction == "egress"
        else "    destination:\n      ports: [53]\n"
    )
    return "".join(f"  - action: Allow\n    protocol: {proto}\n{peer}" for proto in ("UDP", "TCP"))


def suggest_fixes(
    ctx: StepContext,
    f: Collector,
    direction: str,
    policy: PolicyObject | None,
    selecting: tuple[PolicyObject, ...],
    pods: Iterable[PodInfo],
) -> None:
    dns_ns, dns_sel = _dns_labels(ctx)
    calico = policy if policy is not None and policy.kind != "NetworkPolicy" else None
    if calico is None and not any(p.kind == "NetworkPolicy" for p in selecting):
        calico = selecting[0] if selecting else None  # only Calico policies select it: edit the first
    if calico is not None:
        name = calico.name.removeprefix("default.")  # the CRD stores default-tier names as "default.NAME"
        what = (
            f"globalnetworkpolicy {name}"
            if calico.kind == "GlobalNetworkPolicy"
            else f"networkpolicy {name} -n {calico.namespace}"
        )
        f.suggest(
            f"calicoctl get {what} -o yaml > policy.yaml\n"
            f"# add at the top of its {direction} rules (before any Deny):\n"
            + calico_rules(direction, dns_ns, dns_sel)
            + "calicoctl replace -f policy.yaml",
            WHERE,
            f"{describe(calico)} decides before any Kubernetes NetworkPolicy: allow DNS in it, first",
        )
        return
    if direction == "egress":
        for ns in sorted({p.namespace for p in pods}):
            names = ", ".join(describe(p) for p in selecting) or "a NetworkPolicy"
            f.suggest(
                egress_policy(ns, dns_ns, dns_sel),
                WHERE,
                f"{names} isolates egress: allow UDP and TCP 53 to the CoreDNS pods "
                "(policies add up; or `kubectl edit` the policy to add this egress rule)",
            )
    else:
        f.suggest(
            ingress_policy(dns_ns, dns_sel),
            WHERE,
            "the CoreDNS pods' ingress is isolated: allow UDP and TCP 53 from every namespace",
        )
