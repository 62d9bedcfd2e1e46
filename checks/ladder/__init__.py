"""The troubleshooting ladder: the one list of steps, in the runbook's order.

Each step declares itself (`STEP = StepSpec(...)` in its module: id, title, level, needs, explains);
this tuple is the only place that orders them.
"""

from __future__ import annotations

from checks.ladder import (
    autodetect,
    conntrack,
    coredns,
    coredns_health,  # coredns-health
    kernel_gso,
    link,
    mtu,
    network_policy,
    routing,
    service_nat,
    tunnel_mode,
)
from checks.ladder.base import StepSpec

LADDER: tuple[StepSpec, ...] = (
    coredns_health.STEP,  # coredns-health: before coredns (its failure explains coredns's)
    coredns.STEP,
    network_policy.STEP,  # network-policy step (after client-resolver, before node-local-dns)
    service_nat.STEP,
    conntrack.STEP,  # after node-forwarding, before routing (helper "conntrack")
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
    return tuple(s for s in LADDER if s.level == "node")


def explains(cause: str) -> frozenset[str]:
    """The steps whose failures on the same nodes a failure of `cause` explains."""
    return next((s.explains for s in LADDER if s.id == cause), frozenset())
