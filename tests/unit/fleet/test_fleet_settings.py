"""Many clusters, configured: one from the environment as before (named), several from PODNET_CLUSTERS
with the environment's values as fallbacks, every problem of a bad file named at once; a wiring per
cluster; `--cluster` in the CLI and `podnet clusters`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.cli.main import app
from bot.observability.metrics import Metrics
from bot.settings import Settings, SettingsError
from bot.wiring import Wiring
from checks.errors import ApiUnavailable
from tests.unit.fleet.recorded import CASES, reader, write_clusters

TOKENS = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.startswith(("PODNET_", "SLACK_", "KUBE")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/.kube/config of the machine's
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def test_one_cluster_from_the_environment_is_named_and_serves_every_channel(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = Settings.from_env({"PODNET_SSH_KEY": "/keys/id", "KUBECONFIG": str(tmp_path / "none")})
    [one] = settings.clusters
    assert (one.name, one.channels, settings.fleet) == ("default", ("*",), False)  # no kubeconfig: `default`
    assert one.ssh == settings.ssh and one.kube.kubeconfig == str(tmp_path / "none")
    assert settings.cluster() is one and settings.cluster("default") is one

    kubeconfig = tmp_path / "kubeconfig"
    kubeconfig.write_text("apiVersion: v1\nkind: Config\ncurrent-context: kubernetes-admin@Lab_1\ncontexts: []\n")
    assert Settings.from_env({"KUBECONFIG": str(kubeconfig)}).cluster().name == "kubernetes-admin-lab-1"
    named = Settings.from_env({"KUBECONFIG": str(kubeconfig), "PODNET_CLUSTER_NAME": "lab-a"})
    assert named.cluster_names == ("lab-a",)
    with pytest.raises(SettingsError, match=r"PODNET_CLUSTER_NAME must be 1 to 40 of a-z, 0-9 and -"):
        Settings.from_env({"PODNET_CLUSTER_NAME": "Prod/EU"})


def test_two_clusters_from_a_toml_with_the_environment_as_fallback(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = write_clusters(tmp_path)
    env = {
        **TOKENS,
        "PODNET_CLUSTERS": str(path),
        "PODNET_SSH_KEY": "/keys/shared",
        "PODNET_SSH_USER": "podnet",
        "PODNET_KNOWN_HOSTS": "/etc/podnet/known_hosts",
        "PODNET_SSH_SUDO": "1",
        "KUBECONFIG": "/etc/podnet/kubeconfig",
    }
    settings = Settings.from_env(env, slack="socket")
    prod, staging = settings.clusters
    assert settings.fleet and settings.cluster_names == ("prod", "staging")
    # prod: its own kubeconfig (relative to the file) and context, its own key; the rest from the environment
    assert (prod.kube.kubeconfig, prod.kube.context, prod.kube.in_cluster) == (
        str(tmp_path / "kube/prod.yaml"),
        "prod-admin",
        False,
    )
    assert (str(prod.ssh.key_file), prod.ssh.user, str(prod.ssh.known_hosts), prod.ssh.sudo) == (
        "/keys/prod",
        "podnet",
        "/etc/podnet/known_hosts",
        True,
    )
    # staging: in-cluster, its own user; the shared key from the environment
    assert (staging.kube.in_cluster, staging.kube.kubeconfig, staging.ssh.user, str(staging.ssh.key_file)) == (
        True,
        None,
        "ops",
        "/keys/shared",
    )
    assert (prod.summary_channel, staging.summary_channel) == ("C0PRODOPS", None)
    # where podnet answers: the union of the clusters' channels (PODNET_CHANNELS left empty)
    assert settings.for_slack.channels == ("C0PROD", "C0PLATFORM", "C0STAGING")
    with pytest.raises(SettingsError, match=r"several clusters are configured: choose one of prod, staging"):
        settings.cluster()
    with pytest.raises(SettingsError, match=r"there is no cluster 'dev': choose one of prod, staging"):
        settings.cluster("dev")


BAD = """
unrelated = 1
[clusters.Prod]
kubeconfig = "/k"
[clusters.prod]
ssh_kye = "/typo"
channels = ["C0PROD", "not a channel"]
[clusters.staging]
in_cluster = true
kubeconfig = "/k"
[clusters.dev]
ssh_sudo = "yes"
summary_channel = "#ops room"
"""


def test_every_problem_of_a_bad_file_is_named_at_once(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write_clusters(tmp_path, BAD)
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"PODNET_CLUSTERS": str(path), "PODNET_HEALTH_PORT": "70000"})
    problems = raised.value.problems
    where = f"PODNET_CLUSTERS ({path})"
    assert any(p.startswith("PODNET_HEALTH_PORT must be between") for p in problems)  # the rest still checked
    expected = [
        f"{where} has unknown top-level keys unrelated",
        f"{where} [clusters.Prod]: the name must be 1 to 40 of a-z, 0-9 and - (got 'Prod')",
        f"{where} [clusters.prod]: unknown key ssh_kye",
        f"{where} [clusters.prod] channels: must be channel ids",
        f"{where} [clusters.staging]: in_cluster = true takes no kubeconfig or context",
        f"{where} [clusters.dev] ssh_sudo:",
        f"{where} [clusters.dev] summary_channel: must be a channel id",
    ]
    for line in expected:
        assert any(p.startswith(line) for p in problems), (line, problems)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (None, "cannot be read: No such file or directory"),
        ("[clusters.prod\n", "is not valid TOML: "),
        ("# nothing\n", "names no cluster: add a [clusters.NAME] table for each"),
        ("[clusters]\nprod = 1\n", "[clusters.prod] must be a table"),
    ],
)
def test_a_file_that_cannot_be_used_says_why(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, text: str | None, said: str
) -> None:
    path = tmp_path / "clusters.toml"
    if text is not None:
        path.write_text(text)
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"PODNET_CLUSTERS": str(path)})
    assert any(said in p for p in raised.value.problems), raised.value.problems


def test_podnet_channels_beside_the_clusters_may_name_only_their_channels(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env = {**TOKENS, "PODNET_CLUSTERS": str(write_clusters(tmp_path)), "PODNET_CHANNELS": "C0PROD,C0RANDOM"}
    with pytest.raises(SettingsError, match=r"PODNET_CHANNELS lists C0RANDOM, which no cluster in PODNET_CLUSTERS"):
        Settings.from_env(env, slack="socket")
    with pytest.raises(SettingsError, match=r"PODNET_CLUSTER_NAME names the one cluster"):
        Settings.from_env({**env, "PODNET_CHANNELS": "C0PROD", "PODNET_CLUSTER_NAME": "x"}, slack="socket")
    # a cluster serving "*": every channel podnet is in is that cluster's (and may be others' too)
    everywhere = write_clusters(tmp_path, '[clusters.prod]\nchannels = ["*"]\n[clusters.lab]\nchannels = ["C0LAB"]\n')
    settings = Settings.from_env({**env, "PODNET_CLUSTERS": str(everywhere)}, slack="socket")
    assert settings.for_slack.channels == ("*", "C0LAB")


def test_each_cluster_has_its_own_wiring_api_client_and_kept_connections(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    env = {**TOKENS, "PODNET_CLUSTERS": str(write_clusters(tmp_path)), "PODNET_SSH_KEEP_OPEN": "60"}
    settings = Settings.from_env(env, slack="socket")
    asked: list[tuple[Any, dict[str, Any]]] = []
    clean_env.setattr("bot.wiring.load_api_client", lambda kubeconfig, **kw: asked.append((kubeconfig, kw)))
    wiring = Wiring.serving(settings)
    try:
        prod, staging = wiring.for_cluster("prod"), wiring.for_cluster("staging")
        assert prod is wiring and wiring.for_cluster("staging") is staging  # built once
        assert prod.connections is not None and staging.connections is not None
        assert prod.connections is not staging.connections
        assert str(prod.node_runner().settings.key_file) == "/keys/prod"
        assert staging.node_runner().settings.user == "ops"
        prod.api_client()
        staging.api_client()
        assert wiring.all_connections() == [prod.connections, staging.connections]
        metrics = Metrics()
        metrics.watch_connections(wiring.all_connections)  # /metrics: every cluster's kept connections
        staging.connections.reused += 2
        prod.connections.opened += 1
        assert metrics.registry.get_sample_value("podnet_ssh_connections_total", {"how": "reused"}) == 2
        assert metrics.registry.get_sample_value("podnet_ssh_connections_total", {"how": "opened"}) == 1
    finally:
        wiring.close()
    assert asked == [
        (str(tmp_path / "kube/prod.yaml"), {"in_cluster": False, "context": "prod-admin"}),
        (None, {"in_cluster": True}),
    ]
    assert staging.connections is None  # closed with the serving wiring
    clean_env.setenv("PODNET_CLUSTERS", str(tmp_path / "clusters.toml"))
    with pytest.raises(SettingsError, match="choose one of prod, staging"):
        Wiring.from_env()  # the CLI without --cluster: which one?


def _cli(env: dict[str, str], *args: str) -> Any:
    return CliRunner().invoke(app, list(args), env=env)


def test_the_cli_runs_in_the_cluster_asked_for(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`podnet check --cluster NAME`, `check CLUSTER/NODE` and `diagnose --cluster`: the recorded
    cluster of that name and its nodes' recorded outputs (prod healthy, staging's route gone)."""
    env = {"PODNET_CLUSTERS": str(write_clusters(tmp_path))}
    clean_env.setattr(Wiring, "cluster", lambda self: reader(self.target.name))
    clean_env.setattr(Wiring, "node_runner", lambda self, *a, **kw: CASES[self.target.name].runner())
    staging = _cli(env, "check", "--json", "--cluster", "staging", "node-2")
    assert staging.exit_code == 1, staging.output
    report = json.loads(staging.stdout)
    assert (report["cluster"], report["verdict"]["code"]) == ("staging", "routing.block-route-missing")
    prod = _cli(env, "check", "--json", "prod/node-2")
    assert prod.exit_code == 0 and json.loads(prod.stdout)["cluster"] == "prod"
    paste = "dial tcp: lookup default-keystone: i/o timeout"
    verdicts = {}
    for name in ("staging", "prod"):
        result = _cli(env, "diagnose", "--json", "--from", "node-2", "--cluster", name, paste)
        report = json.loads(result.stdout)
        verdicts[report["cluster"]] = (result.exit_code, report["verdict"]["status"])
    assert verdicts == {"staging": (1, "problem"), "prod": (0, "healthy")}
    # no cluster named with several configured, or one that is not: exit 2, listing them; nothing run
    for args in (["check", "node-2"], ["check", "--cluster", "dev", "node-2"], ["sweep"], ["diagnose", paste]):
        result = _cli(env, *args)
        assert result.exit_code == 2 and "choose one of prod, staging" in result.output, (args, result.output)
    result = _cli(env, "check", "--cluster", "prod", "staging/node-2")
    assert result.exit_code == 2 and "names another cluster than --cluster prod" in result.output


def test_the_cli_with_one_cluster_needs_no_cluster_and_refuses_another(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_env.setattr(Wiring, "api_client", lambda self: (_ for _ in ()).throw(ApiUnavailable("no API in this test")))
    env = {"PODNET_CLUSTER_NAME": "lab"}
    result = _cli(env, "check", "--cluster", "prod", "node-2")
    assert result.exit_code == 2 and "there is no cluster 'prod': choose one of lab" in result.output
    result = _cli(env, "check", "lab/node-2")  # its own name is fine: it reaches the API
    assert result.exit_code == 2 and "no API in this test" in result.output


def test_podnet_clusters_lists_them_without_secrets(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env = {"PODNET_CLUSTERS": str(write_clusters(tmp_path)), "PODNET_SSH_KEY": "/keys/shared"}
    result = _cli(env, "clusters", "--json")
    assert result.exit_code == 0, result.output
    listed = {c["name"]: c for c in json.loads(result.stdout)["clusters"]}
    assert listed["prod"]["api"] == f"{tmp_path / 'kube/prod.yaml'} (context prod-admin)"
    assert listed["staging"]["api"] == "in-cluster" and listed["staging"]["ssh"]["key"] == "/keys/shared"
    assert listed["prod"]["channels"] == ["C0PROD", "C0PLATFORM"] and listed["prod"]["summary_channel"] == "C0PRODOPS"
    table = _cli(env, "clusters")
    assert table.exit_code == 0 and "prod" in table.stdout and "C0STAGING" in table.stdout
    one = _cli({"PODNET_CLUSTER_NAME": "lab"}, "clusters", "--json")
    assert json.loads(one.stdout)["clusters"][0]["name"] == "lab"
    bad = _cli({"PODNET_CLUSTERS": str(tmp_path / "missing.toml")}, "clusters")
    assert bad.exit_code == 2 and "cannot be read" in bad.output
