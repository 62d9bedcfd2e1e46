"""The composition root: builds the engine's clients from settings and hands them in.

bot/ never talks to paramiko or kubernetes itself; it asks checks/ for them here.
"""

from __future__ import annotations

import os
from typing import Any

from checks.cluster.kube import KubeCluster, load_api_client, probe_api
from checks.errors import PodnetError
from checks.remote.connections import SharedConnections
from checks.remote.pool import NodeRunner
from checks.remote.transport import SshSettings


def _api_client(kubeconfig: str | None = None) -> Any:
    return load_api_client(
        kubeconfig or os.environ.get("KUBECONFIG") or None, in_cluster=bool(os.environ.get("KUBERNETES_SERVICE_HOST"))
    )


def cluster(kubeconfig: str | None = None) -> KubeCluster:
    """The engine's view of the Kubernetes API (close it when done)."""
    return KubeCluster(_api_client(kubeconfig))


class _Process:
    """The process's kept-open SSH connections: set by `podnet serve` (PODNET_SSH_KEEP_OPEN), None in a
    one-shot CLI run, whose connections close with it."""

    connections: SharedConnections | None = None


def keep_connections_open(seconds: int) -> None:
    """From now on every runner shares connections, each kept `seconds` after its last use; 0: off."""
    close_connections()
    if seconds > 0:
        _Process.connections = SharedConnections(SshSettings.from_env(), keep_open=float(seconds))


def close_connections() -> None:
    if _Process.connections is not None:
        _Process.connections.close()
        _Process.connections = None


def shared_connections() -> SharedConnections | None:
    return _Process.connections


def node_runner(concurrency: int = 16) -> NodeRunner:
    return NodeRunner(SshSettings.from_env(), concurrency=concurrency, connections=_Process.connections)


def api_probe(kubeconfig: str | None = None) -> str | None:
    """Can the Kubernetes API be reached with the configured credentials? None if so, else why not."""
    try:
        api: Any = _api_client(kubeconfig)
    except PodnetError as err:
        return str(err)
    try:
        return probe_api(api)
    finally:
        api.close()
