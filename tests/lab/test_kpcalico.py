"""The kube-proxy and calico-node steps on the real lab (helper kpcalico): healthy stays healthy with both
steps passing; `kube-proxy-stale` and `calico-node-not-ready` really break the client's lookup and are
diagnosed with their own step as the cause, and fixing them brings the lookup back.

Profiles: manifest-vxlan and operator-vxlan (calico-node in kube-system / calico-system), and
no-kubeproxy-configmap (k3s-like: no kube-proxy pod, its health endpoint still answers).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.lab.conftest import Lab, podnet, start_lab
from tests.lab.test_diagnose import EXPECTED_CAUSE, EXPECTED_CODE, RUNBOOK_ERROR
from tests.lab.test_profiles import diagnose, expected_in_fix

pytestmark = pytest.mark.lab

# operator-vxlan: in the profile matrix; no-kubeproxy-configmap: k3s's kube-proxy, judged by its endpoint alone
PROFILES = ["manifest-vxlan", "no-kubeproxy-configmap"]
FAULTS = ["kube-proxy-stale", "calico-node-not-ready"]


@pytest.fixture(scope="module", params=PROFILES)
def profile_lab(request: pytest.FixtureRequest) -> Iterator[tuple[str, Lab, dict[str, str]]]:
    running = start_lab("--profile", request.param)
    try:
        yield request.param, running, running.env()
    finally:
        podnet("lab", "down")


def test_healthy_with_both_steps_passing(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    profile, _lab, env = profile_lab
    code, report = diagnose(env, "diagnose", RUNBOOK_ERROR, "--json")
    steps = {s["id"]: s for s in report["steps"]}
    assert (report["verdict"]["status"], code) == ("healthy", 0), (profile, report["verdict"])
    assert steps["kube-proxy"]["status"] == "pass", steps["kube-proxy"]
    assert "node-2: synced (healthz 200)" in steps["kube-proxy"]["summary"]
    assert steps["calico-node"]["status"] == "pass", steps["calico-node"]


def test_the_health_endpoint_speaks_kube_proxys_format(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    _profile, lab, _env = profile_lab
    out = lab.ssh("node-2", "curl -s -i http://127.0.0.1:10256/healthz")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("HTTP/1.1 200 OK"), out.stdout
    assert '"nodeEligible": true}' in out.stdout and " +0000 UTC m=+" in out.stdout


@pytest.mark.parametrize("fault", FAULTS)
def test_fault_breaks_the_lookup_and_is_diagnosed(profile_lab: tuple[str, Lab, dict[str, str]], fault: str) -> None:
    profile, lab, env = profile_lab
    model = lab.model
    assert lab.lookup().returncode == 0
    lab.break_(fault)
    try:
        assert lab.lookup().returncode != 0, f"{profile}/{fault}: the client still resolves"
        code, report = diagnose(env, "diagnose", RUNBOOK_ERROR, "--json")
        if fault == "kube-proxy-stale":
            stale = lab.ssh("node-2", "curl -s -w '\\n%{http_code}' http://127.0.0.1:10256/healthz")
            assert stale.stdout.endswith("\n503"), stale.stdout
    finally:
        lab.fix(fault)
    verdict = report["verdict"]
    assert (verdict["status"], verdict["cause"], verdict["code"]) == (
        "problem",
        EXPECTED_CAUSE[fault],
        EXPECTED_CODE[fault],
    ), verdict
    assert code == 1
    steps = {s["id"]: s for s in report["steps"]}
    cause = steps[EXPECTED_CAUSE[fault]]
    assert cause["nodes"] == ["node-2"] and cause["evidence"]
    commands = "\n".join(c["command"] for c in cause["commands"])
    for wanted in expected_in_fix(model, fault):
        assert wanted in commands, f"{profile}/{fault}: {wanted!r} not in\n{commands}"
    # the symptom the cause explains fails too
    symptom = "service-nat" if fault == "kube-proxy-stale" else "routing"
    assert steps[symptom]["status"] == "fail", steps[symptom]
    if fault == "calico-node-not-ready":
        assert "felix is not ready" in cause["summary"], cause["summary"]
    assert lab.lookup().returncode == 0, f"{profile}/{fault}: the lookup does not come back after the fix"
