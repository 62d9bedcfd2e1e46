"""The troubleshooting ladder: the one list of steps, in the runbook's order.

Each step declares itself (`STEP = StepSpec(...)` in its module: id, title, level, needs, explains);
this tuple is the only place that orders them.
"""

from __future__ import annotations

from checks.ladder import autodetect, coredns, kernel_gso, link, mtu, routing, service_nat, tunnel_mode
from checks.ladder.base import StepSpec
from checks.ladder.client_resolver import STEP as CLIENT_RESOLVER  # helper "resolver"
from checks.ladder.node_local_dns import STEP as NODE_LOCAL_DNS  # helper "resolver"

LADDER: tuple[StepSpec, ...] = (
    coredns.STEP,
    CLIENT_RESOLVER,  # helper "resolver": after coredns, before network-policy
    NODE_LOCAL_DNS,  # helper "resolver": after network-policy, before service-nat
    service_nat.STEP,
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
