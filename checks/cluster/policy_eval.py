"""Does network policy let one pod's packet to another through? Pure functions over the snapshot.

Kubernetes NetworkPolicies and Calico's (namespaced) NetworkPolicies and GlobalNetworkPolicies are
evaluated together the way Calico's felix renders them for a workload endpoint, per direction:
the policies that select the endpoint for that direction, in `order` (a Kubernetes NetworkPolicy is
order 1000, Calico's rendering of it; no order sorts last; ties by name), each one's rules in turn: the
first rule that matches decides (Allow, Deny; Pass leaves the tier for the profiles, which allow; Log goes
on). When no rule decides: denied if any policy selected the endpoint (default deny), allowed if none did.
The packet passes if the sender's egress and the receiver's ingress both let it through. The destination
is the pod (kube-proxy's DNAT happens before the filter), its port the pod's port.

What is not evaluated raises `Unevaluated`, naming the policy and the feature: Calico tiers other than
`default`, service-account selectors, `services` in rules, HTTP match, source ports, selector syntax
outside `checks.cluster.calico_selector`, namespace labels other than `kubernetes.io/metadata.name`
when namespaces could not be read. An AdminNetworkPolicy or BaselineAdminNetworkPolicy whose subject
takes in the pod and has rules in that direction is not evaluated either (it is said, not guessed).
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from typing import Any, Literal

from checks.cluster.calico_selector import UnsupportedSelector, matches
from checks.cluster.model import ClusterSnapshot, ContainerPort, PodInfo, PolicyObject

Direction = Literal["egress", "ingress"]
K8S_ORDER = 1000.0  # where Calico places Kubernetes NetworkPolicies among its own
NAME_LABEL = "kubernetes.io/metadata.name"


class Unevaluated(Exception):
    """A policy uses something podnet does not evaluate: the outcome cannot be told."""

    def __init__(self, policy: PolicyObject, what: str) -> None:
        super().__init__(f"{_describe(policy)}: {what}")
        self.policy = policy
        self.what = what


@dataclass(frozen=True)
class Flow:
    src: PodInfo
    dst: PodInfo
    protocol: str  # "UDP" | "TCP"
    port: int  # the destination pod's port


@dataclass(frozen=True)
class Decision:
    direction: Direction
    allowed: bool
    policy: PolicyObject | None  # the policy whose rule decided; None: no rule did
    selecting: tuple[PolicyObject, ...]  # the policies that selected the endpoint in that direction
    reason: str


def _describe(p: PolicyObject) -> str:
    kind = {"CalicoNetworkPolicy": "Calico NetworkPolicy"}.get(p.kind, p.kind)
    return f"{kind} {p.ref}"


describe = _describe


# --- labels ------------------------------------------------------------------------------------
def namespace_labels(snap: ClusterSnapshot, namespace: str) -> tuple[dict[str, str], bool]:
    """A namespace's labels and whether they are known (read); else only the name label the API sets."""
    if namespace in snap.namespaces:
        return {NAME_LABEL: namespace, **snap.namespaces[namespace]}, True
    return {NAME_LABEL: namespace}, False


def calico_labels(snap: ClusterSnapshot, pod: PodInfo) -> dict[str, str]:
    """The labels Calico's selectors see on a pod's endpoint: its own, plus the ones Calico adds."""
    ns_labels, _ = namespace_labels(snap, pod.namespace)
    out = {f"pcns.{k}": v for k, v in ns_labels.items()}
    out.update(pod.labels)
    out["projectcalico.org/namespace"] = pod.namespace
    out["projectcalico.org/orchestrator"] = "k8s"
    if pod.service_account:
        out["projectcalico.org/serviceaccount"] = pod.service_account
    return out


def label_selector(policy: PolicyObject, sel: dict[str, Any], labels: dict[str, str]) -> bool:
    """A Kubernetes LabelSelector (matchLabels, matchExpressions); {} selects everything."""
    if any(labels.get(k) != v for k, v in (sel.get("matchLabels") or {}).items()):
        return False
    for expr in sel.get("matchExpressions") or []:
        key, op, values = expr.get("key"), expr.get("operator"), expr.get("values") or []
        if op == "In":
            ok = key in labels and labels[key] in values
        elif op == "NotIn":
            ok = labels.get(key) not in values
        elif op == "Exists":
            ok = key in labels
        elif op == "DoesNotExist":
            ok = key not in labels
        else:
            raise Unevaluated(policy, f"matchExpressions operator {op!r}")
        if not ok:
            return False
    return True


def _selector_keys(sel: dict[str, Any]) -> set[str]:
    return set(sel.get("matchLabels") or {}) | {e.get("key", "") for e in sel.get("matchExpressions") or []}


def _ns_selected(snap: ClusterSnapshot, policy: PolicyObject, sel: dict[str, Any], namespace: str) -> bool:
    labels, known = namespace_labels(snap, namespace)
    if not known and _selector_keys(sel) - {NAME_LABEL}:
        raise Unevaluated(
            policy,
            "a namespaceSelector on labels other than kubernetes.io/metadata.name, and the "
            "namespaces could not be read",
        )
    return label_selector(policy, sel, labels)


def _calico_match(policy: PolicyObject, selector: str | None, labels: dict[str, str]) -> bool:
    try:
        return matches(selector, labels)
    except UnsupportedSelector as err:
        raise Unevaluated(policy, str(err)) from err


# --- ports -------------------------------------------------------------------------------------
def _named_port(ports: tuple[ContainerPort, ...], name: str, protocol: str) -> int | None:
    return next((p.port for p in ports if p.name == name and p.protocol == protocol), None)


def _k8s_port_matches(entry: dict[str, Any], flow: Flow) -> bool:
    if (entry.get("protocol") or "TCP") != flow.protocol:
        return False
    port = entry.get("port")
    if port is None:
        return True
    if isinstance(port, str) and not port.isdigit():
        return _named_port(flow.dst.ports, port, flow.protocol) == flow.port
    end = entry.get("endPort")
    return int(port) == flow.port or (end is not None and int(port) <= flow.port <= int(end))


def _calico_ports_match(policy: PolicyObject, ports: list[Any], flow: Flow) -> bool:
    for port in ports:
        text = str(port)
        if text.isdigit():
            if int(text) == flow.port:
                return True
        elif ":" in text and all(part.isdigit() for part in text.split(":", 1)):
            low, high = (int(x) for x in text.split(":", 1))
            if low <= flow.port <= high:
                return True
        elif _named_port(flow.dst.ports, text, flow.protocol) == flow.port:
            return True
    return False


# --- Kubernetes NetworkPolicy --------------------------------------------------------------------
def _k8s_types(spec: dict[str, Any]) -> list[str]:
    types = spec.get("policyTypes")
    if types:
        return list(types)
    return ["Ingress", "Egress"] if spec.get("egress") else ["Ingress"]  # as the API server defaults it


def _k8s_peer(snap: ClusterSnapshot, policy: PolicyObject, peer: dict[str, Any], pod: PodInfo) -> bool:
    block = peer.get("ipBlock")
    if block is not None:
        addr = ipaddress.ip_address(pod.ip or "0.0.0.0")  # noqa: S104 - an address to compare, not to bind
        try:
            inside = addr in ipaddress.ip_network(block.get("cidr", ""), strict=False)
            excluded = any(addr in ipaddress.ip_network(e, strict=False) for e in block.get("except") or [])
        except ValueError as err:
            raise Unevaluated(policy, f"ipBlock {block}: {err}") from err
        return inside and not excluded
    pods, nss = peer.get("podSelector"), peer.get("namespaceSelector")
    if pod.host_network:
        return False  # not a pod's own address: selectors do not match it (Calico: not a workload endpoint)
    if pods is None and nss is None:
        raise Unevaluated(policy, f"a peer with neither podSelector, namespaceSelector nor ipBlock: {peer}")
    in_scope = pod.namespace == policy.namespace if nss is None else _ns_selected(snap, policy, nss, pod.namespace)
    return in_scope and (pods is None or label_selector(policy, pods, pod.labels))


def _k8s_rule(snap: ClusterSnapshot, policy: PolicyObject, rule: dict[str, Any], flow: Flow, d: Direction) -> bool:
    peers = rule.get("to" if d == "egress" else "from")
    other = flow.dst if d == "egress" else flow.src
    if peers and not any(_k8s_peer(snap, policy, peer, other) for peer in peers):
        return False
    ports = rule.get("ports")
    return not ports or any(_k8s_port_matches(entry, flow) for entry in ports)


# --- Calico policies -----------------------------------------------------------------------------
_UNEVALUATED_RULE = ("http", "services")
_UNEVALUATED_ENTITY = ("serviceAccounts", "services")


def _calico_types(spec: dict[str, Any]) -> list[str]:
    types = spec.get("types")
    if types:
        return list(types)
    has_in, has_out = bool(spec.get("ingress")), bool(spec.get("egress"))
    return (["Ingress"] if has_in or not has_out else []) + (["Egress"] if has_out else [])


def _nets_match(policy: PolicyObject, entity: dict[str, Any], ip: str | None) -> bool:
    addr = ipaddress.ip_address(ip or "0.0.0.0")  # noqa: S104 - an address to compare, not to bind
    try:
        inside = not entity.get("nets") or any(addr in ipaddress.ip_network(n, strict=False) for n in entity["nets"])
        return inside and not any(addr in ipaddress.ip_network(n, strict=False) for n in entity.get("notNets") or [])
    except ValueError as err:
        raise Unevaluated(policy, f"nets: {err}") from err


def _selectors_match(snap: ClusterSnapshot, policy: PolicyObject, entity: dict[str, Any], pod: PodInfo) -> bool:
    labels = calico_labels(snap, pod)
    nss = entity.get("namespaceSelector")
    if nss is not None:
        ns_labels, known = namespace_labels(snap, pod.namespace)
        ns_labels = {**ns_labels, "projectcalico.org/name": pod.namespace}
        if not known and nss.strip() not in ("", "all()") and NAME_LABEL not in nss and "projectcalico" not in nss:
            raise Unevaluated(policy, f"namespaceSelector {nss!r} and the namespaces could not be read")
        if not _calico_match(policy, nss, ns_labels):
            return False
    if entity.get("selector") is not None:
        if nss is None and policy.kind == "CalicoNetworkPolicy" and pod.namespace != policy.namespace:
            return False  # a namespaced policy's selector means pods of its own namespace
        if not _calico_match(policy, entity["selector"], labels):
            return False
    return not (entity.get("notSelector") and _calico_match(policy, entity["notSelector"], labels))


def _calico_entity(
    snap: ClusterSnapshot, policy: PolicyObject, entity: dict[str, Any], pod: PodInfo, flow: Flow, is_dst: bool
) -> bool:
    """Does a rule's source or destination (`is_dst`) match the flow's endpoint `pod`?"""
    for key in _UNEVALUATED_ENTITY:
        if entity.get(key):
            raise Unevaluated(policy, f"a rule with {key} (not evaluated by podnet)")
    if not is_dst and (entity.get("ports") or entity.get("notPorts")):
        raise Unevaluated(policy, "a rule on source ports (the client's port is ephemeral)")
    if not _nets_match(policy, entity, pod.ip):
        return False
    has_selector = any(entity.get(k) is not None for k in ("selector", "namespaceSelector"))
    if (pod.host_network and has_selector) or not _selectors_match(snap, policy, entity, pod):
        return False  # a host address is no workload endpoint: Calico's selectors do not match it
    if entity.get("ports") and not _calico_ports_match(policy, entity["ports"], flow):
        return False
    return not (entity.get("notPorts") and _calico_ports_match(policy, entity["notPorts"], flow))


def _protocol_is(value: Any, protocol: str) -> bool:
    numbers = {"TCP": "6", "UDP": "17"}
    return str(value).upper() == protocol or str(value) == numbers.get(protocol)


def _calico_rule(snap: ClusterSnapshot, policy: PolicyObject, rule: dict[str, Any], flow: Flow) -> bool:
    for key in _UNEVALUATED_RULE:
        if rule.get(key):
            raise Unevaluated(policy, f"a rule with {key} (not evaluated by podnet)")
    if rule.get("ipVersion") not in (None, 4):
        return False
    if rule.get("protocol") is not None and not _protocol_is(rule["protocol"], flow.protocol):
        return False
    if rule.get("notProtocol") is not None and _protocol_is(rule["notProtocol"], flow.protocol):
        return False
    return _calico_entity(snap, policy, rule.get("source") or {}, flow.src, flow, False) and _calico_entity(
        snap, policy, rule.get("destination") or {}, flow.dst, flow, True
    )


# --- one endpoint, one direction -------------------------------------------------------------------
def _order(p: PolicyObject) -> tuple[float, str]:
    if p.kind == "NetworkPolicy":
        return K8S_ORDER, f"knp.default.{p.name}"
    order = p.spec.get("order")
    return (float(order) if order is not None else math.inf), p.name


def _admin_subject(snap: ClusterSnapshot, p: PolicyObject, pod: PodInfo) -> bool:
    """Does an (Baseline)AdminNetworkPolicy's subject take in the pod? (Its rules are not evaluated.)"""
    subject = p.spec.get("subject") or {}
    if "namespaces" in subject:
        return _ns_selected(snap, p, subject["namespaces"] or {}, pod.namespace)
    if "pods" in subject:
        pods = subject["pods"] or {}
        return _ns_selected(snap, p, pods.get("namespaceSelector") or {}, pod.namespace) and label_selector(
            p, pods.get("podSelector") or {}, pod.labels
        )
    raise Unevaluated(p, f"a subject podnet does not read: {sorted(subject)}")


ADMIN_KINDS = ("AdminNetworkPolicy", "BaselineAdminNetworkPolicy")


def _selects(snap: ClusterSnapshot, p: PolicyObject, pod: PodInfo, d: Direction) -> bool:
    """Does policy `p` apply to `pod` in direction `d`? Raises Unevaluated."""
    want = "Egress" if d == "egress" else "Ingress"
    if p.kind == "NetworkPolicy":
        return (
            p.namespace == pod.namespace
            and want in _k8s_types(p.spec)
            and label_selector(p, p.spec.get("podSelector") or {}, pod.labels)
        )
    if p.kind in ADMIN_KINDS:
        if _admin_subject(snap, p, pod) and p.spec.get(d):
            raise Unevaluated(p, f"its {d} rules apply to {pod.namespace}/{pod.name} (not evaluated by podnet)")
        return False
    return _calico_selects(snap, p, pod, want)


def _calico_selects(snap: ClusterSnapshot, p: PolicyObject, pod: PodInfo, want: str) -> bool:
    if p.kind == "CalicoNetworkPolicy" and p.namespace != pod.namespace:
        return False
    if p.kind == "GlobalNetworkPolicy" and (p.spec.get("doNotTrack") or p.spec.get("preDNAT")):
        return False  # these apply to host endpoints only, never to a pod's
    if want not in _calico_types(p.spec):
        return False
    if p.spec.get("tier") not in (None, "", "default"):
        raise Unevaluated(p, f"tier {p.spec['tier']!r} (podnet evaluates the default tier only)")
    if p.spec.get("serviceAccountSelector"):
        raise Unevaluated(p, "serviceAccountSelector (not evaluated by podnet)")
    if p.kind == "GlobalNetworkPolicy" and p.spec.get("namespaceSelector"):
        ns_labels, _ = namespace_labels(snap, pod.namespace)
        if not _calico_match(p, p.spec["namespaceSelector"], {**ns_labels, "projectcalico.org/name": pod.namespace}):
            return False
    return _calico_match(p, p.spec.get("selector"), calico_labels(snap, pod))


def egress_restricted(snap: ClusterSnapshot, pod: PodInfo) -> bool:
    """Does any policy apply to the pod's egress (or one podnet cannot evaluate might)? Such a pod may be
    silent towards DNS by design: a poor stand-in for the failing client when podnet picks one itself."""
    for p in snap.policies:
        try:
            if _selects(snap, p, pod, "egress"):
                return True
        except Unevaluated:
            return True
    return False


def decide(snap: ClusterSnapshot, flow: Flow, d: Direction) -> Decision:
    """The fate of `flow` at its sender (egress) or its receiver (ingress). Raises Unevaluated."""
    pod = flow.src if d == "egress" else flow.dst
    if pod.host_network:
        return Decision(d, True, None, (), f"{pod.name} is on the host network: pod policy does not apply to it")
    selecting: list[PolicyObject] = []
    for p in sorted(snap.policies, key=_order):
        if not _selects(snap, p, pod, d):
            continue
        selecting.append(p)
        for i, rule in enumerate(p.spec.get(d) or [], start=1):
            if p.kind == "NetworkPolicy":
                if _k8s_rule(snap, p, rule, flow, d):
                    return Decision(d, True, p, tuple(selecting), f"{_describe(p)} allows it ({d} rule {i})")
                continue
            action = rule.get("action")
            if action not in ("Allow", "Deny", "Pass", "Log"):
                raise Unevaluated(p, f"{d} rule {i}: action {action!r}")
            if action == "Log" or not _calico_rule(snap, p, rule, flow):
                continue
            if action == "Pass":
                return Decision(
                    d, True, p, tuple(selecting), f"{_describe(p)} passes it to the profiles ({d} rule {i})"
                )
            allowed = action == "Allow"
            verb = "allows" if allowed else "denies"
            return Decision(d, allowed, p, tuple(selecting), f"{_describe(p)} {verb} it ({d} rule {i})")
    if selecting:
        names = ", ".join(_describe(p) for p in selecting)
        return Decision(d, False, None, tuple(selecting), f"selected by {names}: no {d} rule allows it")
    return Decision(d, True, None, (), f"no policy selects {pod.namespace}/{pod.name} for {d}")
