"""The settings of observability and of the kept-open SSH connections: defaults, and what is refused."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError

# -- settings -----------------------------------------------------------------------------------------

TOKENS = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}


def test_observability_settings_default_and_validate() -> None:
    ok = Settings.from_env(TOKENS, slack="socket")
    assert (
        ok.observability.log_level,
        ok.observability.log_format,
        ok.observability.health_host,
        ok.observability.health_port,
    ) == ("INFO", "auto", "0.0.0.0", 8080)
    custom = Settings.from_env(
        {
            **TOKENS,
            "PODNET_LOG_LEVEL": "debug",
            "PODNET_LOG_FORMAT": "JSON",
            "PODNET_HEALTH_HOST": "::",
            "PODNET_HEALTH_PORT": "0",
        },
        slack="socket",
    )
    assert (
        custom.observability.log_level,
        custom.observability.log_format,
        custom.observability.health_host,
        custom.observability.health_port,
    ) == ("DEBUG", "json", "::", 0)
    with pytest.raises(SettingsError) as bad:
        Settings.from_env(
            {
                **TOKENS,
                "PODNET_LOG_LEVEL": "loud",
                "PODNET_LOG_FORMAT": "xml",
                "PODNET_HEALTH_HOST": "not a host!",
                "PODNET_HEALTH_PORT": "70000",
            },
            slack="socket",
        )
    assert [p.split()[0] for p in bad.value.problems] == [
        "PODNET_LOG_LEVEL",
        "PODNET_LOG_FORMAT",
        "PODNET_HEALTH_HOST",
        "PODNET_HEALTH_PORT",
    ]
    assert "between 0 and 65535" in bad.value.problems[3]
    with pytest.raises(SettingsError) as word:
        Settings.from_env({**TOKENS, "PODNET_HEALTH_PORT": "http"}, slack="socket")
    assert word.value.problems == ["PODNET_HEALTH_PORT must be a whole number (got 'http')"]


def test_ssh_keep_open_defaults_to_fifteen_minutes_and_is_validated() -> None:
    assert Settings.from_env(TOKENS, slack="socket").ssh_keep_open == 900
    assert Settings.from_env({**TOKENS, "PODNET_SSH_KEEP_OPEN": "0"}, slack="socket").ssh_keep_open == 0
    with pytest.raises(SettingsError) as bad:
        Settings.from_env({**TOKENS, "PODNET_SSH_KEEP_OPEN": "90000"}, slack="socket")
    assert bad.value.problems == ["PODNET_SSH_KEEP_OPEN must be between 0 and 86400 (got 90000)"]
