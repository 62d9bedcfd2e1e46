"""The clusters one podnet serves: one from the environment as always, or several from a TOML file.

One cluster (no `PODNET_CLUSTERS`): the environment configures it exactly as before — KUBECONFIG or
in-cluster, PODNET_SSH_CONFIG, PODNET_SSH_KEY and the rest — and it serves every channel podnet answers in. Its name is
`PODNET_CLUSTER_NAME`, else the kubeconfig's current context (made a valid name), else `default`.

Several clusters: `PODNET_CLUSTERS=/path/clusters.toml`, one table per cluster::

    [clusters.prod]
    kubeconfig = "/etc/podnet/kube/prod"   # or in_cluster = true; context = "..." picks a context
    ssh_key = "/etc/podnet/ssh/prod"        # ssh_config, known_hosts, ssh_key, ssh_user, ssh_sudo, ssh_by_name
    channels = ["C0PROD", "C0PLATFORM"]     # "*": every channel podnet answers in
    summary_channel = "C0PRODOPS"           # the nightly summary (default PODNET_SUMMARY_CHANNEL)

A key left out falls back to the environment's value (a fleet sharing one SSH key sets it once);
relative paths are read from the file's directory. Every problem of the file is named at once, as the
rest of the settings (bot/settings.py) are.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from checks.remote.settings import SshSettings

NAME = re.compile(r"[a-z0-9-]{1,40}")
CHANNEL = re.compile(r"#?[A-Za-z0-9._-]{1,80}")
DEFAULT_NAME = "default"


@dataclass(frozen=True)
class KubeAccess:
    """How one cluster's Kubernetes API is reached: a kubeconfig (and a context in it), or in-cluster."""

    kubeconfig: str | None = None  # paths joined by ':'; None: ~/.kube/config
    context: str | None = None  # None: the kubeconfig's current context
    in_cluster: bool = False


@dataclass(frozen=True)
class ClusterSettings:
    name: str
    kube: KubeAccess
    ssh: SshSettings
    channels: tuple[str, ...] = ("*",)  # where its pastes come from; "*": every channel podnet answers in
    summary_channel: str | None = None  # its nightly summary; None: PODNET_SUMMARY_CHANNEL

    def serves(self, channel: str) -> bool:
        return "*" in self.channels or channel in self.channels

    def describe(self) -> dict[str, Any]:
        """What `podnet clusters` shows: where it is and what it serves, no secret (paths only)."""
        return {
            "name": self.name,
            "api": "in-cluster"
            if self.kube.in_cluster
            else f"{self.kube.kubeconfig or '~/.kube/config'}"
            + (f" (context {self.kube.context})" if self.kube.context else ""),
            "ssh": {
                "config": str(self.ssh.config_file or ""),
                "known_hosts": str(self.ssh.known_hosts or ""),
                "key": str(self.ssh.key_file or ""),
                "user": self.ssh.user or "",
                "sudo": self.ssh.sudo,
                "by_name": self.ssh.by_name,
            },
            "channels": list(self.channels),
            "summary_channel": self.summary_channel or "",
        }


def valid_name(value: str) -> str:
    if not NAME.fullmatch(value):
        raise ValueError(f"must be 1 to 40 of a-z, 0-9 and - (got {value!r})")
    return value


def name_from_context(context: str | None) -> str:
    """A kubeconfig context (`kubernetes-admin@prod`) as a cluster name (`kubernetes-admin-prod`)."""
    if not context:
        return DEFAULT_NAME
    name = re.sub(r"[^a-z0-9-]+", "-", context.lower()).strip("-")[:40].strip("-")
    return name or DEFAULT_NAME


def current_context(kubeconfig: str | None, *, in_cluster: bool) -> str | None:
    """The kubeconfig's current-context, or None (in-cluster, no file, unreadable: never an error here —
    the API client says what is wrong with a kubeconfig when it is used)."""
    if in_cluster:
        return None
    import yaml

    for path in (kubeconfig or "~/.kube/config").split(":"):
        try:
            data = yaml.safe_load(Path(path).expanduser().read_text())
        except (OSError, yaml.YAMLError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("current-context"), str):
            return str(data["current-context"])
    return None


class _Table(BaseModel):
    """One `[clusters.NAME]` table; a key left out (None) falls back to the environment's value."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    kubeconfig: str | None = None
    context: str | None = None
    in_cluster: bool | None = None
    ssh_config: str | None = None
    known_hosts: str | None = None
    ssh_key: str | None = None
    ssh_user: str | None = None
    ssh_sudo: bool | None = None
    ssh_by_name: bool | None = None
    channels: list[str] = []
    summary_channel: str | None = None

    @field_validator("channels")
    @classmethod
    def _channels(cls, value: list[str]) -> list[str]:
        bad = [c for c in value if c != "*" and not CHANNEL.fullmatch(c)]
        if bad:
            raise ValueError(f'must be channel ids (C0123…), #names or "*" (got {", ".join(map(repr, bad))})')
        return value

    @field_validator("summary_channel")
    @classmethod
    def _summary_channel(cls, value: str | None) -> str | None:
        if value is not None and not CHANNEL.fullmatch(value):
            raise ValueError(f"must be a channel id (C0123…) or #name (got {value!r})")
        return value


def read_clusters(
    path: Path, env_ssh: SshSettings, env_kube: KubeAccess, problems: list[str], *, variable: str = "PODNET_CLUSTERS"
) -> tuple[ClusterSettings, ...]:
    """The clusters of the TOML file at `path`, each key left out taken from the environment's; every
    problem appended to `problems` (naming the file, the cluster and the key), none raised."""
    where = f"{variable} ({path})"
    try:
        data = tomllib.loads(path.read_text())
    except OSError as err:
        problems.append(f"{where} cannot be read: {err.strerror or err}")
        return ()
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        problems.append(f"{where} is not valid TOML: {err}")
        return ()
    other = sorted(set(data) - {"clusters"})
    if other:
        problems.append(f"{where} has unknown top-level keys {', '.join(other)} (only [clusters.NAME] tables)")
    tables = data.get("clusters")
    if not isinstance(tables, dict) or not tables:
        problems.append(f"{where} names no cluster: add a [clusters.NAME] table for each")
        return ()
    out = []
    for name, raw in tables.items():
        at = f"{where} [clusters.{name}]"
        try:
            valid_name(name)
        except ValueError as err:
            problems.append(f"{at}: the name {err}")
            continue
        if not isinstance(raw, dict):
            problems.append(f"{at} must be a table")
            continue
        try:
            table = _Table.model_validate(raw)
        except ValidationError as err:
            for e in err.errors(include_url=False):
                key = ".".join(str(part) for part in e["loc"]) or "table"
                what = str(e["ctx"]["error"]) if e["type"] == "value_error" else e["msg"]
                problems.append(f"{at} {key}: {what}" if e["type"] != "extra_forbidden" else f"{at}: unknown key {key}")
            continue
        if table.in_cluster and (table.kubeconfig or table.context):
            problems.append(f"{at}: in_cluster = true takes no kubeconfig or context")
            continue
        out.append(_cluster(name, table, path.parent, env_ssh, env_kube))
    return tuple(out)


def _path(value: str | None, base: Path) -> Path | None:
    if value is None:
        return None
    p = Path(value).expanduser()
    return p if p.is_absolute() else base / p


def _cluster(name: str, t: _Table, base: Path, env_ssh: SshSettings, env_kube: KubeAccess) -> ClusterSettings:
    if t.in_cluster:
        kube = KubeAccess(None, None, True)
    elif t.kubeconfig or t.context or t.in_cluster is False:
        kubeconfig = ":".join(str(_path(p, base)) for p in t.kubeconfig.split(":")) if t.kubeconfig else None
        kube = KubeAccess(kubeconfig or env_kube.kubeconfig, t.context, False)
    else:
        kube = env_kube
    ssh = replace(
        env_ssh,
        config_file=_path(t.ssh_config, base) or env_ssh.config_file,
        known_hosts=_path(t.known_hosts, base) or env_ssh.known_hosts,
        key_file=_path(t.ssh_key, base) or env_ssh.key_file,
        user=t.ssh_user if t.ssh_user is not None else env_ssh.user,
        sudo=t.ssh_sudo if t.ssh_sudo is not None else env_ssh.sudo,
        by_name=t.ssh_by_name if t.ssh_by_name is not None else env_ssh.by_name,
    )
    return ClusterSettings(name, kube, ssh, tuple(t.channels), t.summary_channel)


def stray_channels(channels: Sequence[str], clusters: Sequence[ClusterSettings]) -> list[str]:
    """Channels of PODNET_CHANNELS that no cluster serves (a paste there could run nowhere)."""
    if any("*" in c.channels for c in clusters):
        return []
    served = {ch for c in clusters for ch in c.channels}
    return [ch for ch in channels if ch not in served]


def one_cluster(name: str | None, ssh: SshSettings, kube: KubeAccess) -> ClusterSettings:
    """The one cluster the environment configures: named `name`, else after its kubeconfig's context."""
    name = name or name_from_context(current_context(kube.kubeconfig, in_cluster=kube.in_cluster))
    return ClusterSettings(name, kube, ssh)


def configure(
    clusters_file: Path | None,
    cluster_name: str | None,
    ssh: SshSettings,
    kube: KubeAccess,
    channels: tuple[str, ...] | None,
    problems: list[str],
) -> tuple[tuple[ClusterSettings, ...], tuple[str, ...] | None]:
    """The clusters, and where podnet answers when they decide it (None: PODNET_CHANNELS as it is).
    With PODNET_CLUSTERS: the union of their channels, and PODNET_CHANNELS (`channels`, read when
    serving Slack) may name only channels some cluster serves. Problems appended, none raised."""
    if clusters_file is None:
        return (one_cluster(cluster_name, ssh, kube),), None
    if cluster_name:
        problems.append("PODNET_CLUSTER_NAME names the one cluster; with PODNET_CLUSTERS each table is named")
    clusters = read_clusters(clusters_file, ssh, kube, problems)
    if channels is None or not clusters:
        return clusters, None
    stray = stray_channels(channels, clusters)
    if stray:
        problems.append(
            f"PODNET_CHANNELS lists {', '.join(stray)}, which no cluster in PODNET_CLUSTERS serves "
            "(add it to a cluster's channels, or leave PODNET_CHANNELS empty: the clusters' channels are used)"
        )
    return clusters, tuple(dict.fromkeys(ch for c in clusters for ch in c.channels))
