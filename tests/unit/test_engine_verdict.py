"""How the engine turns step results into a verdict, the way an expert reads them."""

from __future__ import annotations

from checks.engine import decide
from checks.model import Finding, StepResult, Target

TARGET = Target("default-keystone", "timeout", "default-keystone", "onecloud", "10.96.0.10", ("node-2",), ())


def step(
    step_id: str, status: str, nodes: tuple[str, ...] = (), summary: str = "x", findings: tuple[Finding, ...] = ()
) -> StepResult:
    return StepResult(step_id, step_id, status, summary, nodes, findings=findings)  # type: ignore[arg-type]


def test_all_pass_is_healthy() -> None:
    verdict = decide(TARGET, [step("coredns", "pass"), step("routing", "pass"), step("kernel-gso", "pass")])
    assert (verdict.status, verdict.cause) == ("healthy", None)


def test_a_missing_tunnel_device_explains_the_missing_routes_on_that_node() -> None:
    steps = [step("coredns", "warn"), step("routing", "fail", ("node-2",)), step("tunnel-mode", "fail", ("node-2",))]
    steps[2] = step(
        "tunnel-mode",
        "fail",
        ("node-2",),
        findings=(Finding("tunnel-mode.device-missing", "problem", "no vxlan.calico", ("node-2",)),),
    )
    verdict = decide(TARGET, steps)
    assert (verdict.status, verdict.cause, verdict.code) == ("problem", "tunnel-mode", "tunnel-mode.device-missing")
    assert "also failing: routing" in verdict.summary


def test_unrelated_failures_keep_ladder_order() -> None:
    steps = [step("service-nat", "fail", ("node-2",)), step("routing", "fail", ("node-3",))]
    assert decide(TARGET, steps).cause == "service-nat"


def test_a_step_that_could_not_run_makes_it_inconclusive_unless_something_failed() -> None:
    unreachable = "could not check: node-2: cannot connect"
    why = (Finding("check.node-unreachable", "unchecked", "node-2: cannot connect", ("node-2",)),)
    verdict = decide(
        TARGET,
        [
            step("coredns", "pass"),
            step("routing", "error", summary=unreachable, findings=why),
            step("mtu", "error", summary=unreachable, findings=why),
        ],
    )
    assert verdict.status == "inconclusive" and verdict.code == "check.node-unreachable"
    assert verdict.summary.count("node-2: cannot connect") == 1 and "(routing, mtu)" in verdict.summary
    assert decide(TARGET, [step("routing", "error"), step("mtu", "fail", ("node-1",))]).status == "problem"


def test_a_name_that_matches_no_service_is_the_problem() -> None:
    target = Target(
        "default-kevstone",
        "timeout",
        "default-kevstone",
        None,
        "10.96.0.10",
        ("node-2",),
        (),
        notes=("no Service named 'default-kevstone' exists in the cluster",),
        suggestions=("default-keystone",),
        findings=(
            Finding("mapping.no-such-service", "problem", "no Service named 'default-kevstone' exists in the cluster"),
        ),
    )
    verdict = decide(target, [step("coredns", "pass")])
    assert verdict.status == "problem" and verdict.cause is None and "default-kevstone" in verdict.summary
    assert verdict.code == "mapping.no-such-service"
    # the code decides, not the prose: the same note without its finding is no verdict of its own
    assert decide(TARGET, [step("coredns", "pass")]).status == "healthy"


def test_unreachable_coredns_with_every_step_passing_is_not_called_healthy() -> None:
    across = Finding("coredns.unreachable-across-nodes", "warning", "not across nodes (from node-2)", ("node-2",))
    steps = [
        step("coredns", "warn", summary="CoreDNS answers … not across nodes", findings=(across,)),
        step("link", "pass"),
    ]
    verdict = decide(TARGET, steps)
    assert verdict.status == "inconclusive" and verdict.code == "coredns.unreachable-across-nodes"
    # another warning of the same step (some endpoints not Ready) is no reason to doubt a passing ladder
    not_ready = Finding("coredns.some-not-ready", "warning", "1 of 2 CoreDNS endpoints not Ready")
    assert decide(TARGET, [step("coredns", "warn", findings=(not_ready,)), step("link", "pass")]).status == "healthy"
