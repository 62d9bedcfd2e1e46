"""The API stand-in, spoken to by the unmodified `kubernetes` client over TLS with a bearer token."""

from __future__ import annotations

import json
import ssl
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from kubernetes import client

from lab import lifecycle, pki
from lab.apiserver.server import ApiServer, Store, Tokens
from lab.layout import build_model
from lab.paths import LabPaths

READ_ONLY_CORE = [{"apiGroups": [""], "resources": ["nodes", "pods"], "verbs": ["get", "list"]}]


@dataclass
class Api:
    paths: LabPaths
    port: int
    token: str

    def client(self, token: str | None = None) -> client.ApiClient:
        cfg = client.Configuration()
        cfg.host = f"https://127.0.0.1:{self.port}"
        cfg.ssl_ca_cert = str(self.paths.pki / "ca.crt")
        cfg.api_key = {"authorization": f"Bearer {token or self.token}"}
        return client.ApiClient(cfg)

    def raw(self, path: str, token: str | None = None, accept: str = "application/json") -> tuple[int, dict]:
        ctx = ssl.create_default_context(cafile=str(self.paths.pki / "ca.crt"))
        req = urllib.request.Request(
            f"https://127.0.0.1:{self.port}{path}",
            headers={"Authorization": f"Bearer {token or self.token}", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(req, context=ctx, timeout=10) as resp:
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read())


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    paths = LabPaths(Path(tmp_path_factory.mktemp("lab")))
    model = build_model(3)
    model.created = "2026-11-27T00:00:00Z"
    model.save(paths.state)
    pki.make_pki(paths.pki)
    lifecycle.write_tokens(paths, {"admin-token": lifecycle.admin_identity()})
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(paths.pki / "apiserver.crt", paths.pki / "apiserver.key")
    server = ApiServer(("127.0.0.1", 0), Store(paths.state), Tokens(paths.api_tokens), tls)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Api(paths, server.server_address[1], "admin-token")
    finally:
        server.shutdown()
        server.server_close()


def test_lists_and_gets_with_the_python_client(api: Api) -> None:
    v1 = client.CoreV1Api(api.client())
    assert [n.metadata.name for n in v1.list_node(_request_timeout=5).items] == ["node-1", "node-2", "node-3"]
    node = v1.read_node("node-2", _request_timeout=5)
    assert {a.type: a.address for a in node.status.addresses}["InternalIP"] == "10.41.1.22"
    eps = v1.read_namespaced_endpoints("kube-dns", "kube-system", _request_timeout=5)
    assert sorted(a.ip for a in eps.subsets[0].addresses) == ["10.40.52.149", "10.40.52.171"]
    assert {p.name for p in eps.subsets[0].ports} == {"dns", "dns-tcp", "metrics"}
    slices = client.DiscoveryV1Api(api.client()).list_namespaced_endpoint_slice(
        "kube-system", label_selector="kubernetes.io/service-name=kube-dns", _request_timeout=5
    )
    assert slices.items[0].address_type == "IPv4"
    cm = v1.read_namespaced_config_map("calico-config", "kube-system", _request_timeout=5)
    assert cm.data["veth_mtu"] == "1450"
    proxy = v1.read_namespaced_config_map("kube-proxy", "kube-system", _request_timeout=5)
    assert "mode: ipvs" in proxy.data["config.conf"]


def test_calico_crds(api: Api) -> None:
    crd = client.CustomObjectsApi(api.client())
    felix = crd.get_cluster_custom_object(
        "crd.projectcalico.org", "v1", "felixconfigurations", "default", _request_timeout=5
    )
    assert felix["spec"]["vxlanEnabled"] is True and felix["spec"]["vxlanMTU"] == 1450
    blocks = crd.list_cluster_custom_object("crd.projectcalico.org", "v1", "ipamblocks", _request_timeout=5)
    block = next(b for b in blocks["items"] if b["spec"]["cidr"] == "10.40.52.128/26")
    assert block["spec"]["affinity"] == "host:node-1"
    owners = {a.get("secondary", {}).get("pod") for a in block["spec"]["attributes"]}
    assert sum(1 for o in owners if o and o.startswith("coredns-")) == 2
    affinities = crd.list_cluster_custom_object("crd.projectcalico.org", "v1", "blockaffinities", _request_timeout=5)
    assert {a["spec"]["node"] for a in affinities["items"]} == {"node-1", "node-2", "node-3"}


def test_label_and_field_selectors(api: Api) -> None:
    v1 = client.CoreV1Api(api.client())
    dns = v1.list_pod_for_all_namespaces(label_selector="k8s-app in (kube-dns),pod-template-hash", _request_timeout=5)
    assert len(dns.items) == 2
    not_dns = v1.list_namespaced_pod("kube-system", label_selector="k8s-app!=kube-dns", _request_timeout=5)
    assert all(p.metadata.labels["k8s-app"] != "kube-dns" for p in not_dns.items) and not_dns.items
    on_node2 = v1.list_pod_for_all_namespaces(field_selector="spec.nodeName=node-2", _request_timeout=5)
    assert {p.spec.node_name for p in on_node2.items} == {"node-2"} and len(on_node2.items) == 3
    code, status = api.raw("/api/v1/pods?fieldSelector=spec.bogus%3Dx")
    assert code == 400 and status["reason"] == "BadRequest" and "field label not supported" in status["message"]


def test_errors_are_status_objects(api: Api) -> None:
    v1 = client.CoreV1Api(api.client())
    with pytest.raises(client.ApiException) as missing:
        v1.read_namespaced_service("default-kevstone", "onecloud", _request_timeout=5)
    assert missing.value.status == 404
    status = json.loads(missing.value.body)
    assert status == {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": 'services "default-kevstone" not found',
        "reason": "NotFound",
        "details": {"name": "default-kevstone", "kind": "services"},
        "code": 404,
    }
    with pytest.raises(client.ApiException) as unauthorized:
        client.CoreV1Api(api.client("wrong")).list_node(_request_timeout=5)
    assert unauthorized.value.status == 401
    code, body = api.raw("/api/v1/nodez")
    assert code == 404 and body["reason"] == "NotFound"


def test_a_token_bound_to_a_narrow_role_gets_403_outside_it(api: Api) -> None:
    token = lifecycle.add_token(api.paths, "system:serviceaccount:podnet:podnet", READ_ONLY_CORE)
    v1 = client.CoreV1Api(api.client(token))
    assert len(v1.list_node(_request_timeout=5).items) == 3
    with pytest.raises(client.ApiException) as denied:
        v1.list_namespaced_config_map("kube-system", _request_timeout=5)
    assert denied.value.status == 403
    status = json.loads(denied.value.body)
    assert status["reason"] == "Forbidden"
    assert status["message"] == (
        'configmaps is forbidden: User "system:serviceaccount:podnet:podnet" cannot list '
        'resource "configmaps" in API group "" in the namespace "kube-system"'
    )
    code, _ = api.raw("/apis/crd.projectcalico.org/v1/ippools", token=token)
    assert code == 403


def test_writes_are_refused_the_api_is_read_only(api: Api) -> None:
    v1 = client.CoreV1Api(api.client())
    with pytest.raises(client.ApiException) as refused:
        v1.delete_namespaced_pod("coredns-x", "kube-system", _request_timeout=5)
    assert refused.value.status == 405


def test_pagination_and_tables_for_kubectl(api: Api) -> None:
    v1 = client.CoreV1Api(api.client())
    first = v1.list_pod_for_all_namespaces(limit=4, _request_timeout=5)
    assert len(first.items) == 4 and first.metadata._continue
    rest = v1.list_pod_for_all_namespaces(limit=100, _continue=first.metadata._continue, _request_timeout=5)
    everything = v1.list_pod_for_all_namespaces(_request_timeout=5)
    assert [p.metadata.name for p in first.items + rest.items] == [p.metadata.name for p in everything.items]
    code, table = api.raw("/api/v1/nodes", accept="application/json;as=Table;v=v1;g=meta.k8s.io,application/json")
    assert code == 200 and table["kind"] == "Table"
    assert [c["name"] for c in table["columnDefinitions"]][:5] == ["Name", "Status", "Roles", "Age", "Version"]
    assert table["rows"][0]["cells"][:3] == ["node-1", "Ready", "control-plane"]


def test_discovery(api: Api) -> None:
    code, groups = api.raw("/apis")
    assert code == 200
    assert {g["name"] for g in groups["groups"]} >= {"apps", "discovery.k8s.io", "crd.projectcalico.org"}
    code, core = api.raw("/api/v1")
    assert {r["name"] for r in core["resources"]} >= {"nodes", "pods", "services", "endpoints", "configmaps"}


def test_changes_to_the_lab_model_show_up_in_the_api(api: Api) -> None:
    from lab.model import LabModel

    model = LabModel.load(api.paths.state)
    model.node("node-2").vxlan_enabled = False
    model.save(api.paths.state)
    try:
        crd = client.CustomObjectsApi(api.client())
        override = crd.get_cluster_custom_object(
            "crd.projectcalico.org", "v1", "felixconfigurations", "node.node-2", _request_timeout=5
        )
        assert override["spec"] == {"vxlanEnabled": False}
    finally:
        model.node("node-2").vxlan_enabled = True
        model.save(api.paths.state)
