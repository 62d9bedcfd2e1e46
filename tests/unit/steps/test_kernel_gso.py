"""Step 8, kernel-gso: a warning at most, and only for IP-in-IP."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from checks.remote.replay import Recorded
from tests.unit.steps.builder import Case, findings, lab, put, step_of

GSO_ON = lab("node-2.ethtool-k-eth0.gso-on.txt")
CASES = [
    (Case("offloads off", "ipip"), "pass", []),
    (Case("GSO on, but VXLAN", "vxlan", nodes=put("node-2", "ethtool-k eth0", GSO_ON)), "pass", []),
    (
        Case("GSO on", "ipip", nodes=put("node-2", "ethtool-k eth0", GSO_ON)),
        "warn",
        [("kernel-gso.risky-offloads", ("node-2",))],
    ),
    (
        Case(
            "ethtool failed",
            "ipip",
            nodes=put("node-2", "ethtool-k eth0", Recorded("sh: 1: ethtool: not found\n", 127)),
        ),
        "error",
        [("check.command-failed", ("node-2",))],
    ),
    (
        Case("CoreDNS node unreachable", "vxlan", unreachable={"node-1": Unreachable("node-1", "cannot connect")}),
        "error",
        [("check.node-unreachable", ("node-1",))],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_kernel_gso(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "kernel-gso")
    assert (step.status, findings(step)) == (status, expected)
