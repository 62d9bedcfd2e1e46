"""Fault `netpol-deny-dns`: the classic default-deny egress NetworkPolicy that forgets DNS.

Someone isolates the client's namespace: a NetworkPolicy selecting every pod there, policyTypes Egress,
allowing only TCP 443 and 80 (the application's own traffic). The policy goes into the API (the stand-in
serves it from the fault's detail) and is enforced the way Calico's felix renders it, in the filter table
of each selected pod's node: `cali-from-wl-dispatch` (jumped from `cali-FORWARD` for traffic from `cali+`
workload interfaces) sends the pod's packets to its `cali-fw-<iface>` chain, which lets established
flows through, runs the policy's chain (`cali-po-…`: TCP 443/80 marked as accepted) and drops what no
policy accepted. The pod's DNS queries (UDP and TCP 53 to the CoreDNS pods, after the Service NAT) are
dropped for real, so its lookups time out.
"""

from __future__ import annotations

import hashlib
from typing import Any, Protocol

from lab.model import ActiveFault, LabModel, Node, Pod, client_pod
from lab.sh import LabCommandError, in_netns, run

NAME = "netpol-deny-dns"
POLICY_NAME = "default-deny-egress"
ALLOWED_TCP_PORTS = (443, 80)
DISPATCH = "cali-from-wl-dispatch"  # shared with other policy faults: created if missing, never removed
ACCEPT_MARK = "0x10000/0x10000"


def policy_spec() -> dict[str, Any]:
    return {
        "podSelector": {},
        "policyTypes": ["Egress"],
        "egress": [{"ports": [{"protocol": "TCP", "port": port} for port in ALLOWED_TCP_PORTS]}],
    }


def selected_pods(model: LabModel, namespace: str) -> list[Pod]:
    """The pods `podSelector: {}` selects: every pod of the namespace that has its own network."""
    return [p for p in model.netns_pods() if p.namespace == namespace]


def _policy_chain(namespace: str) -> str:
    digest = hashlib.sha256(f"{namespace}/knp.default.{POLICY_NAME}".encode()).hexdigest()
    return f"cali-po-_{digest[:16]}"


def _fw_chain(pod: Pod) -> str:
    return f"cali-fw-{pod.host_iface}"


def _ipt(node: Node, *args: str, check: bool = True) -> bool:
    """iptables in the node's namespace; with check=False, whether it succeeded."""
    try:
        run(in_netns(node.netns, ["iptables", "-w", *args]))
    except LabCommandError:
        if check:
            raise
        return False
    return True


def _ensure_chain(node: Node, chain: str) -> None:
    if not _ipt(node, "-n", "-L", chain, check=False):
        _ipt(node, "-N", chain)


def _ensure_rule(node: Node, chain: str, rule: list[str], insert: bool = False) -> None:
    if not _ipt(node, "-C", chain, *rule, check=False):
        _ipt(node, "-I" if insert else "-A", chain, *(["1"] if insert else []), *rule)


def _comment(text: str) -> list[str]:
    return ["-m", "comment", "--comment", f"cali:{text}"]


def _enforce(node: Node, pod: Pod, policy_chain: str) -> None:
    _ensure_chain(node, DISPATCH)
    _ensure_rule(node, "cali-FORWARD", ["-i", "cali+", *_comment("from-wl-dispatch"), "-j", DISPATCH], insert=True)
    _ensure_chain(node, policy_chain)
    _ipt(node, "-F", policy_chain)
    ports = ",".join(str(p) for p in ALLOWED_TCP_PORTS)
    _ipt(
        node,
        "-A",
        policy_chain,
        "-p",
        "tcp",
        "-m",
        "multiport",
        "--dports",
        ports,
        "-j",
        "MARK",
        "--set-xmark",
        ACCEPT_MARK,
    )
    _ipt(node, "-A", policy_chain, "-m", "mark", "--mark", ACCEPT_MARK, "-j", "RETURN")
    fw = _fw_chain(pod)
    _ensure_chain(node, fw)
    _ipt(node, "-F", fw)
    for rule in (
        ["-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", "ACCEPT"],
        ["-m", "conntrack", "--ctstate", "INVALID", "-j", "DROP"],
        ["-j", "MARK", "--set-xmark", "0x0/0x10000"],
        [*_comment("Start of policies"), "-j", policy_chain],
        ["-m", "mark", "--mark", ACCEPT_MARK, *_comment("Return if policy accepted"), "-j", "RETURN"],
        [*_comment("Drop if no policies passed packet"), "-j", "DROP"],
    ):
        _ipt(node, "-A", fw, *rule)
    _ensure_rule(node, DISPATCH, ["-i", pod.host_iface, "-j", fw])


def _lift(node: Node, pod: Pod) -> None:
    fw = _fw_chain(pod)
    _ipt(node, "-D", DISPATCH, "-i", pod.host_iface, "-j", fw, check=False)
    _ipt(node, "-F", fw, check=False)
    _ipt(node, "-X", fw, check=False)


def apply(model: LabModel) -> dict[str, Any]:
    namespace = client_pod(model).namespace
    chain = _policy_chain(namespace)
    pods = selected_pods(model, namespace)
    for pod in pods:
        _enforce(model.node(pod.node), pod, chain)
    return {
        "networkpolicy": {"name": POLICY_NAME, "namespace": namespace, "spec": policy_spec()},
        "pods": [p.name for p in pods],
        "chain": chain,
    }


def revert(model: LabModel, detail: dict[str, Any]) -> None:
    pods = [p for p in model.pods if p.name in detail["pods"]]
    for pod in pods:
        _lift(model.node(pod.node), pod)
    for node_name in sorted({p.node for p in pods}):
        node = model.node(node_name)
        _ipt(node, "-F", detail["chain"], check=False)
        _ipt(node, "-X", detail["chain"], check=False)


class _Lab(Protocol):
    model: LabModel


def break_(ctx: _Lab, node: Node) -> dict[str, Any]:
    """lab.faults' Apply: the policy into the API (the fault's detail) and onto the selected pods' nodes."""
    return apply(ctx.model)


def fix(ctx: _Lab, node: Node, fault: ActiveFault) -> None:
    revert(ctx.model, fault.detail)
