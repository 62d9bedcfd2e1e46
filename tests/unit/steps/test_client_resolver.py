"""client-resolver: the client pod's resolver configuration, judged from its dnsPolicy/dnsConfig (and the
node's resolv.conf where the policy uses it), on the recorded cluster."""

from __future__ import annotations

from typing import Any

from checks.cluster.mapping import Failing
from checks.remote.catalog import resolv_conf
from checks.remote.replay import Recorded
from tests.unit.steps.builder import PODS_PATH, Case, Objects, findings, items, put, step_of

REGION = "default-region-7c9f6d5b8-mv4wb"  # onecloud, on the client node-2
KEYSTONE = Failing("default-keystone", "timeout", "default-keystone", None)


def pod_spec(name: str, **spec: Any) -> Any:
    def patch(objects: Objects) -> None:
        pod = next(p for p in items(objects, PODS_PATH) if p["metadata"]["name"] == name)
        pod["spec"].update(spec)

    return patch


NDOTS_FAULT = pod_spec(
    REGION,
    dnsPolicy="None",
    dnsConfig={
        "nameservers": ["10.96.0.10"],
        "searches": ["svc.cluster.local", "cluster.local"],
        "options": [{"name": "ndots", "value": "5"}],
    },
)


def test_a_short_service_name_from_a_clusterfirst_pod_passes() -> None:
    report = Case("healthy, failing name", failing=KEYSTONE).run()
    step = step_of(report, "client-resolver")
    assert step.status == "pass", step.summary
    assert "pods of namespace onecloud on node-2" in step.summary
    assert any(
        "search onecloud.svc.cluster.local svc.cluster.local cluster.local" in ln
        for e in step.evidence
        for ln in e.lines
    )
    assert report.verdict.status == "healthy"


def test_a_search_list_without_the_namespace_domain_is_the_cause() -> None:
    report = Case("client-ndots", cluster=NDOTS_FAULT, failing=KEYSTONE).run()
    step = step_of(report, "client-resolver")
    assert step.status == "fail"
    assert findings(step) == [("client-resolver.name-not-searchable", ("node-2",))]
    assert "onecloud.svc.cluster.local" in step.summary and "dnsPolicy None with dnsConfig" in str(step.evidence)
    assert (report.verdict.cause, report.verdict.code) == ("client-resolver", "client-resolver.name-not-searchable")
    assert any("deployment/default-region" in c.command and "searches" in c.command for c in step.commands)


def test_dnspolicy_default_reads_the_nodes_resolv_conf_and_fails_for_a_cluster_name() -> None:
    case = Case("Default policy", cluster=pod_spec(REGION, dnsPolicy="Default"), failing=KEYSTONE)
    report = case.run()
    step = step_of(report, "client-resolver")
    assert step.status == "fail"
    assert step.codes("problem")[0] == "client-resolver.nameserver-not-cluster-dns"
    assert "asks 10.41.0.1 first" in step.summary
    assert any(e.source == "cat /etc/resolv.conf" and e.node == "node-2" for e in step.evidence)
    assert any('"dnsPolicy":"ClusterFirst"' in c.command for c in step.commands)


def test_a_node_resolv_conf_that_cannot_be_read_is_unchecked_not_a_problem() -> None:
    case = Case(
        "Default policy, cat refused",
        cluster=pod_spec(REGION, dnsPolicy="Default"),
        nodes=put("node-2", resolv_conf("/etc/resolv.conf").key, Recorded("", 1, None)),
        failing=KEYSTONE,
    )
    step = step_of(case.run(), "client-resolver")
    assert (step.status, step.codes()) == ("error", ("check.command-failed",))


def test_a_cluster_dns_first_among_others_passes_with_dnspolicy_none() -> None:
    cluster = pod_spec(
        REGION,
        dnsPolicy="None",
        dnsConfig={"nameservers": ["10.96.0.10", "8.8.8.8"], "searches": ["onecloud.svc.cluster.local"]},
    )
    step = step_of(Case("None, good", cluster=cluster, failing=KEYSTONE).run(), "client-resolver")
    assert step.status == "pass", step.summary


def test_a_full_name_under_ndots_5_costs_the_search_domains_first() -> None:
    fqdn = Failing("default-keystone.onecloud.svc.cluster.local", "timeout", "default-keystone", "onecloud")
    report = Case("fqdn", failing=fqdn).run()
    step = step_of(report, "client-resolver")
    assert step.status == "warn"
    assert step.codes() == ("client-resolver.ndots-expansion",)
    assert "4 dot(s), fewer than ndots:5" in step.summary and "3 search name(s)" in step.summary
    assert any(c.command == "default-keystone.onecloud.svc.cluster.local." for c in step.commands)
    assert any('"ndots","value":"2"' in c.command for c in step.commands)
    assert report.verdict.status == "healthy"  # a cost, not the cause


def test_an_external_name_from_the_from_pod_counts_every_search_domain() -> None:
    external = Failing("api.example.com", "timeout", None, None)
    report = Case("external", from_node=f"onecloud/{REGION}", failing=external).run()
    step = step_of(report, "client-resolver")
    assert step.status == "warn"
    assert f"the --from pod onecloud/{REGION}" in step.explanation
    assert "3 search name(s)" in step.summary and "api.example.com.onecloud.svc.cluster.local" in step.summary


def test_no_client_pod_known_skips_and_says_why() -> None:
    external = Failing("api.example.com", "timeout", None, None)
    step = step_of(Case("external, no pod", failing=external).run(), "client-resolver")
    assert step.status == "skip"
    assert "pass --from POD" in step.summary


def test_search_path_nxdomains_from_the_paste_are_named() -> None:
    burst = Failing(
        "default-keystone",
        "nxdomain",
        "default-keystone",
        None,
        (
            "default-keystone.onecloud.svc.cluster.local.onecloud.svc.cluster.local",
            "default-keystone.onecloud.svc.cluster.local.svc.cluster.local",
        ),
    )
    step = step_of(Case("burst", failing=burst).run(), "client-resolver")
    assert step.status == "warn"
    assert step.codes("warning") == ("client-resolver.search-path-nxdomain",)
    assert "2 NXDOMAIN answer(s)" in step.summary


def test_a_short_name_that_is_no_service_gets_no_ndots_warning() -> None:
    missing = Failing("nosuch", "nxdomain", "nosuch", None)
    report = Case("no such service", from_node=f"onecloud/{REGION}", failing=missing).run()
    assert step_of(report, "client-resolver").status == "pass"
    assert report.verdict.code == "mapping.no-such-service"
