"""podnet's settings: one `Settings`, read once from the environment and a `.env` file (the environment
wins), validated at start-up, and handed to everything from the composition root (bot/wiring.py).

Every problem is reported at once, one line per variable, naming it and saying what is wrong; secrets
are never echoed back. `.env.example` documents each setting. The Slack part (tokens, channels, who may
run checks, the diagnosis queue, the audit log) is read and required only by `podnet serve`
(`Settings.from_env(slack="socket" | "http")`); `podnet diagnose`, `check` and `sweep` never ask for
tokens. Nothing under checks/ reads the environment: SSH and Kubernetes settings arrive as values.

How. Each part is a pydantic-settings model (`Section`): its fields carry the variable's name
(`validation_alias`), its default and its bounds; pydantic-settings reads the environment and the `.env`
file (python-dotenv), the environment first. `Settings.from_env` builds every part and gathers the
problems of all of them before raising, and `problems_of` turns pydantic's errors into podnet's messages
("<variable> must be ... (got ...)", "<variable> is not set (what it is)"), never quoting a field kept
out of the repr (the tokens). The checks that need two variables stay per field, so that one bad variable does
not hide another: the cron is checked in the time zone validated just before it (`ValidationInfo.data`;
a bad zone: UTC), and the tokens a Slack mode needs are the required fields of that mode's model
(`_SocketMode`, `_HttpMode`). Outside `from_env` a part is a plain validated value: built from its
arguments only (the tests' `NightlySettings(channel=..., ...)`), reading no environment.

Why pydantic-settings. The project's issue: take the ecosystem's choice unless its import cost breaks
item 7 (`podnet --help` and `podnet parse` under 0.25 s, `podnet diagnose` no slower than before). It
does not: `podnet --help` and `podnet parse` never import this module (tests/unit/test_cli_startup.py),
and typer already imports pydantic in every command. Measured on the development machine (2 vCPUs,
Python 3.11.7, pydantic 2.14.4, pydantic-settings 2.16.3), the hand-written reader (bc4757b) against
this module, run alternately; the machine is noisy (tens of ms between identical runs):
- In `podnet diagnose`'s process, after typer, kubernetes and paramiko are imported: importing this
  module 21 ms (was 4.4 ms), `Settings.from_env` 3.9 ms (was 2.0 ms); medians of 15, about +19 ms.
  Alone in a fresh interpreter (pydantic included): 144-160 ms cumulative (`-X importtime`).
- `podnet diagnose '<paste>'` up to the Kubernetes credentials (none given: exit 2), medians of 10:
  0.545 and 0.785 s before, 0.529 and 0.564 s after: the +19 ms is within the noise.
- `python -m tests.bench.startup`, medians of 10, two runs each: `podnet --help` 0.255/0.276 s before,
  0.259/0.238 s after; `podnet parse ''` 0.233/0.207 s, 0.227/0.218 s; `podnet diagnose --help`
  0.356/0.318 s, 0.330/0.358 s: unchanged, they do not read settings.
What changed with it: `.env` is read by python-dotenv (an unquoted `# comment` after a value is dropped,
`${VAR}` is expanded); flags also take pydantic's t/f/y/n besides 1/0, true/false, yes/no, on/off.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from annotated_types import Ge, Le
from pydantic import Field, ValidationInfo, field_validator

from bot.clusters import ClusterSettings, KubeAccess, configure, one_cluster, valid_name
from bot.permissions import Action, Audience, parse_permissions
from bot.settings_reading import Section, read_section, reading
from bot.settings_reading import SettingsError as SettingsError  # noqa: PLC0414 (re-exported: part of this module's API)
from checks.remote.settings import SshSettings

SlackMode = Literal["socket", "http"]


DEFAULT_CRON = "0 2 * * *"


def _local_zone() -> str:
    import tzlocal

    return tzlocal.get_localzone_name() or "UTC"


class NightlySettings(Section):
    """The scheduled sweep in `podnet serve`; off when no summary channel is set."""

    channel: str | None = Field(None, validation_alias="PODNET_SUMMARY_CHANNEL")  # where the summary goes
    # the IANA name the cron is read in (before the cron: the cron is checked in it); default the machine's
    timezone: str = Field(default_factory=_local_zone, validation_alias="PODNET_TIMEZONE")
    cron: str = Field(DEFAULT_CRON, validation_alias="PODNET_SWEEP_CRON")  # minute hour day month weekday
    # a run missed by at most this much runs at start-up
    grace_minutes: Annotated[int, Ge(0), Le(7 * 1440)] = Field(360, validation_alias="PODNET_SWEEP_GRACE_MINUTES")
    history_days: Annotated[int, Ge(1), Le(3650)] = Field(30, validation_alias="PODNET_HISTORY_DAYS")  # then pruned

    @field_validator("channel")
    @classmethod
    def _channel(cls, value: str | None) -> str | None:
        if value and not re.fullmatch(r"#?[A-Za-z0-9._-]{1,80}", value):
            raise ValueError(f"must be a channel id (C0123…) or #name (got {value!r})")
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"must be an IANA time zone such as Europe/Berlin (got {value!r})") from None
        return value

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str, info: ValidationInfo) -> str:
        if value == DEFAULT_CRON:  # known good: APScheduler's parser is imported only to check another
            return value
        from zoneinfo import ZoneInfo

        from bot.cron import crontab_trigger

        try:
            crontab_trigger(value, ZoneInfo(info.data.get("timezone", "UTC")))  # a bad zone: read in UTC
        except ValueError as e:
            raise ValueError(f"must be a five-field cron expression such as '0 2 * * *' ({e})") from None
        return value


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("auto", "json", "text")
ALL_INTERFACES = "0.0.0.0"  # noqa: S104 (the kubelet's probes and Prometheus come from outside the pod)


class ObservabilitySettings(Section):
    """How `podnet serve` is watched: its logs and its health server."""

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = Field(
        "INFO", validation_alias="PODNET_LOG_LEVEL"
    )
    # auto (JSON unless stderr is a terminal), json, text
    log_format: Literal["auto", "json", "text"] = Field("auto", validation_alias="PODNET_LOG_FORMAT")
    # where /healthz, /readyz and /metrics listen
    health_host: str = Field(ALL_INTERFACES, validation_alias="PODNET_HEALTH_HOST")
    health_port: Annotated[int, Ge(0), Le(65535)] = Field(8080, validation_alias="PODNET_HEALTH_PORT")  # 0: off

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.lower() if isinstance(value, str) else value

    @field_validator("health_host")
    @classmethod
    def _host(cls, value: str) -> str:
        if not _is_host(value):
            raise ValueError(f"must be an IP address or a host name such as 0.0.0.0 (got {value!r})")
        return value


def _is_host(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", value))


class _Connections(Section):
    """How the nodes and the store are reached: SSH (handed to checks/ as an SshSettings), the store."""

    ssh_config: Path | None = Field(None, validation_alias="PODNET_SSH_CONFIG")
    known_hosts: Path = Field(
        default_factory=lambda: Path.home() / ".ssh" / "known_hosts", validation_alias="PODNET_KNOWN_HOSTS"
    )
    ssh_key: Path | None = Field(None, validation_alias="PODNET_SSH_KEY")
    ssh_user: str | None = Field(None, validation_alias="PODNET_SSH_USER")
    ssh_sudo: bool = Field(False, validation_alias="PODNET_SSH_SUDO")
    ssh_by_name: bool = Field(False, validation_alias="PODNET_SSH_BY_NAME")
    ssh_keep_open: Annotated[int, Ge(0), Le(86400)] = Field(900, validation_alias="PODNET_SSH_KEEP_OPEN")
    ssh_deadline: Annotated[float, Ge(0), Le(600)] = Field(0, validation_alias="PODNET_SSH_DEADLINE")  # 0: auto
    # the time one diagnosis / one sweep may spend on the nodes in all
    diagnosis_deadline: Annotated[float, Ge(5), Le(3600)] = Field(120, validation_alias="PODNET_DIAGNOSIS_DEADLINE")
    sweep_deadline: Annotated[float, Ge(10), Le(86400)] = Field(900, validation_alias="PODNET_SWEEP_DEADLINE")
    database_url: str = Field("sqlite:///podnet.db", validation_alias="PODNET_DATABASE_URL")

    def ssh(self) -> SshSettings:
        return SshSettings(
            config_file=self.ssh_config,
            known_hosts=self.known_hosts,
            key_file=self.ssh_key,
            user=self.ssh_user,
            sudo=self.ssh_sudo,
            by_name=self.ssh_by_name,
            batch_deadline=self.ssh_deadline or None,
        )


class KubeSettings(Section):
    """How the Kubernetes API is reached."""

    kubeconfig: str | None = Field(None, validation_alias="KUBECONFIG")  # paths joined by ':'; None: ~/.kube/config
    service_host: str | None = Field(None, validation_alias="KUBERNETES_SERVICE_HOST")  # set inside a pod

    @property
    def in_cluster(self) -> bool:
        """The pod's service account: inside a pod and no KUBECONFIG."""
        return not self.kubeconfig and bool(self.service_host)


class _Fleet(Section):
    """Which clusters podnet serves (bot/clusters.py): several from a TOML file, or the one the
    environment configures, under a name."""

    clusters_file: Path | None = Field(None, validation_alias="PODNET_CLUSTERS")  # [clusters.NAME] tables
    # the one cluster's name (no PODNET_CLUSTERS); default: the kubeconfig's current context, else `default`
    cluster_name: str | None = Field(None, validation_alias="PODNET_CLUSTER_NAME")

    @field_validator("cluster_name")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        return valid_name(value) if value is not None else None


class SlackSettings(Section):
    """What only `podnet serve` reads: the Slack app's credentials and how the bot takes work. Read as
    `_SocketMode` or `_HttpMode`, whose required fields are the tokens that mode needs."""

    bot_token: str = Field(
        validation_alias="SLACK_BOT_TOKEN", repr=False, description="the bot token, xoxb-…, from OAuth & Permissions"
    )
    app_token: str = Field("", validation_alias="SLACK_APP_TOKEN", repr=False)  # Socket Mode only
    signing_secret: str = Field("", validation_alias="SLACK_SIGNING_SECRET", repr=False)  # HTTP mode only
    api_url: str | None = Field(None, validation_alias="PODNET_SLACK_API_URL")  # slack_sdk's base_url, for a stand-in
    # where podnet answers anything (pastes, commands, buttons); `*`: every channel it is in; empty: none
    channels: tuple[str, ...] = Field((), validation_alias="PODNET_CHANNELS")
    allow_dms: bool = Field(False, validation_alias="PODNET_ALLOW_DMS")  # direct messages to the bot
    # who may run `check` and captures (the operators); empty: nobody
    allowed_users: tuple[str, ...] = Field((), validation_alias="PODNET_ALLOWED_USERS")
    allowed_groups: tuple[str, ...] = Field((), validation_alias="PODNET_ALLOWED_GROUPS")
    # per action, over the defaults (bot/slack/access.py): "check=U123,S456;summary=*"
    permissions: str = Field("", validation_alias="PODNET_PERMISSIONS")
    max_concurrent: Annotated[int, Ge(1), Le(32)] = Field(2, validation_alias="PODNET_MAX_CONCURRENT")  # at once
    # diagnoses waiting at most (beyond: a "busy" reply), and per user / per channel within 10 minutes
    max_queue: Annotated[int, Ge(1), Le(1000)] = Field(20, validation_alias="PODNET_MAX_QUEUE")
    user_rate: Annotated[int, Ge(1), Le(1000)] = Field(10, validation_alias="PODNET_USER_RATE")
    channel_rate: Annotated[int, Ge(1), Le(10000)] = Field(30, validation_alias="PODNET_CHANNEL_RATE")
    # seconds running diagnoses get to finish on SIGTERM before their threads end as "interrupted"
    drain_seconds: Annotated[float, Ge(0), Le(600)] = Field(20, validation_alias="PODNET_DRAIN_SECONDS")
    # at most this many names diagnosed per paste (the rest are listed, not run)
    max_targets: Annotated[int, Ge(1), Le(20)] = Field(3, validation_alias="PODNET_MAX_TARGETS")
    # a target pasted again within this links to the thread
    recent_minutes: Annotated[int, Ge(0), Le(1440)] = Field(5, validation_alias="PODNET_RECENT_MINUTES")
    # every remote command a Slack user caused
    audit_log: Path = Field(Path("podnet-audit.jsonl"), validation_alias="PODNET_AUDIT_LOG")

    @field_validator("channels", "allowed_users", "allowed_groups", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return tuple(v for v in re.split(r"[,\s]+", value) if v) if isinstance(value, str) else value

    @field_validator("permissions")
    @classmethod
    def _permissions(cls, value: str) -> str:
        parse_permissions(value, [])  # raises ValueError naming the part that is wrong
        return value

    @property
    def permission_table(self) -> dict[Action, Audience]:
        return parse_permissions(self.permissions, [*self.allowed_users, *self.allowed_groups])

    @field_validator("bot_token")
    @classmethod
    def _bot_token(cls, value: str) -> str:
        if not value.startswith("xoxb-"):
            raise ValueError("must be a bot token starting with xoxb-")
        return value

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str | None) -> str | None:
        if value and not re.match(r"^https?://[^/]+/.*api/$", value):
            raise ValueError(f"must look like https://slack.com/api/ (got {value!r})")
        return value


class _SocketMode(SlackSettings):
    app_token: str = Field(
        validation_alias="SLACK_APP_TOKEN",
        repr=False,
        description=(
            "Socket Mode needs an app-level token, xapp-…, with connections:write; or run `podnet serve --http`"
        ),
    )

    @field_validator("app_token")
    @classmethod
    def _app_token(cls, value: str) -> str:
        if not value.startswith("xapp-"):
            raise ValueError("must be an app-level token starting with xapp-")
        return value


class _HttpMode(SlackSettings):
    signing_secret: str = Field(
        validation_alias="SLACK_SIGNING_SECRET",
        repr=False,
        description="HTTP mode checks every request's signature; Basic Information → Signing Secret",
    )


SLACK_MODES: dict[SlackMode, type[SlackSettings]] = {"socket": _SocketMode, "http": _HttpMode}


@dataclass(frozen=True)
class Settings:
    """Everything podnet is configured with, read once (`Settings.from_env`)."""

    ssh: SshSettings  # PODNET_SSH_CONFIG, _KNOWN_HOSTS, _KEY, _USER, _SUDO, _BY_NAME, _DEADLINE
    ssh_keep_open: int  # PODNET_SSH_KEEP_OPEN: seconds a node's SSH connection stays open unused (serve); 0: off
    diagnosis_deadline: float  # PODNET_DIAGNOSIS_DEADLINE: seconds on the nodes per diagnosis or node check
    sweep_deadline: float  # PODNET_SWEEP_DEADLINE: seconds on the nodes per sweep
    kube: KubeSettings  # KUBECONFIG, or in-cluster
    database_url: str  # PODNET_DATABASE_URL: the store (serve) and the sweep history
    nightly: NightlySettings  # the nightly sweep in serve; its history_days also bounds `podnet sweep`'s history
    observability: ObservabilitySettings  # serve's logs and health server
    slack: SlackSettings | None = None  # read (and its tokens required) only when `from_env` is given a mode
    # the clusters served (bot/clusters.py): PODNET_CLUSTERS' tables, else the one the environment configures
    clusters: tuple[ClusterSettings, ...] = ()
    fleet: bool = False  # PODNET_CLUSTERS is set: the clusters' channels are where podnet answers

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, *, slack: SlackMode | None = None, dotenv: Path = Path(".env")
    ) -> Settings:
        """`env` (default: the process environment) over the `dotenv` file. Raises SettingsError naming
        every bad variable at once."""
        problems: list[str] = []
        with reading(env, dotenv):
            slack_part = read_section(SLACK_MODES[slack], problems) if slack is not None else None
            connections = read_section(_Connections, problems)
            kube = read_section(KubeSettings, problems)
            nightly = read_section(NightlySettings, problems)
            observability = read_section(ObservabilitySettings, problems)
            fleet = read_section(_Fleet, problems)
        clusters: tuple[ClusterSettings, ...] = ()
        if connections is not None and kube is not None:  # the clusters' file is checked beside the rest
            clusters, slack_part = _clusters(fleet, connections.ssh(), kube, slack_part, problems)
        if problems or connections is None or kube is None or nightly is None or observability is None:
            raise SettingsError(problems)
        return cls(
            ssh=connections.ssh(),
            ssh_keep_open=connections.ssh_keep_open,
            diagnosis_deadline=connections.diagnosis_deadline,
            sweep_deadline=connections.sweep_deadline,
            kube=kube,
            database_url=connections.database_url,
            nightly=nightly,
            observability=observability,
            slack=slack_part,
            clusters=clusters,
            fleet=bool(fleet and fleet.clusters_file),
        )

    def cluster(self, name: str | None = None) -> ClusterSettings:
        """A cluster by name; None: the only one (SettingsError naming them when there are several)."""
        clusters = self.clusters or (
            one_cluster(None, self.ssh, KubeAccess(self.kube.kubeconfig, None, self.kube.in_cluster)),
        )
        if name is None and len(clusters) == 1:
            return clusters[0]
        found = next((c for c in clusters if c.name == name), None)
        if found is None:
            names = ", ".join(c.name for c in clusters)
            why = "several clusters are configured" if name is None else f"there is no cluster {name!r}"
            raise SettingsError([f"{why}: choose one of {names} (--cluster NAME)"])
        return found

    @property
    def cluster_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.clusters) or (self.cluster().name,)

    @property
    def for_slack(self) -> SlackSettings:
        """The Slack part, for the code that serves Slack (it was read with a mode)."""
        if self.slack is None:
            raise SettingsError(["the Slack settings were not read (Settings.from_env(slack=...) reads them)"])
        return self.slack


def _clusters(
    fleet: _Fleet | None, ssh: SshSettings, kube: KubeSettings, slack: SlackSettings | None, problems: list[str]
) -> tuple[tuple[ClusterSettings, ...], SlackSettings | None]:
    """The clusters, and the Slack part answering in their channels (bot/clusters.py `configure`)."""
    clusters, channels = configure(
        fleet.clusters_file if fleet else None,
        fleet.cluster_name if fleet else None,
        ssh,
        KubeAccess(kube.kubeconfig, None, kube.in_cluster),
        slack.channels if slack is not None else None,
        problems,
    )
    if slack is None or channels is None:
        return clusters, slack
    return clusters, slack.model_copy(update={"channels": channels})
