"""One Settings, read once (environment over `.env`), handed to every command through the Wiring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli.context import wiring_or_exit
from bot.settings import Settings, SettingsError
from bot.wiring import Wiring
from checks.errors import Unreachable
from checks.remote.catalog import ip_route
from checks.remote.pool import NodeRef, NodeRunner

# every variable the settings read: cleared so the machine's own environment (a lab's exports) cannot leak in
READ = (
    "KUBECONFIG",
    "KUBERNETES_SERVICE_HOST",
    "PODNET_SSH_CONFIG",
    "PODNET_KNOWN_HOSTS",
    "PODNET_SSH_KEY",
    "PODNET_SSH_USER",
    "PODNET_SSH_SUDO",
    "PODNET_SSH_BY_NAME",
    "PODNET_SSH_KEEP_OPEN",
    "PODNET_DATABASE_URL",
    "PODNET_HISTORY_DAYS",
    "PODNET_HEALTH_PORT",
    "PODNET_LOG_LEVEL",
    "SLACK_BOT_TOKEN",
    "SLACK_APP_TOKEN",
)
NODE = NodeRef("node-2", "10.41.1.22")  # as the engine hands it over: the name and the InternalIP


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for name in READ:
        monkeypatch.delenv(name, raising=False)
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


def test_without_a_slack_mode_no_token_is_needed_and_none_is_read(clean_env: pytest.MonkeyPatch) -> None:
    settings = Settings.from_env({"SLACK_BOT_TOKEN": "not-a-token"})
    assert settings.slack is None
    with pytest.raises(SettingsError):
        settings.for_slack  # noqa: B018 (the property is what raises)
