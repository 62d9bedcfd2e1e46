"""Step `calico-node`: calico-node Ready on the involved nodes, its restarts and its probe's own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.steps.builder import PODS_PATH, Case, Objects, all_of, findings, items, step_of
from tests.unit.steps.pods import BIRD_NOT_READY, EVENTS_PATH, add_events, set_pod, unhealthy_event

N2 = ("node-2",)
N1 = ("node-1",)
FELIX_NOT_READY = "Readiness probe failed: calico/node is not ready: felix is not ready: readiness probe reporting 503"


def no_calico_node_on(node: str) -> Callable[[Objects], None]:
    def patch(objects: Objects) -> None:
        pods = items(objects, PODS_PATH)
        pods[:] = [
            p
            for p in pods
            if not (p["spec"]["nodeName"] == node and p["metadata"]["labels"].get("k8s-app") == "calico-node")
        ]

    return patch


def no_calico_at_all(objects: Objects) -> None:
    pods = items(objects, PODS_PATH)
    pods[:] = [p for p in pods if p["metadata"]["labels"].get("k8s-app") != "calico-node"]
    for n in items(objects, "/api/v1/nodes"):
        n["metadata"]["annotations"].pop("projectcalico.org/IPv4Address", None)


NOT_READY = all_of(
    set_pod("calico-node", "node-2", ready=False, restarts=3),
    add_events(unhealthy_event("calico-node-fzk66", BIRD_NOT_READY)),
)

CASES = [
    (Case("healthy"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (Case("not Ready on the client node", cluster=NOT_READY), "fail", [("calico-node.not-ready", N2)]),
    (
        Case(
            "crash-looping on the CoreDNS node",
            cluster=set_pod("calico-node", "node-1", ready=False, restarts=14, waiting="CrashLoopBackOff"),
        ),
        "fail",
        [("calico-node.not-ready", N1)],
    ),
    (
        Case("many restarts", cluster=set_pod("calico-node", "node-2", restarts=8)),
        "warn",
        [("calico-node.restarts", N2)],
    ),
    (
        Case(
            "Ready, but its probe failed recently",
            cluster=add_events(unhealthy_event("calico-node-fzk66", FELIX_NOT_READY, 2)),
        ),
        "warn",
        [("calico-node.probe-failing", N2)],
    ),
    (Case("no pod on the client node", cluster=no_calico_node_on("node-2")), "fail", [("calico-node.pod-missing", N2)]),
    # events of other pods (a CoreDNS probe) say nothing about calico-node
    (
        Case(
            "another pod's Unhealthy event",
            cluster=add_events(
                unhealthy_event(
                    "coredns-5d78c9869d-7mghz", "Readiness probe failed: HTTP probe failed with statuscode: 503"
                )
            ),
        ),
        "pass",
        [],
    ),
    # events refused (no `list events`): the pod's own state still decides, and the step says so
    (Case("events refused", refused={EVENTS_PATH: 403}), "pass", []),
    (
        Case(
            "events refused, not Ready",
            cluster=set_pod("calico-node", "node-2", ready=False),
            refused={EVENTS_PATH: 403},
        ),
        "fail",
        [("calico-node.not-ready", N2)],
    ),
    (Case("no Calico", cluster=no_calico_at_all), "error", [("check.calico-not-found", ())]),
    (Case("pods refused", refused={PODS_PATH: 403}), "error", [("check.api-unreadable", ())]),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_calico_node(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "calico-node")
    assert (step.status, findings(step)) == (status, expected)


def test_not_ready_says_what_the_probe_said_and_names_the_pod() -> None:
    step = step_of(Case("bird", cluster=NOT_READY).run(), "calico-node")
    assert "BIRD is not ready: BGP not established with 10.41.1.21,10.41.1.23" in step.summary
    commands = [c.command for c in step.commands]
    assert "kubectl -n kube-system delete pod calico-node-fzk66" in commands
    assert "kubectl -n kube-system logs calico-node-fzk66 -c calico-node --tail=50" in commands


def test_refused_events_are_said() -> None:
    step = step_of(Case("refused", refused={EVENTS_PATH: 403}).run(), "calico-node")
    assert "Events not readable: forbidden" in step.summary


def test_calico_node_not_ready_is_the_cause_and_explains_missing_routes() -> None:
    from tests.unit.steps.builder import lab, put

    case = Case(
        "felix not programming",
        cluster=NOT_READY,
        nodes=put(
            "node-2",
            "ip-route",
            "".join(ln for ln in lab("node-2.ip-route.txt").splitlines(keepends=True) if "10.40.52.128/26" not in ln),
        ),
    )
    report = case.run()
    assert step_of(report, "routing").status == "fail"
    assert (report.verdict.cause, report.verdict.code) == ("calico-node", "calico-node.not-ready")


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        (BIRD_NOT_READY, "calico/node is not ready: BIRD is not ready: BGP not established with 10.41.1.21,10.41.1.23"),
        # kubectl describe's "(combined from similar events)" and the older order, the INFO line glued after
        (
            "(combined from similar events): Readiness probe failed: calico/node is not ready: BIRD is not ready: BGP "
            "not established with 192.168.2.25,192.168.2.262021-06-23 03:14:08.390 [INFO][535] health.go 156: Number "
            "of node(s) with BGP peering established = 0",
            "calico/node is not ready: BIRD is not ready: BGP not established with 192.168.2.25,192.168.2.26",
        ),
        (FELIX_NOT_READY, "calico/node is not ready: felix is not ready: readiness probe reporting 503"),
        ("Liveness probe failed: Get http://localhost:9099/liveness: dial tcp: connection refused", None),
    ],
)
def test_probe_verdict(message: str, verdict: str | None) -> None:
    from checks.ladder.calico_node import probe_verdict

    assert probe_verdict(message) == (verdict or message)
