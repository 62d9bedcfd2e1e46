"""The installs and modes real clusters run, on recorded clusters: the Tigera operator's install, MTU
left on auto, pools without encapsulation (BGP), CoreDNS on several nodes, no calico-node at all.
Each is healthy where it should be, finds a real fault with fix commands naming the install's own
objects, and says `inconclusive` (never `problem`) for an install it does not recognise."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from checks.cluster.mapping import resolve_target
from checks.cluster.memory import recorded_cluster
from checks.ladder import routing as routing_step
from checks.ladder.base import StepContext
from tests.unit.steps.builder import (
    CALICO_CONFIG_PATH,
    CALICO_NODE_PATH,
    FELIX_PATH,
    NODES_PATH,
    PODS_PATH,
    Case,
    Objects,
    add_felix_override,
    all_of,
    dns_endpoints,
    items,
    replace_in,
    set_pool,
    step_of,
)
from tests.unit.steps.test_routing import CROSS_SUBNET_ROUTES, IPIP_TO_COREDNS, cross_subnet
from tests.unit.steps.test_tunnel_mode import TUNL_DEV

INSTALLATION_PATH = "/apis/operator.tigera.io/v1/installations/default"
OPERATOR_DS_PATH = "/apis/apps/v1/namespaces/calico-system/daemonsets/calico-node"
VXLAN_TO_COREDNS = "10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink \n"
VXLAN_TO_NODE_3 = "10.40.71.0/26 via 10.40.71.0 dev vxlan.calico onlink \n"


def operator_install(objects: Objects) -> None:
    """As the Tigera operator installs Calico: calico-node in calico-system, its settings in the
    Installation, no calico-config ConfigMap, no MTU in FelixConfiguration."""
    for pod in items(objects, PODS_PATH):
        if pod["metadata"].get("labels", {}).get("k8s-app") == "calico-node":
            pod["metadata"]["namespace"] = "calico-system"
    ds = copy.deepcopy(objects.pop(CALICO_NODE_PATH))
    ds["metadata"]["namespace"] = "calico-system"
    objects[OPERATOR_DS_PATH] = ds
    objects.pop(CALICO_CONFIG_PATH)
    for fc in items(objects, FELIX_PATH):
        fc["spec"].pop("vxlanMTU", None)
    objects[INSTALLATION_PATH] = {
        "apiVersion": "operator.tigera.io/v1",
        "kind": "Installation",
        "metadata": {"name": "default"},
        "spec": {
            "calicoNetwork": {
                "mtu": 1450,
                "ipPools": [{"cidr": "10.40.0.0/16", "encapsulation": "VXLAN", "blockSize": 26}],
                "nodeAddressAutodetectionV4": {"firstFound": True},
            }
        },
    }


def auto_mtu(objects: Objects) -> None:
    """The stock manifest's `veth_mtu: "0"` and no MTU in FelixConfiguration: felix computes it."""
    objects[CALICO_CONFIG_PATH]["data"]["veth_mtu"] = "0"
    for fc in items(objects, FELIX_PATH):
        fc["spec"].pop("vxlanMTU", None)


def bgp(objects: Objects) -> None:
    set_pool(objects, vxlanMode="Never", ipipMode="Never")


BGP_ROUTES = all_of(
    replace_in("node-2", "ip-route", VXLAN_TO_COREDNS, "10.40.52.128/26 via 10.41.1.21 dev eth0 proto bird \n"),
    replace_in("node-2", "ip-route", VXLAN_TO_NODE_3, "10.40.71.0/26 via 10.41.1.23 dev eth0 proto bird \n"),
)


def no_calico(objects: Objects) -> None:
    pods = items(objects, PODS_PATH)
    pods[:] = [p for p in pods if p["metadata"].get("labels", {}).get("k8s-app") != "calico-node"]
    for node in items(objects, NODES_PATH):
        annotations = node["metadata"].get("annotations", {})
        for key in [k for k in annotations if k.startswith("projectcalico.org/")]:
            del annotations[key]


def commands(case: Case, step_id: str) -> str:
    return " ".join(c.command for c in step_of(case.run(), step_id).commands)


def test_the_operator_install_is_read_where_it_keeps_things() -> None:
    snap = recorded_cluster(Case("operator", cluster=operator_install).objects()).snapshot()
    assert (snap.calico.kind, snap.calico.namespace, snap.calico.daemonset) == (
        "operator",
        "calico-system",
        "calico-node",
    )
    assert snap.calico.mtu == 1450 and snap.calico.autodetection == "firstFound=True"
    assert snap.veth_mtu is None and not snap.unavailable  # no calico-config, and nothing missing for that


def test_the_operator_install_is_healthy_and_its_fixes_name_calico_system() -> None:
    healthy = Case("operator", cluster=operator_install).run()
    assert healthy.verdict.status == "healthy", healthy.verdict
    assert "tunnel 1450 (Installation calicoNetwork.mtu)" in " ".join(
        line for ev in step_of(healthy, "mtu").evidence for line in ev.lines
    )
    broken = Case(
        "operator, route missing",
        cluster=operator_install,
        nodes=replace_in("node-2", "ip-route", VXLAN_TO_COREDNS, ""),
    )
    report = broken.run()
    assert (report.verdict.cause, report.verdict.code) == ("routing", "routing.block-route-missing")
    fixes = commands(broken, "routing")
    assert "kubectl -n calico-system delete pod calico-node-" in fixes and "-n kube-system" not in fixes
    assert "ip route replace 10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink" in fixes


def test_an_operator_install_fixes_autodetection_in_the_installation() -> None:
    from tests.unit.steps.test_autodetect import CASES as AUTODETECT

    wrong = next(c for c, status, _ in AUTODETECT if status == "fail" and c.encap == "vxlan")
    case = Case(
        "operator, wrong interface",
        cluster=lambda o: [f(o) for f in (wrong.cluster, operator_install)],
        nodes=wrong.nodes,
    )
    step = step_of(case.run(), "autodetect")
    assert step.status == "fail"
    fixes = " ".join(c.command for c in step.commands)
    assert "kubectl patch installation default" in fixes and "set env" not in fixes


def test_mtu_left_on_auto_is_not_a_mismatch() -> None:
    step = step_of(Case("auto MTU", cluster=auto_mtu).run(), "mtu")
    assert step.status == "pass", step.summary
    assert "MTU auto-detected" in step.summary


def test_mtu_on_auto_still_finds_veths_larger_than_the_tunnel() -> None:
    jumbo_veths = replace_in(
        "node-2",
        "ip-o-link",
        "cali5c9514dd24b@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450",
        "cali5c9514dd24b@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 8950",
    )
    step = step_of(Case("auto MTU, jumbo veth", cluster=auto_mtu, nodes=jumbo_veths).run(), "mtu")
    assert (step.status, step.codes("problem")) == ("fail", ("mtu.veth-exceeds-tunnel",))


def test_a_pool_without_encapsulation_expects_bgp_routes_via_the_peer() -> None:
    healthy = Case("BGP", cluster=bgp, nodes=BGP_ROUTES).run()
    assert step_of(healthy, "routing").status == "pass", step_of(healthy, "routing").summary
    assert step_of(healthy, "tunnel-mode").status == "pass"  # no tunnel device is needed
    wrong = all_of(
        BGP_ROUTES,
        replace_in(
            "node-2", "ip-route", "10.40.52.128/26 via 10.41.1.21 dev eth0", "10.40.52.128/26 via 10.41.1.23 dev eth0"
        ),
    )
    routing = step_of(Case("BGP, wrong peer", cluster=bgp, nodes=wrong).run(), "routing")
    assert (routing.status, routing.codes("problem")) == ("fail", ("routing.block-route-wrong",))
    assert "ip route replace 10.40.52.128/26 via 10.41.1.21" in " ".join(c.command for c in routing.commands)
    # a tunnel route left over from VXLAN is wrong in a pool without encapsulation
    stale = step_of(Case("BGP, stale VXLAN route", cluster=bgp).run(), "routing")
    assert stale.codes("problem") == ("routing.block-route-wrong",)


def test_the_routing_fix_puts_back_the_block_that_is_missing_with_coredns_on_two_nodes() -> None:
    def spread(objects: Objects) -> None:
        second = dns_endpoints(objects)[1]
        second["nodeName"] = "node-3"
        second["addresses"] = ["10.40.71.9"]

    case = Case("CoreDNS spread", cluster=spread, nodes=replace_in("node-2", "ip-route", VXLAN_TO_NODE_3, ""))
    snap = recorded_cluster(case.objects()).snapshot()
    client = snap.node("node-2")
    assert client is not None
    ctx = StepContext(snap, resolve_target(snap, None, "node-2"), case.runner(), [client], list(snap.dns_endpoints))
    routing = routing_step.STEP.run(ctx)  # the routing step alone: node-3's other outputs are not recorded
    assert routing.status == "fail" and "10.40.71.0/26" in routing.summary
    fixes = " ".join(c.command for c in routing.commands)
    assert "ip route replace 10.40.71.0/26 via 10.40.71.0 dev vxlan.calico onlink" in fixes
    assert "ip route replace 10.40.52.128/26" not in fixes  # that route is there


def test_no_calico_node_anywhere_is_inconclusive_never_a_problem() -> None:
    report = Case("no Calico", cluster=no_calico).run()
    assert report.verdict.status == "inconclusive", report.verdict
    for step_id in ("routing", "autodetect", "mtu", "tunnel-mode", "kernel-gso"):
        step = step_of(report, step_id)
        assert (step.status, step.codes("unchecked")) == ("error", ("check.calico-not-found",)), step_id


# IP-in-IP Always and CrossSubnet (the lab cannot build IP-in-IP: recorded fixtures): healthy, a missing
# route, a tunnel-mode mismatch and an MTU mismatch each give the verdict they should.
SHRUNK_NIC = replace_in(
    "node-2",
    "ip-o-link",
    "eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500",
    "eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450",
)
TUNL_GONE = replace_in("node-2", "ip-o-link", TUNL_DEV, "")
NO_ROUTE_ALWAYS = replace_in("node-2", "ip-route", IPIP_TO_COREDNS, "")
NO_ROUTE_ACROSS = replace_in("node-2", "ip-route", "10.40.71.0/26 via 10.43.1.23 dev tunl0 proto bird onlink \n", "")


def felix_off(objects: Objects) -> None:
    add_felix_override(objects, "node-2", ipipEnabled=False)


FAULTS: list[tuple[str, Any, Any, tuple[str, str | None, str | None]]] = [
    ("healthy", None, None, ("healthy", None, None)),
    ("tunnel-mode mismatch", felix_off, None, ("problem", "tunnel-mode", "tunnel-mode.felix-disabled")),
    ("tunl0 gone", None, TUNL_GONE, ("problem", "tunnel-mode", "tunnel-mode.device-missing")),
    ("MTU mismatch", None, SHRUNK_NIC, ("problem", "mtu", "mtu.tunnel-exceeds-nic")),
]
IPIP_VERDICTS = [
    *(("Always", *f) for f in FAULTS),
    ("Always", "route missing", None, NO_ROUTE_ALWAYS, ("problem", "routing", "routing.block-route-missing")),
    *(("CrossSubnet", *f) for f in FAULTS),
    # the client's tunnelled route, to node-3 in the other subnet: node-3 holds no CoreDNS, so a node check
    ("CrossSubnet", "route missing", None, NO_ROUTE_ACROSS, ("problem", "routing", "routing.block-route-missing")),
]


@pytest.mark.parametrize(
    ("mode", "name", "cluster", "nodes", "want"), IPIP_VERDICTS, ids=[f"{m}-{n}" for m, n, *_ in IPIP_VERDICTS]
)
def test_ip_in_ip_always_and_crosssubnet_verdicts(
    mode: str, name: str, cluster: Any, nodes: Any, want: tuple[str, str | None, str | None]
) -> None:
    cluster_patches = [f for f in ((cross_subnet if mode == "CrossSubnet" else None), cluster) if f]
    node_patches = [f for f in ((CROSS_SUBNET_ROUTES if mode == "CrossSubnet" else None), nodes) if f]
    case = Case(
        f"IPIP {mode} {name}",
        "ipip",
        cluster=lambda o: [f(o) for f in cluster_patches],
        nodes=lambda o: [f(o) for f in node_patches],
        node_check=nodes is NO_ROUTE_ACROSS,
    )
    report = case.run()
    assert (report.verdict.status, report.verdict.cause, report.verdict.code) == want, report.verdict
