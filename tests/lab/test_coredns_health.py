"""coredns-health against the real lab, on the manifest and operator installs: CoreDNS forwards names
outside the cluster to the upstream on the bastion over the real path; `upstream-down` cuts it off and
`coredns-crashloop` makes CoreDNS forward to itself until its loop plugin kills it. Each is seen where a
user would see it (the client's lookups, CoreDNS's log through `pods/log`, the pods' status in the API)
and diagnosed by podnet through the real CLI.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from lab import lifecycle
from lab.apiserver.rbac import bindings_for
from lab.coredns_conf import EXTERNAL_NAMES, corefile_text
from tests.lab.conftest import Lab, podnet, podnet_json, start_lab, step_of
from tests.lab.test_diagnose import EXTERNAL_ERROR, RUNBOOK_ERROR
from tests.unit.test_deploy import BOT, render

pytestmark = pytest.mark.lab
PROFILES = ["manifest-vxlan", "operator-vxlan"]


@pytest.fixture(scope="module", params=PROFILES)
def lab(request: pytest.FixtureRequest) -> Iterator[Lab]:
    running = start_lab("--profile", request.param)
    try:
        yield running
    finally:
        podnet("lab", "down")


def api_get(lab: Lab, path: str, token: str | None = None) -> tuple[int, bytes]:
    """A GET to the lab's API with the lab's kubeconfig (or `token`), as kubectl sends it."""
    cfg = yaml.safe_load(lab.paths.kubeconfig.read_text())
    server = cfg["clusters"][0]["cluster"]["server"]
    ctx = ssl.create_default_context(cafile=cfg["clusters"][0]["cluster"]["certificate-authority"])
    req = urllib.request.Request(
        server + path, headers={"Authorization": f"Bearer {token or cfg['users'][0]['user']['token']}"}
    )
    try:
        with urllib.request.urlopen(req, context=ctx, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def coredns_pods(lab: Lab) -> list[dict[str, Any]]:
    code, body = api_get(lab, "/api/v1/namespaces/kube-system/pods?labelSelector=k8s-app%3Dkube-dns")
    assert code == 200
    pods: list[dict[str, Any]] = json.loads(body)["items"]
    return pods


def coredns_log(lab: Lab, pod: str) -> str:
    code, body = api_get(lab, f"/api/v1/namespaces/kube-system/pods/{pod}/log?tailLines=200&sinceSeconds=600")
    assert code == 200, body
    return body.decode()


def diagnose(lab: Lab, paste: str, env: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    return podnet_json({**lab.env(), **(env or {})}, "diagnose", paste, "--json")


step = step_of


def test_healthy_coredns_forwards_outside_names_over_the_real_path(lab: Lab) -> None:
    answer = lab.lookup("api.example.com")
    assert answer.returncode == 0 and EXTERNAL_NAMES["api.example.com"] in answer.stdout, answer.stderr
    code, body = api_get(lab, "/api/v1/namespaces/kube-system/configmaps/coredns")
    served = json.loads(body)["data"]["Corefile"]
    assert served == corefile_text()
    for pod in coredns_pods(lab):  # the servers run the Corefile the API serves
        name = pod["metadata"]["name"]
        assert (lab.paths.pod_dir(name) / "Corefile").read_text() == served
        log = coredns_log(lab, name)
        assert log.splitlines()[:2] == [".:53", "CoreDNS-1.11.1"], log
    code, report = diagnose(lab, EXTERNAL_ERROR)
    assert (code, report["verdict"]["status"]) == (0, "healthy"), report["verdict"]
    health = step(report, "coredns-health")
    assert health["status"] == "pass" and "upstream answers from node-1" in health["summary"], health


def test_upstream_down_breaks_only_outside_names_and_is_the_cause_for_them(lab: Lab) -> None:
    lab.break_("upstream-down")
    try:
        outside = lab.lookup("api.example.com")
        inside = lab.lookup("default-keystone")
        logs = {p["metadata"]["name"]: coredns_log(lab, p["metadata"]["name"]) for p in coredns_pods(lab)}
        code, report = diagnose(lab, EXTERNAL_ERROR)
        cluster_code, cluster_report = diagnose(lab, RUNBOOK_ERROR)
    finally:
        lab.fix("upstream-down")
    assert outside.returncode != 0 and inside.returncode == 0, (outside.stdout, inside.stderr)
    errors = [ln for text in logs.values() for ln in text.splitlines() if "plugin/errors" in ln]
    assert errors, logs
    assert all(ln.startswith("[ERROR] plugin/errors: 2 api.example.com. ") for ln in errors), errors
    assert any("->10.41.0.2:53: i/o timeout" in ln and "read udp 10.40.52." in ln for ln in errors), errors
    verdict = report["verdict"]
    assert (code, verdict["status"], verdict["cause"], verdict["code"]) == (
        1,
        "problem",
        "coredns-health",
        "coredns-health.upstream-timeout",
    ), verdict
    health = step(report, "coredns-health")
    assert "api.example.com is outside cluster.local" in health["summary"]
    assert "CoreDNS logged" in health["summary"]  # the log read through pods/log agrees
    # the cluster's own name still resolves: a warning, not the cause
    assert (cluster_code, cluster_report["verdict"]["status"]) == (0, "healthy"), cluster_report["verdict"]
    assert step(cluster_report, "coredns-health")["status"] == "warn"
    assert lab.lookup("api.example.com").returncode == 0  # fixed


def test_coredns_crashloop_is_a_real_loop_the_api_shows_and_podnet_names(lab: Lab) -> None:
    lab.break_("coredns-crashloop")
    try:
        failed = lab.lookup("default-keystone")
        pods = coredns_pods(lab)
        logs = [coredns_log(lab, p["metadata"]["name"]) for p in pods]
        code, report = diagnose(lab, RUNBOOK_ERROR)
    finally:
        lab.fix("coredns-crashloop")
    assert failed.returncode != 0
    for pod in pods:
        status = pod["status"]["containerStatuses"][0]
        assert status["state"]["waiting"]["reason"] == "CrashLoopBackOff"
        assert status["restartCount"] == 1 and status["ready"] is False
        assert status["lastState"]["terminated"]["reason"] == "Error"
    assert all("[FATAL] plugin/loop: Loop (" in log and 'detected for zone "."' in log for log in logs), logs
    verdict = report["verdict"]
    assert (code, verdict["cause"], verdict["code"]) == (1, "coredns-health", "coredns-health.crash-looping"), verdict
    codes = {f["code"] for f in step(report, "coredns-health")["findings"]}
    assert {"coredns-health.loop-detected", "coredns-health.forward-to-itself"} <= codes, codes
    assert step(report, "coredns")["status"] == "fail"  # a symptom, explained
    healed = lab.lookup("default-keystone")
    assert healed.returncode == 0, healed.stderr
    assert all(p["status"]["containerStatuses"][0]["restartCount"] == 0 for p in coredns_pods(lab))


def test_the_deploy_rbac_reads_corednss_log_and_a_token_without_it_is_told_why(lab: Lab, tmp_path: Path) -> None:
    entry = bindings_for(render("deploy/kustomize"), BOT)
    token = lifecycle.add_token(lab.paths, BOT, entry["rules"], entry["namespaced"])
    pod = coredns_pods(lab)[0]["metadata"]["name"]
    assert api_get(lab, f"/api/v1/namespaces/kube-system/pods/{pod}/log?tailLines=200", token)[0] == 200
    keystone = next(p for p in lab.model.pods if p.app == "keystone")
    assert api_get(lab, f"/api/v1/namespaces/{keystone.namespace}/pods/{keystone.name}/log", token)[0] == 403
    without = dict(entry["namespaced"])
    without["kube-system"] = [r for r in without["kube-system"] if "pods/log" not in r["resources"]]
    narrow = lifecycle.add_token(lab.paths, "system:serviceaccount:podnet:no-logs", entry["rules"], without)
    kubeconfig = lifecycle.write_kubeconfig(
        lab.paths, lab.model.api_port, narrow, target=tmp_path / "kubeconfig", user="no-logs"
    )
    code, report = diagnose(lab, RUNBOOK_ERROR, env={"KUBECONFIG": str(kubeconfig)})
    health = step(report, "coredns-health")
    assert health["status"] == "error"
    assert [f["code"] for f in health["findings"] if f["severity"] == "unchecked"] == ["check.api-unreadable"]
    assert 'cannot get resource "pods/log"' in health["summary"], health["summary"]
    failing = {s["id"]: [f["code"] for f in s["findings"]] for s in report["steps"] if s["status"] == "fail"}
    assert (code, report["verdict"]["status"]) == (2, "inconclusive"), (report["verdict"], failing)
