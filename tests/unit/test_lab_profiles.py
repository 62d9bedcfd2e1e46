"""Lab profiles without root: what each builds (model, routes felix/BIRD would program, API objects),
and what the engine's reader makes of each profile's API objects."""

from __future__ import annotations

import ipaddress
import json
import subprocess
import sys
from typing import Any

import pytest

from checks.cluster.memory import RecordedApi
from checks.cluster.model import ClusterSnapshot
from checks.cluster.read import read_snapshot
from lab import profiles
from lab.apiserver import resources
from lab.apiserver.meta import ResourceKey
from lab.apiserver.objects import build_objects
from lab.faults import FAULTS, applicable
from lab.model import LabModel, client_pod
from lab.netns import route_lines
from lab.profile_names import PROFILE_NAMES


def _model(spec: str) -> LabModel:
    model = profiles.build(spec)
    model.created = "2026-12-01T00:00:00Z"
    return model


def recorded(model: LabModel) -> RecordedApi:
    """The lab's API objects at the REST paths the apiserver stand-in serves them on."""
    paths: dict[str, dict[str, Any]] = {}
    for key, items in build_objects(model).items():
        base = f"/apis/{key.group}/{key.version}" if key.group else f"/api/{key.version}"
        paths[f"{base}/{key.plural}"] = {"items": items}
        for obj in items:
            meta = obj["metadata"]
            if "namespace" in meta:
                ns_path = f"{base}/namespaces/{meta['namespace']}/{key.plural}"
                paths.setdefault(ns_path, {"items": []})["items"].append(obj)
                paths[f"{ns_path}/{meta['name']}"] = obj
            else:
                paths[f"{base}/{key.plural}/{meta['name']}"] = obj
    return RecordedApi(paths)


def snapshot(spec: str) -> ClusterSnapshot:
    return read_snapshot(recorded(_model(spec)))


def test_names_agree_and_the_default_is_todays_lab() -> None:
    assert tuple(profiles.PROFILES) == PROFILE_NAMES
    assert profiles.canonical(profiles.parse(None)) == "manifest-vxlan"
    default = _model("manifest-vxlan")
    assert (default.install, [p.vxlan_mode for p in default.pools], default.mtu_auto) == ("manifest", ["Always"], False)
    assert default.kube_proxy_mode == "ipvs" and default.kube_proxy_configmap


def test_profiles_combine_unless_they_set_the_same_switch_differently() -> None:
    model = _model("coredns-spread+operator-vxlan")
    assert model.profile == "operator-vxlan+coredns-spread"  # canonical order
    assert model.install == "operator"
    assert sorted({p.node for p in model.pods_by_app("coredns")}) == ["node-1", "node-3"]
    assert profiles.canonical(profiles.parse("manifest-vxlan,bgp")) == "bgp"
    with pytest.raises(profiles.ProfileError, match="bgp and crosssubnet cannot be combined"):
        profiles.parse("bgp+crosssubnet")
    with pytest.raises(profiles.ProfileError, match="unknown profile 'ipip'"):
        profiles.parse("ipip")


def test_no_kubeproxy_configmap_runs_iptables_unless_told_otherwise() -> None:
    assert profiles.build("no-kubeproxy-configmap").kube_proxy_mode == "iptables"
    assert profiles.build("no-kubeproxy-configmap", kube_proxy="ipvs").kube_proxy_mode == "ipvs"


@pytest.mark.parametrize(
    ("spec", "kind", "namespace", "kube_proxy_mode"),
    [
        ("manifest-vxlan", "manifest", "kube-system", "ipvs"),
        ("operator-vxlan", "operator", "calico-system", "ipvs"),
        ("coredns-spread", "manifest", "kube-system", "ipvs"),
        ("auto-mtu", "manifest", "kube-system", "ipvs"),
        ("no-kubeproxy-configmap", "manifest", "kube-system", None),
        ("bgp", "manifest", "kube-system", "ipvs"),
        ("multi-pool", "manifest", "kube-system", "ipvs"),
        ("crosssubnet", "manifest", "kube-system", "ipvs"),
    ],
)
def test_the_engine_reads_each_profiles_install(
    spec: str, kind: str, namespace: str, kube_proxy_mode: str | None
) -> None:
    snap = snapshot(spec)
    assert (snap.calico.kind, snap.calico.namespace, snap.calico.daemonset) == (kind, namespace, "calico-node")
    assert snap.kube_proxy_mode == kube_proxy_mode
    calico_pods = [p for p in snap.pods if p.labels.get("k8s-app") == "calico-node"]
    assert len(calico_pods) == 3 and {p.namespace for p in calico_pods} == {namespace}
    assert {p.owner for p in calico_pods} == {"DaemonSet/calico-node"}
    assert snap.calico_env["IP_AUTODETECTION_METHOD"] == "can-reach=10.41.1.21"
    kube_proxy_pods = [p for p in snap.pods if p.labels.get("k8s-app") == "kube-proxy"]
    assert bool(kube_proxy_pods) == (kube_proxy_mode is not None)
    # nothing the install legitimately lacks is reported as unreadable
    assert set(snap.unavailable) <= {"configmap kube-system/kube-proxy"}


def test_operator_install_keeps_its_settings_in_the_installation() -> None:
    snap = snapshot("operator-vxlan")
    assert snap.calico.mtu == 1450 and snap.calico.linux_dataplane == "Iptables"
    assert snap.calico.autodetection == "canReach=10.41.1.21"
    assert snap.calico_env["FELIX_VXLANMTU"] == "1450"  # the operator renders the MTU into calico-node
    assert snap.veth_mtu is None  # no calico-config in an operator install
    assert snap.felix["default"].vxlan_mtu is None
    objects = build_objects(_model("operator-vxlan"))
    installs = objects[ResourceKey("operator.tigera.io", "v1", "installations")]
    assert [i["metadata"]["name"] for i in installs] == ["default"] and "namespace" not in installs[0]["metadata"]
    pools = installs[0]["spec"]["calicoNetwork"]["ipPools"]
    assert [(p["cidr"], p["encapsulation"]) for p in pools] == [("10.40.0.0/16", "VXLAN")]
    configmaps = {
        (c["metadata"]["namespace"], c["metadata"]["name"]) for c in objects[ResourceKey("", "v1", "configmaps")]
    }
    assert ("kube-system", "calico-config") not in configmaps
    deployments = {
        (d["metadata"]["namespace"], d["metadata"]["name"]) for d in objects[ResourceKey("apps", "v1", "deployments")]
    }
    assert ("tigera-operator", "tigera-operator") in deployments
    daemonsets = {
        (d["metadata"]["namespace"], d["metadata"]["name"]) for d in objects[ResourceKey("apps", "v1", "daemonsets")]
    }
    assert daemonsets == {("calico-system", "calico-node"), ("kube-system", "kube-proxy")}


def test_the_installation_crd_is_served_only_where_the_operator_is() -> None:
    manifest, operator = build_objects(_model("manifest-vxlan")), build_objects(_model("operator-vxlan"))
    assert "operator.tigera.io" not in resources.groups(manifest.keys())
    assert resources.groups(operator.keys())["operator.tigera.io"] == ["v1"]
    assert "/apis/operator.tigera.io/v1/installations/default" not in recorded(_model("manifest-vxlan")).objects


def test_auto_mtu_leaves_the_mtu_to_felix() -> None:
    snap = snapshot("auto-mtu")
    assert snap.veth_mtu is None  # calico-config veth_mtu "0"
    assert snap.felix["default"].vxlan_mtu is None and snap.felix["default"].ipip_mtu is None
    assert snap.calico.mtu is None and "FELIX_VXLANMTU" not in snap.calico_env
    model = _model("auto-mtu")
    assert model.vxlan_mtu == 1450  # what felix computes from a 1500 NIC
    calico_config = next(
        c for c in build_objects(model)[ResourceKey("", "v1", "configmaps")] if c["metadata"]["name"] == "calico-config"
    )
    assert calico_config["data"]["veth_mtu"] == "0"


def test_bgp_has_no_tunnel_anywhere() -> None:
    snap = snapshot("bgp")
    assert [(p.vxlan_mode, p.ipip_mode) for p in snap.pools] == [("Never", "Never")]
    assert all(n.vxlan_tunnel is None and n.ipip_tunnel is None for n in snap.nodes)
    assert snap.felix["default"].vxlan_enabled is None
    model = _model("bgp")
    node2 = model.node("node-2")
    lines = route_lines(model, node2)
    assert "route replace 10.40.52.128/26 via 10.41.1.21 dev eth0 proto bird" in lines
    assert not any("vxlan" in line for line in lines)
    assert model.veth_mtu == 1500


def test_crosssubnet_routes_directly_within_a_subnet_and_tunnels_across() -> None:
    model = _model("crosssubnet")
    node1, node2, node3 = (model.node(f"node-{i}") for i in (1, 2, 3))
    assert (node1.ip, node2.ip, node3.ip) == ("10.41.1.21", "10.41.2.22", "10.41.1.23")
    assert (node2.prefix, node2.gateway) == (24, "10.41.2.1")
    assert f"route replace {node1.block} via 10.41.1.21 dev eth0 proto 80" in route_lines(model, node3)
    assert f"route replace {node1.block} via {node1.tunnel_ip} dev vxlan.calico onlink" in route_lines(model, node2)
    snap = read_snapshot(recorded(model))
    assert [p.vxlan_mode for p in snap.pools] == ["CrossSubnet"]
    assert snap.node("node-2").calico_address == "10.41.2.22/24"  # type: ignore[union-attr]


def test_multi_pool_gives_every_node_a_block_of_each_pool_with_routes() -> None:
    model = _model("multi-pool")
    snap = read_snapshot(recorded(model))
    assert [(p.name, p.cidr) for p in snap.pools] == [
        ("default-ipv4-ippool", "10.40.0.0/17"),
        ("zone-b-ipv4-ippool", "10.40.128.0/17"),
    ]
    for node in model.nodes:
        owned = sorted(b.cidr for b in snap.blocks if b.node == node.name)
        assert owned == sorted(node.blocks) and len(owned) == 2
        assert {snap.pool_of(b.split("/")[0]).name for b in owned} == {  # type: ignore[union-attr]
            "default-ipv4-ippool",
            "zone-b-ipv4-ippool",
        }
        others = [b for peer in model.nodes if peer is not node for b in peer.blocks]
        assert sorted(line.split()[2] for line in route_lines(model, node)) == sorted(others)
    client = client_pod(model)
    assert ipaddress.ip_address(client.ip) in ipaddress.ip_network("10.40.128.0/17")


def test_coredns_spread_puts_each_coredns_pod_in_its_nodes_block() -> None:
    model = _model("coredns-spread")
    for pod in model.pods_by_app("coredns"):
        assert ipaddress.ip_address(pod.ip) in ipaddress.ip_network(model.node(pod.node).block)
    assert [p.node for p in model.pods_by_app("coredns")] == ["node-1", "node-3"]
    with pytest.raises(ValueError, match="at least 3 nodes"):
        profiles.build("coredns-spread", nodes=2)


@pytest.mark.parametrize("spec", PROFILE_NAMES)
def test_faults_that_apply(spec: str) -> None:
    why_not = applicable(_model(spec))
    assert set(why_not) == set(FAULTS)
    expected_missing = {
        "auto-mtu": {"mtu-mismatch"},
        "bgp": {"link-drop", "mtu-mismatch", "tunnel-mode-mismatch", "rp-filter-strict"},  # poddns: rp-filter-strict
    }.get(spec, set())
    if spec != "node-local-dns":  # helper "resolver": only that profile deploys NodeLocal DNSCache
        expected_missing = expected_missing | {"nodelocal-down"}
    assert {n for n, w in why_not.items() if w is not None} == expected_missing


def _cli(*args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args], capture_output=True, text=True, timeout=60, check=True
    )
    return proc.stdout


def test_cli_lists_profiles_and_the_faults_each_allows() -> None:
    assert tuple(_cli("lab", "profiles").split()) == PROFILE_NAMES
    described = {p["name"]: p for p in json.loads(_cli("lab", "profiles", "--json"))}
    assert described["crosssubnet"]["sets"] == {"pool_mode": "CrossSubnet", "crosssubnet": True}
    assert described["no-kubeproxy-configmap"]["sets"]["kube_proxy_mode"] == "iptables"
    assert "tunnel-mode-mismatch" not in described["bgp"]["faults"]
    listed = json.loads(_cli("lab", "faults", "--profile", "bgp", "--json"))
    assert listed["profile"] == "bgp"
    refused = {f["name"]: f["why_not"] for f in listed["faults"] if not f["applies"]}
    assert set(refused) == {"link-drop", "mtu-mismatch", "tunnel-mode-mismatch", "rp-filter-strict", "nodelocal-down"}
    assert "node-local-dns profile" in refused["nodelocal-down"]
    assert "needs a tunnel" in refused["tunnel-mode-mismatch"]


def test_node_local_dns_profile_gives_every_node_its_cache_and_the_pods_its_address() -> None:
    """helper "resolver": the cache's DaemonSet pods on every node, its ConfigMap binding 169.254.20.10,
    and the client's resolv.conf naming that address as kubelet's --cluster-dns would."""
    from lab import nodelocal, pod_dns
    from lab.apiserver.workload_objects import configmaps

    model = _model("node-local-dns")
    caches = [p for p in model.pods if p.labels.get("k8s-app") == "node-local-dns"]
    assert sorted(p.node for p in caches) == [n.name for n in model.nodes]
    assert all(p.host_network and p.namespace == "kube-system" for p in caches)
    conf = pod_dns.resolv_conf(model, client_pod(model))
    assert "nameserver 169.254.20.10\n" in conf and "search onecloud.svc.cluster.local" in conf
    assert "nameserver 10.96.0.10\n" in pod_dns.resolv_conf(_model("manifest-vxlan"), client_pod(model))
    corefile = next(c for c in configmaps(model, "") if c["metadata"]["name"] == "node-local-dns")["data"]["Corefile"]
    assert "bind 169.254.20.10" in corefile and corefile == nodelocal.corefile()
    assert nodelocal.rules().count("-j NOTRACK") == 6
