"""deploy/: the kustomize output renders and validates against the Kubernetes schemas (offline), the
RBAC is read-only and minimal, and — bound to a token of the lab's API stand-in exactly as the manifests
bind it — it allows what the engine reads and nothing else (403, as a real apiserver would answer)."""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from lab import lifecycle
from lab.apiserver.rbac import bindings_for, service_account_user
from lab.layout import build_model
from tests.unit.test_apiserver import Api, api  # noqa: F401  (the API stand-in fixture)

ROOT = Path(__file__).resolve().parents[2]
KUSTOMIZATIONS = ["deploy/kustomize", "deploy/kustomize/overlays/example"]
K8S_VERSION = "1.30.0"
BOT = service_account_user("podnet", "podnet")


def render(path: str) -> list[dict[str, Any]]:
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl is missing: run `bash scripts/setup.sh` (it installs Debian's kubernetes-client)"
    out = subprocess.run([kubectl, "kustomize", str(ROOT / path)], capture_output=True, text=True, check=True).stdout
    return [d for d in yaml.safe_load_all(out) if d]


@pytest.mark.parametrize("path", KUSTOMIZATIONS)
def test_the_manifests_render_and_validate_against_the_kubernetes_schemas(path: str) -> None:
    docs = render(path)
    kinds = sorted({d["kind"] for d in docs})
    sqlite = path == "deploy/kustomize"  # the base keeps SQLite on a volume; the example uses PostgreSQL
    assert kinds == [
        "ClusterRole",
        "ClusterRoleBinding",
        "ConfigMap",
        "Deployment",
        "Namespace",
        "NetworkPolicy",
        *(["PersistentVolumeClaim"] if sqlite else []),
        "Role",
        "RoleBinding",
        "Service",
        "ServiceAccount",
    ]
    deployment = next(d for d in docs if d["kind"] == "Deployment")
    assert deployment["spec"]["strategy"]["type"] == ("Recreate" if sqlite else "RollingUpdate")
    for doc in docs:
        kubernetes_validate.validate(doc, K8S_VERSION, strict=True)  # raises on any schema error


@pytest.mark.parametrize("path", KUSTOMIZATIONS)
def test_the_network_policy_lets_podnet_reach_only_dns_https_the_api_and_ssh(path: str) -> None:
    policy = next(d for d in render(path) if d["kind"] == "NetworkPolicy")
    assert policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
    assert policy["spec"]["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "podnet"}
    ports = sorted((p["protocol"], p["port"]) for rule in policy["spec"]["egress"] for p in rule["ports"])
    extra = [("TCP", 5432)] if path.endswith("example") else []  # the example's PostgreSQL
    assert ports == sorted([("TCP", 22), ("TCP", 53), ("TCP", 443), ("TCP", 6443), ("UDP", 53), *extra])
    ssh = next(r for r in policy["spec"]["egress"] if {"protocol": "TCP", "port": 22} in r["ports"])
    assert ssh["to"][0]["ipBlock"]["cidr"] == ("10.41.0.0/16" if path.endswith("example") else "0.0.0.0/0")
    (metrics,) = policy["spec"]["ingress"]
    assert metrics["from"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}]
    assert metrics["ports"] == [{"protocol": "TCP", "port": 8080}]


def test_a_broken_manifest_does_fail_validation() -> None:
    deployment = next(d for d in render("deploy/kustomize") if d["kind"] == "Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]["readOnlyRootFilesytem"] = True
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)


def test_the_rbac_is_read_only_and_names_no_wildcard_secret_proxy_or_exec() -> None:
    rules = [r for d in render("deploy/kustomize") if d["kind"] in ("ClusterRole", "Role") for r in d["rules"]]
    assert rules
    for rule in rules:
        assert set(rule["verbs"]) <= {"get", "list", "watch"}, rule
        for field in ("apiGroups", "resources", "verbs", "resourceNames"):
            assert "*" not in rule.get(field, []), rule
        assert not {"secrets", "nodes/proxy", "pods/exec", "pods/attach", "serviceaccounts/token"} & set(
            rule["resources"]
        ), rule
    assert not any(d["kind"] == "Lease" for d in render("deploy/kustomize"))  # leadership is in the database


def test_the_deployment_runs_locked_down() -> None:
    docs = render("deploy/kustomize")
    pod = next(d for d in docs if d["kind"] == "Deployment")["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["serviceAccountName"] == "podnet"
    container = pod["containers"][0]
    sc = container["securityContext"]
    assert sc["readOnlyRootFilesystem"] is True and sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"]["drop"] == ["ALL"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["resources"]["limits"] and container["resources"]["requests"]
    secrets = {e["valueFrom"]["secretKeyRef"]["name"] for e in container["env"] if "valueFrom" in e}
    assert secrets == {"podnet-slack"}
    assert {v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v} == {"podnet-ssh-key"}
    settings = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("podnet-settings"))
    assert not any("TOKEN" in k or "SECRET" in k for k in settings["data"])  # secrets are never in a ConfigMap
    example = next(d for d in render("deploy/kustomize/overlays/example") if d["kind"] == "Deployment")
    assert example["spec"]["replicas"] == 2


def call(api: Api, method: str, path: str, token: str) -> int:  # noqa: F811
    ctx = ssl.create_default_context(cafile=str(api.paths.pki / "ca.crt"))
    body = b"{}" if method in ("POST", "PUT", "PATCH") else None
    req = urllib.request.Request(
        f"https://127.0.0.1:{api.port}{path}",
        data=body,
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, context=ctx, timeout=10) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as err:
        err.read()
        return int(err.code)


_MODEL = build_model(3)
COREDNS_POD = _MODEL.pods_by_app("coredns")[0].name
KEYSTONE_POD = _MODEL.pods_by_app("keystone")[0].name
# What the engine reads (checks/cluster/read.py): allowed.
ENGINE_READS = [
    "/api/v1/nodes",
    "/api/v1/pods",
    "/api/v1/services",
    "/api/v1/namespaces/kube-system/endpoints/kube-dns",
    "/apis/discovery.k8s.io/v1/namespaces/kube-system/endpointslices?labelSelector=kubernetes.io%2Fservice-name%3Dkube-dns",
    "/api/v1/namespaces/kube-system/configmaps/kube-proxy",
    "/api/v1/namespaces/kube-system/configmaps/calico-config",
    "/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node",
    "/apis/crd.projectcalico.org/v1/ippools",
    "/apis/crd.projectcalico.org/v1/felixconfigurations",
    "/apis/crd.projectcalico.org/v1/ipamblocks",
    "/api/v1/namespaces/kube-system/events?fieldSelector=reason%3DUnhealthy",  # calico-node step (kpcalico)
    # coredns-health: the Corefile, and CoreDNS's log in its own namespace
    "/api/v1/namespaces/kube-system/configmaps/coredns",
    f"/api/v1/namespaces/kube-system/pods/{COREDNS_POD}/log?tailLines=200&sinceSeconds=600",
    # network-policy step
    "/apis/networking.k8s.io/v1/networkpolicies",
    "/apis/crd.projectcalico.org/v1/networkpolicies",
    "/apis/crd.projectcalico.org/v1/globalnetworkpolicies",
    "/api/v1/namespaces",
]
# Allowed, but absent from the lab's manifest install (404, not 403): calico-node where the Tigera
# operator runs it.
ENGINE_READS_ABSENT_HERE = [
    "/apis/apps/v1/namespaces/calico-system/daemonsets/calico-node",
    # network-policy step: AdminNetworkPolicy's CRDs, not installed in the lab
    "/apis/policy.networking.k8s.io/v1alpha1/adminnetworkpolicies",
    "/apis/policy.networking.k8s.io/v1alpha1/baselineadminnetworkpolicies",
    "/api/v1/namespaces/kube-system/configmaps/node-local-dns",  # node-local-dns: only its lab profile has it
]
# Everything else: refused.
OUTSIDE = [
    ("GET", "/api/v1/secrets"),
    ("GET", "/api/v1/namespaces/kube-system/secrets/calico-bgp-password"),
    ("GET", "/api/v1/namespaces/kube-system/configmaps"),  # list: the role names two ConfigMaps only
    ("GET", f"/api/v1/namespaces/onecloud/pods/{KEYSTONE_POD}/log"),  # pods/log in CoreDNS's namespace only
    ("GET", "/api/v1/namespaces/onecloud/configmaps/calico-config"),  # the names, but another namespace
    ("GET", "/apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy"),
    ("GET", "/apis/apps/v1/daemonsets"),  # calico-node by name only: no other DaemonSet's pod template
    ("GET", "/apis/apps/v1/deployments"),
    ("GET", "/api/v1/nodes/node-1"),  # the engine lists, never gets, nodes
    ("GET", "/api/v1/pods?watch=true"),
    ("GET", "/api/v1/nodes/node-1/proxy/metrics"),
    ("POST", "/api/v1/namespaces/kube-system/pods/coredns-a/exec"),
    ("GET", "/apis/crd.projectcalico.org/v1/blockaffinities"),
    ("POST", "/api/v1/namespaces/onecloud/pods"),
    ("PATCH", "/api/v1/namespaces/kube-system/configmaps/kube-proxy"),
    ("PUT", "/apis/crd.projectcalico.org/v1/ippools/default-ipv4-ippool"),
    ("DELETE", "/api/v1/nodes/node-3"),
    ("DELETE", "/api/v1/namespaces/kube-system/pods"),
]


def test_the_bots_token_reads_what_the_engine_needs_and_gets_403_for_anything_else(api: Api) -> None:  # noqa: F811
    entry = bindings_for(render("deploy/kustomize"), BOT)
    assert entry["rules"] and entry["namespaced"].keys() == {"kube-system"}
    token = lifecycle.add_token(api.paths, BOT, entry["rules"], entry["namespaced"])
    assert {path: call(api, "GET", path, token) for path in ENGINE_READS} == dict.fromkeys(ENGINE_READS, 200)
    absent = ENGINE_READS_ABSENT_HERE
    assert {path: call(api, "GET", path, token) for path in absent} == dict.fromkeys(absent, 404)
    refused = {f"{m} {p}": call(api, m, p, token) for m, p in OUTSIDE}
    assert refused == dict.fromkeys(refused, 403)
    # the admin token is allowed the same requests: the 403s above are RBAC's, not missing objects
    # (writes, watch and subresources are then refused as unsupported by the read-only stand-in)
    admin = {f"{m} {p}": call(api, m, p, api.token) for m, p in OUTSIDE}
    assert 403 not in admin.values(), admin


def test_bindings_follow_kubernetes_semantics() -> None:
    manifests = [
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRole",
            "metadata": {"name": "view-pods"},
            "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}],
        },
        {  # a RoleBinding to a ClusterRole grants it in the binding's namespace only
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "RoleBinding",
            "metadata": {"name": "b", "namespace": "team-a"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view-pods"},
            "subjects": [{"kind": "ServiceAccount", "name": "podnet", "namespace": "podnet"}],
        },
        {  # bound to someone else
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "other"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view-pods"},
            "subjects": [{"kind": "ServiceAccount", "name": "other", "namespace": "podnet"}],
        },
    ]
    from lab.apiserver.rbac import Identity

    who = Identity.from_dict(bindings_for(manifests, BOT))
    assert who.can("get", "", "pods", "x", "team-a")
    assert not who.can("get", "", "pods", "x", "team-b")
    assert not who.can("get", "", "pods/exec", "x", "team-a")  # a subresource is its own resource
    assert not who.can("list", "", "pods", None, None)
    assert json.loads(json.dumps(bindings_for(manifests, BOT)))["namespaced"]["team-a"][0]["resources"] == ["pods"]
