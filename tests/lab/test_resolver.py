"""client-resolver and node-local-dns against the real lab (helper "resolver"): on manifest-vxlan,
operator-vxlan and node-local-dns, the healthy lab stays healthy with both steps in the ladder, the
client-ndots fault really breaks the short name's lookup and is diagnosed as client-resolver, and
nodelocal-down (node-local-dns profile only; refused elsewhere, saying why) really breaks the lookup and
is diagnosed as node-local-dns. Everything through the real CLI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lab.faults import applicable
from lab.paths import ETC_NETNS
from tests.lab.conftest import Lab, podnet, podnet_json, start_lab, step_of
from tests.lab.test_diagnose import EXPECTED_CAUSE, EXPECTED_CODE, RUNBOOK_ERROR

pytestmark = pytest.mark.lab

PROFILES = ["manifest-vxlan", "node-local-dns"]  # operator-vxlan: in the profile matrix


@pytest.fixture(scope="module", params=PROFILES)
def profile_lab(request: pytest.FixtureRequest) -> Iterator[tuple[str, Lab, dict[str, str]]]:
    running = start_lab("--profile", request.param)
    try:
        yield request.param, running, running.env()
    finally:
        podnet("lab", "down")


def diagnose(env: dict[str, str], *args: str) -> tuple[int, dict]:
    return podnet_json(env, "diagnose", *args, "--json")


step = step_of


def client_resolv_conf(lab: Lab) -> str:
    client = next(p for p in lab.model.pods if p.app == "client")
    return (ETC_NETNS / client.netns / "resolv.conf").read_text()


def test_healthy(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    profile, lab, env = profile_lab
    assert lab.lookup().returncode == 0
    code, report = diagnose(env, RUNBOOK_ERROR)
    assert (report["verdict"]["status"], code) == ("healthy", 0), report["verdict"]
    resolver = step(report, "client-resolver")
    assert resolver["status"] == "pass" and "onecloud" in resolver["summary"], resolver
    cache = step(report, "node-local-dns")
    if profile == "node-local-dns":
        assert cache["status"] == "pass", cache
        assert "nameserver 169.254.20.10" in client_resolv_conf(lab)
        raw = next(e for e in cache["evidence"] if e["source"] == "iptables-save -t raw")
        assert len([ln for ln in raw["lines"] if "NOTRACK" in ln]) == 6
        # the client pod reaches the cache on its own node's link-local address, as real pods do
        answer = lab.pod_exec(
            "client", "dig", "+time=2", "+tries=1", "@169.254.20.10", "default-keystone.onecloud.svc.cluster.local"
        )
        assert "status: NOERROR" in answer.stdout, answer.stdout + answer.stderr
    else:
        assert cache["status"] == "skip" and "not deployed" in cache["summary"], cache
        assert "nameserver 10.96.0.10" in client_resolv_conf(lab)


def test_client_ndots(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    _profile, lab, env = profile_lab
    lab.break_("client-ndots")
    try:
        conf = client_resolv_conf(lab)
        failed = lab.lookup()
        code, report = diagnose(env, RUNBOOK_ERROR)
    finally:
        lab.fix("client-ndots")
    assert "search svc.cluster.local cluster.local\n" in conf and "options ndots:5" in conf, conf
    assert failed.returncode != 0 and failed.stdout == "", failed.stdout
    verdict = report["verdict"]
    assert (verdict["status"], verdict["cause"], code) == ("problem", EXPECTED_CAUSE["client-ndots"], 1), verdict
    assert verdict["code"] == EXPECTED_CODE["client-ndots"]
    cause = step(report, "client-resolver")
    assert "node-2" in cause["nodes"]
    assert any('"searches":["onecloud.svc.cluster.local"]' in c["command"] for c in cause["commands"])
    assert lab.lookup().returncode == 0, "client-ndots: fix did not bring the lookup back"
    assert "search onecloud.svc.cluster.local" in client_resolv_conf(lab)


def test_nodelocal_down(profile_lab: tuple[str, Lab, dict[str, str]]) -> None:
    profile, lab, env = profile_lab
    why_not = applicable(lab.model)["nodelocal-down"]
    if profile != "node-local-dns":
        refused = podnet("lab", "break", "nodelocal-down", check=False)
        assert why_not is not None and refused.returncode == 2 and "does not apply" in refused.stderr, refused.stderr
        return
    assert why_not is None
    lab.break_("nodelocal-down")
    try:
        failed = lab.lookup()
        code, report = diagnose(env, RUNBOOK_ERROR)
    finally:
        lab.fix("nodelocal-down")
    assert failed.returncode != 0 and failed.stdout == "", failed.stdout
    verdict = report["verdict"]
    assert (verdict["status"], verdict["cause"], code) == ("problem", "node-local-dns", 1), verdict
    assert verdict["code"] == EXPECTED_CODE["nodelocal-down"]
    cause = step(report, "node-local-dns")
    assert {f["code"] for f in cause["findings"]} >= {"node-local-dns.not-ready", "node-local-dns.not-answering"}
    assert cause["nodes"] == ["node-2"]
    assert any(c["command"].startswith("kubectl -n kube-system delete pod node-local-dns-") for c in cause["commands"])
    assert lab.lookup().returncode == 0, "nodelocal-down: fix did not bring the lookup back"
