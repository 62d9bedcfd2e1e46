"""podnet's settings: one `Settings`, read once from the environment and a `.env` file (the environment
wins), validated at start-up, and handed to everything from the composition root (bot/wiring.py).

Every problem is reported at once, one line per variable, naming it and saying what is wrong; secrets
are never echoed back. `.env.example` documents each setting. The Slack part (tokens, channels, who may
run checks, the diagnosis queue, the audit log) is read and required only by `podnet serve`
(`Settings.from_env(slack="socket" | "http")`); `podnet diagnose`, `check` and `sweep` never ask for
tokens. Nothing under checks/ reads the environment: SSH and Kubernetes settings arrive as values.

Why a hand-written reader and not pydantic-settings. Measured on the development machine (2 vCPUs,
Python 3.11.7; pydantic-settings 2.16.3 on pydantic 2.14.4 in a throw-away venv, medians of 15 runs):
- `python -X importtime -c 'import pydantic_settings'`: 125-128 ms cumulative; +146 ms wall over
  `python -c pass`; a BaseSettings model of podnet's 30 settings, defined and built: +152 ms wall.
- But typer 0.29 already imports pydantic in every `podnet` command (typer._adapters, about 55 ms of
  the CLI's start-up), and kubernetes 37 depends on it too. On top of that, pydantic-settings costs
  41 ms cumulative import time, +52 ms wall; with the 30-field model, +56 ms.
- This module: 26 ms cumulative import time, +29 ms wall; reading and checking everything, +47 ms.
So its cost does not break item 7 of "One shape for the engine and the bot" by itself: `podnet --help`
and `podnet parse` read no settings, and diagnose/check/sweep would pay about 50 ms. It is kept out
for what it would and would not replace. It would replace the `.env` reader and the int parsing
(`load_dotenv`, `number_setting`: 30 lines). It would not replace the checks: its messages are its own
("Input should be greater than or equal to 1", the input echoed unless hide_input_in_errors), so
today's would need a translation layer; and its model validators do not run once a field has failed,
so "every bad variable in one message" across the cross-field checks (the cron read in its time zone,
the tokens a mode needs) would still be done by hand. Two more locked packages (pydantic-settings,
python-dotenv; pydantic is locked already) and ~50 ms per command for 30 lines is not worth it: one
hand-written reader, typed, with today's messages. Revisit if the settings grow nested or typed beyond
strings, ints and flags.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from checks.remote.settings import SshSettings

SlackMode = Literal["socket", "http"]


class SettingsError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid settings:\n" + "\n".join(f"  - {p}" for p in problems))
        self.problems = problems


def load_dotenv(path: Path = Path(".env")) -> dict[str, str]:
    """KEY=VALUE lines (optional quotes, # comments); the environment wins over the file."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        values[key.strip()] = value.strip().strip("'\"")
    return values


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in re.split(r"[,\s]+", value) if v.strip())


@dataclass(frozen=True)
class NightlySettings:
    """The scheduled sweep in `podnet serve`; off when no summary channel is set."""

    channel: str | None  # PODNET_SUMMARY_CHANNEL: where the nightly summary goes
    cron: str  # PODNET_SWEEP_CRON: five fields, minute hour day month weekday
    timezone: str  # PODNET_TIMEZONE: IANA name the cron is read in; default the machine's
    grace_minutes: int  # PODNET_SWEEP_GRACE_MINUTES: a run missed by at most this much runs at start-up
    history_days: int  # PODNET_HISTORY_DAYS: sweeps older than this are pruned


DEFAULT_CRON = "0 2 * * *"


def nightly_settings(source: Mapping[str, str], problems: list[str]) -> NightlySettings:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    import tzlocal

    def get(name: str) -> str:
        return source.get(name, "").strip()

    channel = get("PODNET_SUMMARY_CHANNEL") or None
    if channel and not re.fullmatch(r"#?[A-Za-z0-9._-]{1,80}", channel):
        problems.append(f"PODNET_SUMMARY_CHANNEL must be a channel id (C0123…) or #name (got {channel!r})")
    zone = get("PODNET_TIMEZONE") or tzlocal.get_localzone_name() or "UTC"
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"PODNET_TIMEZONE must be an IANA time zone such as Europe/Berlin (got {zone!r})")
        zone = "UTC"
    cron = get("PODNET_SWEEP_CRON") or DEFAULT_CRON
    if cron != DEFAULT_CRON:  # the default is known good: APScheduler's parser is imported only to check another
        from bot.cron import crontab_trigger

        try:
            crontab_trigger(cron, ZoneInfo(zone))
        except ValueError as e:
            problems.append(f"PODNET_SWEEP_CRON must be a five-field cron expression such as '0 2 * * *' ({e})")
    return NightlySettings(
        channel=channel,
        cron=cron,
        timezone=zone,
        grace_minutes=number_setting(source, problems, "PODNET_SWEEP_GRACE_MINUTES", 360, 0, 7 * 1440),
        history_days=number_setting(source, problems, "PODNET_HISTORY_DAYS", 30, 1, 3650),
    )


def number_setting(source: Mapping[str, str], problems: list[str], name: str, default: int, low: int, high: int) -> int:
    raw = source.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        problems.append(f"{name} must be a whole number (got {raw!r})")
        return default
    if not low <= value <= high:
        problems.append(f"{name} must be between {low} and {high} (got {value})")
    return value


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("auto", "json", "text")
ALL_INTERFACES = "0.0.0.0"  # noqa: S104 (the kubelet's probes and Prometheus come from outside the pod)


@dataclass(frozen=True)
class ObservabilitySettings:
    """How `podnet serve` is watched: its logs and its health server."""

    log_level: str  # PODNET_LOG_LEVEL
    log_format: str  # PODNET_LOG_FORMAT: auto (JSON unless stderr is a terminal), json, text
    health_host: str  # PODNET_HEALTH_HOST: where /healthz, /readyz and /metrics listen
    health_port: int  # PODNET_HEALTH_PORT: 0 turns the health server off


def observability_settings(source: Mapping[str, str], problems: list[str]) -> ObservabilitySettings:
    """Log level and format, health host and port, each checked; problems are appended."""
    level = source.get("PODNET_LOG_LEVEL", "").strip().upper() or "INFO"
    if level not in LOG_LEVELS:
        problems.append(f"PODNET_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)} (got {level!r})")
        level = "INFO"
    fmt = source.get("PODNET_LOG_FORMAT", "").strip().lower() or "auto"
    if fmt not in LOG_FORMATS:
        problems.append(f"PODNET_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)} (got {fmt!r})")
        fmt = "auto"
    host = source.get("PODNET_HEALTH_HOST", "").strip() or ALL_INTERFACES
    if not _is_host(host):
        problems.append(f"PODNET_HEALTH_HOST must be an IP address or a host name such as 0.0.0.0 (got {host!r})")
    port = number_setting(source, problems, "PODNET_HEALTH_PORT", 8080, 0, 65535)
    return ObservabilitySettings(log_level=level, log_format=fmt, health_host=host, health_port=port)


def _is_host(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", value))


FLAGS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


def flag_setting(source: Mapping[str, str], problems: list[str], name: str) -> bool:
    raw = source.get(name, "").strip()
    if not raw:
        return False
    value = FLAGS.get(raw.lower())
    if value is None:
        problems.append(f"{name} must be 1 or 0 (got {raw!r})")
        return False
    return value


def ssh_settings(source: Mapping[str, str], problems: list[str]) -> SshSettings:
    def path(name: str) -> Path | None:
        value = source.get(name, "").strip()
        return Path(value) if value else None

    return SshSettings(
        config_file=path("PODNET_SSH_CONFIG"),
        known_hosts=path("PODNET_KNOWN_HOSTS") or Path.home() / ".ssh" / "known_hosts",
        key_file=path("PODNET_SSH_KEY"),
        user=source.get("PODNET_SSH_USER", "").strip() or None,
        sudo=flag_setting(source, problems, "PODNET_SSH_SUDO"),
        by_name=flag_setting(source, problems, "PODNET_SSH_BY_NAME"),
    )


@dataclass(frozen=True)
class KubeSettings:
    """How the Kubernetes API is reached."""

    kubeconfig: str | None  # KUBECONFIG: a path, or several joined by ':'; None: ~/.kube/config
    in_cluster: bool  # the pod's service account: inside a pod (KUBERNETES_SERVICE_HOST) and no KUBECONFIG


def kube_settings(source: Mapping[str, str]) -> KubeSettings:
    kubeconfig = source.get("KUBECONFIG", "").strip() or None
    return KubeSettings(kubeconfig, in_cluster=not kubeconfig and bool(source.get("KUBERNETES_SERVICE_HOST")))


@dataclass(frozen=True)
class SlackSettings:
    """What only `podnet serve` reads: the Slack app's credentials and how the bot takes work."""

    bot_token: str = field(repr=False)
    app_token: str = field(repr=False)  # Socket Mode only
    signing_secret: str = field(repr=False)  # HTTP mode only
    api_url: str | None  # PODNET_SLACK_API_URL: slack_sdk's base_url, for a stand-in
    channels: tuple[str, ...]  # where podnet listens to pastes; empty: every channel it is in
    allowed_users: tuple[str, ...]  # who may run `check` and captures; empty: everyone
    allowed_groups: tuple[str, ...]
    max_concurrent: int  # PODNET_MAX_CONCURRENT: diagnoses at once
    recent_minutes: int  # PODNET_RECENT_MINUTES: a target pasted again within this links to the thread
    audit_log: Path  # PODNET_AUDIT_LOG: every remote command a Slack user caused


def slack_settings(source: Mapping[str, str], problems: list[str], mode: SlackMode) -> SlackSettings:
    def get(name: str) -> str:
        return source.get(name, "").strip()

    bot, app, secret = get("SLACK_BOT_TOKEN"), get("SLACK_APP_TOKEN"), get("SLACK_SIGNING_SECRET")
    if not bot:
        problems.append("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…, from OAuth & Permissions)")
    elif not bot.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
    if mode == "http":
        if not secret:
            problems.append(
                "SLACK_SIGNING_SECRET is not set (HTTP mode checks every request's signature; "
                "Basic Information → Signing Secret)"
            )
    elif not app:
        problems.append(
            "SLACK_APP_TOKEN is not set (Socket Mode needs an app-level token, xapp-…, with "
            "connections:write; or run `podnet serve --http`)"
        )
    elif not app.startswith("xapp-"):
        problems.append("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
    api_url = get("PODNET_SLACK_API_URL") or None
    if api_url and not re.match(r"^https?://[^/]+/.*api/$", api_url):
        problems.append(f"PODNET_SLACK_API_URL must look like https://slack.com/api/ (got {api_url!r})")
    return SlackSettings(
        bot_token=bot,
        app_token=app,
        signing_secret=secret,
        api_url=api_url,
        channels=_split(get("PODNET_CHANNELS")),
        allowed_users=_split(get("PODNET_ALLOWED_USERS")),
        allowed_groups=_split(get("PODNET_ALLOWED_GROUPS")),
        max_concurrent=number_setting(source, problems, "PODNET_MAX_CONCURRENT", 2, 1, 32),
        recent_minutes=number_setting(source, problems, "PODNET_RECENT_MINUTES", 5, 0, 1440),
        audit_log=Path(get("PODNET_AUDIT_LOG") or "podnet-audit.jsonl"),
    )


@dataclass(frozen=True)
class Settings:
    """Everything podnet is configured with, read once (`Settings.from_env`)."""

    ssh: SshSettings  # PODNET_SSH_CONFIG, _KNOWN_HOSTS, _KEY, _USER, _SUDO, _BY_NAME
    ssh_keep_open: int  # PODNET_SSH_KEEP_OPEN: seconds a node's SSH connection stays open unused (serve); 0: off
    kube: KubeSettings  # KUBECONFIG, or in-cluster
    database_url: str  # PODNET_DATABASE_URL: the store (serve) and the sweep history
    nightly: NightlySettings  # the nightly sweep in serve; its history_days also bounds `podnet sweep`'s history
    observability: ObservabilitySettings  # serve's logs and health server
    slack: SlackSettings | None = None  # read (and its tokens required) only when `from_env` is given a mode

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, *, slack: SlackMode | None = None, dotenv: Path = Path(".env")
    ) -> Settings:
        """`env` (default: the process environment) over the `dotenv` file. Raises SettingsError naming
        every bad variable at once."""
        source = {**load_dotenv(dotenv), **(os.environ if env is None else env)}
        problems: list[str] = []
        slack_part = slack_settings(source, problems, slack) if slack is not None else None
        settings = cls(
            ssh=ssh_settings(source, problems),
            ssh_keep_open=number_setting(source, problems, "PODNET_SSH_KEEP_OPEN", 900, 0, 86400),
            kube=kube_settings(source),
            database_url=source.get("PODNET_DATABASE_URL", "").strip() or "sqlite:///podnet.db",
            nightly=nightly_settings(source, problems),
            observability=observability_settings(source, problems),
            slack=slack_part,
        )
        if problems:
            raise SettingsError(problems)
        return settings

    @property
    def for_slack(self) -> SlackSettings:
        """The Slack part, for the code that serves Slack (it was read with a mode)."""
        if self.slack is None:
            raise SettingsError(["the Slack settings were not read (Settings.from_env(slack=...) reads them)"])
        return self.slack
