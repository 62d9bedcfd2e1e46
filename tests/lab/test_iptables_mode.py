"""The lab with kube-proxy in iptables mode: real KUBE-SVC/KUBE-SEP chains, an empty IPVS table, and
the engine reading the NAT from iptables-save instead of ipvsadm."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.lab.conftest import Lab, podnet, start_lab
from tests.lab.test_diagnose import RUNBOOK_ERROR


@pytest.fixture(scope="module")
def iptables_lab() -> Iterator[Lab]:
    running = start_lab("--kube-proxy", "iptables", "--nodes", "2")
    try:
        yield running
    finally:
        podnet("lab", "down")


def test_lookups_work_through_kube_proxy_iptables_rules(iptables_lab: Lab) -> None:
    assert iptables_lab.lookup().returncode == 0
    nat = iptables_lab.ssh("node-2", "iptables-save -t nat").stdout
    assert "-A KUBE-SERVICES -d 10.96.0.10/32 -p udp" in nat and "-j KUBE-SVC-TCOU7JCQXEZGVUNU" in nat
    table = iptables_lab.ssh("node-2", "ipvsadm -Ln").stdout
    assert "10.96.0.10" not in table and table.startswith("IP Virtual Server")  # IPVS unused in this mode


def test_the_engine_reads_iptables_mode_and_finds_missing_nat(iptables_lab: Lab) -> None:
    iptables_lab.break_("nat-missing")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "bot.cli.main", "diagnose", RUNBOOK_ERROR, "--json"],
            capture_output=True,
            text=True,
            env=iptables_lab.env(),
            timeout=120,
            check=False,
        )
    finally:
        iptables_lab.fix("nat-missing")
    report = json.loads(proc.stdout)
    assert report["verdict"]["cause"] == "service-nat"
    nat = next(s for s in report["steps"] if s["id"] == "service-nat")
    assert nat["evidence"][0]["source"] == "iptables-save -t nat"
    assert any("iptables-save -t nat | grep 10.96.0.10" in c["command"] for c in nat["commands"])
