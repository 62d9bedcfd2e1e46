"""RBAC proven, not guessed: the lab's API stand-in enforces deploy/'s ClusterRole and kube-system Role
(bound to the bot's ServiceAccount exactly as the manifests bind it), and podnet — a full diagnosis, a
node check and a sweep — works with that token alone; kubectl with the same token is refused the rest."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lab import lifecycle
from lab.apiserver.rbac import bindings_for
from tests.lab.conftest import Lab
from tests.lab.test_diagnose import diagnose, run_podnet
from tests.unit.test_deploy import BOT, render


@pytest.fixture(scope="module")
def bot_kubeconfig(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    entry = bindings_for(render("deploy/kustomize"), BOT)
    token = lifecycle.add_token(lab.paths, BOT, entry["rules"], entry["namespaced"])
    yield lifecycle.write_kubeconfig(
        lab.paths, lab.model.api_port, token, target=tmp_path_factory.mktemp("rbac") / "kubeconfig", user="podnet"
    )


def no_forbidden(report: dict) -> None:
    text = json.dumps(report)
    assert "forbidden" not in text.lower(), [s["summary"] for s in report.get("steps", [])]


def test_a_full_diagnosis_with_the_bots_role(lab: Lab, bot_kubeconfig: Path) -> None:
    env = {"KUBECONFIG": str(bot_kubeconfig)}
    code, healthy = diagnose(lab, env=env)
    assert code == 0 and healthy["verdict"]["status"] == "healthy", healthy["verdict"]
    no_forbidden(healthy)
    lab.break_("route-missing")
    try:
        code, broken = diagnose(lab, env=env)
    finally:
        lab.fix("route-missing")
    assert code == 1 and broken["verdict"]["cause"] == "routing", broken["verdict"]
    no_forbidden(broken)


def test_a_node_check_and_a_sweep_with_the_bots_role(lab: Lab, bot_kubeconfig: Path, tmp_path: Path) -> None:
    env = {"KUBECONFIG": str(bot_kubeconfig), "PODNET_DATABASE_URL": f"sqlite:///{tmp_path / 'h.db'}"}
    check = run_podnet(lab, "check", "node-3", "--json", env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    no_forbidden(json.loads(check.stdout))
    sweep = run_podnet(lab, "sweep", "--json", env=env)
    assert sweep.returncode == 0, sweep.stdout + sweep.stderr
    result = json.loads(sweep.stdout)
    assert {s["status"] for n in result["nodes"] for s in n["steps"]} == {"pass", "skip"}  # skip: no NodeLocal
    no_forbidden(result)


@pytest.mark.parametrize(
    "args",
    [
        ["get", "secrets", "-A"],
        ["-n", "kube-system", "get", "configmaps"],
        ["-n", "kube-system", "get", "configmap", "kube-root-ca.crt"],  # the named ones only (coredns is one)
        ["get", "deployments", "-A"],
        ["-n", "kube-system", "delete", "pod", "coredns-a"],
        ["-n", "kube-system", "exec", "coredns-a", "--", "true"],
        ["get", "--raw", "/api/v1/nodes/node-1/proxy/metrics"],
    ],
)
def test_kubectl_with_the_bots_token_is_refused_the_rest(lab: Lab, bot_kubeconfig: Path, args: list[str]) -> None:
    kubectl = shutil.which("kubectl")
    assert kubectl
    proc = subprocess.run(
        [kubectl, "--kubeconfig", str(bot_kubeconfig), *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode != 0
    assert "forbidden" in proc.stderr.lower(), proc.stderr
