"""The composition root: the settings, read once, and the engine's clients built from them.

Every interface gets one `Wiring` from its command (`podnet diagnose`, `check`, `sweep`, `serve`) and
builds its runners, API clients and engine options through it; nothing reads the environment or a
process global after that. bot/ never talks to paramiko or kubernetes itself; it asks checks/ for
them here. Imported by the commands that run the engine only: it brings paramiko and kubernetes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.clusters import ClusterSettings
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
    # which cluster this wiring reaches (Settings.clusters); None: the only one. `for_cluster` gives the
    # others' wirings, each with its own API client, SSH settings and kept connections
    cluster_name: str | None = None
    _serving: bool = field(default=False, repr=False)
    _members: dict[str, Wiring] = field(default_factory=dict, repr=False)

    @classmethod
    def from_env(cls, *, slack: SlackMode | None = None, cluster: str | None = None) -> Wiring:
        """The settings read from the environment and `.env` (raises SettingsError), nothing opened;
        `cluster`: the wiring of that cluster (raises SettingsError listing them if there is none such,
        or if None and several are configured)."""
        wiring = cls(Settings.from_env(slack=slack))
        return wiring.for_cluster(cluster) if cluster is not None or len(wiring.settings.cluster_names) > 1 else wiring

    @classmethod
    def serving(cls, settings: Settings) -> Wiring:
        """For `podnet serve`: every runner shares connections, each kept PODNET_SSH_KEEP_OPEN seconds
        after its last use (0: none kept). `close()` closes them (every cluster's)."""
        first = settings.cluster_names[0]
        wiring = cls(settings, _shared(settings, settings.cluster(first)), _serving=True)
        wiring.cluster_name = first if len(settings.cluster_names) > 1 else None
        return wiring

    @property
    def for_serve(self) -> bool:
        """Built by Wiring.serving, for `podnet serve`: connections kept, metrics exposed."""
        return self._serving

    @property
    def target(self) -> ClusterSettings:
        """The cluster this wiring reaches."""
        return self.settings.cluster(self.cluster_name)

    @property
    def ssh(self) -> Any:
        return self.target.ssh if self.settings.clusters else self.settings.ssh

    def for_cluster(self, name: str | None) -> Wiring:
        """The wiring of cluster `name` (None: the only one); raises SettingsError naming the clusters
        when there is no such cluster, or several and no name. Built once, closed with this one."""
        cluster = self.settings.cluster(name)
        if len(self.settings.cluster_names) == 1 or cluster.name == self.cluster_name:
            return self
        member = self._members.get(cluster.name)
        if member is None:
            shared = _shared(self.settings, cluster) if self._serving else None
            member = Wiring(self.settings, shared, cluster.name, self._serving)
            self._members[cluster.name] = member
        return member

    def all_connections(self) -> list[SharedConnections]:
        """Every cluster's kept connections (podnet serve's metrics)."""
        wirings = [self, *self._members.values()]
        return [w.connections for w in wirings if w.connections is not None]

    def options(self, *, capture: bool = False, may_capture: bool = True) -> engine.Options:
        return engine.Options(capture=capture, may_capture=may_capture)

    def node_runner(self, concurrency: int = 16, *, sweep: bool = False) -> NodeRunner:
        """A runner for one diagnosis (or, `sweep`, one sweep), bounded by its deadline in all."""
        deadline = self.settings.sweep_deadline if sweep else self.settings.diagnosis_deadline
        return NodeRunner(self.ssh, concurrency=concurrency, connections=self.connections, deadline=deadline)

    def api_client(self) -> Any:
        if not self.settings.clusters:
            kube = self.settings.kube
            return load_api_client(kube.kubeconfig, in_cluster=kube.in_cluster)
        access = self.target.kube
        if access.context:
            return load_api_client(access.kubeconfig, in_cluster=access.in_cluster, context=access.context)
        return load_api_client(access.kubeconfig, in_cluster=access.in_cluster)

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

    def fleet_api_probe(self) -> str | None:
        """/readyz with several clusters: every cluster's API is probed (at once, so one that hangs does
        not hold the others), each answer recorded in podnet_cluster_api_up{cluster}; not ready only when
        no cluster's API answers. One cluster unreachable must not take podnet away from the others (an
        unready replica gets no HTTP traffic at all): the gauge is what to alert on. One cluster: as
        `api_probe`."""
        from concurrent.futures import ThreadPoolExecutor

        from bot.observability.metrics import METRICS

        names = self.settings.cluster_names
        with ThreadPoolExecutor(max_workers=min(len(names), 8), thread_name_prefix="podnet-api-probe") as pool:
            answers = dict(zip(names, pool.map(lambda name: self.for_cluster(name).api_probe(), names), strict=True))
        for name, why in answers.items():
            METRICS.cluster_api_up.labels(name).set(0 if why else 1)
        if all(answers.values()):
            return "; ".join(f"{name}: {why}" for name, why in answers.items()) if len(names) > 1 else answers[names[0]]
        return None

    def close(self) -> None:
        for member in self._members.values():
            member.close()
        if self.connections is not None:
            self.connections.close()
            self.connections = None


def _shared(settings: Settings, cluster: ClusterSettings) -> SharedConnections | None:
    keep_open = settings.ssh_keep_open
    ssh = cluster.ssh if settings.clusters else settings.ssh
    return SharedConnections(ssh, keep_open=float(keep_open)) if keep_open > 0 else None
