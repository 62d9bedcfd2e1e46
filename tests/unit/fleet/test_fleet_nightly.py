"""Many clusters at night: `podnet serve`'s nightly job (bot/cli/serve.py `start_nightly`, the real
APScheduler) sweeps each cluster through its own wiring and posts one summary per cluster, titled with
its name, to its summary channel; each cluster's night is its own row. The sweep history keeps clusters
apart, and a database made before clusters gains the column (SQLite and PostgreSQL) with its rows read
as the default cluster's. `/podnet summary [CLUSTER]`."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from slack_sdk import WebClient

from bot.cli.serve import start_nightly
from bot.settings import NightlySettings, Settings
from bot.slack.app import handle_command
from bot.slack.service import DiagnosisService
from bot.slack.summary import METADATA_EVENT, SlackPublisher
from bot.storage.store import Store
from bot.sweeps.history import History, HistoryReader
from bot.sweeps.nightly import Nightly
from bot.wiring import Wiring
from checks import engine
from checks.engine import NodeHealth
from checks.model import StepResult
from tests.slack_standin import SlackStandIn
from tests.unit.fleet.recorded import CASES, reader, write_clusters
from tests.unit.loopback import WAIT


def node_2_only(cluster: Any, runner: Any, on_node: Any = None) -> list[NodeHealth]:
    """The sweep, of node-2 alone: the recordings cover every node-level step of node-2 only."""
    return [NodeHealth("node-2", engine.check_node(cluster, runner, "node-2").steps)]


def settings_for(slack: SlackStandIn, tmp_path: Path, **env: str) -> Settings:
    due = (datetime.now(UTC) - timedelta(minutes=1)).minute  # due a minute ago: the start-up catch-up runs it
    return Settings.from_env(
        {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
            "PODNET_CLUSTERS": str(write_clusters(tmp_path)),
            "PODNET_DATABASE_URL": f"sqlite:///{tmp_path / 'podnet.db'}",
            "PODNET_SUMMARY_CHANNEL": "C0OPS",
            "PODNET_SWEEP_CRON": f"{due} * * * *",
            "PODNET_TIMEZONE": "UTC",
            "PODNET_SWEEP_GRACE_MINUTES": "10",
            **env,
        },
        slack="socket",
        dotenv=tmp_path / ".env",
    )


def test_serve_sweeps_each_cluster_at_night_and_posts_one_summary_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Wiring, "cluster", lambda self: reader(self.target.name))
    monkeypatch.setattr(Wiring, "node_runner", lambda self, *a, **kw: CASES[self.target.name].runner())
    monkeypatch.setattr(engine, "sweep", node_2_only)
    with SlackStandIn(channels={"C0OPS": "ops", "C0PRODOPS": "prod-ops"}) as slack:
        settings = settings_for(slack, tmp_path)
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        store = Store(settings.database_url)
        service = DiagnosisService(settings, client, store, Wiring(settings))
        job = start_nightly(service.wiring, service)
        assert job is not None
        try:
            slack.wait_for(lambda c: c.method == "chat.postMessage" and c.args.get("metadata"), WAIT * 3, count=2)
            slack.wait_for(lambda c: c.method == "chat.postMessage" and c.args.get("thread_ts"), WAIT)
            outcomes = job.run_due("start-up")  # again: each cluster's night is taken, none runs twice
        finally:
            job.stop()
        posts = slack.calls("chat.postMessage")
    summaries = {str(c.args["channel"]): c for c in posts if c.args.get("metadata")}
    assert sorted(summaries) == ["C0OPS", "C0PRODOPS"]  # staging has no summary_channel: PODNET_SUMMARY_CHANNEL
    prod, staging = str(summaries["C0PRODOPS"].args["text"]), str(summaries["C0OPS"].args["text"])
    assert "podnet sweep of prod" in prod and "all 1 nodes healthy" in prod
    assert "podnet sweep of staging" in staging and "1 of 1 nodes failing" in staging
    metadata = summaries["C0OPS"].args["metadata"]
    metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
    assert metadata["event_type"] == METADATA_EVENT and metadata["event_payload"]["cluster"] == "staging"
    thread = [(c.args["channel"], str(c.args["text"])) for c in posts if c.args.get("thread_ts")]
    assert [o.action for o in outcomes] == ["taken", "taken"]
    rows = job.jobs[0].runs()
    assert sorted(slot.split(" ")[1] for slot, _, _ in rows) == ["prod", "staging"]
    assert {state for _, state, _ in rows} == {"posted"}
    # what each history holds: its own cluster's sweep only
    assert HistoryReader(History(settings.database_url, cluster="staging", legacy=False)).trend() == {"routing": [1]}
    assert HistoryReader(History(settings.database_url, cluster="prod")).trend() == {}
    # one thread message per problem, under staging's summary only
    assert thread and all(channel == "C0OPS" and "node-2 · routing" in text for channel, text in thread)


def test_histories_of_two_clusters_do_not_mix(database_url: str) -> None:
    prod, staging = History(database_url, cluster="prod"), History(database_url, cluster="staging", legacy=False)
    broken = StepResult("routing", "routing", "fail", "no route on node-2", ("node-2",))
    fine = StepResult("routing", "routing", "pass", "ok")
    staging.record([NodeHealth("node-2", (broken,))], time.time())
    record = prod.record([NodeHealth("node-2", (fine,))], time.time())
    assert record.new == () and record.resolved == ()  # staging's problem is not prod's, nor resolved by it
    again = staging.record([NodeHealth("node-2", (broken,))], time.time())
    assert again.new == ()  # not new: staging's own previous sweep had it
    latest = HistoryReader(staging).latest()
    assert latest is not None and [r.status for r in latest[0].results] == ["fail"]


OLD_SCHEMA = (
    "CREATE TABLE podnet_sweeps (id {serial} PRIMARY KEY, started_at FLOAT, finished_at FLOAT)",
    "CREATE TABLE podnet_sweep_results (sweep_id INTEGER, node VARCHAR(253), step_id VARCHAR(32), "
    "status VARCHAR(8), summary VARCHAR(4000), detail TEXT, PRIMARY KEY (sweep_id, node, step_id))",
    "CREATE TABLE podnet_nightly_runs (slot VARCHAR(40) PRIMARY KEY, owner VARCHAR(200), claimed_at FLOAT, "
    "state VARCHAR(16), sweep_id INTEGER, summary_ts VARCHAR(32))",
)


def test_a_database_from_before_clusters_is_migrated_and_its_rows_are_the_default_clusters(database_url: str) -> None:
    with sa.create_engine(database_url).begin() as conn:
        serial = "SERIAL" if database_url.startswith("postgresql") else "INTEGER"
        for statement in OLD_SCHEMA:
            conn.execute(sa.text(statement.format(serial=serial)))
        conn.execute(
            sa.text(f"INSERT INTO podnet_sweeps (started_at, finished_at) VALUES ({time.time()}, {time.time()})")
        )
        conn.execute(
            sa.text("INSERT INTO podnet_sweep_results VALUES (1, 'node-2', 'routing', 'fail', 'old row', NULL)")
        )
    default = History(database_url, cluster="prod", legacy=True)
    History(database_url, cluster="prod", legacy=True)  # the migration is idempotent
    columns = {c["name"] for c in sa.inspect(default.engine).get_columns("podnet_sweeps")}
    assert "cluster" in columns
    old = HistoryReader(default).latest()
    assert old is not None and old[0].sweep_id == 1  # the old row reads as the default cluster's
    assert HistoryReader(History(database_url, cluster="staging", legacy=False)).latest() is None
    fixed = StepResult("routing", "routing", "pass", "ok")
    assert [c.node for c in default.record([NodeHealth("node-2", (fixed,))], time.time()).resolved] == ["node-2"]

    # the nightly runs' slot (VARCHAR(40) before) holds a slot and a 40-character cluster name now
    posted: list[str] = []
    name = "c" * 40
    due = (datetime.now(UTC) - timedelta(minutes=1)).minute
    nightly = NightlySettings(channel="C0OPS", cron=f"{due} * * * *", timezone="UTC", grace_minutes=10)
    history = History(database_url, cluster=name, legacy=False)
    job = Nightly(
        nightly,
        database_url,
        sweep=lambda: history.record([NodeHealth("node-2", (fixed,))], time.time()).sweep_id,
        publish=SlackPublisher(
            lambda channel, text, **kw: posted.append(text) or "1.0", "C0OPS", HistoryReader(history)
        ),
        cluster=name,
    )
    assert job.run_due("start-up").action == "posted" and len(posted) == 1
    [(slot, state, _)] = job.runs()
    assert slot.endswith(f" {name}") and state == "posted"


def test_podnet_summary_takes_a_cluster_and_defaults_to_the_channels(tmp_path: Path) -> None:
    with SlackStandIn(channels={"C0PLATFORM": "platform", "C0PROD": "prod"}) as slack:
        settings = settings_for(slack, tmp_path)
        client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        store = Store(settings.database_url)
        service = DiagnosisService(settings, client, store, Wiring(settings))
        fine = StepResult("routing", "routing", "pass", "ok")
        History(settings.database_url, cluster="prod").record([NodeHealth("node-2", (fine,))], time.time())

        def ask(channel: str, text: str) -> None:
            handle_command(service, store, settings, client, {"channel_id": channel, "user_id": "U0A", "text": text})

        ask("C0PLATFORM", "summary")  # both clusters: prod's summary, and "none yet" for staging
        ask("C0PLATFORM", "summary staging")
        ask("C0PROD", "summary staging")  # not this channel's
        posts = [str(c.args["text"]) for c in slack.calls("chat.postMessage")]
        ephemerals = [str(c.args["text"]) for c in slack.calls("chat.postEphemeral")]
    assert len(posts) == 1 and "podnet sweep of prod" in posts[0]
    assert ephemerals[0].startswith("No sweep of staging has been stored yet") and ephemerals[1] == ephemerals[0]
    assert ephemerals[2] == "No cluster `staging` here: this channel serves prod."


def test_one_cluster_keeps_its_history_when_its_name_changes(tmp_path: Path) -> None:
    """One cluster named after its kubeconfig context: another context's name must not lose its history."""
    from bot.sweeps.run import history_for

    url = f"sqlite:///{tmp_path / 'podnet.db'}"
    before = Settings.from_env({"PODNET_CLUSTER_NAME": "old-name", "PODNET_DATABASE_URL": url}, dotenv=tmp_path / ".x")
    after = Settings.from_env({"PODNET_CLUSTER_NAME": "new-name", "PODNET_DATABASE_URL": url}, dotenv=tmp_path / ".x")
    broken = StepResult("routing", "routing", "fail", "no route on node-2", ("node-2",))
    history_for(before, "old-name").record([NodeHealth("node-2", (broken,))], time.time())
    renamed = history_for(after, "new-name")
    assert renamed.record([NodeHealth("node-2", (broken,))], time.time()).new == ()  # the same problem, not new
    with sa.create_engine(url).connect() as conn:
        stored = [row[0] for row in conn.execute(sa.text("SELECT cluster FROM podnet_sweeps ORDER BY id"))]
    assert stored == ["old-name", "new-name"]  # each sweep names the cluster it swept
