"""The composition root: builds the engine's clients from settings and hands them in.

bot/ never talks to paramiko or kubernetes itself; it asks checks/ for them here.
"""

from __future__ import annotations

from typing import Any

from checks.cluster.snapshot import load_api_client, probe_api
from checks.errors import PodnetError
from checks.remote.pool import NodeRunner
from checks.remote.transport import SshSettings


def api_client(kubeconfig: str | None = None) -> Any:
    return load_api_client(kubeconfig)


def node_runner(concurrency: int = 16) -> NodeRunner:
    return NodeRunner(SshSettings.from_env(), concurrency=concurrency)


def api_probe(kubeconfig: str | None = None) -> str | None:
    """Can the Kubernetes API be reached with the configured credentials? None if so, else why not."""
    try:
        api: Any = load_api_client(kubeconfig)
    except PodnetError as err:
        return str(err)
    try:
        return probe_api(api)
    finally:
        api.close()
