"""client-resolver: the client pod's resolver configuration, judged from its dnsPolicy/dnsConfig (and the
node's resolv.conf where the policy uses it), on the recorded cluster."""

from __future__ import annotations

from typing import Any

from checks.cluster.mapping import Failing, resolve_target
from checks.cluster.memory import recorded_cluster
from checks.ladder import client_resolver
from checks.ladder.base import StepContext
from checks.model import StepResult
from checks.remote.catalog import resolv_conf
from checks.remote.replay import Recorded
from tests.unit.steps.builder import COREFILE_PATH, PODS_PATH, Case, Objects, all_of, findings, items, put, step_of

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


CUSTOM_FQDN = Failing("default-keystone.onecloud.svc.k8s.example", "timeout", "default-keystone", "onecloud")


def corefile_zone(zone: str | None) -> Any:
    """The Corefile's kubernetes zone replaced (None: the Corefile could not be read)."""

    def patch(objects: Objects) -> None:
        if zone is None:
            del objects[COREFILE_PATH]
            return
        data = objects[COREFILE_PATH]["data"]
        data["Corefile"] = data["Corefile"].replace("kubernetes cluster.local", f"kubernetes {zone}")

    return patch


def resolver_only(case: Case, failing: Failing) -> StepResult:
    """The client-resolver step alone: pod-dns would probe names in k8s.example, which are not recorded."""
    snap = recorded_cluster(case.objects()).snapshot()
    target = resolve_target(snap, failing)
    clients = [n for n in (snap.node(name) for name in target.client_nodes) if n is not None]
    return client_resolver.run(StepContext(snap, target, case.runner(), clients, list(snap.dns_endpoints)))


def test_a_full_name_in_a_custom_cluster_domain_is_searchable() -> None:
    for zone in ("k8s.example", None):  # told by the Corefile, or only by the name itself
        step = resolver_only(Case(f"custom domain {zone}", cluster=corefile_zone(zone)), CUSTOM_FQDN)
        assert "client-resolver.name-not-searchable" not in step.codes(), (zone, step.summary)
        assert step.codes() == ("client-resolver.ndots-expansion",), (zone, step.summary)
        assert "onecloud.svc.k8s.example" in str(step.evidence), zone
        assert "default-keystone.onecloud.svc.k8s.example." in [c.command for c in step.commands]


def test_the_corefile_zone_makes_the_short_name_searchable_with_its_domain() -> None:
    cluster = all_of(
        corefile_zone("k8s.example"),
        pod_spec(
            REGION,
            dnsPolicy="None",
            dnsConfig={"nameservers": ["10.96.0.10"], "searches": ["onecloud.svc.k8s.example"]},
        ),
    )
    step = resolver_only(Case("custom, None", cluster=cluster), KEYSTONE)
    assert step.status == "pass", step.summary


def test_a_missing_namespace_domain_is_a_problem_when_the_domain_is_known() -> None:
    step = resolver_only(
        Case("client-ndots, custom", cluster=all_of(corefile_zone("k8s.example"), NDOTS_FAULT)), KEYSTONE
    )
    assert step.codes("problem") == ("client-resolver.name-not-searchable",)
    assert "onecloud.svc.k8s.example" in step.summary


def test_an_unknown_cluster_domain_makes_an_unmatched_search_list_a_warning() -> None:
    other = pod_spec(
        REGION, dnsPolicy="None", dnsConfig={"nameservers": ["10.96.0.10"], "searches": ["onecloud.svc.k8s.example"]}
    )
    step = resolver_only(Case("no Corefile", cluster=all_of(corefile_zone(None), other)), KEYSTONE)
    assert step.status == "warn", step.summary
    assert step.codes("warning") == ("client-resolver.name-not-searchable",)
    assert "not known" in step.summary and "onecloud.svc.k8s.example" in step.summary
    # ... but a search list with no svc. domain at all cannot make any Service name
    none = pod_spec(REGION, dnsPolicy="None", dnsConfig={"nameservers": ["10.96.0.10"], "searches": ["example.com"]})
    step = resolver_only(Case("no Corefile, no svc", cluster=all_of(corefile_zone(None), none)), KEYSTONE)
    assert step.codes("problem") == ("client-resolver.name-not-searchable",)


def test_kubesprays_cache_address_is_the_cluster_dns() -> None:
    def kubespray_cache(objects: Objects) -> None:
        pods = items(objects, PODS_PATH)
        calico = next(p for p in pods if p["metadata"]["labels"].get("k8s-app") == "calico-node")
        pods.append(
            {
                **calico,
                "metadata": {
                    "name": "nodelocaldns-x7q2",
                    "namespace": "kube-system",
                    "labels": {"k8s-app": "nodelocaldns"},
                },
            }
        )

    asks_cache = pod_spec(
        REGION,
        dnsPolicy="None",
        dnsConfig={"nameservers": ["169.254.25.10"], "searches": ["onecloud.svc.cluster.local"]},
    )
    step = resolver_only(Case("kubespray", cluster=all_of(kubespray_cache, asks_cache)), KEYSTONE)
    assert step.status == "pass", step.summary
