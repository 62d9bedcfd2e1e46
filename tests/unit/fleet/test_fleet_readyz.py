"""/readyz with several clusters: every cluster's API is probed, each answer is in podnet_cluster_api_up,
and podnet is unready only when no cluster's API answers (one cluster down must not take it from the others).
Two real API stand-ins (lab/apiserver, TLS, tokens) on loopback; cluster `b` is pointed at a closed port."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.observability.metrics import METRICS
from bot.settings import Settings
from bot.wiring import Wiring
from tests.podnet_serve import free_port
from tests.unit.fleet.test_fleet_serve import api_standin


def _kubeconfig(path: Path, servers: dict[str, tuple[int, Path, str]]) -> Path:
    config: dict[str, Any] = {"apiVersion": "v1", "kind": "Config", "current-context": "lab-a", "preferences": {}}
    config["clusters"] = [
        {"name": n, "cluster": {"server": f"https://127.0.0.1:{p}", "certificate-authority": str(ca)}}
        for n, (p, ca, _) in servers.items()
    ]
    config["users"] = [{"name": n, "user": {"token": t}} for n, (_, _, t) in servers.items()]
    config["contexts"] = [{"name": f"lab-{n}", "context": {"cluster": n, "user": n}} for n in servers]
    path.write_text(yaml.safe_dump(config))
    path.chmod(0o600)
    return path


def _wiring(tmp_path: Path, kubeconfig: Path) -> Wiring:
    clusters = tmp_path / "clusters.toml"
    clusters.write_text(
        f'[clusters.a]\nkubeconfig = "{kubeconfig}"\ncontext = "lab-a"\nchannels = ["C0A"]\n'
        f'[clusters.b]\nkubeconfig = "{kubeconfig}"\ncontext = "lab-b"\nchannels = ["C0B"]\n'
    )
    return Wiring.serving(Settings.from_env({"PODNET_CLUSTERS": str(clusters), "HOME": str(tmp_path)}))


def _up(cluster: str) -> float | None:
    return METRICS.registry.get_sample_value("podnet_cluster_api_up", {"cluster": cluster})


def test_one_cluster_down_is_a_gauge_not_unreadiness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    standin = api_standin(tmp_path / "a")
    port, ca, token = next(standin)
    try:
        closed = (free_port(), ca, token)
        wiring = _wiring(tmp_path, _kubeconfig(tmp_path / "kubeconfig", {"a": (port, ca, token), "b": closed}))
        try:
            assert wiring.fleet_api_probe() is None
            assert (_up("a"), _up("b")) == (1.0, 0.0)
        finally:
            wiring.close()
    finally:
        next(standin, None)
    # now neither answers: not ready, and the reason names each cluster
    wiring = _wiring(tmp_path, _kubeconfig(tmp_path / "kubeconfig2", {"a": (free_port(), ca, token), "b": closed}))
    try:
        why = wiring.fleet_api_probe()
    finally:
        wiring.close()
    assert why is not None and why.startswith("a: ") and "; b: " in why
    assert (_up("a"), _up("b")) == (0.0, 0.0)
