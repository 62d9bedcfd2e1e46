"""How the engine turns step results into a verdict, the way an expert reads them."""

from __future__ import annotations

from checks.engine import decide
from checks.model import StepResult, Target

TARGET = Target("default-keystone", "timeout", "default-keystone", "onecloud", "10.96.0.10", ("node-2",), ())


def step(step_id: str, status: str, nodes: tuple[str, ...] = (), summary: str = "x") -> StepResult:
    return StepResult(step_id, step_id, status, summary, nodes)  # type: ignore[arg-type]


def test_all_pass_is_healthy() -> None:
    verdict = decide(TARGET, [step("coredns", "pass"), step("routing", "pass"), step("kernel-gso", "pass")])
    assert (verdict.status, verdict.cause) == ("healthy", None)


def test_a_missing_tunnel_device_explains_the_missing_routes_on_that_node() -> None:
    steps = [step("coredns", "warn"), step("routing", "fail", ("node-2",)), step("tunnel-mode", "fail", ("node-2",))]
    verdict = decide(TARGET, steps)
    assert (verdict.status, verdict.cause) == ("problem", "tunnel-mode")
    assert "also failing: routing" in verdict.summary


def test_unrelated_failures_keep_ladder_order() -> None:
    steps = [step("service-nat", "fail", ("node-2",)), step("routing", "fail", ("node-3",))]
    assert decide(TARGET, steps).cause == "service-nat"


def test_a_step_that_could_not_run_makes_it_inconclusive_unless_something_failed() -> None:
    unreachable = "could not check: node-2: cannot connect"
    verdict = decide(
        TARGET,
        [
            step("coredns", "pass"),
            step("routing", "error", summary=unreachable),
            step("mtu", "error", summary=unreachable),
        ],
    )
    assert verdict.status == "inconclusive"
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
    )
    verdict = decide(target, [step("coredns", "pass")])
    assert verdict.status == "problem" and verdict.cause is None and "default-kevstone" in verdict.summary


def test_unreachable_coredns_with_every_step_passing_is_not_called_healthy() -> None:
    steps = [
        step("coredns", "warn", summary="CoreDNS answers on its own node but not across nodes (from node-2)"),
        step("link", "pass"),
    ]
    assert decide(TARGET, steps).status == "inconclusive"
