"""Step 3, routing: VXLAN (`via TUNNEL-IP dev vxlan.calico onlink`) and IP-in-IP (`via NODE-IP dev tunl0
proto bird onlink`, Always and CrossSubnet pools)."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from tests.unit.steps.builder import (
    IPAM_PATH,
    Case,
    all_of,
    findings,
    lab,
    put,
    replace_in,
    set_calico_address,
    set_internal_ip,
    set_pool,
    step_of,
)

N2 = ("node-2",)
IPIP_TO_COREDNS = "10.40.52.128/26 via 10.41.1.21 dev tunl0 proto bird onlink \n"
IPIP_TO_NODE_3 = "10.40.71.0/26 via 10.41.1.23 dev tunl0 proto bird onlink \n"


def cross_subnet(objects: dict) -> None:  # type: ignore[type-arg]
    """A CrossSubnet pool; node-3 moves to another subnet (10.43/16), node-1 and node-2 share 10.41/16."""
    set_pool(objects, ipipMode="CrossSubnet")
    set_calico_address(objects, "node-3", "10.43.1.23/16")
    set_internal_ip(objects, "node-3", "10.43.1.23")


ROUTE_GET_NODE_3 = "10.43.1.23 via 10.41.0.1 dev eth0 src 10.41.1.2{} uid 0 \n    cache \n"
CROSS_SUBNET_ROUTES = all_of(
    # same subnet: unencapsulated, out of the NIC; the other subnet: through tunl0 (BIRD's two kinds of route)
    replace_in("node-2", "ip-route", IPIP_TO_COREDNS, "10.40.52.128/26 via 10.41.1.21 dev eth0 proto bird \n"),
    replace_in("node-2", "ip-route", IPIP_TO_NODE_3, "10.40.71.0/26 via 10.43.1.23 dev tunl0 proto bird onlink \n"),
    put("node-2", "ip-route-get 10.43.1.23", ROUTE_GET_NODE_3.format(2)),
    put("node-1", "ip-route-get 10.43.1.23", ROUTE_GET_NODE_3.format(1)),
)
LOCAL_ROUTES_GONE = all_of(
    replace_in("node-1", "ip-route", "10.40.52.149 dev cali02eff1767e0 scope link \n", ""),
    replace_in("node-1", "ip-route", "10.40.52.171 dev caliaa74538f928 scope link \n", ""),
)

CASES = [
    (Case("healthy", "vxlan"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (Case("healthy node check", "ipip", node_check=True), "pass", []),
    (Case("CrossSubnet healthy", "ipip", cluster=cross_subnet, nodes=CROSS_SUBNET_ROUTES, node_check=True), "pass", []),
    (Case("CrossSubnet healthy", "ipip", cluster=cross_subnet, nodes=CROSS_SUBNET_ROUTES), "pass", []),
    (
        # CrossSubnet, but the same-subnet peer's block still goes through tunl0 (a stale Always route)
        Case(
            "CrossSubnet tunnelled same subnet",
            "ipip",
            cluster=cross_subnet,
            nodes=all_of(
                CROSS_SUBNET_ROUTES,
                replace_in(
                    "node-2",
                    "ip-route",
                    "via 10.41.1.21 dev eth0 proto bird",
                    "via 10.41.1.21 dev tunl0 proto bird onlink",
                ),
            ),
        ),
        "fail",
        [("routing.block-route-wrong", N2)],
    ),
    (
        Case("route missing", "vxlan", nodes=put("node-2", "ip-route", lab("node-2.ip-route.route-missing.txt"))),
        "fail",
        [("routing.block-route-missing", N2)],
    ),
    (
        Case("route missing", "ipip", nodes=replace_in("node-2", "ip-route", IPIP_TO_COREDNS, "")),
        "fail",
        [("routing.block-route-missing", N2)],
    ),
    (
        Case("wrong nexthop", "vxlan", nodes=put("node-2", "ip-route", lab("node-2.ip-route.wrong-nexthop.txt"))),
        "fail",
        [("routing.block-route-wrong", N2)],
    ),
    (
        Case(
            "wrong nexthop",
            "ipip",
            nodes=replace_in(
                "node-2", "ip-route", IPIP_TO_COREDNS, IPIP_TO_COREDNS.replace("10.41.1.21", "10.41.1.23")
            ),
        ),
        "fail",
        [("routing.block-route-wrong", N2)],
    ),
    (
        Case(
            "wrong device",
            "ipip",
            nodes=replace_in("node-2", "ip-route", IPIP_TO_COREDNS, IPIP_TO_COREDNS.replace("tunl0", "eth0")),
        ),
        "fail",
        [("routing.block-route-wrong", N2)],
    ),
    (
        Case(
            "peer block missing (node check)",
            "ipip",
            node_check=True,
            nodes=replace_in("node-2", "ip-route", IPIP_TO_NODE_3, ""),
        ),
        "fail",
        [("routing.block-route-missing", N2)],
    ),
    (
        # a diagnosis checks the CoreDNS blocks only: node-3's block does not matter to it
        Case("peer block missing (diagnosis)", "ipip", nodes=replace_in("node-2", "ip-route", IPIP_TO_NODE_3, "")),
        "pass",
        [],
    ),
    (
        Case("local route missing", "vxlan", from_node="node-1", nodes=LOCAL_ROUTES_GONE),
        "fail",
        [("routing.local-route-missing", ("node-1",))],
    ),
    (
        Case("local route missing", "ipip", from_node="node-1", nodes=LOCAL_ROUTES_GONE),
        "fail",
        [("routing.local-route-missing", ("node-1",))],
    ),
    (Case("IPAM unreadable", "ipip", refused={IPAM_PATH: 403}), "warn", [("routing.ipam-unreadable", ())]),
    (
        Case("client unreachable", "ipip", unreachable={"node-2": Unreachable("node-2", "no route to host")}),
        "error",
        [("check.node-unreachable", N2)],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_routing(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "routing")
    assert (step.status, findings(step)) == (status, expected)


def test_ipip_route_missing_is_the_verdict() -> None:
    report = Case("route missing", "ipip", nodes=replace_in("node-2", "ip-route", IPIP_TO_COREDNS, "")).run()
    assert (report.verdict.status, report.verdict.cause, report.verdict.code) == (
        "problem",
        "routing",
        "routing.block-route-missing",
    )
