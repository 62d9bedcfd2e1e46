"""No lab traffic leaves from the machine's own network namespace.

The root namespace holds no lab route, address or interface, and while the whole lab is exercised
(SSH to every node through the bastion, the API, lookups in the pods) a guard chain in the root
namespace's OUTPUT counts -- and drops -- any packet to a lab range. It must count zero.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import subprocess
from collections.abc import Iterator

import pytest
from kubernetes import client, config

from lab.model import LAB_RANGES
from tests.lab.conftest import Lab

GUARD = "PODNET-TEST-GUARD"


def _ipt(*args: str) -> str:
    return subprocess.run(["iptables", "-w", *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def guard() -> Iterator[None]:
    _ipt("-N", GUARD)
    try:
        for net in LAB_RANGES:
            _ipt("-A", GUARD, "-d", str(net), "-j", "DROP")
        _ipt("-I", "OUTPUT", "1", "-j", GUARD)
        yield
    finally:
        subprocess.run(["iptables", "-w", "-D", "OUTPUT", "-j", GUARD], check=False)
        subprocess.run(["iptables", "-w", "-F", GUARD], check=False)
        subprocess.run(["iptables", "-w", "-X", GUARD], check=False)


def _guard_counts() -> list[int]:
    out = _ipt("-L", GUARD, "-v", "-n", "-x")
    return [int(line.split()[0]) for line in out.splitlines()[2:] if line.strip()]


def assert_root_namespace_clean() -> None:
    """No route, address or interface of any lab (LAB_RANGES, the lab's interface names) in the machine's own
    network namespace."""
    routes = json.loads(
        subprocess.run(["ip", "-j", "route", "show", "table", "all"], capture_output=True, text=True, check=True).stdout
    )
    for route in routes:
        dst = route.get("dst", "")
        if dst in ("", "default") or ":" in dst:
            continue
        net = ipaddress.ip_network(dst if "/" in dst else f"{dst}/32", strict=False)
        assert not any(net.overlaps(lab_net) for lab_net in LAB_RANGES), route
    addrs = json.loads(subprocess.run(["ip", "-j", "addr"], capture_output=True, text=True, check=True).stdout)
    for link in addrs:
        assert not link["ifname"].startswith(("cali", "vxlan", "br-underlay", "node-", "bastion-")), link["ifname"]
        for info in link.get("addr_info", []):
            if info["family"] == "inet":
                assert not any(ipaddress.ip_address(info["local"]) in n for n in LAB_RANGES), info


def test_root_namespace_has_no_lab_route_address_or_interface(lab: Lab) -> None:
    assert_root_namespace_clean()


def test_the_lab_works_while_the_root_namespace_cannot_reach_it(lab: Lab, guard: None) -> None:
    for node in lab.model.nodes:
        assert lab.ssh(node.name, "ip route show default").returncode == 0
    api = config.new_client_from_config(config_file=str(lab.paths.kubeconfig))
    assert len(client.CoreV1Api(api).list_pod_for_all_namespaces(_request_timeout=10).items) > 0
    assert lab.lookup().returncode == 0
    assert lab.pod_exec("client", "curl", "-s", "-m", "5", "http://default-keystone:30357/").returncode == 0
    counts = _guard_counts()
    assert len(counts) == len(LAB_RANGES)
    assert counts == [0] * len(LAB_RANGES)


def test_the_guard_counts_what_it_catches(lab: Lab, guard: None) -> None:
    """The guard chain is live in OUTPUT: a probe rule for a loopback address (never a lab address:
    no lab packet is ever sent from here, even to be dropped) counts the packet sent to it."""
    _ipt("-A", GUARD, "-d", "127.0.0.77/32", "-p", "udp", "--dport", "9", "-j", "DROP")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe, pytest.raises(PermissionError):
        probe.sendto(b"podnet", ("127.0.0.77", 9))  # a DROP in OUTPUT refuses a local sender: EPERM
    assert _guard_counts()[-1] == 1
    assert _guard_counts()[:-1] == [0] * len(LAB_RANGES)
