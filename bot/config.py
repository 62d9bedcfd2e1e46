"""podnet's settings: read from the environment (and a `.env` file), validated once at start-up.

Every problem is reported at once, one line per variable, naming it and saying what is wrong; secrets
are never echoed back. `.env.example` documents each setting.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


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


def nightly_settings(source: Mapping[str, str], problems: list[str]) -> NightlySettings:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    import tzlocal

    from bot.cron import crontab_trigger

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
    cron = get("PODNET_SWEEP_CRON") or "0 2 * * *"
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


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str = field(repr=False)
    app_token: str = field(repr=False)  # Socket Mode only
    signing_secret: str = field(repr=False)  # HTTP mode only
    api_url: str | None  # PODNET_SLACK_API_URL: slack_sdk's base_url, for a stand-in
    channels: tuple[str, ...]  # where podnet listens to pastes; empty: every channel it is in
    allowed_users: tuple[str, ...]  # who may run `check` and captures; empty: everyone
    allowed_groups: tuple[str, ...]
    max_concurrent: int
    recent_minutes: int
    audit_log: Path
    database_url: str
    nightly: NightlySettings
    log_level: str  # PODNET_LOG_LEVEL
    log_format: str  # PODNET_LOG_FORMAT: auto (JSON unless stderr is a terminal), json, text
    health_host: str  # PODNET_HEALTH_HOST: where /healthz, /readyz and /metrics listen
    health_port: int  # PODNET_HEALTH_PORT: 0 turns the health server off
    ssh_keep_open: int  # PODNET_SSH_KEEP_OPEN: seconds a node's SSH connection stays open unused; 0: off


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("auto", "json", "text")
ALL_INTERFACES = "0.0.0.0"  # noqa: S104 (the kubelet's probes and Prometheus come from outside the pod)


def observability_settings(source: Mapping[str, str], problems: list[str]) -> tuple[str, str, str, int]:
    """(log level, log format, health host, health port), each checked; problems are appended."""
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
    return level, fmt, host, port


def _is_host(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return bool(re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", value))


def slack_settings(env: Mapping[str, str] | None = None, *, http: bool = False) -> SlackSettings:
    source = {**load_dotenv(), **(env if env is not None else os.environ)}
    problems: list[str] = []

    def get(name: str) -> str:
        return source.get(name, "").strip()

    bot, app, secret = get("SLACK_BOT_TOKEN"), get("SLACK_APP_TOKEN"), get("SLACK_SIGNING_SECRET")
    if not bot:
        problems.append("SLACK_BOT_TOKEN is not set (the bot token, xoxb-…, from OAuth & Permissions)")
    elif not bot.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
    if http:
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

    max_concurrent = number_setting(source, problems, "PODNET_MAX_CONCURRENT", 2, 1, 32)
    recent = number_setting(source, problems, "PODNET_RECENT_MINUTES", 5, 0, 1440)
    keep_open = number_setting(source, problems, "PODNET_SSH_KEEP_OPEN", 900, 0, 86400)
    nightly = nightly_settings(source, problems)
    log_level, log_format, health_host, health_port = observability_settings(source, problems)
    if problems:
        raise SettingsError(problems)
    return SlackSettings(
        bot_token=bot,
        app_token=app,
        signing_secret=secret,
        api_url=api_url,
        channels=_split(get("PODNET_CHANNELS")),
        allowed_users=_split(get("PODNET_ALLOWED_USERS")),
        allowed_groups=_split(get("PODNET_ALLOWED_GROUPS")),
        max_concurrent=max_concurrent,
        recent_minutes=recent,
        audit_log=Path(get("PODNET_AUDIT_LOG") or "podnet-audit.jsonl"),
        database_url=get("PODNET_DATABASE_URL") or "sqlite:///podnet.db",
        nightly=nightly,
        log_level=log_level,
        log_format=log_format,
        health_host=health_host,
        health_port=health_port,
        ssh_keep_open=keep_open,
    )
