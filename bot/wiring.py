"""The composition root: the settings, read once, and the engine's clients built from them.

Every interface gets one `Wiring` from its command (`podnet diagnose`, `check`, `sweep`, `serve`) and
builds its runners, API clients and engine options through it; nothing reads the environment or a
process global after that. bot/ never talks to paramiko or kubernetes itself; it asks checks/ for
them here. Imported by the commands that run the engine only: it brings paramiko and kubernetes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.settings import Settings, SlackMode
from checks import engine
from checks.cluster.kube import KubeCluster, load_api_client, probe_api
from checks.errors import PodnetError
from checks.remote.connections import SharedConnections
from checks.remote.pool import NodeRunner


@dataclass
class Wiring:
    settings: Settings
    # the node connections kept open between diagnoses: `podnet serve` only (PODNET_SSH_KEEP_OPEN); a
    # one-shot command's runner opens its own and closes them when it is done
    connections: SharedConnections | None = None

    @classmethod
    def from_env(cls, *, slack: SlackMode | None = None) -> Wiring:
        """The settings read from the environment and `.env` (raises SettingsError), nothing opened."""
        return cls(Settings.from_env(slack=slack))

    @classmethod
    def serving(cls, settings: Settings) -> Wiring:
        """For `podnet serve`: every runner shares connections, each kept PODNET_SSH_KEEP_OPEN seconds
        after its last use (0: none kept). `close()` closes them."""
        keep_open = settings.ssh_keep_open
        shared = SharedConnections(settings.ssh, keep_open=float(keep_open)) if keep_open > 0 else None
        return cls(settings, shared)

    def options(self, *, capture: bool = False, may_capture: bool = True) -> engine.Options:
        return engine.Options(capture=capture, may_capture=may_capture)

    def node_runner(self, concurrency: int = 16, *, sweep: bool = False) -> NodeRunner:
        """A runner for one diagnosis (or, `sweep`, one sweep), bounded by its deadline in all."""
        deadline = self.settings.sweep_deadline if sweep else self.settings.diagnosis_deadline
        return NodeRunner(self.settings.ssh, concurrency=concurrency, connections=self.connections, deadline=deadline)

    def api_client(self) -> Any:
        kube = self.settings.kube
        return load_api_client(kube.kubeconfig, in_cluster=kube.in_cluster)

    def cluster(self) -> KubeCluster:
        """The engine's view of the Kubernetes API (close it when done)."""
        return KubeCluster(self.api_client())

    def api_probe(self) -> str | None:
        """Can the Kubernetes API be reached with the configured credentials? None if so, else why not."""
        try:
            api: Any = self.api_client()
        except PodnetError as err:
            return str(err)
        try:
            return probe_api(api)
        finally:
            api.close()

    def close(self) -> None:
        if self.connections is not None:
            self.connections.close()
            self.connections = None
