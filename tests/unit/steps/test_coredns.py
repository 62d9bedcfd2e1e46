"""Step 1, coredns: every status it gives, from recorded fixtures, through the engine."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from tests.unit.steps.builder import (
    COREDNS,
    DIG_TIMEOUT,
    Case,
    all_of,
    dig_key,
    drop_dns_endpoints,
    drop_dns_service,
    findings,
    outgoing_only,
    put,
    recapture,
    set_endpoint_ready,
    step_of,
)

DOWN = all_of(*(put(n, dig_key(ip), DIG_TIMEOUT) for n in ("node-1", "node-2") for ip in COREDNS))
ACROSS = all_of(*(put("node-2", dig_key(ip), DIG_TIMEOUT) for ip in COREDNS))


CASES = [
    (Case("healthy", "vxlan"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (Case("no DNS Service", cluster=drop_dns_service), "fail", [("coredns.no-dns-service", ())]),
    (Case("no endpoints", "ipip", cluster=drop_dns_endpoints), "fail", [("coredns.no-endpoints", ())]),
    (
        Case(
            "none ready",
            cluster=all_of(
                lambda o: set_endpoint_ready(o, COREDNS[0], False),
                lambda o: set_endpoint_ready(o, COREDNS[1], False),
            ),
        ),
        "fail",
        [("coredns.none-ready", ())],
    ),
    (
        Case("CoreDNS down", "ipip", nodes=DOWN),
        "fail",
        [("coredns.not-answering", ("node-1",)), ("coredns.unreachable-across-nodes", ("node-2",))],
    ),
    (
        Case("one not ready", cluster=lambda o: set_endpoint_ready(o, COREDNS[1], False)),
        "warn",
        [("coredns.some-not-ready", ())],
    ),
    (
        Case("one silent", "ipip", nodes=put("node-1", dig_key(COREDNS[1]), DIG_TIMEOUT)),
        "warn",
        [("coredns.some-not-answering", ())],
    ),
    (
        Case(
            "not across nodes",
            nodes=ACROSS,
            with_captures=True,
            capturing=recapture("vxlan", outgoing_only("vxlan"), ""),
        ),
        "warn",
        [("coredns.unreachable-across-nodes", ("node-2",))],
    ),
    (
        Case("client unreachable", "ipip", unreachable={"node-2": Unreachable("node-2", "no route to host")}),
        "error",
        [("check.node-unreachable", ("node-2",))],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_coredns(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "coredns")
    assert (step.status, findings(step)) == (status, expected)


def test_coredns_down_is_the_verdict() -> None:
    report = Case("CoreDNS down", nodes=DOWN).run()
    assert (report.verdict.cause, report.verdict.code) == ("coredns", "coredns.not-answering")
    assert step_of(report, "coredns").nodes == ("node-1", "node-2")


def test_a_full_conntrack_table_on_the_coredns_node_is_the_cause_not_coredns() -> None:
    """CoreDNS silent on its own node because that node's conntrack table is full: conntrack is the root
    cause (it explains coredns on the same node), not "restart CoreDNS"."""
    full = "net.netfilter.nf_conntrack_count = 262144\nnet.netfilter.nf_conntrack_max = 262144\n"
    report = Case("conntrack full on node-1", nodes=all_of(DOWN, put("node-1", "sysctl nf_conntrack-fill", full))).run()
    assert step_of(report, "coredns").status == "fail"
    assert (report.verdict.cause, report.verdict.code) == ("conntrack", "conntrack.table-full")
