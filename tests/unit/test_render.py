"""The terminal rendering of a report, printed to a string."""

from __future__ import annotations

import io

from rich.console import Console

from bot.cli.render import render_report
from checks.model import Evidence, Finding, Report, StepResult, SuggestedCommand, Target, Verdict


def _report() -> Report:
    target = Target(
        "default-keystone",
        "timeout",
        "default-keystone",
        "onecloud",
        "10.96.0.10",
        ("node-2",),
        (("coredns-a", "10.40.52.149", "node-1"),),
        notes=("client node(s): node-2",),
    )
    routing = StepResult(
        "routing",
        "Routes to the CoreDNS pods",
        "fail",
        "node-2: no route to 10.40.52.128/26",
        ("node-2",),
        (Evidence("ip route", "node-2", ("10.40.52.149 -> default via 10.41.0.1 dev eth0",), 0),),
        "Pod traffic follows the block route.",
        (
            SuggestedCommand(
                "ip route replace 10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink",
                "node-2",
                "put the route back",
            ),
        ),
        findings=(
            Finding("routing.block-route-missing", "problem", "node-2: no route to 10.40.52.128/26", ("node-2",)),
        ),
    )
    steps = (
        StepResult("coredns", "CoreDNS pods answer", "pass", "2 pods answering"),
        routing,
        StepResult("link", "Tunnel packets", "skip", "not captured"),
    )
    verdict = Verdict("problem", "routing", "node-2: no route to 10.40.52.128/26", code="routing.block-route-missing")
    return Report(target, steps, verdict, 1.23)


def test_report_renders_target_steps_details_and_verdict() -> None:
    buffer = io.StringIO()
    render_report(_report(), Console(file=buffer, width=140, color_system=None))
    text = buffer.getvalue()
    assert "default-keystone (timeout) → Service onecloud/default-keystone" in text
    assert "coredns-a 10.40.52.149 on node-1" in text
    for row in ("coredns", "PASS", "routing", "FAIL", "link", "SKIP"):
        assert row in text
    assert "$ ip route (on node-2)" in text
    assert "ip route replace 10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink" in text
    assert "PROBLEM — cause: routing" in text
    assert "FAIL routing" in text and "PASS coredns" not in text  # details only for what needs attention
    assert "diagnosis took 1.2 s" in text
    assert "routing.block-route-missing" in text  # the code, to look up in docs/findings.md


def test_json_report_has_the_documented_keys() -> None:
    data = _report().to_json()
    assert set(data) == {"target", "steps", "verdict", "duration"}
    assert set(data["steps"][1]) >= {"id", "status", "nodes", "summary", "evidence", "commands"}
    assert data["verdict"] == {
        "status": "problem",
        "cause": "routing",
        "summary": "node-2: no route to 10.40.52.128/26",
        "unchecked": [],
        "code": "routing.block-route-missing",
    }
    assert data["steps"][1]["findings"] == [
        {
            "code": "routing.block-route-missing",
            "severity": "problem",
            "message": "node-2: no route to 10.40.52.128/26",
            "nodes": ["node-2"],
        }
    ]


def test_a_report_read_back_from_json_is_the_same_report() -> None:
    report = _report()
    again = Report.from_json(report.to_json())
    assert again.to_json() == report.to_json()
    assert again.step("routing") is not None and again.step("routing").has("routing.block-route-missing")  # type: ignore[union-attr]
