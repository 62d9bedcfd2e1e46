"""Step network-policy: real published policies (tests/fixtures/real/netpol/, README-netpol.md) on the
recorded 3-node cluster; the client pod is onecloud/default-region-… on node-2 (`--from` it), CoreDNS
kube-system/coredns-… (k8s-app=kube-dns, ports dns UDP 53 and dns-tcp TCP 53) on node-1."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from checks.cluster.mapping import Failing, resolve_target
from checks.cluster.memory import recorded_cluster
from checks.ladder import network_policy
from checks.ladder.base import StepContext
from tests.unit.steps.builder import Case, Objects, findings, step_of

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "netpol"
CLIENT = "onecloud/default-region-7c9f6d5b8-mv4wb"
K8S = "/apis/networking.k8s.io/v1/networkpolicies"
CALICO_NP = "/apis/crd.projectcalico.org/v1/networkpolicies"
CALICO_GNP = "/apis/crd.projectcalico.org/v1/globalnetworkpolicies"
ANP = "/apis/policy.networking.k8s.io/v1alpha1/adminnetworkpolicies"
PATHS = {
    "NetworkPolicy": K8S,
    "GlobalNetworkPolicy": CALICO_GNP,
    "CalicoNetworkPolicy": CALICO_NP,
    "AdminNetworkPolicy": ANP,
}


def real(name: str, namespace: str | None = "onecloud", index: int = 0) -> dict[str, Any]:
    """A published policy; namespaced ones are placed in `namespace` (the client's, unless said)."""
    doc: dict[str, Any] = [d for d in yaml.safe_load_all((REAL / name).read_text()) if d][index]
    if doc["kind"] == "NetworkPolicy" and namespace:
        doc["metadata"]["namespace"] = namespace
    return doc


def calico_np(name: str, spec: dict[str, Any], namespace: str = "onecloud") -> dict[str, Any]:
    return {
        "apiVersion": "crd.projectcalico.org/v1",
        "kind": "CalicoNetworkPolicy",  # the list's items are NetworkPolicy; the key only picks the path
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    }


def k8s_np(name: str, spec: dict[str, Any], namespace: str = "onecloud") -> dict[str, Any]:
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": name, "namespace": namespace},
        "spec": spec,
    }


def policies(*docs: dict[str, Any]) -> Callable[[Objects], None]:
    def patch(objects: Objects) -> None:
        for doc in docs:
            path = PATHS[doc["kind"]]
            item = copy.deepcopy(doc)
            if item["kind"] == "CalicoNetworkPolicy":
                item["kind"] = "NetworkPolicy"
            objects.setdefault(path, {"kind": "List", "items": []})["items"].append(item)

    return patch


def case(name: str, *docs: dict[str, Any], **kw: Any) -> Case:
    return Case(name, "vxlan", cluster=policies(*docs), from_node=kw.pop("from_node", CLIENT), **kw)


DENY = real("k8s-docs.default-deny-egress.yaml")
DNS_ONLY_TO_KUBE_DNS = real("cks-labs.allow-only-dns-egress.yaml")
FOO = real("recipes.foo-deny-egress.yaml")
FOO_FOR_REGION = copy.deepcopy(FOO)
FOO_FOR_REGION["spec"]["podSelector"]["matchLabels"] = {"app": "region"}
DB_POLICY = real("k8s-docs.test-network-policy.yaml")


def egress(ports: list[dict[str, Any]], to: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    rule: dict[str, Any] = {"ports": ports}
    if to is not None:
        rule["to"] = to
    return {"podSelector": {}, "policyTypes": ["Egress"], "egress": [rule]}


EGRESS_DENIED = [("network-policy.dns-egress-denied", ("node-2",))]


def anp(name: str, subject: dict[str, Any], **rules: Any) -> dict[str, Any]:
    """An AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1), constructed: podnet does not evaluate its rules."""
    spec = {"priority": 10, "subject": subject, **rules}
    return {
        "apiVersion": "policy.networking.k8s.io/v1alpha1",
        "kind": "AdminNetworkPolicy",
        "metadata": {"name": name},
        "spec": spec,
    }


DENY_ALL_EGRESS = [{"name": "deny-all", "action": "Deny", "to": [{"namespaces": {}}]}]
CASES: list[tuple[Case, str, list[tuple[str, tuple[str, ...]]]]] = [
    (Case("no policy at all", "vxlan", from_node=CLIENT), "pass", []),
    (Case("no policy, the Calico policy CRDs absent (404)", "ipip", from_node=CLIENT), "pass", []),
    (case("default deny egress (k8s docs)", DENY), "fail", EGRESS_DENIED),
    (case("default deny + DNS to kube-dns in kube-system (cks-labs)", DENY, DNS_ONLY_TO_KUBE_DNS), "pass", []),
    (case("default deny + allow all egress (k8s docs)", DENY, real("k8s-docs.allow-all-egress.yaml")), "pass", []),
    (case("default deny + the recipe's DNS rule for app=foo: not the client", DENY, FOO), "fail", EGRESS_DENIED),
    (case("the recipe's DNS-only egress, for the client's app", FOO_FOR_REGION), "pass", []),
    (case("the docs' role=db policy: does not select the client", DB_POLICY), "pass", []),
    (
        case("multi-port egress (endPort) 32000-32768 to 10.0.0.0/24", real("k8s-docs.multi-port-egress.yaml")),
        "pass",  # selects role=db only
        [],
    ),
    (
        case(
            "endPort range 1-1024 on UDP and TCP",
            k8s_np(
                "low-ports",
                egress(
                    [{"protocol": "UDP", "port": 1, "endPort": 1024}, {"protocol": "TCP", "port": 1, "endPort": 1024}]
                ),
            ),
        ),
        "pass",
        [],
    ),
    (
        case(
            "endPort range 32000-32768 only",
            k8s_np("high", egress([{"protocol": "UDP", "port": 32000, "endPort": 32768}])),
        ),
        "fail",
        EGRESS_DENIED,
    ),
    (
        case(
            "named ports dns and dns-tcp",
            k8s_np("named", egress([{"protocol": "UDP", "port": "dns"}, {"protocol": "TCP", "port": "dns-tcp"}])),
        ),
        "pass",
        [],
    ),
    (
        case(
            "named port dns on UDP only: TCP 53 denied",
            k8s_np("udp-only", egress([{"protocol": "UDP", "port": "dns"}])),
        ),
        "warn",
        [("network-policy.tcp-dns-denied", ("node-2",))],
    ),
    (
        case(
            "a named port the CoreDNS pods do not declare",
            k8s_np("nameless", egress([{"protocol": "UDP", "port": "domain"}])),
        ),
        "fail",
        EGRESS_DENIED,
    ),
    (
        case("ipBlock of the pod range", k8s_np("pods", egress([], [{"ipBlock": {"cidr": "10.40.0.0/16"}}]))),
        "pass",
        [],
    ),
    (
        case(
            "ipBlock of the pod range except the CoreDNS block",
            k8s_np("pods-but-dns", egress([], [{"ipBlock": {"cidr": "10.40.0.0/16", "except": ["10.40.52.128/26"]}}])),
        ),
        "fail",
        EGRESS_DENIED,
    ),
    (
        case(
            "egress to the Service IP only (policy sees the pod IPs after DNAT)",
            k8s_np("svc-ip", egress([{"protocol": "UDP", "port": 53}], [{"ipBlock": {"cidr": "10.96.0.10/32"}}])),
        ),
        "fail",
        EGRESS_DENIED,
    ),
    (
        case(
            "CoreDNS ingress only from kube-system",
            k8s_np(
                "dns-from-kube-system",
                {
                    "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
                    "ingress": [
                        {
                            "from": [
                                {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}}}
                            ]
                        }
                    ],
                },
                "kube-system",
            ),
        ),
        "fail",
        [("network-policy.dns-ingress-denied", ("node-2",))],
    ),
    (
        case(
            "CoreDNS ingress from every namespace (matchExpressions Exists)",
            k8s_np(
                "dns-from-all",
                {
                    "podSelector": {"matchExpressions": [{"key": "k8s-app", "operator": "In", "values": ["kube-dns"]}]},
                    "ingress": [
                        {
                            "from": [
                                {
                                    "namespaceSelector": {
                                        "matchExpressions": [
                                            {"key": "kubernetes.io/metadata.name", "operator": "Exists"}
                                        ]
                                    }
                                }
                            ]
                        }
                    ],
                },
                "kube-system",
            ),
        ),
        "pass",
        [],
    ),
    (case("Calico GNP default deny (Calico docs)", real("calico-docs.default-deny.yaml")), "fail", EGRESS_DENIED),
    (
        case(
            "Calico default deny + its default-app-policy allowing DNS",
            real("calico-docs.default-deny.yaml"),
            real("calico-docs.default-app-policy.yaml"),
        ),
        "pass",
        [],
    ),
    (
        case(
            "Calico GNPs: deny cloud metadata (order 10), allow all (order 5000)",
            real("gist-zetaab.default-deny-cloud-metadata.yaml"),
            real("gist-zetaab.default-deny-cloud-metadata.yaml", index=1),
        ),
        "pass",
        [],
    ),
    (
        case(
            "a Calico Deny of UDP 53 at order 100, before the GNP allow-all",
            real("gist-zetaab.default-deny-cloud-metadata.yaml", index=1),
            calico_np(
                "no-dns",
                {
                    "order": 100,
                    "selector": "app == 'region'",
                    "types": ["Egress"],
                    "egress": [{"action": "Deny", "protocol": "UDP", "destination": {"ports": [53]}}],
                },
            ),
        ),
        "fail",
        EGRESS_DENIED,
    ),
    (
        case(
            "Calico Pass, then a Kubernetes default deny: Pass skips the tier",
            DENY,
            calico_np(
                "pass-all", {"order": 10, "selector": "all()", "types": ["Egress"], "egress": [{"action": "Pass"}]}
            ),
        ),
        "pass",
        [],
    ),
    (
        case(
            "Calico serviceAccountSelector: not evaluated",
            calico_np(
                "by-sa", {"serviceAccountSelector": "role == 'x'", "types": ["Egress"], "egress": [{"action": "Allow"}]}
            ),
        ),
        "error",
        [("network-policy.unevaluated", ("node-2",))],
    ),
    (
        case(
            "Calico tier other than default: not evaluated",
            calico_np("tiered", {"tier": "security", "selector": "all()", "types": ["Egress"]}),
        ),
        "error",
        [("network-policy.unevaluated", ("node-2",))],
    ),
    (
        case(
            "a selector syntax podnet does not read",
            calico_np("odd", {"selector": "app =~ 'reg.*'", "types": ["Egress"]}),
        ),
        "error",
        [("network-policy.unevaluated", ("node-2",))],
    ),
    (
        case(
            "an AdminNetworkPolicy on the client's namespace: not evaluated",
            anp(
                "lockdown",
                {"namespaces": {"matchLabels": {"kubernetes.io/metadata.name": "onecloud"}}},
                egress=DENY_ALL_EGRESS,
            ),
        ),
        "error",
        [("network-policy.unevaluated", ("node-2",))],
    ),
    (
        case(
            "an AdminNetworkPolicy on another namespace's pods: not in the way",
            anp(
                "other",
                {
                    "pods": {
                        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "team-a"}},
                        "podSelector": {},
                    }
                },
                egress=DENY_ALL_EGRESS,
            ),
        ),
        "pass",
        [],
    ),
    (
        case("AdminNetworkPolicies refused (403)", DENY, refused={ANP: 403}),
        "fail",  # what was read still decides; the refusal is said alongside
        [("check.api-unreadable", ()), *EGRESS_DENIED],
    ),
    (
        case("NetworkPolicies refused (403)", refused={K8S: 403}),
        "error",
        [("check.api-unreadable", ())],
    ),
    (
        case("default deny, no pod named (node check): a warning", DENY, from_node="node-2", node_check=True),
        "warn",
        [("network-policy.pods-dns-denied", ("node-2",))],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[c.name for c, _, _ in CASES])
def test_network_policy(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "network-policy")
    assert (step.status, findings(step)) == (status, expected), step.summary


def test_default_deny_is_the_cause_and_the_fix_allows_dns_to_kube_dns() -> None:
    report = case("default deny", DENY).run()
    assert (report.verdict.status, report.verdict.cause, report.verdict.code) == (
        "problem",
        "network-policy",
        "network-policy.dns-egress-denied",
    )
    step = step_of(report, "network-policy")
    assert "NetworkPolicy onecloud/default-deny-egress" in step.summary
    fix = step.commands[0].command
    fixed = yaml.safe_load(fix.split("\n", 1)[1].rsplit("\nEOF", 1)[0])
    rule = fixed["spec"]["egress"][0]
    assert fixed["metadata"]["namespace"] == "onecloud"
    assert rule["to"][0]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "kube-system"}
    assert rule["to"][0]["podSelector"]["matchLabels"] == {"k8s-app": "kube-dns"}
    assert rule["ports"] == [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}]
    # the suggested policy really fixes it
    assert step_of(case("fixed", DENY, fixed).run(), "network-policy").status == "pass"


def test_a_calico_deny_is_fixed_in_that_policy() -> None:
    deny = calico_np(
        "no-dns",
        {"order": 100, "selector": "all()", "types": ["Egress"], "egress": [{"action": "Deny", "protocol": "UDP"}]},
    )
    step = step_of(case("calico deny", deny).run(), "network-policy")
    assert step.status == "fail"
    assert "Calico NetworkPolicy onecloud/no-dns denies it" in step.summary
    assert step.commands[0].command.startswith("calicoctl get networkpolicy no-dns -n onecloud -o yaml")


def test_some_coredns_pods_denied_are_named() -> None:
    spec = egress([], [{"ipBlock": {"cidr": "10.40.0.0/16", "except": ["10.40.52.171/32"]}}])
    step = step_of(case("one CoreDNS pod excluded", k8s_np("one-out", spec)).run(), "network-policy")
    assert step.status == "fail"
    assert "denied on UDP 53 and TCP 53 to CoreDNS 10.40.52.171:" in step.summary


def from_paste(c: Case) -> Any:
    """The step run for a paste naming default-keystone (onecloud) and no --from."""
    failing = Failing("default-keystone", "timeout", "default-keystone", "onecloud")
    snap = recorded_cluster(c.objects()).snapshot()
    target = resolve_target(snap, failing)
    clients = [n for n in snap.nodes if n.name in target.client_nodes]
    return network_policy.run(StepContext(snap, target, c.runner(), clients, snap.dns_endpoints))


def test_without_a_pod_the_failing_services_namespace_on_the_client_nodes_is_judged() -> None:
    """A paste naming default-keystone (onecloud) and no --from: the client nodes are where onecloud's pods
    run (node-2, node-3), and the onecloud pods there other than keystone's own (its backends, not its
    callers) are judged: every one denied is then the problem."""
    step = from_paste(case("default deny, from the paste", DENY))
    assert (step.status, findings(step)) == ("fail", [("network-policy.dns-egress-denied", ("node-2",))])
    assert "the pods of namespace onecloud on node-2, node-3 other than the Service's own" in " ".join(
        step.evidence[1].lines
    )
    assert "default-region-7c9f6d5b8-mv4wb" in step.summary and "default-keystone" not in step.summary


KEYSTONE_ISOLATED = k8s_np(
    "keystone-no-egress", {"podSelector": {"matchLabels": {"app": "keystone"}}, "policyTypes": ["Egress"]}
)
MYSQL = "onecloud/mysql-0"
MYSQL_ISOLATED = k8s_np(
    "mysql-no-egress", {"podSelector": {"matchLabels": {"app": "mysql"}}, "policyTypes": ["Egress"]}
)


def with_mysql(*docs: dict[str, Any], from_node: str = CLIENT) -> Case:
    """A second onecloud pod on node-2, mysql-0 (app=mysql): not keystone's, isolated by design."""

    def patch(objects: Objects) -> None:
        pods = objects["/api/v1/pods"]["items"]
        region = next(p for p in pods if p["metadata"]["name"] == CLIENT.split("/")[1])
        pod = copy.deepcopy(region)
        pod["metadata"].update(name="mysql-0", labels={"app": "mysql"}, ownerReferences=[])
        pod["status"]["podIP"] = "10.40.61.250"
        pods.append(pod)
        policies(*docs)(objects)

    return Case("mysql", "vxlan", cluster=patch, from_node=from_node)


def test_the_services_own_backends_are_not_its_callers() -> None:
    """keystone's pods deny their own egress: they are what the failing name points at, not who asks."""
    step = from_paste(case("keystone isolated", KEYSTONE_ISOLATED))
    assert (step.status, findings(step)) == ("pass", [])
    assert "default-keystone" not in " ".join(step.evidence[1].lines)


def test_an_isolated_pod_beside_callers_that_resolve_is_a_warning() -> None:
    """mysql-0 in onecloud on node-2 denies egress by design; default-region there reaches CoreDNS: which
    pod fails is not known, so no problem is pinned on mysql-0."""
    step = from_paste(with_mysql(MYSQL_ISOLATED))
    assert (step.status, findings(step)) == ("warn", [("network-policy.pods-dns-denied", ("node-2",))])
    assert "onecloud/mysql-0" in step.summary and "the other 1 of the pods of namespace onecloud" in step.summary
    # every candidate denied (the lab's netpol-deny-dns: a default deny on the whole namespace): the problem
    step = from_paste(with_mysql(DENY))
    assert (step.status, findings(step)) == ("fail", [("network-policy.dns-egress-denied", ("node-2",))])
    assert "onecloud/mysql-0" in step.summary and "default-region-7c9f6d5b8-mv4wb" in step.summary


def test_the_from_pod_denied_is_the_problem_even_when_others_resolve() -> None:
    step = step_of(with_mysql(MYSQL_ISOLATED, from_node=MYSQL).run(), "network-policy")
    assert (step.status, findings(step)) == ("fail", EGRESS_DENIED)


def with_nodelocal(objects: Objects) -> None:
    """NodeLocal DNSCache's pod on node-2 (hostNetwork, labelled as its upstream manifest labels it)."""
    objects["/api/v1/pods"]["items"].append(
        {
            "metadata": {
                "namespace": "kube-system",
                "name": "node-local-dns-x7k2p",
                "labels": {"k8s-app": "node-local-dns"},
            },
            "spec": {"nodeName": "node-2", "hostNetwork": True, "containers": [{"name": "node-cache"}]},
            "status": {"podIP": "10.41.1.22", "conditions": [{"type": "Ready", "status": "True"}]},
        }
    )


def nodelocal_case(name: str, *docs: dict[str, Any]) -> Case:
    def patch(objects: Objects) -> None:
        with_nodelocal(objects)
        policies(*docs)(objects)

    return Case(name, "vxlan", cluster=patch, from_node=CLIENT)


TO_CACHE = k8s_np(
    "dns-to-cache",
    egress(
        [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}], [{"ipBlock": {"cidr": "169.254.20.10/32"}}]
    ),
)
PODS_ONLY_TO_DNS = k8s_np(
    "dns-from-pods",
    {"podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}, "ingress": [{"from": [{"namespaceSelector": {}}]}]},
    "kube-system",
)
NODELOCAL_CASES = [
    (
        nodelocal_case("NodeLocal DNSCache allowed, CoreDNS denied: works while the cache runs", DENY, TO_CACHE),
        "warn",
        [("network-policy.coredns-egress-denied-nodelocal", ("node-2",))],
    ),
    (nodelocal_case("NodeLocal DNSCache and CoreDNS both denied", DENY), "fail", EGRESS_DENIED),
    (
        nodelocal_case("CoreDNS ingress from pods only: the cache asks from the node", PODS_ONLY_TO_DNS),
        "fail",
        [("network-policy.dns-ingress-denied", ("node-2",))],
    ),
    (
        Case(
            "the same policy without NodeLocal DNSCache", "vxlan", cluster=policies(PODS_ONLY_TO_DNS), from_node=CLIENT
        ),
        "pass",
        [],
    ),
]


KUBESPRAY_COREFILE = """cluster.local:53 {
    errors
    cache 30
    bind 169.254.25.10
    forward . 10.233.0.3 {
        force_tcp
    }
}
"""


def kubespray_nodelocal(*docs: dict[str, Any], label: str = "nodelocaldns", configmap: bool = True) -> Case:
    """NodeLocal DNSCache as kubespray deploys it: pods labelled k8s-app=nodelocaldns, bound to 169.254.25.10."""

    def patch(objects: Objects) -> None:
        with_nodelocal(objects)
        objects["/api/v1/pods"]["items"][-1]["metadata"]["labels"] = {"k8s-app": label}
        if configmap:
            objects["/api/v1/namespaces/kube-system/configmaps/node-local-dns"] = {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "node-local-dns", "namespace": "kube-system"},
                "data": {"Corefile": KUBESPRAY_COREFILE},
            }
        policies(*docs)(objects)

    def cache_answers(outputs: Any) -> None:  # node-local-dns asks 169.254.25.10: the recorded answers
        for key in [k for k in outputs["node-2"] if "169.254.20.10" in k]:
            outputs["node-2"][key.replace("169.254.20.10", "169.254.25.10")] = outputs["node-2"][key]
            # kubespray's health port, where its ConfigMap is not read
            kubespray = key.replace("169.254.20.10:8080", "169.254.25.10:9254")
            outputs["node-2"][kubespray] = outputs["node-2"][key]

    return Case("kubespray", "vxlan", cluster=patch, nodes=cache_answers, from_node=CLIENT)


TO_KUBESPRAY_CACHE = copy.deepcopy(TO_CACHE)
TO_KUBESPRAY_CACHE["spec"]["egress"][0]["to"] = [{"ipBlock": {"cidr": "169.254.25.10/32"}}]
WORKS_WHILE_CACHED = [("network-policy.coredns-egress-denied-nodelocal", ("node-2",))]


@pytest.mark.parametrize(
    ("label", "configmap", "allowed", "expected"),
    [
        ("nodelocaldns", True, TO_KUBESPRAY_CACHE, WORKS_WHILE_CACHED),  # kubespray: its label, its address
        ("node-local-dns", True, TO_KUBESPRAY_CACHE, WORKS_WHILE_CACHED),  # the ConfigMap's address
        ("nodelocaldns", False, TO_KUBESPRAY_CACHE, WORKS_WHILE_CACHED),  # kubespray's pods alone: its address
        ("nodelocaldns", True, TO_CACHE, EGRESS_DENIED),  # 169.254.20.10 is not where kubespray's cache is
    ],
)
def test_nodelocal_dns_found_by_kubesprays_label_and_configmap_address(
    label: str, configmap: bool, allowed: dict[str, Any], expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    step = step_of(kubespray_nodelocal(DENY, allowed, label=label, configmap=configmap).run(), "network-policy")
    assert findings(step) == expected, step.summary


@pytest.mark.parametrize(("case", "status", "expected"), NODELOCAL_CASES, ids=[c.name for c, _, _ in NODELOCAL_CASES])
def test_network_policy_with_nodelocal_dns(
    case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    step = step_of(case.run(), "network-policy")
    assert (step.status, findings(step)) == (status, expected), step.summary
    if status == "fail" and "ingress" in expected[0][0]:
        assert "from NodeLocal DNSCache on node-2 (10.40.61.192)" in step.summary


def test_the_slack_evidence_text_keeps_the_heredoc_whole() -> None:
    from bot.slack.blocks import evidence_text

    text = evidence_text(case("default deny", DENY).run())
    assert "# fix (NetworkPolicy onecloud/default-deny-egress isolates egress" in text
    assert "\nkubectl apply -f - <<'EOF'\n" in text and "\nEOF\n" in text


def test_from_a_pod_the_target_names_it_and_keeps_it_in_json() -> None:
    from checks.model import Target

    target = case("healthy").run().target
    assert target.client_pod == CLIENT and target.client_nodes == ("node-2",)
    assert Target.from_json(target.to_json()).client_pod == CLIENT
    assert Case("from a node", "vxlan").run().target.client_pod is None
