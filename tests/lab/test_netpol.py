"""Fault netpol-deny-dns on the manifest and operator installs: a default-deny egress NetworkPolicy in the
client's namespace (TCP 443/80 only) in the API and enforced on the pods' interfaces as Calico does. The
client's lookup fails for real; podnet names the policy as the cause and suggests a DNS egress rule;
`lab fix` lifts it and the diagnosis is healthy again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lab.model import client_pod
from tests.lab.conftest import Lab, podnet, podnet_json, start_lab, step_of
from tests.lab.test_diagnose import RUNBOOK_ERROR

pytestmark = pytest.mark.lab
FAULT = "netpol-deny-dns"


@pytest.fixture(scope="module", params=["manifest-vxlan", "operator-vxlan"])
def profile_lab(request: pytest.FixtureRequest) -> Iterator[tuple[Lab, dict[str, str]]]:
    running = start_lab("--profile", request.param)
    try:
        yield running, running.env()
    finally:
        podnet("lab", "down")


def diagnose(env: dict[str, str]) -> tuple[int, dict]:
    return podnet_json(env, "diagnose", RUNBOOK_ERROR, "--json")


step = step_of


def drops(lab: Lab, node: str, chain: str) -> int | None:
    """Packets the chain's final DROP rule dropped on the node; None when the chain does not exist."""
    proc = lab.ssh(node, f"iptables -w -L {chain} -v -n -x")
    if proc.returncode != 0:
        return None
    last = [ln.split() for ln in proc.stdout.splitlines() if "DROP" in ln and "no policies" in ln]
    return int(last[0][0]) if last else 0


def test_netpol_deny_dns_is_real_and_named(profile_lab: tuple[Lab, dict[str, str]]) -> None:
    lab, env = profile_lab
    client = client_pod(lab.model)
    chain = f"cali-fw-{client.host_iface}"
    assert lab.lookup().returncode == 0, "the lab must be healthy before the fault"
    code, report = diagnose(env)
    assert (code, report["verdict"]["status"]) == (0, "healthy"), report["verdict"]
    assert step(report, "network-policy")["status"] == "pass"
    assert drops(lab, client.node, chain) is None

    lab.break_(FAULT)
    try:
        failed = lab.lookup()
        assert failed.returncode != 0 and failed.stdout == "", failed.stdout
        dropped = drops(lab, client.node, chain)
        assert dropped is not None and dropped > 0, "the lookup was not dropped by the policy's chain"
        code, report = diagnose(env)
    finally:
        lab.fix(FAULT)
    verdict = report["verdict"]
    assert (code, verdict["status"], verdict["cause"], verdict["code"]) == (
        1,
        "problem",
        "network-policy",
        "network-policy.dns-egress-denied",
    ), verdict
    cause = step(report, "network-policy")
    assert "NetworkPolicy onecloud/default-deny-egress" in cause["summary"]
    assert client.node in cause["nodes"]
    fix = "\n".join(c["command"] for c in cause["commands"])
    assert "name: allow-dns-egress" in fix and "kubernetes.io/metadata.name: kube-system" in fix, fix
    assert "k8s-app: kube-dns" in fix and "{protocol: UDP, port: 53}" in fix

    assert lab.lookup().returncode == 0, "lab fix did not lift the policy"
    assert drops(lab, client.node, chain) is None
    code, report = diagnose(env)
    assert (code, report["verdict"]["status"]) == (0, "healthy"), report["verdict"]
