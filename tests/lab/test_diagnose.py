"""`podnet diagnose` / `podnet check` against the lab: the issue's acceptance, through the real CLI.

Every fault gives verdict `problem` with the matching step and commands that would fix it: that is the profile
matrix's (tests/lab/test_profiles.py, whose manifest-vxlan column is this default lab). Here: the healthy lab, a
node check, a name that matches no Service, and a node that is down, a refused host key and a 403 from the API,
which must give `inconclusive`, never a crash.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lab import lifecycle
from tests.lab.conftest import Lab

RUNBOOK_ERROR = (
    '{"error":{"class": "DNSError", "code": 499, "details": "Post \\"https://default-keystone:30357/v3/auth/tokens\\": '
    'dial tcp: lookup default-keystone: i/o timeout"}}'
)
STEP_IDS = [
    "pod-dns",
    "coredns-health",
    "coredns",
    "client-resolver",
    "network-policy",
    "node-local-dns",
    "service-nat",
    "kube-proxy",
    "calico-node",
    "node-forwarding",
    "conntrack",
    "routing",
    "autodetect",
    "link",
    "mtu",
    "tunnel-mode",
    "kernel-gso",
]
# steps for what the default lab does not deploy: they skip, saying why (helper "resolver")
SKIPPED_HERE = {"node-local-dns"}
EXPECTED_CAUSE = {
    "nat-missing": "service-nat",
    "nat-stale": "service-nat",
    "route-missing": "routing",
    "route-wrong-nexthop": "routing",
    "autodetect-wrong-iface": "autodetect",
    "link-drop": "link",
    "mtu-mismatch": "mtu",
    "tunnel-mode-mismatch": "tunnel-mode",
    "coredns-down": "coredns",
    # kube-proxy and calico-node steps (kpcalico)
    "kube-proxy-stale": "kube-proxy",
    "calico-node-not-ready": "calico-node",
    # coredns-health
    "upstream-down": "coredns-health",
    "coredns-crashloop": "coredns-health",
    "netpol-deny-dns": "network-policy",  # network-policy step
    # poddns
    "forward-drop": "node-forwarding",
    "rp-filter-strict": "node-forwarding",
    "nodelocal-down": "node-local-dns",  # helper "resolver" (profile node-local-dns only)
    "client-ndots": "client-resolver",  # helper "resolver"
}
# the finding the verdict rests on (docs/findings.md)
EXPECTED_CODE = {
    "nat-missing": "service-nat.virtual-service-missing",
    "nat-stale": "service-nat.stale-real-server",
    "route-missing": "routing.block-route-missing",
    "route-wrong-nexthop": "routing.block-route-wrong",
    "autodetect-wrong-iface": "autodetect.interface-mismatch",
    "link-drop": "link.dropped-between-nodes",
    "mtu-mismatch": "mtu.tunnel-differs-from-config",
    "tunnel-mode-mismatch": "tunnel-mode.felix-disabled",
    "coredns-down": "coredns.not-answering",
    # kube-proxy and calico-node steps (kpcalico)
    "kube-proxy-stale": "kube-proxy.sync-stale",
    "calico-node-not-ready": "calico-node.not-ready",
    # coredns-health
    "upstream-down": "coredns-health.upstream-timeout",
    "coredns-crashloop": "coredns-health.crash-looping",
    "netpol-deny-dns": "network-policy.dns-egress-denied",  # network-policy step
    # poddns
    "forward-drop": "node-forwarding.forward-drops-dns",
    "rp-filter-strict": "node-forwarding.rp-filter-asymmetric",
    "nodelocal-down": "node-local-dns.not-ready",  # helper "resolver"
    "client-ndots": "client-resolver.name-not-searchable",  # helper "resolver"
}
# coredns-health: faults whose paste is not the runbook's (an upstream failure breaks only names outside the
# cluster domain: the user's paste names one); the others paste RUNBOOK_ERROR
EXTERNAL_ERROR = (
    "dial tcp: lookup api.example.com on 10.96.0.10:53: read udp 10.40.61.200:41234->10.96.0.10:53: i/o timeout"
)
PASTE = {"upstream-down": EXTERNAL_ERROR}
BEFORE_PASTE = {"upstream-down": "api.example.com"}  # what the application looked up (and failed) first


def paste_for(fault: str) -> str:
    return PASTE.get(fault, RUNBOOK_ERROR)


def run_podnet(
    lab: Lab, *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args],
        capture_output=True,
        text=True,
        env={**lab.env(), **(env or {})},
        input=stdin,
        timeout=120,
        check=False,
    )


def diagnose(lab: Lab, *args: str, env: dict[str, str] | None = None, paste: str = RUNBOOK_ERROR) -> tuple[int, dict]:
    proc = run_podnet(lab, "diagnose", paste, "--json", *args, env=env)
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_healthy_lab_every_step_passes(lab: Lab, capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    code, report = diagnose(lab)
    elapsed = time.monotonic() - started
    with capsys.disabled():  # the figure belongs in CI's output; the goal (< 5 s) is not asserted
        print(
            f"\n[figure] diagnosis of the healthy 3-node lab, no capture: {elapsed:.2f} s wall "
            f"(CLI start-up included), {report['duration']:.2f} s in the engine"
        )
    assert [s["id"] for s in report["steps"]] == STEP_IDS
    assert {s["id"]: s["status"] for s in report["steps"]} == {
        i: "skip" if i in SKIPPED_HERE else "pass" for i in STEP_IDS
    }
    assert report["verdict"] == {
        "status": "healthy",
        "cause": None,
        "summary": report["verdict"]["summary"],
        "unchecked": [],
        "code": None,
    }
    assert code == 0
    target = report["target"]
    assert (target["host"], target["service"], target["namespace"]) == (
        "default-keystone",
        "default-keystone",
        "onecloud",
    )
    assert target["cluster_dns"] == "10.96.0.10"
    assert sorted(p["ip"] for p in target["coredns_pods"]) == ["10.40.52.149", "10.40.52.171"]
    for s in report["steps"]:
        assert set(s) >= {"id", "status", "nodes", "summary", "evidence", "commands", "findings"}
        assert not [f for f in s["findings"] if f["severity"] in ("problem", "unchecked")]


def test_check_node_runs_the_node_level_steps(lab: Lab) -> None:
    proc = run_podnet(lab, "check", "node-2", "--json")
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and report["verdict"]["status"] == "healthy"
    assert [s["id"] for s in report["steps"]] == [s for s in STEP_IDS if s != "link"]
    lab.break_("route-missing")
    try:
        proc = run_podnet(lab, "check", "node-2", "--json")
    finally:
        lab.fix("route-missing")
    assert proc.returncode == 1 and json.loads(proc.stdout)["verdict"]["cause"] == "routing"
    unknown = run_podnet(lab, "check", "node-22")
    assert unknown.returncode == 2 and "did you mean node-2" in unknown.stderr


def test_capture_forced_on_a_healthy_lab_sees_both_directions(lab: Lab) -> None:
    _code, report = diagnose(lab, "--capture")
    link = next(s for s in report["steps"] if s["id"] == "link")
    assert link["status"] == "pass", link
    first = link["evidence"][0]["lines"][0]
    assert "arrived at node-1: 0" not in first and "answer back at node-2: 0" not in first


def test_a_name_that_matches_no_service_says_so_and_offers_the_closest(lab: Lab) -> None:
    typo = RUNBOOK_ERROR.replace("default-keystone", "default-kevstone")
    proc = run_podnet(lab, "diagnose", typo, "--json")
    report = json.loads(proc.stdout)
    assert report["target"]["suggestions"][0] == "default-keystone"
    assert report["verdict"]["status"] == "problem" and "default-kevstone" in report["verdict"]["summary"]
    assert report["verdict"]["code"] == "mapping.no-such-service"
    assert all(s["status"] in ("pass", "skip") for s in report["steps"])  # the ladder still ran: a timeout is worth it


def test_a_node_that_is_down_makes_it_inconclusive(lab: Lab) -> None:
    lab.break_("node-unreachable")
    try:
        code, report = diagnose(lab)
    finally:
        lab.fix("node-unreachable")
    assert code == 2 and report["verdict"]["status"] == "inconclusive"
    assert "node-2" in report["verdict"]["summary"] and "sshd is not listening" in report["verdict"]["summary"]
    assert report["verdict"]["code"] == "check.node-unreachable"
    assert {s["status"] for s in report["steps"]} <= {"pass", "error", "skip"}


def test_a_changed_host_key_is_refused_and_reported(lab: Lab, tmp_path: Path) -> None:
    known = lab.paths.known_hosts.read_text().splitlines()
    node3_key = next(line for line in known if line.startswith("node-3,")).split(" ", 1)[1]
    forged = [f"{line.split(' ', 1)[0]} {node3_key}" if line.startswith("node-2,") else line for line in known]
    (tmp_path / "known_hosts").write_text("\n".join(forged) + "\n")
    code, report = diagnose(lab, env={"PODNET_KNOWN_HOSTS": str(tmp_path / "known_hosts")})
    assert code == 2 and report["verdict"]["status"] == "inconclusive"
    assert "host key of 10.41.1.22 CHANGED" in report["verdict"]["summary"]
    assert report["verdict"]["code"] == "check.node-unreachable"


def test_a_403_from_the_api_makes_it_inconclusive(lab: Lab, tmp_path: Path) -> None:
    rules = [
        {
            "apiGroups": [""],
            "resources": ["nodes", "pods", "services", "endpoints", "configmaps"],
            "verbs": ["get", "list"],
        },
        {"apiGroups": ["discovery.k8s.io"], "resources": ["endpointslices"], "verbs": ["get", "list"]},
    ]
    token = lifecycle.add_token(lab.paths, "system:serviceaccount:podnet:no-calico", rules)
    kubeconfig = lifecycle.write_kubeconfig(
        lab.paths, lab.model.api_port, token, target=tmp_path / "kubeconfig", user="no-calico"
    )
    code, report = diagnose(lab, env={"KUBECONFIG": str(kubeconfig)})
    assert code == 2 and report["verdict"]["status"] == "inconclusive"
    assert "forbidden" in report["verdict"]["summary"] and "crd.projectcalico.org" in report["verdict"]["summary"]
    assert report["verdict"]["code"] == "check.api-unreadable"


def test_an_unreachable_api_is_reported_not_raised(lab: Lab, tmp_path: Path) -> None:
    kubeconfig = lifecycle.write_kubeconfig(lab.paths, 1, "x", target=tmp_path / "kubeconfig")
    code, report = diagnose(lab, env={"KUBECONFIG": str(kubeconfig)})
    assert code == 2 and report["verdict"]["status"] == "inconclusive"
    assert "cannot reach the Kubernetes API" in report["verdict"]["summary"]
    assert report["verdict"]["code"] == "check.cannot-run"


def test_parse_json_schema(lab: Lab) -> None:
    proc = run_podnet(lab, "parse", "-", "--json", stdin=RUNBOOK_ERROR)
    assert json.loads(proc.stdout) == {
        "errors": [
            {
                "host": "default-keystone",
                "kind": "timeout",
                "server": None,
                "url": "https://default-keystone:30357/v3/auth/tokens",
                "service": "default-keystone",
                "namespace": None,
                "redacted": False,
            }
        ],
        "partial": False,
    }
    none = run_podnet(lab, "parse", "--json", "the build timed out again, DNS is always the problem lol")
    assert json.loads(none.stdout) == {"errors": [], "partial": False}


def test_terminal_output_shows_the_verdict_and_the_fix(lab: Lab) -> None:
    lab.break_("route-missing")
    try:
        proc = run_podnet(lab, "diagnose", RUNBOOK_ERROR, env={"COLUMNS": "160"})
    finally:
        lab.fix("route-missing")
    assert proc.returncode == 1
    assert "PROBLEM — cause: routing" in proc.stdout
    assert "ip route replace 10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink" in proc.stdout
