"""pod-dns and node-forwarding against the real lab (manifest and operator installs): the lookup is
probed from the client pod's own network namespace; FORWARD dropping DNS and strict rp_filter on an
asymmetric path really break the client's lookup, and podnet names node-forwarding as the cause."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from lab.sh import in_netns
from tests.lab.conftest import Lab, podnet, start_lab, step_of
from tests.lab.test_diagnose import diagnose

PROFILES = ("manifest-vxlan", "operator-vxlan")
CLIENT_POD = "onecloud/default-region-7c9f6d5b8-mv4wb"
CLIENT_NETNS = "podnet-pod-default-region-7c9f6d5b8-mv4wb"


@pytest.fixture(scope="module", params=PROFILES)
def plab(request: pytest.FixtureRequest) -> Iterator[Lab]:
    running = start_lab("--profile", request.param)
    try:
        yield running
    finally:
        podnet("lab", "down")


step = step_of


def test_healthy_pod_dns_passes_from_the_pods_network_namespace(plab: Lab) -> None:
    code, report = diagnose(plab)
    assert (report["verdict"]["status"], code) == ("healthy", 0), report["verdict"]
    pod = step(report, "pod-dns")
    assert pod["status"] == "pass", pod["summary"]
    # the client pod on node-2 and the Service's own pod on node-3: both probed from their namespaces
    assert f"from pod {CLIENT_POD}'s network namespace ({CLIENT_NETNS} via cali" in pod["summary"]
    assert "default-keystone.onecloud.svc.cluster.local resolves" in pod["summary"]
    assert any(e["source"].startswith(f"nsenter --net=/var/run/netns/{CLIENT_NETNS} dig") for e in pod["evidence"])
    assert step(report, "node-forwarding")["status"] == "pass"


def test_forward_drop_breaks_the_pod_and_is_the_cause(plab: Lab) -> None:
    plab.break_("forward-drop")
    try:
        assert plab.lookup().returncode != 0, "the client's lookup still works with FORWARD dropping DNS"
        code, report = diagnose(plab)
    finally:
        plab.fix("forward-drop")
    verdict = report["verdict"]
    assert (verdict["status"], verdict["cause"], verdict["code"], code) == (
        "problem",
        "node-forwarding",
        "node-forwarding.forward-drops-dns",
        1,
    ), verdict
    pod = step(report, "pod-dns")
    assert pod["status"] == "fail" and pod["nodes"] == ["node-2"], pod["summary"]
    assert "the node's own query to 10.96.0.10 answers" in pod["summary"]
    forwarding = step(report, "node-forwarding")
    fixes = [(c["command"], c["where"]) for c in forwarding["commands"]]
    assert ("iptables -D FORWARD -p udp -m udp --dport 53 -j DROP", "node-2") in fixes
    assert ("iptables -D FORWARD -p tcp -m tcp --dport 53 -j DROP", "node-2") in fixes
    assert plab.lookup().returncode == 0, "lab fix forward-drop did not bring the lookup back"


def test_rp_filter_strict_on_an_asymmetric_path_is_the_cause(plab: Lab) -> None:
    plab.break_("rp-filter-strict")
    try:
        assert plab.lookup().returncode != 0, "the client's lookup still works with strict rp_filter"
        code, report = diagnose(plab)
        verdict = report["verdict"]
        forwarding = step(report, "node-forwarding")
        fix = next(c for c in forwarding["commands"] if c["command"].startswith("sysctl -w"))
        # the suggested fix, applied on the node it names, really brings the lookup back: rp_filter was it
        argv = fix["command"].split()
        assert fix["where"] == "node-2" and argv[:2] == ["sysctl", "-w"], fix
        subprocess.run(in_netns(plab.model.node("node-2").netns, argv), check=True, capture_output=True)
        assert plab.lookup().returncode == 0, "loose rp_filter on node-2's eth0 did not bring the lookup back"
    finally:
        plab.fix("rp-filter-strict")
    assert (verdict["status"], verdict["cause"], verdict["code"], code) == (
        "problem",
        "node-forwarding",
        "node-forwarding.rp-filter-asymmetric",
        1,
    ), verdict
    assert "arrive on eth0" in forwarding["summary"] and "leaves by eth1" in forwarding["summary"]
    assert plab.lookup().returncode == 0, "lab fix rp-filter-strict did not bring the lookup back"
    code, report = diagnose(plab)
    assert report["verdict"]["status"] == "healthy", report["verdict"]
