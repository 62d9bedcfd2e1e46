"""node-local-dns: NodeLocal DNSCache on the client's node (pod Ready, link-local address answering, NOTRACK
rules), on the recorded cluster with the cache's DaemonSet pods and ConfigMap added."""

from __future__ import annotations

import copy

from checks.ladder.coredns import PROBE_NAME
from checks.remote.catalog import dig
from checks.remote.replay import Recorded
from tests.unit.steps.builder import (
    DIG_OK,
    DIG_TIMEOUT,
    PODS_PATH,
    Case,
    Objects,
    all_of,
    findings,
    items,
    lab,
    put,
    step_of,
)

LOCAL = "169.254.20.10"
CONFIGMAP_PATH = "/api/v1/namespaces/kube-system/configmaps/node-local-dns"
# the Corefile of kubernetes' nodelocaldns.yaml with the installer's sed applied (LOCAL__DNS, DNS__SERVER)
COREFILE = """cluster.local:53 {
    errors
    cache {
            success 9984 30
            denial 9984 5
    }
    reload
    loop
    bind 169.254.20.10 10.96.0.10
    forward . __PILLAR__CLUSTER__DNS__ {
            force_tcp
    }
    prometheus :9253
    health 169.254.20.10:8080
    }
.:53 {
    errors
    cache 30
    reload
    loop
    bind 169.254.20.10 10.96.0.10
    forward . __PILLAR__UPSTREAM__SERVERS__
    prometheus :9253
    }
"""


def deployed(  # type: ignore[no-untyped-def]
    ready_on_node_2: bool = True, configmap: bool = True, pods: bool = True, label: str = "node-local-dns"
):
    def patch(objects: Objects) -> None:
        if configmap:
            objects[CONFIGMAP_PATH] = {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "node-local-dns", "namespace": "kube-system"},
                "data": {"Corefile": COREFILE},
            }
        if not pods:
            return
        pod_items = items(objects, PODS_PATH)
        calico = [p for p in pod_items if p["metadata"]["labels"].get("k8s-app") == "calico-node"]
        for i, src in enumerate(calico):
            pod = copy.deepcopy(src)
            pod["metadata"]["name"] = f"{label}-{'abc'[i]}x7q2"
            pod["metadata"]["labels"] = {"k8s-app": label}
            pod["metadata"]["ownerReferences"] = [{"kind": "DaemonSet", "name": label, "controller": True}]
            ready = ready_on_node_2 or pod["spec"]["nodeName"] != "node-2"
            pod["status"]["conditions"] = [{"type": "Ready", "status": "True" if ready else "False"}]
            pod_items.append(pod)

    return patch


KEY = dig(LOCAL, PROBE_NAME).key
HEALTH = "curl-health 169.254.20.10:8080/health"
HEALTH_DOWN = put("node-2", HEALTH, Recorded(lab("node-2.curl-health.refused.txt"), 7))
CACHE_UP = all_of(
    put("node-2", KEY, lab(DIG_OK)), put("node-2", "iptables-save-raw", lab("node-2.iptables-save-raw.nodelocal.txt"))
)


def test_not_deployed_skips_and_says_so() -> None:
    step = step_of(Case("no cache").run(), "node-local-dns")
    assert step.status == "skip"
    assert "not deployed" in step.summary


def test_deployed_ready_answering_with_its_notrack_rules_passes() -> None:
    report = Case("cache up", cluster=deployed(), nodes=CACHE_UP).run()
    step = step_of(report, "node-local-dns")
    assert step.status == "pass", step.summary
    assert "169.254.20.10" in step.summary
    assert any(e.source == "iptables-save -t raw" and len(e.lines) == 6 for e in step.evidence)
    assert any("bind 169.254.20.10 10.96.0.10" in ln for e in step.evidence for ln in e.lines)
    assert report.verdict.status == "healthy"


def test_the_cache_down_on_the_client_node_is_the_cause() -> None:
    stopped = put("node-2", HEALTH, Recorded(lab("node-2.curl-health.nodelocal-down.txt"), 28))
    nodes = all_of(CACHE_UP, put("node-2", KEY, DIG_TIMEOUT), stopped)
    report = Case("nodelocal-down", cluster=deployed(ready_on_node_2=False), nodes=nodes).run()
    step = step_of(report, "node-local-dns")
    assert step.status == "fail"
    assert findings(step) == [
        ("node-local-dns.not-ready", ("node-2",)),
        ("node-local-dns.not-answering", ("node-2",)),
    ]
    assert (report.verdict.cause, report.verdict.code) == ("node-local-dns", "node-local-dns.not-ready")
    commands = [c.command for c in step.commands]
    assert "kubectl -n kube-system delete pod node-local-dns-bx7q2" in commands
    assert "kubectl -n kube-system logs node-local-dns-bx7q2 --tail=50" in commands


def drop_node_2(objects: Objects) -> None:
    pod_items = items(objects, PODS_PATH)
    pod_items[:] = [
        p
        for p in pod_items
        if not (p["metadata"]["labels"].get("k8s-app") == "node-local-dns" and p["spec"]["nodeName"] == "node-2")
    ]


def region_asks_the_cache(objects: Objects) -> None:
    pod = next(p for p in items(objects, PODS_PATH) if p["metadata"]["name"] == "default-region-7c9f6d5b8-mv4wb")
    pod["spec"].update(dnsPolicy="None", dnsConfig={"nameservers": [LOCAL], "searches": ["onecloud.svc.cluster.local"]})


def test_no_cache_pod_on_a_client_node_whose_pods_ask_it_is_a_problem() -> None:
    nodes = all_of(CACHE_UP, put("node-2", KEY, DIG_TIMEOUT), HEALTH_DOWN)
    cluster = all_of(deployed(), drop_node_2, region_asks_the_cache)
    step = step_of(Case("no pod", cluster=cluster, nodes=nodes).run(), "node-local-dns")
    assert step.codes("problem") == ("node-local-dns.no-pod", "node-local-dns.not-answering")
    assert "onecloud/default-region-7c9f6d5b8-mv4wb" in step.summary


def test_no_cache_pod_on_a_client_node_is_only_a_warning_when_its_pods_may_ask_the_service() -> None:
    """The DaemonSet's nodeSelector may leave the node out: kubelet there then points at the DNS Service
    (its clusterDNS, not in the API), and DNS works."""
    nodes = all_of(CACHE_UP, put("node-2", KEY, DIG_TIMEOUT))
    report = Case("node left out", cluster=all_of(deployed(), drop_node_2), nodes=nodes).run()
    step = step_of(report, "node-local-dns")
    assert (step.status, findings(step)) == ("warn", [("node-local-dns.no-pod", ("node-2",))])
    assert "clusterDNS" in step.summary and "node-1, node-3" in step.summary
    assert report.verdict.status == "healthy"
    assert any(c.command == "kubectl -n kube-system get daemonset node-local-dns -o wide" for c in step.commands)
    # the address answering there anyway: nothing to say
    step = step_of(Case("answers", cluster=all_of(deployed(), drop_node_2), nodes=CACHE_UP).run(), "node-local-dns")
    assert step.status == "pass", step.summary


def test_a_leftover_configmap_without_pods_is_not_deployed() -> None:
    report = Case("leftover ConfigMap", cluster=deployed(pods=False)).run()
    step = step_of(report, "node-local-dns")
    assert step.status == "skip" and "left over" in step.summary, step.summary
    assert report.verdict.status == "healthy"


def test_kubespray_pods_are_found_with_its_address() -> None:
    kubespray_key = dig("169.254.25.10", PROBE_NAME).key
    nodes = all_of(
        put("node-2", kubespray_key, lab(DIG_OK)),
        put("node-2", "curl-health 169.254.25.10:9254/health", Recorded("200", 0)),
        put(
            "node-2", "iptables-save-raw", lab("node-2.iptables-save-raw.nodelocal.txt").replace(LOCAL, "169.254.25.10")
        ),
    )
    cluster = deployed(configmap=False, label="nodelocaldns")
    step = step_of(Case("kubespray", cluster=cluster, nodes=nodes).run(), "node-local-dns")
    assert step.status == "pass", step.summary
    assert "169.254.25.10" in step.summary


def test_a_silent_ready_cache_at_an_assumed_address_is_unchecked() -> None:
    nodes = all_of(CACHE_UP, put("node-2", KEY, DIG_TIMEOUT), HEALTH_DOWN)
    step = step_of(Case("assumed", cluster=deployed(configmap=False), nodes=nodes).run(), "node-local-dns")
    assert (step.status, step.codes()) == ("error", ("check.command-failed",)), step.summary
    assert "assumed" in step.summary


def test_a_cache_that_is_up_but_gets_nothing_from_its_upstream_is_not_the_cause() -> None:
    """NAT, routes or the link to CoreDNS broken: the cache answers its health check but no cluster name;
    the cause is further down the ladder, and this step only warns."""
    nodes = all_of(CACHE_UP, put("node-2", KEY, DIG_TIMEOUT))
    report = Case("upstream down", cluster=deployed(), nodes=nodes).run()
    step = step_of(report, "node-local-dns")
    assert (step.status, step.codes()) == ("warn", ("node-local-dns.upstream-not-answering",))
    assert "health 200" in step.summary
    assert any(e.lines == ("HTTP 200",) for e in step.evidence)


def test_without_curl_a_silent_ready_cache_is_unchecked_not_blamed() -> None:
    nodes = all_of(
        CACHE_UP, put("node-2", KEY, DIG_TIMEOUT), put("node-2", HEALTH, Recorded("sh: 1: curl: not found\n", 127))
    )
    step = step_of(Case("no curl", cluster=deployed(), nodes=nodes).run(), "node-local-dns")
    assert (step.status, step.codes()) == ("error", ("check.command-failed",))


def test_missing_notrack_rules_warn() -> None:
    nodes = put("node-2", KEY, lab(DIG_OK))  # the raw table stays the healthy recording: empty
    report = Case("no notrack", cluster=deployed(), nodes=nodes).run()
    step = step_of(report, "node-local-dns")
    assert step.status == "warn"
    assert step.codes() == ("node-local-dns.notrack-missing",)
    assert "4 of node-cache's NOTRACK rules" in step.summary
    assert report.verdict.status == "healthy"


def test_pods_without_a_readable_configmap_use_the_default_address() -> None:
    step = step_of(Case("pods only", cluster=deployed(configmap=False), nodes=CACHE_UP).run(), "node-local-dns")
    assert step.status == "pass", step.summary


def test_a_refused_configmap_without_cache_pods_is_a_skip_that_says_why() -> None:
    case = Case("refused", refused={CONFIGMAP_PATH: 403})
    step = step_of(case.run(), "node-local-dns")
    assert step.status == "skip" and "forbidden" in step.summary
