"""Step 5, link: both sides' captures (VXLAN `udp port 4789`, IP-in-IP `ip proto 4`) replayed."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from checks.remote.replay import RecordedCapture
from tests.unit.steps.builder import (
    COREDNS,
    DIG_TIMEOUT,
    Case,
    all_of,
    dig_key,
    findings,
    node_file,
    outgoing_only,
    put,
    recapture,
    step_of,
)

PAIR = ("node-1", "node-2")
ACROSS = all_of(*(put("node-2", dig_key(ip), DIG_TIMEOUT) for ip in COREDNS))
NOT_STARTED = RecordedCapture(
    "", stderr="tcpdump: eth0: You don't have permission to capture on that device\n", exit_status=1
)


CASES = [
    (Case("no capture asked, none needed", "vxlan"), "pass", []),
    (Case("captured healthy", "vxlan", capture=True), "pass", []),
    (Case("captured healthy", "ipip", capture=True), "pass", []),
    (Case("client is the CoreDNS node", "ipip", from_node="node-1"), "skip", []),
    (Case("capture, but no tunnel crossed", "vxlan", from_node="node-1", capture=True), "skip", []),
    (
        Case(
            "routing already explains it",
            "ipip",
            nodes=all_of(ACROSS, put("node-2", "ip-route", "default via 10.41.0.1 dev eth0 \n")),
        ),
        "skip",
        [],
    ),
    *(
        (
            Case(
                "drops between nodes",
                encap,
                nodes=ACROSS,
                with_captures=True,
                capturing=recapture(encap, outgoing_only(encap), ""),
            ),
            "fail",
            [("link.dropped-between-nodes", PAIR)],
        )
        for encap in ("vxlan", "ipip")
    ),
    (
        Case("never encapsulated", "ipip", capture=True, capturing=recapture("ipip", "", "")),
        "fail",
        [("link.not-encapsulated", PAIR)],
    ),
    (
        Case(
            "no answer",
            "vxlan",
            capture=True,
            capturing=recapture("vxlan", outgoing_only("vxlan"), outgoing_only("vxlan")),
        ),
        "fail",
        [("link.no-answer", PAIR)],
    ),
    (
        Case(
            "answer lost",
            "ipip",
            capture=True,
            capturing=recapture("ipip", outgoing_only("ipip"), node_file("ipip", "tcpdump-ipip.both-ways.txt")),
        ),
        "fail",
        [("link.answer-lost", PAIR)],
    ),
    (
        Case("tcpdump did not start", "vxlan", capture=True, capturing=recapture("vxlan", owner=NOT_STARTED)),
        "error",
        [("link.capture-failed", PAIR)],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_link(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "link")
    assert (step.status, findings(step)) == (status, expected)


def test_the_other_side_unreachable_cancels_the_started_capture() -> None:
    case = Case(
        "owner unreachable for the capture",
        "vxlan",
        capture=True,
        unreachable={"node-1": Unreachable("node-1", "cannot connect")},
    )
    runner = case.runner()
    step = step_of(case.run(runner), "link")
    assert (step.status, findings(step)) == ("error", [("check.node-unreachable", ("node-1",))])
    assert [(c.node, c.cancelled) for c in runner.streams] == [("node-2", True)]
    assert runner.failures.keys() == {"node-1"}


def test_dropped_ipip_is_the_verdict_and_tunnel_mode_suggests_vxlan() -> None:
    report = Case(
        "drops", "ipip", nodes=ACROSS, with_captures=True, capturing=recapture("ipip", outgoing_only("ipip"), "")
    ).run()
    assert (report.verdict.cause, report.verdict.code) == ("link", "link.dropped-between-nodes")
    tunnel = step_of(report, "tunnel-mode")
    assert (tunnel.status, tunnel.codes()) == ("warn", ("tunnel-mode.underlay-drops-ipip",))


def test_no_capture_runs_unasked_for_someone_without_the_capture_permission() -> None:
    """CoreDNS unreachable across nodes, nothing before link explains it: the link step would capture on
    its own, but the asker may not run captures (Slack's `capture` permission): no tcpdump, said why."""
    report = Case("no permission", nodes=ACROSS, may_capture=False).run()
    link = step_of(report, "link")
    assert link.status == "skip" and "may not run captures" in link.summary
    assert not any("tcpdump" in e.source for e in link.evidence)
    assert report.verdict.status == "inconclusive"
    allowed = step_of(Case("allowed", nodes=ACROSS, with_captures=True).run(), "link")
    assert allowed.status != "skip"  # the same case, with the permission, captures
