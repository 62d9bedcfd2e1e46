"""decide() with a symptom step (StepSpec.symptom, pod-dns): any other failing step explains it."""

from __future__ import annotations

from checks.engine import decide
from checks.ladder import LADDER, is_symptom
from checks.model import Finding, StepResult, Target

TARGET = Target("default-keystone", "timeout", "default-keystone", "onecloud", "10.96.0.10", ("node-2",), ())
NO_ANSWER = (Finding("pod-dns.no-answer", "problem", "no answer from the pod", ("node-2",)),)


def fail(step_id: str, nodes: tuple[str, ...], code: str) -> StepResult:
    return StepResult(step_id, step_id, "fail", step_id, nodes, findings=(Finding(code, "problem", "x", nodes),))


def test_pod_dns_is_the_only_symptom_step_and_first_in_the_ladder() -> None:
    assert LADDER[0].id == "pod-dns" and is_symptom("pod-dns")
    assert [s.id for s in LADDER if s.symptom] == ["pod-dns"]


def test_a_failing_pod_probe_alone_is_the_cause() -> None:
    pod = StepResult("pod-dns", "pod-dns", "fail", "no answer", ("node-2",), findings=NO_ANSWER)
    verdict = decide(TARGET, [pod, StepResult("coredns", "coredns", "pass", "ok")])
    assert (verdict.status, verdict.cause, verdict.code) == ("problem", "pod-dns", "pod-dns.no-answer")


def test_any_other_failing_step_explains_the_pod_probe_even_on_another_node() -> None:
    pod = StepResult("pod-dns", "pod-dns", "fail", "no answer", ("node-2",), findings=NO_ANSWER)
    # routing fails on node-3 only: not the same node, and routing declares no `explains` for pod-dns
    verdict = decide(TARGET, [pod, fail("routing", ("node-3",), "routing.block-route-missing")])
    assert (verdict.cause, verdict.code) == ("routing", "routing.block-route-missing")
    assert "also failing: pod-dns" in verdict.summary
    verdict = decide(TARGET, [pod, fail("node-forwarding", ("node-2",), "node-forwarding.forward-drops-dns")])
    assert (verdict.cause, verdict.code) == ("node-forwarding", "node-forwarding.forward-drops-dns")
