"""Step 6, mtu: tunnel (vxlan.calico 50 bytes, tunl0 20 bytes), veths and NIC against Calico's config."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from tests.unit.steps.builder import FELIX_PATH, Case, findings, lab, put, replace_in, step_of

N1, N2 = ("node-1",), ("node-2",)
CASES = [
    (Case("healthy", "vxlan"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (
        # the lab's jumbo-frame capture: NIC 9000, vxlan.calico and veths 8950, config still 1450
        Case(
            "jumbo NIC followed, config not",
            "vxlan",
            nodes=put("node-1", "ip-o-link", lab("node-1.ip-o-link.mtu-mismatch.txt")),
        ),
        "fail",
        [("mtu.tunnel-differs-from-config", N1), ("mtu.veth-differs-from-config", N1)],
    ),
    (
        Case(
            "NIC shrank under tunl0",
            "ipip",
            nodes=replace_in(
                "node-2",
                "ip-o-link",
                "eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500",
                "eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450",
            ),
        ),
        "fail",
        [("mtu.tunnel-exceeds-nic", N2), ("mtu.config-exceeds-nic", N2)],
    ),
    (
        Case(
            "veth larger than tunl0",
            "ipip",
            nodes=replace_in(
                "node-2",
                "ip-o-link",
                "cali5c9514dd24b@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1480",
                "cali5c9514dd24b@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500",
            ),
        ),
        "fail",
        [("mtu.veth-differs-from-config", N2), ("mtu.veth-exceeds-tunnel", N2)],
    ),
    (Case("FelixConfiguration unreadable", "ipip", refused={FELIX_PATH: 403}), "error", [("check.api-unreadable", ())]),
    (
        Case("client unreachable", "vxlan", unreachable={"node-2": Unreachable("node-2", "cannot connect")}),
        "error",
        [("check.node-unreachable", N2)],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_mtu(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "mtu")
    assert (step.status, findings(step)) == (status, expected)
