"""Step `kube-proxy`: its /healthz on the client node, its pod, and iptables backends holding its chains."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from checks.remote.replay import Recorded
from tests.unit.steps.builder import (
    FELIX_PATH,
    PODS_PATH,
    Case,
    Objects,
    all_of,
    common_file,
    findings,
    items,
    put,
    step_of,
)
from tests.unit.steps.pods import set_pod

N2 = ("node-2",)
STALE = common_file("kube-proxy-healthz.503.txt")
NOTHING = Recorded("\n000", 7)  # curl: connection refused


def no_kube_proxy_pods(objects: Objects) -> None:
    pods = items(objects, PODS_PATH)
    pods[:] = [p for p in pods if p["metadata"]["labels"].get("k8s-app") != "kube-proxy"]


def enable_bpf(objects: Objects) -> None:
    items(objects, FELIX_PATH)[0]["spec"]["bpfEnabled"] = True


MIXED = all_of(
    put("node-2", "ip-tables-names", common_file("ip-tables-names.filter.txt")),
    put("node-2", "iptables-nft-save-filter", common_file("iptables-nft-save-filter.with-legacy-warning.txt")),
    put("node-2", "iptables-legacy-save-filter", common_file("iptables-legacy-save-filter.kube.txt")),
)

CASES = [
    (Case("healthy"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (Case("stale", nodes=put("node-2", "kube-proxy-healthz", STALE)), "fail", [("kube-proxy.sync-stale", N2)]),
    (
        Case(
            "pod crash-looping",
            cluster=set_pod("kube-proxy", "node-2", ready=False, restarts=7, waiting="CrashLoopBackOff"),
            nodes=put("node-2", "kube-proxy-healthz", NOTHING),
        ),
        "fail",
        [("kube-proxy.pod-not-ready", N2)],
    ),
    (Case("many restarts", cluster=set_pod("kube-proxy", "node-2", restarts=9)), "warn", [("kube-proxy.restarts", N2)]),
    (
        Case(
            "node being deleted",
            nodes=put("node-2", "kube-proxy-healthz", STALE.replace('"nodeEligible": true', '"nodeEligible": false')),
        ),
        "warn",
        [("kube-proxy.node-not-eligible", N2)],
    ),
    (Case("legacy and nft chains mixed", nodes=MIXED), "warn", [("kube-proxy.mixed-backends", N2)]),
    # legacy tables exist but hold nothing of kube-proxy's or Calico's: no finding
    (
        Case(
            "legacy tables without KUBE-/cali- chains",
            nodes=all_of(
                MIXED,
                put(
                    "node-2",
                    "iptables-legacy-save-filter",
                    "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\nCOMMIT\n",
                ),
            ),
        ),
        "pass",
        [],
    ),
    # a node without iptables-nft-save (older iptables): one backend, nothing to compare
    (
        Case(
            "no iptables-nft-save",
            nodes=all_of(
                put("node-2", "ip-tables-names", common_file("ip-tables-names.filter.txt")),
                put("node-2", "iptables-nft-save-filter", Recorded("sh: 1: iptables-nft-save: not found\n", 127)),
            ),
        ),
        "pass",
        [],
    ),
    # k3s / RKE2: no kube-proxy pod, the agent's embedded kube-proxy answers: judged the same way
    (Case("k3s agent synced", cluster=no_kube_proxy_pods), "pass", []),
    (
        Case("k3s agent stale", cluster=no_kube_proxy_pods, nodes=put("node-2", "kube-proxy-healthz", STALE)),
        "fail",
        [("kube-proxy.sync-stale", N2)],
    ),
    (
        Case("nothing answers, no pod", cluster=no_kube_proxy_pods, nodes=put("node-2", "kube-proxy-healthz", NOTHING)),
        "error",
        [("kube-proxy.not-found", N2)],
    ),
    (
        Case("nothing answers, pod Ready", nodes=put("node-2", "kube-proxy-healthz", NOTHING)),
        "error",
        [("kube-proxy.healthz-unanswered", N2)],
    ),
    (
        Case("something else answers", nodes=put("node-2", "kube-proxy-healthz", "ok\n200")),
        "error",
        [("kube-proxy.healthz-unrecognised", N2)],
    ),
    (
        Case("no curl", nodes=put("node-2", "kube-proxy-healthz", Recorded("sh: 1: curl: not found\n", 127))),
        "error",
        [("check.command-failed", N2)],
    ),
    (
        Case("client unreachable", unreachable={"node-2": Unreachable("node-2", "connection refused")}),
        "error",
        [("check.node-unreachable", N2)],
    ),
    (Case("Calico eBPF replaces kube-proxy", cluster=enable_bpf), "skip", []),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_kube_proxy(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "kube-proxy")
    assert (step.status, findings(step)) == (status, expected)
    if status == "fail":
        assert step.nodes == N2


def test_stale_names_the_age_and_the_pod_to_restart() -> None:
    step = step_of(Case("stale", nodes=put("node-2", "kube-proxy-healthz", STALE)).run(), "kube-proxy")
    assert "695 s" in step.summary  # 09:51:07.00 → 10:02:41.57 (694.57 s), by the node's own clock
    commands = [c.command for c in step.commands]
    assert "kubectl -n kube-system delete pod kube-proxy-4cmht" in commands
    assert "kubectl -n kube-system logs kube-proxy-4cmht --tail=50" in commands


def test_without_a_pod_the_fix_restarts_the_agent() -> None:
    case = Case("k3s stale", cluster=no_kube_proxy_pods, nodes=put("node-2", "kube-proxy-healthz", STALE))
    step = step_of(case.run(), "kube-proxy")
    assert any(c.command.startswith("systemctl restart k3s-agent") and c.where == "node-2" for c in step.commands)


def test_stale_kube_proxy_is_the_cause_and_explains_stale_nat() -> None:
    from tests.unit.steps.builder import lab

    case = Case(
        "stale kube-proxy, stale IPVS table",
        nodes=all_of(
            put("node-2", "kube-proxy-healthz", STALE), put("node-2", "ipvsadm", lab("node-2.ipvsadm-Ln.nat-stale.txt"))
        ),
    )
    report = case.run()
    assert step_of(report, "service-nat").status == "fail"
    assert (report.verdict.cause, report.verdict.code) == ("kube-proxy", "kube-proxy.sync-stale")
