"""Step `pod-dns`: the lookup from the client pod's own network namespace, on recorded outputs (the lab's
captures: `nsenter --net=/var/run/netns/NAME dig …` answered, timed out, and nsenter refused)."""

from __future__ import annotations

import pytest

from checks import engine
from checks.cluster.mapping import Failing, resolve_target
from checks.cluster.memory import recorded_cluster
from checks.errors import InvalidArgument
from checks.ladder import node_level, pod_dns
from checks.ladder.base import StepContext
from checks.remote.catalog import dig_in_netns
from checks.remote.replay import Recorded
from tests.unit.steps.builder import (
    CLUSTER_DNS,
    COREFILE_PATH,
    Case,
    all_of,
    cluster_objects,
    findings,
    lab,
    pod_dig_key,
    put,
    replace_in,
    step_of,
)

N2 = ("node-2",)
POD_NS = "podnet-pod-default-region-7c9f6d5b8-mv4wb"
TIMEOUT = Recorded(lab("node-2.nsenter-dig-timeout.txt"), 9)
NO_NETNS = Recorded(lab("node-2.nsenter-missing.txt"), 1)
BY_ID = replace_in("node-2", "ip-o-link", f"link-netns {POD_NS}", "link-netnsid 1")

CASES = [
    (Case("healthy"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (Case("healthy node check", node_check=True), "pass", []),
    (Case("from the CoreDNS node", from_node="node-1"), "pass", []),
    (
        Case(
            "netns printed by id", nodes=all_of(BY_ID, put("node-2", "ip-netns-list", lab("node-2.ip-netns-list.txt")))
        ),
        "pass",
        [],
    ),
    (
        Case("pod probe times out", nodes=put("node-2", pod_dig_key("node-2"), TIMEOUT)),
        "fail",
        [("pod-dns.no-answer", N2)],
    ),
    (
        Case("NXDOMAIN", nodes=replace_in("node-2", pod_dig_key("node-2"), "status: NOERROR", "status: NXDOMAIN")),
        "warn",
        [("pod-dns.error-status", N2)],
    ),
    (
        Case("nsenter refused", nodes=put("node-2", pod_dig_key("node-2"), NO_NETNS)),
        "error",
        [("pod-dns.netns-not-entered", N2)],
    ),
    (
        Case(
            "no route to the pod",
            nodes=replace_in("node-2", "ip-route", "10.40.61.201 dev cali5c9514dd24b scope link \n", ""),
        ),
        "error",
        [("pod-dns.netns-not-found", N2)],
    ),
    (
        Case("netns id with no name", nodes=all_of(BY_ID, put("node-2", "ip-netns-list", "podnet-underlay (id: 0)\n"))),
        "error",
        [("pod-dns.netns-not-found", N2)],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[c.name for c, _, _ in CASES])
def test_pod_dns(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "pod-dns")
    assert step.status == status, step.summary
    assert findings(step) == expected


def test_the_report_says_which_probe_ran() -> None:
    step = step_of(Case("healthy").run(), "pod-dns")
    assert (
        f"from pod onecloud/default-region-7c9f6d5b8-mv4wb's network namespace ({POD_NS} via cali5c9514dd24b)"
        in step.summary
    )
    assert "picked: a Ready pod on node-2" in step.summary
    sources = [e.source for e in step.evidence]
    assert (
        f"nsenter --net=/var/run/netns/{POD_NS} dig +time=1 +tries=1 @10.96.0.10 kubernetes.default.svc.cluster.local A"
        in sources
    )


def test_a_pod_timeout_alone_is_the_cause_and_says_the_node_answers() -> None:
    report = Case("pod probe times out", nodes=put("node-2", pod_dig_key("node-2"), TIMEOUT)).run()
    assert (report.verdict.status, report.verdict.cause, report.verdict.code) == (
        "problem",
        "pod-dns",
        "pod-dns.no-answer",
    )
    assert "the node's own query to 10.96.0.10 answers" in report.verdict.summary
    step = step_of(report, "pod-dns")
    assert any(c.command.startswith(f"nsenter --net=/var/run/netns/{POD_NS} dig") for c in step.commands)


def test_from_pod_probes_from_that_pod() -> None:
    step = step_of(Case("from pod", from_node="onecloud/default-region-7c9f6d5b8-mv4wb").run(), "pod-dns")
    assert step.status == "pass" and "named by --from" in step.summary


def test_a_failing_service_name_is_probed_fully_qualified() -> None:
    name = "default-keystone.onecloud.svc.cluster.local"
    case = Case("keystone", nodes=put("node-2", pod_dig_key("node-2", name), lab("node-2.nsenter-dig-keystone.txt")))
    runner = case.runner()
    runner.outputs["node-2"][f"dig {CLUSTER_DNS} {name}"] = lab("node-2.dig-service-ok.txt")  # type: ignore[index]
    failing = Failing("default-keystone", "timeout", "default-keystone", "onecloud")
    report = engine.diagnose(recorded_cluster(case.objects()), runner, failing, from_="node-2")
    step = step_of(report, "pod-dns")
    assert step.status == "pass" and step.summary.startswith(f"{name} resolves")
    assert "as the pod's search path expands it" in step.explanation
    assert "in onecloud, the namespace of the failing name's Service" in step.summary


def test_sweeps_leave_it_out() -> None:
    ids = [s.id for s in node_level()]
    assert "pod-dns" not in ids and "node-forwarding" in ids


def test_sweeps_skip_it_and_ask_nothing() -> None:
    snap = recorded_cluster(cluster_objects("vxlan")).snapshot()
    node = snap.node("node-2")
    assert node is not None
    ctx = StepContext(
        snap, resolve_target(snap, None, "node-2"), None, [node], snap.dns_endpoints, True, True, sweep=True
    )  # type: ignore[arg-type]
    assert pod_dns.needs(ctx) == {}
    step = pod_dns.run(ctx)
    assert step.status == "skip" and "sweeps" in step.summary


def test_the_netns_name_is_validated() -> None:
    with pytest.raises(InvalidArgument):
        dig_in_netns("../../proc/1/ns/net", "10.96.0.10", "kubernetes.default.svc.cluster.local")
    with pytest.raises(InvalidArgument):
        dig_in_netns("cni-1;reboot", "10.96.0.10", "kubernetes.default.svc.cluster.local")
    with pytest.raises(InvalidArgument):
        dig_in_netns("cni-1\n", "10.96.0.10", "kubernetes.default.svc.cluster.local")
    assert dig_in_netns("cni-4d2a-1f", "10.96.0.10", "a.b").argv[:2] == ("nsenter", "--net=/var/run/netns/cni-4d2a-1f")


def test_from_a_host_network_pod_probes_from_another_pod_and_says_why() -> None:
    step = step_of(Case("from calico-node", from_node="kube-system/calico-node-fzk66").run(), "pod-dns")
    assert step.status == "pass", step.summary
    assert "picked: a Ready pod on node-2" in step.summary
    assert "--from kube-system/calico-node-fzk66 has no network of its own" in step.summary


def test_a_pod_podnet_picked_whose_egress_a_policy_restricts_is_not_blamed() -> None:
    """`podnet check node-2`-like: the only pod podnet can pick has a default-deny egress policy (a
    database, a hardened namespace). Its silence is by design: a warning that says so, never the cause."""

    def deny_egress(objects: dict) -> None:
        objects["/apis/networking.k8s.io/v1/networkpolicies"]["items"].append(
            {
                "metadata": {"namespace": "onecloud", "name": "deny-egress"},
                "spec": {"podSelector": {}, "policyTypes": ["Egress"]},
            }
        )

    timeout = put("node-2", pod_dig_key("node-2"), TIMEOUT)
    report = Case("isolated pod", cluster=deny_egress, nodes=timeout, from_node="node-2").run()
    step = step_of(report, "pod-dns")
    assert step.status == "warn" and "by design" in step.summary, step.summary
    assert report.verdict.cause != "pod-dns"
    unrestricted = Case("same timeout, no policy", nodes=timeout, from_node="node-2").run()
    assert step_of(unrestricted, "pod-dns").status == "fail"  # without the policy: the problem it was


def test_the_probe_name_takes_the_cluster_domain_from_the_corefile_or_the_name() -> None:
    def probe(host: str, zone: str | None, service: str | None = "default-keystone") -> tuple[str, str]:
        objects = cluster_objects("vxlan")
        if zone is None:
            del objects[COREFILE_PATH]
        else:
            cm = objects[COREFILE_PATH]["data"]
            cm["Corefile"] = cm["Corefile"].replace("kubernetes cluster.local", f"kubernetes {zone}")
        snap = recorded_cluster(objects).snapshot()
        target = resolve_target(snap, Failing(host, "timeout", service, "onecloud" if service else None), "node-2")
        ctx = StepContext(snap, target, None, [], snap.dns_endpoints)  # type: ignore[arg-type]
        return pod_dns.probe_name(ctx)

    assert probe("default-keystone", "k8s.example")[0] == "default-keystone.onecloud.svc.k8s.example"
    assert probe("default-keystone.onecloud.svc.k8s.example", None)[0] == "default-keystone.onecloud.svc.k8s.example"
    name, how = probe("default-keystone", None)
    assert name == "default-keystone.onecloud.svc.cluster.local" and "assumed" in how
    # a full name is probed as written, even where the Corefile names another zone
    assert probe("default-keystone.onecloud.svc.k8s.example", "cluster.local")[0].endswith(".svc.k8s.example")
    assert probe("api.example.com", "k8s.example", None)[0] == "kubernetes.default.svc.k8s.example"
