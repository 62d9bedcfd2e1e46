"""coredns-health on recorded clusters: each status, each finding, and the verdict it gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from checks import engine
from checks.cluster.mapping import Failing
from checks.cluster.memory import recorded_cluster
from checks.model import Report
from checks.remote.catalog import resolv_conf, upstream_dig
from checks.remote.replay import Recorded
from tests.unit.steps.builder import (
    COREDNS,
    COREDNS_PODS,
    COREFILE_PATH,
    EXTERNAL_PROBE,
    PODS_PATH,
    UPSTREAM,
    Case,
    Objects,
    Outputs,
    Texts,
    all_of,
    coredns_texts,
    dig_key,
    dns_endpoints,
    drop_dns_service,
    findings,
    items,
    log_path,
    put,
    step_of,
    text,
)

EXTERNAL = "api.example.com"
ETC = resolv_conf("/etc/resolv.conf").key
SYSTEMD = resolv_conf("/run/systemd/resolve/resolv.conf").key
TIMEOUT = Recorded(text("clusters/coredns/node-1.dig-upstream-timeout.txt"), 9)


def diagnose(case: Case, host: str | None) -> Report:
    """A diagnosis of a paste naming `host`, from node-2."""
    runner = case.runner()
    logs = coredns_texts()
    case.texts(logs)
    reader = recorded_cluster(case.objects(), case.refused, logs)
    failing = Failing(host, "timeout", None, None) if host else None
    return engine.diagnose(reader, runner, failing, from_="node-2")


def coredns_status(*names: str, **status: Any) -> Any:
    """A patch: the CoreDNS pods' status (containerStatuses, Ready condition); `names`: only these pods."""

    def patch(objects: Objects) -> None:
        for pod in items(objects, PODS_PATH):
            if pod["metadata"]["name"] in (names or COREDNS_PODS):
                ready = status.get("ready", True)
                pod["status"]["conditions"] = [{"type": "Ready", "status": "True" if ready else "False"}]
                pod["status"]["containerStatuses"] = [
                    {
                        "name": "coredns",
                        "ready": ready,
                        "restartCount": status.get("restarts", 0),
                        "state": status.get("state", {"running": {}}),
                        "lastState": status.get("last", {}),
                    }
                ]

    return patch


CRASHLOOP = coredns_status(
    ready=False,
    restarts=4,
    state={"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 1m20s restarting failed container"}},
    last={"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": "2026-12-01T10:00:00Z"}},
)

CRASHLOOP_ONE = coredns_status(
    COREDNS_PODS[0],
    ready=False,
    restarts=4,
    state={"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 1m20s restarting failed container"}},
    last={"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": "2026-12-01T10:00:00Z"}},
)


def logs(name: str, *names: str) -> Any:
    def patch(texts: Texts) -> None:
        for pod in names or COREDNS_PODS:
            texts[log_path(pod)] = text(f"clusters/coredns/{name}")

    return patch


def corefile(body: str) -> Any:
    def patch(objects: Objects) -> None:
        objects[COREFILE_PATH]["data"]["Corefile"] = body

    return patch


def upstream_silent(name: str = EXTERNAL_PROBE) -> Any:
    return put("node-1", upstream_dig(UPSTREAM, name).key, TIMEOUT)


def external_ok(outputs: Outputs) -> None:
    outputs["node-1"][upstream_dig(UPSTREAM, EXTERNAL).key] = text("clusters/coredns/node-1.dig-upstream-ok.txt")


CASES = [
    (Case("healthy"), None, "pass", []),
    (Case("healthy ipip", "ipip"), None, "pass", []),
    (
        Case("crash-looping on a loop", cluster=CRASHLOOP, texts=logs("coredns.loop.log")),
        None,
        "fail",
        ["coredns-health.crash-looping", "coredns-health.loop-detected"],
    ),
    (Case("none ready", cluster=coredns_status(ready=False)), None, "fail", ["coredns-health.none-ready"]),
    (
        Case("upstream down, external name", nodes=put("node-1", upstream_dig(UPSTREAM, EXTERNAL).key, TIMEOUT)),
        EXTERNAL,
        "fail",
        ["coredns-health.upstream-timeout"],
    ),
    (
        Case("upstream down, cluster name", nodes=upstream_silent(), texts=logs("coredns.upstream-timeout.log")),
        "default-keystone",
        "warn",
        ["coredns-health.upstream-timeout"],
    ),
    (
        Case("upstream errors logged, answers now", nodes=external_ok, texts=logs("coredns.upstream-timeout.log")),
        EXTERNAL,
        "warn",
        ["coredns-health.upstream-errors-logged"],
    ),
    (
        Case("pods/log refused", refused={log_path(COREDNS_PODS[0]): 403}),
        None,
        "error",
        ["check.api-unreadable"],
    ),
    (  # the other pod's log was read: what it says stands (was unchecked: every verdict inconclusive)
        Case("pods/log fails for one pod", refused={log_path(COREDNS_PODS[0]): 500}),
        None,
        "warn",
        ["coredns-health.log-unreadable"],
    ),
    (
        Case("pods/log fails for every pod", refused={log_path(p): 500 for p in COREDNS_PODS}),
        None,
        "error",
        ["coredns-health.log-unreadable"],
    ),
    (
        Case("one replica crash-looping, the other Ready", cluster=CRASHLOOP_ONE),
        None,
        "warn",
        ["coredns-health.crash-looping"],
    ),
    (
        Case("a live loop in a running CoreDNS's log", texts=logs("coredns.loop.log", COREDNS_PODS[0])),
        None,
        "fail",
        ["coredns-health.loop-detected"],
    ),
    (
        Case("Corefile forwards to a sidecar resolver", cluster=corefile(".:53 {\n    forward . 127.0.0.1:5353\n}\n")),
        None,
        "pass",
        [],
    ),
    (Case("Corefile refused", refused={COREFILE_PATH: 403}), None, "error", ["check.api-unreadable"]),
    (Case("no coredns ConfigMap", refused={COREFILE_PATH: 404}), None, "error", ["coredns-health.corefile-unreadable"]),
    (
        Case("node resolv.conf points at the cluster DNS", nodes=put("node-1", ETC, "nameserver 10.96.0.10\n")),
        None,
        "fail",
        ["coredns-health.forward-to-itself"],
    ),
    (
        Case("systemd-resolved stub, no file behind it", nodes=put("node-1", ETC, "nameserver 127.0.0.53\n")),
        None,
        "error",
        ["coredns-health.upstream-unknown"],
    ),
    (
        Case("Corefile without forward", cluster=corefile(".:53 {\n    errors\n    kubernetes cluster.local\n}\n")),
        None,
        "warn",
        ["coredns-health.no-upstream"],
    ),
    (
        Case("Corefile forwards to loopback", cluster=corefile(".:53 {\n    forward . 127.0.0.53\n    loop\n}\n")),
        None,
        "fail",
        ["coredns-health.forward-to-itself"],
    ),
]


@pytest.mark.parametrize(("case", "host", "status", "codes"), CASES, ids=[c[0].name for c in CASES])
def test_each_status(case: Case, host: str | None, status: str, codes: list[str]) -> None:
    step = step_of(diagnose(case, host), "coredns-health")
    assert step.status == status, step.summary
    assert [c for c, _ in findings(step)] == codes


def test_an_external_name_with_the_upstream_down_is_the_cause_and_says_so() -> None:
    case = Case("upstream down", nodes=put("node-1", upstream_dig(UPSTREAM, EXTERNAL).key, TIMEOUT))
    report = diagnose(case, EXTERNAL)
    assert (report.verdict.status, report.verdict.cause, report.verdict.code) == (
        "problem",
        "coredns-health",
        "coredns-health.upstream-timeout",
    )
    step = step_of(report, "coredns-health")
    assert "api.example.com is outside cluster.local" in step.summary
    assert any(c.command == f"dig @{UPSTREAM} {EXTERNAL}" for c in step.commands)
    assert any(e.source == f"dig +time=2 +tries=2 @{UPSTREAM} {EXTERNAL} A" for e in step.evidence)


def test_the_cluster_name_with_the_upstream_down_stays_healthy() -> None:
    report = diagnose(Case("upstream down", nodes=upstream_silent()), "default-keystone")
    assert report.verdict.status == "healthy"


def test_a_crash_loop_is_the_cause_and_explains_coredns() -> None:
    case = Case(
        "crash loop",
        cluster=all_of(CRASHLOOP, lambda o: [e["conditions"].update(ready=False) for e in dns_endpoints(o)]),
        nodes=all_of(*(put(n, dig_key(ip), Recorded("", 9)) for ip in COREDNS for n in ("node-1", "node-2"))),
        texts=logs("coredns.loop.log"),
    )
    report = diagnose(case, None)
    assert step_of(report, "coredns").status == "fail"
    assert (report.verdict.cause, report.verdict.code) == ("coredns-health", "coredns-health.crash-looping")
    step = step_of(report, "coredns-health")
    assert "restarts=4 CrashLoopBackOff, last exit Error (1)" in step.summary
    assert any("--previous" in c.command for c in step.commands)
    assert any("forward . <the real upstream IP>" in c.command for c in step.commands)


def test_a_recent_restart_is_a_warning_an_old_one_is_not() -> None:
    def restarted(at: datetime) -> Any:
        last = {"terminated": {"exitCode": 137, "reason": "OOMKilled", "finishedAt": at.strftime("%Y-%m-%dT%H:%M:%SZ")}}
        return coredns_status(restarts=1, last=last)

    now = datetime.now(UTC)
    recent = step_of(diagnose(Case("recent", cluster=restarted(now - timedelta(minutes=5))), None), "coredns-health")
    assert (recent.status, [c for c, _ in findings(recent)]) == ("warn", ["coredns-health.restarted"])
    assert "OOMKilled (137)" in recent.summary
    old = step_of(diagnose(Case("old", cluster=restarted(now - timedelta(days=2))), None), "coredns-health")
    assert old.status == "pass"


def test_systemd_resolved_nodes_forward_to_the_file_behind_the_stub() -> None:
    nodes = all_of(
        put("node-1", ETC, "nameserver 127.0.0.53\noptions edns0 trust-ad\n"),
        put("node-1", SYSTEMD, "# This is /run/systemd/resolve/resolv.conf\nnameserver 10.41.0.2\n"),
    )
    step = step_of(diagnose(Case("systemd", nodes=nodes), None), "coredns-health")
    assert step.status == "pass", step.summary
    assert [e.source for e in step.evidence if e.node] == [
        "cat /etc/resolv.conf",
        "cat /run/systemd/resolve/resolv.conf",
        f"dig +time=2 +tries=2 @{UPSTREAM} {EXTERNAL_PROBE} A",
    ]


def test_an_ip_forward_target_is_queried_directly() -> None:
    case = Case(
        "forward to an IP",
        cluster=corefile(".:53 {\n    kubernetes cluster.local\n    forward . 10.41.0.2 tls://9.9.9.9\n    loop\n}\n"),
    )
    runner = case.runner()
    step = step_of(case.run(runner), "coredns-health")
    assert step.status == "pass"
    asked = [k for n, k in runner.asked if n == "node-1"]
    assert upstream_dig(UPSTREAM, EXTERNAL_PROBE).key in asked and ETC not in asked  # tls:// is port 853: not dug


def test_no_dns_service_skips() -> None:
    step = step_of(Case("no dns", cluster=drop_dns_service).run(), "coredns-health")
    assert step.status == "skip"


def test_the_snapshot_reads_status_corefile_and_a_bounded_log_in_corednss_namespace_only() -> None:
    from checks.cluster.coredns_read import LOG_QUERY
    from checks.cluster.memory import RecordedApi
    from checks.cluster.read import read_snapshot

    objects = Case("crash", cluster=CRASHLOOP).objects()
    api = RecordedApi(objects, {}, coredns_texts())
    snap = read_snapshot(api)
    pod = next(p for p in snap.pods if p.name == COREDNS_PODS[0])
    assert (pod.restarts, pod.waiting_reason, pod.last_terminated_reason, pod.last_exit_code) == (
        4,
        "CrashLoopBackOff",
        "Error",
        1,
    )
    assert pod.last_terminated_at == "2026-12-01T10:00:00Z"
    assert snap.corefile and "forward . /etc/resolv.conf" in snap.corefile
    assert sorted(snap.coredns_logs) == sorted(COREDNS_PODS)
    log_reads = [(p, q) for p, q in api.requests if p.endswith("/log")]
    assert log_reads == [(log_path(p), {**LOG_QUERY, "container": "coredns"}) for p in sorted(COREDNS_PODS)]
    refused = read_snapshot(RecordedApi(objects, {log_path(COREDNS_PODS[0]): 403}, coredns_texts()))
    assert refused.unavailable["pods/log kube-system"].startswith("forbidden: ")
    assert refused.coredns_logs == {}  # one refusal stands for the namespace: no second request


def test_coredns_lines_in_the_paste_are_judged_with_the_live_log() -> None:
    """A paste of CoreDNS's own log: its lines go with the failing name (bot.search_bursts) into
    coredns-health, shown as the pasted log. A loop there while the live log is clean is a warning (the
    paste may be from a past incident: no live confirmation); pasted upstream timeouts, while the
    upstream answers now, are a warning, not a problem."""
    from bot.search_bursts import with_pasted_coredns_log

    loop_paste = text("clusters/coredns/coredns.loop.log")
    timeout_paste = text("clusters/coredns/coredns.upstream-timeout.log")
    reports = {}
    for name, paste in (("loop", loop_paste), ("timeouts", timeout_paste)):
        failing = with_pasted_coredns_log(Failing(EXTERNAL, "timeout", None, None), paste)
        assert failing is not None and failing.coredns_log, name
        reader = recorded_cluster(Case("pasted").objects(), {}, coredns_texts())
        reports[name] = engine.diagnose(reader, Case("pasted").runner(), failing, from_="node-2")
    loop = step_of(reports["loop"], "coredns-health")
    assert loop.status == "warn" and loop.has("coredns-health.loop-in-paste")
    assert not loop.has("coredns-health.loop-detected") and reports["loop"].verdict.cause != "coredns-health"
    assert any(e.source == "the pasted CoreDNS log" and "plugin/loop" in " ".join(e.lines) for e in loop.evidence)
    timeouts = step_of(reports["timeouts"], "coredns-health")
    assert timeouts.status == "warn" and timeouts.has("coredns-health.upstream-errors-logged")
    assert with_pasted_coredns_log(Failing(EXTERNAL, "timeout", None, None), "lookup x: i/o timeout").coredns_log == ()


def test_one_crash_looping_replica_is_not_the_cause_while_another_serves() -> None:
    report = diagnose(Case("one crash-looping", cluster=CRASHLOOP_ONE), None)
    step = step_of(report, "coredns-health")
    assert (step.status, [c for c, _ in findings(step)]) == ("warn", ["coredns-health.crash-looping"])
    assert "1 other CoreDNS pod(s) Ready and serving" in step.summary
    assert report.verdict.status == "healthy" and report.verdict.cause != "coredns-health"


def test_a_loopback_upstream_is_coredns_itself_only_on_its_own_port() -> None:
    for target, itself in (("127.0.0.1:5353", False), ("127.0.0.1:53", True), ("127.0.0.1", True)):
        case = Case(target, cluster=corefile(f".:53 {{\n    forward . {target}\n    loop\n}}\n"))
        step = step_of(case.run(), "coredns-health")
        assert step.has("coredns-health.forward-to-itself") is itself, (target, step.summary)


def test_the_log_is_read_from_corednss_container_and_pods_not_running_are_skipped() -> None:
    """A pod with a sidecar: the log of the container exposing port 53 (`container=`; without it the API
    answers 400 for a pod of two containers). A pod still being created has no log: not read, not an
    error that would leave every verdict inconclusive."""
    from checks.cluster.memory import RecordedApi
    from checks.cluster.read import read_snapshot

    def sidecar_and_creating(objects: Objects) -> None:
        for pod in items(objects, PODS_PATH):
            name = pod["metadata"]["name"]
            if name == COREDNS_PODS[0]:
                pod["spec"]["containers"].insert(0, {"name": "istio-proxy", "image": "istio/proxyv2"})
            if name == COREDNS_PODS[1]:
                pod["status"]["phase"] = "Running"
                pod["status"]["containerStatuses"] = [
                    {
                        "name": "coredns",
                        "ready": False,
                        "restartCount": 0,
                        "state": {"waiting": {"reason": "ContainerCreating"}},
                    }
                ]

    objects = Case("sidecar", cluster=sidecar_and_creating).objects()
    api = RecordedApi(objects, {}, coredns_texts())
    snap = read_snapshot(api)
    assert [(p, q.get("container")) for p, q in api.requests if p.endswith("/log")] == [
        (log_path(COREDNS_PODS[0]), "coredns")
    ]
    assert sorted(snap.coredns_logs) == [COREDNS_PODS[0]] and "pods/log kube-system" not in snap.unavailable
    report = engine.diagnose(recorded_cluster(objects, {}, coredns_texts()), Case("s").runner(), None, from_="node-2")
    assert not step_of(report, "coredns-health").has("coredns-health.log-unreadable")


def test_the_labs_coredns_pods_are_read_by_container_and_its_api_stand_in_serves_that(tmp_path: Any) -> None:
    """The lab's apiserver stand-in (lab/apiserver/pod_logs.py) takes `container=` as the kubelet does."""
    from checks.cluster.coredns_read import LOG_QUERY, dns_container, has_run
    from lab import profiles
    from lab.apiserver.meta import ResourceKey
    from lab.apiserver.objects import build_objects
    from lab.apiserver.pod_logs import log_body

    model = profiles.build("manifest-vxlan")
    model.created = "2026-12-01T00:00:00Z"
    pods = [
        p for p in build_objects(model)[ResourceKey("", "v1", "pods")] if p["metadata"]["name"].startswith("coredns")
    ]
    assert pods
    for pod in pods:
        container = dns_container(pod["spec"])
        assert container == "coredns" and has_run(pod["status"], container)
        assert log_body(tmp_path, pod, {**LOG_QUERY, "container": container}) == b""
