"""Step 4, autodetect: Calico's detected address against the interface each node sends from."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from tests.unit.steps.builder import (
    CALICO_NODE_PATH,
    Case,
    all_of,
    findings,
    lab,
    put,
    set_autodetection_method,
    set_calico_address,
    step_of,
)

N2 = ("node-2",)
SECOND_NIC = all_of(  # the lab's autodetect-wrong-iface captures: node-2 got eth1 10.42.1.22 and its VTEP moved there
    put("node-2", "ip-o-addr", lab("node-2.ip-o-addr.autodetect.txt")),
    put("node-2", "ip-d-link vxlan.calico", lab("node-2.ip-d-link-vxlan.autodetect.txt")),
)
VIA_ETH1 = "{dst} dev eth1 src {src} uid 0 \n    cache \n"
VIA_GATEWAY = "{dst} via 10.41.0.1 dev eth0 src 10.41.1.21 uid 0 \n    cache \n"

CASES = [
    (Case("healthy", "vxlan"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (
        # first-found picked eth1 on node-2; towards node-1 it still sends out of eth0
        Case(
            "wrong interface",
            "vxlan",
            cluster=all_of(
                lambda o: set_autodetection_method(o, "first-found"),
                lambda o: set_calico_address(o, "node-2", "10.42.1.22/16"),
            ),
            nodes=all_of(
                SECOND_NIC,
                put("node-1", "ip-route-get 10.42.1.22", VIA_GATEWAY.format(dst="10.42.1.22")),
                put("node-2", "ethtool-k eth1", lab("node-2.ethtool-k-eth0.txt")),
            ),
        ),
        "fail",
        [("autodetect.interface-mismatch", N2)],
    ),
    (
        Case(
            "address on no interface",
            "ipip",
            cluster=lambda o: set_calico_address(o, "node-2", "10.41.9.99/16"),
            nodes=put("node-1", "ip-route-get 10.41.9.99", VIA_GATEWAY.format(dst="10.41.9.99")),
        ),
        "fail",
        [("autodetect.address-on-no-interface", N2)],
    ),
    (
        Case("no Calico address", "ipip", cluster=lambda o: set_calico_address(o, "node-2", None)),
        "warn",
        [("autodetect.no-calico-address", N2)],
    ),
    (
        # Calico uses eth1 on node-2 and node-2 does reach node-1 out of eth1: consistent, just not the InternalIP
        Case(
            "not the InternalIP",
            "vxlan",
            cluster=all_of(
                lambda o: set_calico_address(o, "node-2", "10.42.1.22/16"),
                lambda o: set_calico_address(o, "node-1", "10.42.1.21/16"),
            ),
            nodes=all_of(
                SECOND_NIC,
                put("node-2", "ip-route-get 10.42.1.21", VIA_ETH1.format(dst="10.42.1.21", src="10.42.1.22")),
                put("node-1", "ip-route-get 10.42.1.22", VIA_ETH1.format(dst="10.42.1.22", src="10.42.1.21")),
                put(
                    "node-1",
                    "ip-o-addr",
                    lab("node-2.ip-o-addr.autodetect.txt")
                    .replace("10.41.1.22", "10.41.1.21")
                    .replace("10.42.1.22", "10.42.1.21"),
                ),
                put("node-2", "ethtool-k eth1", lab("node-2.ethtool-k-eth0.txt")),
                put("node-1", "ethtool-k eth1", lab("node-2.ethtool-k-eth0.txt")),
            ),
        ),
        "warn",
        [("autodetect.not-internal-ip", ("node-1",)), ("autodetect.not-internal-ip", N2)],
    ),
    (
        Case(
            "first-found, two NICs",
            "vxlan",
            cluster=lambda o: set_autodetection_method(o, "first-found"),
            nodes=put("node-2", "ip-o-addr", lab("node-2.ip-o-addr.autodetect.txt")),
        ),
        "warn",
        [("autodetect.first-found-multi-nic", N2)],
    ),
    (Case("DaemonSet unreadable", "ipip", refused={CALICO_NODE_PATH: 403}), "error", [("check.api-unreadable", ())]),
    (
        Case("CoreDNS node unreachable", "vxlan", unreachable={"node-1": Unreachable("node-1", "host key rejected")}),
        "error",
        [("check.node-unreachable", ("node-1",))],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_autodetect(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "autodetect")
    assert (step.status, findings(step)) == (status, expected)
