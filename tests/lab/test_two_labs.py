"""Two labs side by side (`podnet lab up --name a` and `--name b`), isolated from each other.

Lab `a` (profile manifest-vxlan) and lab `b` (operator-vxlan) run at once; a fault is broken in `a` only.
`podnet diagnose`, pointed at each lab by its own `podnet lab env --name …`, finds the fault's cause in `a`
and nothing in `b`. Neither lab's namespaces, processes, iptables rules or routes reach into the other's,
taking `a` down leaves `b` whole (diagnosed healthy again), the machine's own namespace never gets a lab
route or address, and `podnet lab down --all` leaves nothing.
"""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from lab import procs
from lab.model import NAMED_UNDERLAYS, LabModel
from lab.paths import ETC_NETNS, LabPaths
from tests.lab.conftest import podnet, require_root
from tests.lab.test_diagnose import EXPECTED_CAUSE, EXPECTED_CODE, RUNBOOK_ERROR
from tests.lab.test_isolation import assert_root_namespace_clean

FAULT = "link-drop"  # drops VXLAN in the lab's underlay firewall: the underlay is per lab
PROFILES = {"a": "manifest-vxlan", "b": "operator-vxlan"}


def _netns_list() -> list[str]:
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=True).stdout
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def _lab_netns(name: str) -> list[str]:
    return sorted(n for n in _netns_list() if n.startswith(f"podnet-{name}-"))


def _env(name: str) -> dict[str, str]:
    """The environment `eval "$(podnet lab env --name NAME)"` gives a shell."""
    exports = {}
    for line in podnet("lab", "env", "--name", name).stdout.splitlines():
        key, _, value = line.removeprefix("export ").partition("=")
        exports[key] = value.strip("'")
    return {**{k: v for k, v in os.environ.items() if k != "PODNET_LAB_NAME"}, **exports}


def _diagnose(name: str) -> tuple[int, dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", "diagnose", RUNBOOK_ERROR, "--json"],
        capture_output=True,
        text=True,
        env=_env(name),
        timeout=180,
        check=False,
    )
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def _in(netns: str, *argv: str) -> str:
    return subprocess.run(["ip", "netns", "exec", netns, *argv], capture_output=True, text=True, check=True).stdout


def _kernel_state(name: str) -> dict[str, str]:
    """Every IPv4 route, address and iptables rule in every namespace of lab NAME. (IPv6 is left out: the
    kernel's link-local addresses leave DAD's `tentative` state on their own a moment after a lab is up.)"""
    state = {}
    for ns in _lab_netns(name):
        state[ns] = "\n".join(
            [
                _in(ns, "ip", "-o", "-4", "addr"),
                _in(ns, "ip", "-4", "route", "show", "table", "all"),
                "\n".join(
                    line
                    for line in _in(ns, "iptables-save").splitlines()
                    if not line.startswith("#") and not line.startswith(":")  # no counters, no timestamps
                ),
            ]
        )
    return state


def _netns_inode(pid: int) -> int | None:
    try:
        return os.stat(f"/proc/{pid}/ns/net").st_ino
    except OSError:
        return None


def _lab_pids(name: str) -> set[int]:
    """The live processes of lab NAME: those in its namespaces and its stand-ins in the root namespace."""
    paths = LabPaths.named(name)
    pids = {p for ns in _lab_netns(name) for p in procs.netns_pids(ns)}
    pids |= set(procs.processes_with_marker(str(paths.root)))
    return {p for p in pids if procs.alive(p)}


def _nothing_left() -> None:
    assert [n for n in _netns_list() if n.startswith("podnet-")] == []
    base = LabPaths.default().root
    assert [d for d in base.parent.glob(f"{base.name}*") if d.is_dir()] == []
    for name in PROFILES:
        assert procs.processes_with_marker(str(LabPaths.named(name).root)) == []
    assert list(ETC_NETNS.glob("podnet-*")) == [] if ETC_NETNS.exists() else True


@pytest.fixture(scope="module")
def two_labs(request: pytest.FixtureRequest) -> Iterator[dict[str, float]]:
    require_root()
    podnet("lab", "down", "--all")
    seconds = {}
    try:
        for name, profile in PROFILES.items():
            started = time.monotonic()
            up = podnet("lab", "up", "--name", name, "--profile", profile)
            seconds[name] = time.monotonic() - started
            assert f"lab {name} up" in up.stdout
        print(f"\n[figure] two labs up: a {seconds['a']:.1f} s, b {seconds['b']:.1f} s (one after the other)")
        yield seconds
    finally:
        podnet("lab", "down", "--all")


def test_each_lab_has_its_own_names_paths_and_api(two_labs: dict[str, float]) -> None:
    a, b = LabPaths.named("a"), LabPaths.named("b")
    assert (a.root, b.root) == (Path("/run/podnet-lab-a"), Path("/run/podnet-lab-b"))
    assert not LabPaths.default().root.exists()  # the default lab is not involved
    names = {n: _lab_netns(n) for n in PROFILES}
    for name, netns in names.items():
        model = LabModel.load(LabPaths.named(name).state)
        assert model.name == name
        assert sorted([f"podnet-{name}-underlay", f"podnet-{name}-bastion"] + [n.netns for n in model.nodes]) == sorted(
            f"podnet-{name}-{x}" for x in ["underlay", "bastion", "node-1", "node-2", "node-3"]
        )
        assert len(netns) == 9 and all(n.startswith(f"podnet-{name}-") for n in netns)
    assert not [n for n in _netns_list() if n.startswith("podnet-") and not n.startswith(("podnet-a-", "podnet-b-"))]
    ports, contexts = set(), set()
    for name, profile in PROFILES.items():
        paths = LabPaths.named(name)
        kubeconfig = yaml.safe_load(paths.kubeconfig.read_text())
        contexts.add(kubeconfig["current-context"])
        assert kubeconfig["clusters"][0]["name"] == f"podnet-lab-{name}"
        ports.add(kubeconfig["clusters"][0]["cluster"]["server"])
        assert f"Host podnet-lab-{name}-bastion" in paths.ssh_config.read_text()
        assert str(paths.bastion_socket).startswith(str(paths.root))
        status = json.loads(podnet("lab", "status", "--json", "--name", name).stdout)
        assert (status["name"], status["profile"], status["bastion"]["namespace"]) == (
            name,
            profile,
            f"podnet-{name}-bastion",
        )
        assert status["api"]["running"] and status["bastion"]["running"]
        assert all(n["sshd"] and n["namespace_present"] for n in status["nodes"])
        text = " ".join(podnet("lab", "status", "--name", name).stdout.split())  # as rich wrapped it, unwrapped
        assert f"lab {name} up since" in text and f"underlay {status['underlay']}" in text
        assert status["bastion"]["ip"] == str(ipaddress.ip_network(status["underlay"]).network_address + 2)
        inside = podnet("lab", "pod-exec", "--name", name, "client", "--", "ip", "netns", "identify").stdout
        assert inside.strip().startswith(f"podnet-{name}-pod-default-region-"), inside
    assert contexts == {"podnet-lab-a", "podnet-lab-b"}
    # each lab on its own underlay (nodes, bastion, upstream), the default lab's 10.41.0.0/16 left alone
    models = {name: LabModel.load(LabPaths.named(name).state) for name in PROFILES}
    underlays = {name: ipaddress.ip_network(m.underlay) for name, m in models.items()}
    assert underlays["a"] != underlays["b"] and all(u.subnet_of(NAMED_UNDERLAYS) for u in underlays.values())
    for name, model in models.items():
        assert all(ipaddress.ip_address(n.ip) in underlays[name] for n in model.nodes)
        assert f"HostName {model.bastion_ip}\n" in LabPaths.named(name).ssh_config.read_text()
        assert f"inet {model.nodes[0].ip}/16" in _in(f"podnet-{name}-node-1", "ip", "-o", "addr", "show", "eth0")
    assert len(ports) == 2  # each lab's API stand-in on its own port
    assert podnet("lab", "status", check=False).returncode == 1  # no default lab
    assert _lab_pids("a") and _lab_pids("b") and not _lab_pids("a") & _lab_pids("b")


def test_a_fault_in_one_lab_only(two_labs: dict[str, float]) -> None:
    before_b = _kernel_state("b")
    before_a = _kernel_state("a")
    podnet("lab", "break", FAULT, "--name", "a")
    try:
        after_a = _kernel_state("a")
        assert after_a != before_a and "fault link-drop" in after_a["podnet-a-underlay"]
        assert _kernel_state("b") == before_b  # not one route, address or rule of b changed
        code_a, report_a = _diagnose("a")
        code_b, report_b = _diagnose("b")
        status_a = json.loads(podnet("lab", "status", "--json", "--name", "a").stdout)
        status_b = json.loads(podnet("lab", "status", "--json", "--name", "b").stdout)
    finally:
        podnet("lab", "fix", "--name", "a")
    assert [f["name"] for f in status_a["faults"]] == [FAULT] and status_b["faults"] == []
    assert (report_a["verdict"]["status"], report_a["verdict"]["cause"], code_a) == (
        "problem",
        EXPECTED_CAUSE[FAULT],
        1,
    ), report_a["verdict"]
    assert report_a["verdict"]["code"] == EXPECTED_CODE[FAULT]
    assert (report_b["verdict"]["status"], code_b) == ("healthy", 0), report_b["verdict"]
    assert _kernel_state("a") == before_a  # the fix restored a exactly
    assert_root_namespace_clean()


def test_down_of_one_lab_leaves_the_other_working(two_labs: dict[str, float]) -> None:
    b_pids = _lab_pids("b")
    b_state = _kernel_state("b")
    b_netns = _lab_netns("b")
    b_inodes = {_netns_inode(p) for p in b_pids}
    a_inodes = {_netns_inode(p) for p in _lab_pids("a")}
    assert not (a_inodes - {_netns_inode(os.getpid())}) & b_inodes  # no process of a in b's namespaces

    down = podnet("lab", "down", "--name", "a")
    assert "lab a down: removed 9 namespaces" in down.stdout
    assert _lab_netns("a") == [] and not LabPaths.named("a").root.exists()
    assert procs.processes_with_marker(str(LabPaths.named("a").root)) == []
    assert _lab_netns("b") == b_netns
    assert all(procs.alive(p) for p in b_pids)
    assert _kernel_state("b") == b_state
    # the default lab's `down` (no lab is up under that name) does not reach the named ones either
    assert "removed 0 namespaces, stopped 0 processes" in podnet("lab", "down").stdout
    assert _lab_netns("b") == b_netns and all(procs.alive(p) for p in b_pids)
    assert Path("/run/sshd").is_dir()  # sshd's privilege separation dir stays while b's sshd runs

    code, report = _diagnose("b")
    assert (report["verdict"]["status"], code) == ("healthy", 0), report["verdict"]
    assert_root_namespace_clean()

    everything = podnet("lab", "down", "--all")
    assert "lab b down: removed 9 namespaces" in everything.stdout
    _nothing_left()
