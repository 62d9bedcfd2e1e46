"""One Settings, read once (environment over `.env`), handed to every command through the Wiring."""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from bot.cli.context import wiring_or_exit
from bot.settings import NightlySettings, Settings, SettingsError
from bot.wiring import Wiring
from checks.errors import Unreachable
from checks.remote.catalog import ip_route
from checks.remote.pool import NodeRef, NodeRunner

NODE = NodeRef("node-2", "10.41.1.22")  # as the engine hands it over: the name and the InternalIP


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    # every variable the settings read: cleared so the machine's own environment (a lab's exports) cannot leak in
    for name in list(os.environ):
        if name.startswith(("PODNET_", "SLACK_", "KUBE")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env from wherever the tests run
    return monkeypatch


def _alias_used(runner: NodeRunner, monkeypatch: pytest.MonkeyPatch) -> str:
    """The name the runner looks the node up with in the ssh_config (its connect is stopped there)."""
    seen: list[str] = []

    def refuse(node: str, alias: str, *rest: Any) -> Any:
        seen.append(alias)
        raise Unreachable(node, "not in this test")

    if runner.connections is not None:
        monkeypatch.setattr(runner.connections, "checkout", refuse)
    else:
        monkeypatch.setattr(runner._connector, "connect", refuse)
    [result] = runner.run(NODE, [ip_route()])
    assert result.exit_status is None and result.error == "not in this test"  # an unreachable node: a result
    return seen[0]


def test_serve_runners_reach_nodes_by_name_with_podnet_ssh_by_name(clean_env: pytest.MonkeyPatch) -> None:
    tokens = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "PODNET_SSH_KEEP_OPEN": "60"}
    by_name = Wiring.serving(Settings.from_env({**tokens, "PODNET_SSH_BY_NAME": "1"}, slack="socket"))
    by_ip = Wiring.serving(Settings.from_env(tokens, slack="socket"))
    try:
        # the runner on the kept connections, which every Slack diagnosis runs with
        assert by_name.connections is not None
        assert _alias_used(by_name.node_runner(), clean_env) == "node-2"
        assert _alias_used(by_ip.node_runner(), clean_env) == "10.41.1.22"
    finally:
        by_name.close()
        by_ip.close()
    assert by_name.connections is None  # closed with the process, not left in a global


def test_the_sweeps_runner_reaches_nodes_by_name_with_podnet_ssh_by_name(clean_env: pytest.MonkeyPatch) -> None:
    # `podnet sweep` builds its wiring this way; engine.sweep hands the runner InternalIPs, the runner
    # looks the node up by name
    clean_env.setenv("PODNET_SSH_BY_NAME", "yes")
    wiring = wiring_or_exit()
    assert wiring.connections is None and wiring.settings.slack is None  # no tokens asked for
    assert _alias_used(wiring.node_runner(), clean_env) == "node-2"
    clean_env.setenv("PODNET_SSH_BY_NAME", "0")
    assert _alias_used(wiring_or_exit().node_runner(), clean_env) == "10.41.1.22"


def test_ssh_and_kubernetes_settings_are_read_from_dot_env(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(
        "# the lab's\n"
        "KUBECONFIG=/run/lab/kubeconfig\n"
        "export PODNET_SSH_CONFIG=/run/lab/ssh/config\n"
        "PODNET_KNOWN_HOSTS='/run/lab/ssh/known_hosts'\n"
        'PODNET_SSH_KEY="/run/lab/ssh/id_ed25519"\n'
        "PODNET_SSH_USER=file-user\n"
        "PODNET_SSH_SUDO=1\n"
    )
    clean_env.setenv("PODNET_SSH_USER", "env-user")  # the environment wins over the file
    clean_env.setenv("KUBERNETES_SERVICE_HOST", "10.96.0.1")  # in a pod, but a kubeconfig is given
    settings = Settings.from_env()
    assert settings.ssh.config_file == Path("/run/lab/ssh/config")
    assert settings.ssh.known_hosts == Path("/run/lab/ssh/known_hosts")
    assert settings.ssh.key_file == Path("/run/lab/ssh/id_ed25519")
    assert (settings.ssh.user, settings.ssh.sudo, settings.ssh.by_name) == ("env-user", True, False)
    assert (settings.kube.kubeconfig, settings.kube.in_cluster) == ("/run/lab/kubeconfig", False)

    asked: list[tuple[str | None, bool]] = []
    clean_env.setattr(
        "bot.wiring.load_api_client", lambda kubeconfig, *, in_cluster: asked.append((kubeconfig, in_cluster))
    )
    Wiring(settings).api_client()
    (tmp_path / ".env").write_text("")
    Wiring(Settings.from_env()).api_client()
    assert asked == [("/run/lab/kubeconfig", False), (None, True)]  # no kubeconfig in a pod: its service account


def test_every_bad_variable_is_named_in_one_error(clean_env: pytest.MonkeyPatch) -> None:
    bad = {
        "PODNET_SSH_SUDO": "maybe",
        "PODNET_SSH_BY_NAME": "by name",
        "PODNET_SSH_KEEP_OPEN": "forever",
        "PODNET_SSH_DEADLINE": "-5",
        "PODNET_HISTORY_DAYS": "0",
        "PODNET_HEALTH_PORT": "70000",
        "PODNET_LOG_LEVEL": "loud",
    }
    with pytest.raises(SettingsError) as raised:
        Settings.from_env(bad)
    assert sorted(p.split()[0] for p in raised.value.problems) == sorted(bad)
    assert all(name in str(raised.value) for name in bad)
    # the commands that run the engine say so and exit 2 before touching a node; none asks for Slack tokens
    for name, value in bad.items():
        clean_env.setenv(name, value)
    from bot.cli.main import app

    for command in (["sweep"], ["check", "node-1"], ["diagnose", "lookup keystone: i/o timeout"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2, result.output
        assert all(name in result.output for name in bad), result.output
        assert "SLACK" not in result.output


def test_the_ssh_deadline_reaches_the_runner(clean_env: pytest.MonkeyPatch) -> None:
    assert Settings.from_env({"PODNET_SSH_DEADLINE": "45"}).ssh.batch_deadline == 45.0
    assert Settings.from_env({}).ssh.batch_deadline is None  # the commands' own timeouts plus 10 s


def test_without_a_slack_mode_no_token_is_needed_and_none_is_read(clean_env: pytest.MonkeyPatch) -> None:
    settings = Settings.from_env({"SLACK_BOT_TOKEN": "not-a-token"})
    assert settings.slack is None
    with pytest.raises(SettingsError):
        settings.for_slack  # noqa: B018 (the property is what raises)


def test_a_secret_is_never_echoed_in_a_settings_error(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # wrong kinds of token, from the environment and from .env, in both modes
    (tmp_path / ".env").write_text("SLACK_APP_TOKEN=xoxb-app-secret-from-the-file\n")
    secrets = {"SLACK_BOT_TOKEN": "xoxp-user-secret", "SLACK_SIGNING_SECRET": "signing-secret"}
    for mode in ("socket", "http"):
        with pytest.raises(SettingsError) as raised:
            Settings.from_env({**secrets, "PODNET_HEALTH_PORT": "http"}, slack=mode)
        error = raised.value
        shown = "".join(traceback.format_exception(error)) + repr(error) + str(error.problems)
        assert "SLACK_BOT_TOKEN must be a bot token starting with xoxb-" in error.problems
        assert "PODNET_HEALTH_PORT must be a whole number (got 'http')" in error.problems  # a setting is echoed
        for secret in (*secrets.values(), "xoxb-app-secret-from-the-file"):
            assert secret not in shown, (mode, shown)
    assert error.problems == [
        "SLACK_BOT_TOKEN must be a bot token starting with xoxb-",
        "PODNET_HEALTH_PORT must be a whole number (got 'http')",
    ]


def test_bad_variables_of_every_part_and_the_cross_field_checks_are_all_in_one_error(
    clean_env: pytest.MonkeyPatch,
) -> None:
    bad = {
        "SLACK_BOT_TOKEN": "xoxb-1",  # good, but Socket Mode also needs SLACK_APP_TOKEN: not set
        "PODNET_MAX_CONCURRENT": "0",
        "PODNET_SSH_SUDO": "sometimes",
        "PODNET_TIMEZONE": "Mars/Olympus",  # a bad zone does not hide a bad cron (read in UTC then)
        "PODNET_SWEEP_CRON": "61 * * * *",
        "PODNET_LOG_FORMAT": "xml",
    }
    with pytest.raises(SettingsError) as raised:
        Settings.from_env(bad, slack="socket")
    problems = raised.value.problems
    assert [p.split()[0] for p in problems] == [
        "SLACK_APP_TOKEN",
        "PODNET_MAX_CONCURRENT",
        "PODNET_SSH_SUDO",
        "PODNET_TIMEZONE",
        "PODNET_SWEEP_CRON",
        "PODNET_LOG_FORMAT",
    ]
    assert problems[0].startswith("SLACK_APP_TOKEN is not set (Socket Mode needs an app-level token")
    assert problems[1] == "PODNET_MAX_CONCURRENT must be between 1 and 32 (got 0)"
    assert problems[2] == "PODNET_SSH_SUDO must be 1 or 0 (got 'sometimes')"
    assert problems[3] == "PODNET_TIMEZONE must be an IANA time zone such as Europe/Berlin (got 'Mars/Olympus')"
    assert problems[4].startswith("PODNET_SWEEP_CRON must be a five-field cron expression such as '0 2 * * *' (")
    assert problems[5] == "PODNET_LOG_FORMAT must be one of auto, json, text (got 'xml')"
    message = str(raised.value)
    assert message.startswith("invalid settings:\n") and message.count("\n  - ") == len(problems)


def test_the_environment_wins_over_dot_env_and_blank_values_are_unset(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("PODNET_HISTORY_DAYS=7\nPODNET_LOG_LEVEL=debug\nPODNET_HEALTH_PORT=9000\n")
    given = {"PODNET_LOG_LEVEL": " warning ", "PODNET_HEALTH_PORT": "  ", "PODNET_SSH_USER": " ops "}
    settings = Settings.from_env(given)
    assert settings.nightly.history_days == 7  # from the file
    assert settings.observability.log_level == "WARNING"  # the given environment's, stripped
    assert settings.observability.health_port == 8080  # blank in the environment: the default, as unset
    assert settings.ssh.user == "ops"
    # a given mapping replaces the process environment, which is not read
    clean_env.setenv("PODNET_SSH_USER", "from-the-process")
    assert Settings.from_env({}).ssh.user is None
    assert Settings.from_env().ssh.user == "from-the-process"
    assert Settings.from_env(dotenv=tmp_path / "missing.env").nightly.history_days == 30


def test_a_part_built_from_values_reads_no_environment(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("PODNET_HISTORY_DAYS=7\n")
    clean_env.setenv("PODNET_SWEEP_GRACE_MINUTES", "5")
    nightly = NightlySettings(channel="C0OPS", cron="0 3 * * *", timezone="UTC")
    assert (nightly.grace_minutes, nightly.history_days) == (360, 30)  # the defaults, not the file's or env's
    assert Settings.from_env().nightly.history_days == 7  # while from_env reads both
    with pytest.raises(ValidationError):  # still checked
        NightlySettings(channel="C0OPS", cron="0 25 * * *", timezone="UTC")
