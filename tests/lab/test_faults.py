"""Every fault does to the lab what it does to a real cluster, and `fix` undoes it."""

from __future__ import annotations

import json

import pytest

from lab import profiles
from lab.faults import FAULTS, STALE_COREDNS_IP
from lab.workloads import LARGE_ANSWER_NAME
from tests.lab.conftest import Lab, podnet
from tests.lab.test_diagnose import RUNBOOK_ERROR, run_podnet

BREAKS_DNS = sorted(name for name, f in FAULTS.items() if f.breaks_dns)
# the lab fixture is the default profile: faults that need another profile are tested with it
# (nodelocal-down: tests/lab/test_resolver.py)
DEFAULT_BREAKS_DNS = [name for name in BREAKS_DNS if FAULTS[name].applies(profiles.build(None)) is None]


def test_the_issue_lists_exactly_these_lookup_breaking_faults() -> None:
    assert (
        sorted(
            [
                "nat-missing",
                "route-missing",
                "route-wrong-nexthop",
                "autodetect-wrong-iface",
                "link-drop",
                "tunnel-mode-mismatch",
                "coredns-down",
                "kube-proxy-stale",
                "calico-node-not-ready",
                "coredns-crashloop",  # coredns-health
                "netpol-deny-dns",  # network-policy step
                # poddns
                "forward-drop",
                "rp-filter-strict",
                "nodelocal-down",  # helper "resolver"
                "client-ndots",  # helper "resolver"
            ]
        )
        == BREAKS_DNS
    )


@pytest.mark.parametrize("fault", DEFAULT_BREAKS_DNS)
def test_fault_breaks_the_lookup_and_fix_restores_it(lab: Lab, fault: str) -> None:
    assert lab.lookup().returncode == 0, "the lab must be healthy before the fault"
    lab.break_(fault)
    try:
        failed = lab.lookup()
        assert failed.returncode != 0, f"{fault}: the lookup still worked: {failed.stdout}"
        assert failed.stdout == ""
        status = json.loads(podnet("lab", "status", "--json").stdout)
        assert [f["name"] for f in status["faults"]] == [fault]
    finally:
        lab.fix(fault)
    healed = lab.lookup()
    assert healed.returncode == 0, f"{fault}: not fixed: {healed.stderr}"
    assert json.loads(podnet("lab", "status", "--json").stdout)["faults"] == []


def test_nat_missing_removes_the_virtual_services_from_ipvsadm(lab: Lab) -> None:
    lab.break_("nat-missing")
    try:
        table = lab.ssh("node-2", "ipvsadm -Ln").stdout
        assert "10.96.0.10" not in table
        assert "10.96.118.37:30357" in table  # other Services untouched
        assert "10.96.0.10" in lab.ssh("node-3", "ipvsadm -Ln").stdout  # other nodes untouched
    finally:
        lab.fix("nat-missing")
    assert "UDP  10.96.0.10:53 rr" in lab.ssh("node-2", "ipvsadm -Ln").stdout


def test_nat_stale_points_one_real_server_at_a_dead_ip(lab: Lab) -> None:
    lab.break_("nat-stale")
    try:
        table = lab.ssh("node-2", "ipvsadm -Ln -u 10.96.0.10:53").stdout
        assert f"-> {STALE_COREDNS_IP}:53" in table
        assert "-> 10.40.52.149:53" in table
        assert "10.40.52.171" not in table
        dead = lab.pod_exec(
            "client", "dig", "+time=1", "+tries=1", f"@{STALE_COREDNS_IP}", "kube-dns.kube-system.svc.cluster.local"
        )
        assert "connection timed out" in dead.stdout or "no servers could be reached" in dead.stdout
    finally:
        lab.fix("nat-stale")
    assert STALE_COREDNS_IP not in lab.ssh("node-2", "ipvsadm -Ln").stdout


def test_route_wrong_nexthop_points_at_another_node(lab: Lab) -> None:
    lab.break_("route-wrong-nexthop")
    try:
        route = lab.ssh("node-2", "ip route show 10.40.52.128/26").stdout
        node3 = lab.model.node("node-3")
        assert f"via {node3.tunnel_ip} dev vxlan.calico onlink" in route
    finally:
        lab.fix("route-wrong-nexthop")
    assert "via 10.40.52.128 dev vxlan.calico onlink" in lab.ssh("node-2", "ip route show 10.40.52.128/26").stdout


def test_autodetect_wrong_iface_is_visible_in_the_api_and_on_the_node(lab: Lab) -> None:
    lab.break_("autodetect-wrong-iface")
    try:
        node2 = lab.model.node("node-2")
        assert node2.detected_iface == "eth1"
        link = lab.ssh("node-2", "ip -d link show vxlan.calico").stdout
        assert f"local {node2.second_ip} dev eth1" in link
        # The node still sends towards its peers out of eth0: send and receive interfaces disagree.
        assert "dev eth0" in lab.ssh("node-2", "ip route get 10.41.1.21").stdout
        fdb = lab.ssh("node-1", "bridge fdb show dev vxlan.calico").stdout
        assert f"{node2.vtep_mac} dst {node2.second_ip}" in fdb
    finally:
        lab.fix("autodetect-wrong-iface")
    assert "local 10.41.1.22 dev eth0" in lab.ssh("node-2", "ip -d link show vxlan.calico").stdout
    assert "eth1" not in lab.ssh("node-2", "ip -o link").stdout


def test_mtu_mismatch_loses_large_answers_but_not_small_ones(lab: Lab) -> None:
    def large_lookup() -> int:
        # glibc asks over UDP without EDNS, gets a truncated answer and retries over TCP with the
        # pod's own MSS, the way applications do (dig would clamp its MSS and hide the problem).
        result = lab.pod_exec("client", "timeout", "8", "getent", "ahostsv4", LARGE_ANSWER_NAME)
        return len({line.split()[0] for line in result.stdout.splitlines()})

    assert large_lookup() == 110
    lab.break_("mtu-mismatch")
    try:
        assert lab.ssh("node-1", "cat /sys/class/net/vxlan.calico/mtu").stdout.strip() == "8950"
        assert lab.lookup().returncode == 0  # small packets still pass
        assert large_lookup() == 0
    finally:
        lab.fix("mtu-mismatch")
    assert lab.ssh("node-1", "cat /sys/class/net/vxlan.calico/mtu").stdout.strip() == "1450"
    assert large_lookup() == 110


def test_tunnel_mode_mismatch_is_a_felix_override_and_a_missing_device(lab: Lab) -> None:
    lab.break_("tunnel-mode-mismatch")
    try:
        assert "vxlan.calico" not in lab.ssh("node-2", "ip -o link").stdout
        st = json.loads(podnet("lab", "status", "--json").stdout)
        assert [n["vxlan"] for n in st["nodes"]] == [True, False, True]
    finally:
        lab.fix("tunnel-mode-mismatch")
    assert "vxlan.calico" in lab.ssh("node-2", "ip -o link").stdout


def test_gso_on_turns_the_offloads_on_and_says_the_bug_cannot_be_reproduced(lab: Lab) -> None:
    assert "generic-segmentation-offload: off" in lab.ssh("node-2", "ethtool -k eth0").stdout
    assert "tx-checksum-ip-generic: off" in lab.ssh("node-2", "ethtool -k vxlan.calico").stdout
    out = podnet("lab", "break", "gso-on").stdout
    try:
        assert "cannot be reproduced" in " ".join(out.split())
        assert "generic-segmentation-offload: on" in lab.ssh("node-2", "ethtool -k eth0").stdout
        # VXLAN (helper "conntrack"): vxlan.calico's checksum offload on, against felix's override
        assert "tx-checksum-ip-generic: on" in lab.ssh("node-2", "ethtool -k vxlan.calico").stdout
        report = json.loads(run_podnet(lab, "diagnose", RUNBOOK_ERROR, "--json").stdout)
        gso = next(s for s in report["steps"] if s["id"] == "kernel-gso")
        codes = [(f["code"], f["nodes"]) for f in gso["findings"]]
        assert (gso["status"], codes) == ("warn", [("kernel-gso.vxlan-checksum-offload", ["node-2"])]), gso
    finally:
        lab.fix("gso-on")
    assert "generic-segmentation-offload: off" in lab.ssh("node-2", "ethtool -k eth0").stdout
    assert "tx-checksum-ip-generic: off" in lab.ssh("node-2", "ethtool -k vxlan.calico").stdout


def test_bad_fault_requests_get_clear_messages(lab: Lab) -> None:
    unknown = podnet("lab", "break", "dns-on-fire", check=False)
    assert unknown.returncode == 2 and "unknown fault" in unknown.stderr
    wrong_node = podnet("lab", "break", "route-missing", "--node", "node-1", check=False)
    assert wrong_node.returncode == 2 and "holds the CoreDNS pods" in wrong_node.stderr
    no_node = podnet("lab", "break", "nat-missing", "--node", "node-9", check=False)
    assert no_node.returncode == 2 and "no node 'node-9'" in no_node.stderr
    not_active = podnet("lab", "fix", "link-drop", check=False)
    assert not_active.returncode == 2 and "not active" in not_active.stderr
    ipip = podnet("lab", "up", "--encapsulation", "ipip", check=False)
    assert ipip.returncode == 2 and "no IPIP module" in ipip.stderr
