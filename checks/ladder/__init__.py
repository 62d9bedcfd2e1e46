"""The troubleshooting ladder: the one list of steps, in the runbook's order.

Each step declares itself (`STEP = StepSpec(...)` in its module: id, title, level, needs, explains);
this tuple is the only place that orders them.
"""

from __future__ import annotations

from checks.ladder import (
    autodetect,
    calico_node,
    client_resolver,
    conntrack,
    coredns,
    coredns_health,  # coredns-health
    kernel_gso,
    kube_proxy,
    link,
    mtu,
    network_policy,
    node_forwarding,
    node_local_dns,
    pod_dns,
    routing,
    service_nat,
    tunnel_mode,
)
from checks.ladder.base import StepSpec

LADDER: tuple[StepSpec, ...] = (
    pod_dns.STEP,  # the pod's own lookup first: a symptom step, explained by any other failure
    coredns_health.STEP,  # before coredns: its failure explains coredns's
    coredns.STEP,
    client_resolver.STEP,
    network_policy.STEP,
    node_local_dns.STEP,
    service_nat.STEP,
    kube_proxy.STEP,
    calico_node.STEP,
    node_forwarding.STEP,
    conntrack.STEP,
    routing.STEP,
    autodetect.STEP,
    link.STEP,
    mtu.STEP,
    tunnel_mode.STEP,
    kernel_gso.STEP,
)


def step_ids() -> tuple[str, ...]:
    return tuple(s.id for s in LADDER)


def node_level() -> tuple[StepSpec, ...]:
    """The steps a sweep runs on every node (and a node check runs, with the capture ones on request)."""
    return tuple(s for s in LADDER if s.level == "node" and s.in_sweep)


def is_symptom(step_id: str) -> bool:
    """Is the step a symptom (StepSpec.symptom), explained by any other failing step?"""
    return any(s.symptom for s in LADDER if s.id == step_id)


def explains(cause: str) -> frozenset[str]:
    """The steps whose failures on the same nodes a failure of `cause` explains."""
    return next((s.explains for s in LADDER if s.id == cause), frozenset())
