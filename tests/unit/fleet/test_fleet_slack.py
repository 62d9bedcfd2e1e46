"""Many clusters in Slack, against the Slack stand-in and two recorded clusters (tests/unit/fleet/recorded.py:
prod healthy with a Service `billing` of its own, staging with a route gone): a paste runs in its
channel's cluster; in a channel of both, where the Service exists, or a question with one button per
cluster; the button runs it there; `/podnet check CLUSTER/NODE`; a button naming a cluster the channel
does not serve is refused; audit lines and titles name the cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.settings import Settings
from bot.slack.app import handle_command, handle_paste, rerun
from bot.slack.fleet import pick
from bot.slack.request import DiagnosisRequest
from bot.slack.service import DiagnosisService, Job
from bot.storage.store import Store
from bot.wiring import Wiring
from checks import engine
from checks.errors import ApiUnavailable
from checks.model import Report
from tests.slack_standin import SlackStandIn
from tests.unit.fleet.recorded import CASES, reader, write_clusters
from tests.unit.loopback import WAIT

CHANNELS = {"C0PROD": "prod", "C0STAGING": "staging", "C0PLATFORM": "platform"}
KEYSTONE = "dial tcp: lookup default-keystone: i/o timeout"  # a Service in both clusters
BILLING = "dial tcp: lookup billing.payments on 10.96.0.10:53: no such host"  # in prod only


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn(channels=CHANNELS) as standin:
        yield standin


class Fleet:
    def __init__(self, slack: SlackStandIn, tmp_path: Path, open_cluster: Any = reader) -> None:
        env = {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
            "PODNET_CLUSTERS": str(write_clusters(tmp_path)),
            "PODNET_ALLOWED_USERS": "U0ALICE",
        }
        self.slack, self.audit = slack, tmp_path / "audit.jsonl"
        self.settings = Settings.from_env(env, slack="socket", dotenv=tmp_path / ".env")
        self.store = Store(f"sqlite:///{tmp_path / 'db'}")
        self.ran: list[tuple[str | None, str]] = []
        self.client = WebClient(token=slack.bot_token, base_url=slack.api_url)
        self.service = DiagnosisService(
            self.settings, self.client, self.store, Wiring(self.settings), self.engine, open_cluster=open_cluster
        )

    def engine(self, job: Job, progress: Any, on_target: Any) -> tuple[Report, list[tuple[str, str, int | None]]]:
        """The real engine on the recorded cluster the job names, from node-2."""
        request = job.request
        self.ran.append((request.cluster, request.subject))
        case, cluster = CASES[str(request.cluster)], reader(request.cluster)
        if request.kind == "check":
            report = engine.check_node(
                cluster, case.runner(), str(request.node), progress=progress, on_target=on_target
            )
        else:
            report = engine.diagnose(
                cluster, case.runner(), request.failing, from_="node-2", progress=progress, on_target=on_target
            )
        return report, [("node-2", "ip route", 0)]

    def paste(self, channel: str, text: str, ts: str) -> None:
        handle_paste(self.service, self.store, self.settings, channel=channel, ts=ts, user="U0BOB", text=text)

    def verdicts(self, count: int) -> list[tuple[str, str]]:
        """(channel, text) of the first `count` verdicts, once they are all posted."""
        done = ("healthy", "problem", "inconclusive")
        self.slack.wait_for(
            lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith(done), WAIT, count=count
        )
        marks = ("white_check_mark", "x", "grey_question")  # the verdict's reaction: the job's last call
        self.slack.wait_for(lambda c: c.method == "reactions.add" and c.args.get("name") in marks, WAIT, count=count)
        updates = [c for c in self.slack.calls("chat.update") if str(c.args.get("text")).startswith(done)]
        return [(str(c.args["channel"]), str(c.args["text"])) for c in updates]

    def questions(self) -> list[Any]:
        return [c for c in self.slack.calls("chat.postMessage") if "Which cluster" in str(c.args.get("text"))]


def buttons(call: Any) -> dict[str, str]:
    """action_id -> value of the buttons in a posted message."""
    blocks = call.args["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    return {e["action_id"]: e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"]}


def press(fleet: Fleet, question: Any, action_id: str, user: str = "U0BOB") -> None:
    body = {
        "channel": {"id": question.args["channel"]},
        "message": {"ts": "9.9", "thread_ts": question.args["thread_ts"]},
        "user": {"id": user},
        "actions": [{"action_id": action_id, "value": buttons(question)[action_id]}],
    }
    pick(fleet.service, fleet.settings, body)


def test_a_paste_runs_in_the_cluster_its_channel_serves(slack: SlackStandIn, tmp_path: Path) -> None:
    fleet = Fleet(slack, tmp_path, open_cluster=lambda name: pytest.fail("no lookup in a one-cluster channel"))
    fleet.paste("C0PROD", KEYSTONE, "1.0")
    fleet.paste("C0STAGING", KEYSTONE, "2.0")
    verdicts = dict(fleet.verdicts(2))
    assert sorted(fleet.ran) == [("prod", "`default-keystone`"), ("staging", "`default-keystone`")]
    assert verdicts["C0PROD"].startswith("healthy") and verdicts["C0STAGING"].startswith("problem")
    titles = [str(c.args["text"]) for c in slack.calls("chat.postMessage")]
    assert "Diagnosing `default-keystone` (timeout) in prod" in titles
    final = [c for c in slack.calls("chat.update") if c.args["channel"] == "C0STAGING"][-1]
    assert " in staging" in json.dumps(final.args["blocks"])  # the verdict's heading names the cluster
    intents = [json.loads(line) for line in fleet.audit.read_text().splitlines() if '"intent"' in line]
    assert sorted(line["cluster"] for line in intents) == ["prod", "staging"]
    assert {json.loads(line["request"])["cluster"] for line in intents} == {"prod", "staging"}


def test_in_a_channel_of_two_clusters_it_runs_where_the_service_exists(slack: SlackStandIn, tmp_path: Path) -> None:
    fleet = Fleet(slack, tmp_path)
    fleet.paste("C0PLATFORM", BILLING, "3.0")
    [(channel, verdict)] = fleet.verdicts(1)
    assert fleet.ran == [("prod", "`billing.payments`")] and channel == "C0PLATFORM" and verdict.startswith("healthy")
    assert fleet.questions() == []


def test_a_service_in_both_clusters_is_asked_about_and_the_button_runs_it_there(
    slack: SlackStandIn, tmp_path: Path
) -> None:
    fleet = Fleet(slack, tmp_path)
    fleet.paste("C0PLATFORM", KEYSTONE, "4.0")
    [question] = fleet.questions()
    assert fleet.ran == [] and question.args["thread_ts"] == "4.0"
    assert "is a Service in *prod*, *staging*" in str(question.args["text"])
    values = buttons(question)
    assert sorted(values) == ["podnet_pick_cluster:prod", "podnet_pick_cluster:staging"]
    assert DiagnosisRequest.from_json(values["podnet_pick_cluster:staging"]).cluster == "staging"
    press(fleet, question, "podnet_pick_cluster:staging")
    [(_, verdict)] = fleet.verdicts(1)
    assert fleet.ran == [("staging", "`default-keystone`")] and verdict.startswith("problem")
    picked = [c for c in slack.calls("chat.update") if "picked by <@U0BOB>" in str(c.args.get("text"))]
    assert len(picked) == 1 and picked[0].args["ts"] == "9.9"  # the buttons are gone: asked once


@pytest.mark.parametrize(
    ("paste", "said"),
    [
        ("dial tcp: lookup ghost: i/o timeout", "`ghost` is not a Service in any cluster of this channel"),
        ("dial tcp: lookup api.github.com: i/o timeout", "`api.github.com` is not a Service name"),
    ],
)
def test_a_name_in_neither_cluster_asks_with_every_cluster(
    slack: SlackStandIn, tmp_path: Path, paste: str, said: str
) -> None:
    fleet = Fleet(slack, tmp_path)
    fleet.paste("C0PLATFORM", paste, "5.0")
    [question] = fleet.questions()
    assert said in str(question.args["text"]) and fleet.ran == []
    assert sorted(buttons(question)) == ["podnet_pick_cluster:prod", "podnet_pick_cluster:staging"]


def test_a_cluster_that_cannot_answer_is_a_candidate_not_a_no(slack: SlackStandIn, tmp_path: Path) -> None:
    def open_cluster(name: str | None) -> Any:
        if name == "staging":
            raise ApiUnavailable("cannot reach the Kubernetes API (recorded)")
        return reader(name)

    fleet = Fleet(slack, tmp_path, open_cluster=open_cluster)
    fleet.paste("C0PLATFORM", BILLING, "6.0")
    [question] = fleet.questions()
    assert "is a Service in *prod*; *staging* could not be asked in time" in str(question.args["text"])
    assert fleet.ran == []


def command(fleet: Fleet, channel: str, text: str) -> None:
    handle_command(
        fleet.service,
        fleet.store,
        fleet.settings,
        fleet.client,
        {"channel_id": channel, "user_id": "U0ALICE", "text": text},
    )


def test_podnet_check_names_the_cluster_where_the_channel_serves_several(slack: SlackStandIn, tmp_path: Path) -> None:
    fleet = Fleet(slack, tmp_path)
    command(fleet, "C0PLATFORM", "check node-2")  # which one?
    command(fleet, "C0PROD", "check staging/node-2")  # not this channel's cluster
    command(fleet, "C0PLATFORM", "check staging/node-9")  # no such node there
    ephemerals = [str(c.args["text"]) for c in slack.calls("chat.postEphemeral")]
    assert ephemerals[0] == "This channel serves several clusters: say which, e.g. `prod/node-2`, `staging/node-2`."
    assert ephemerals[1] == "This channel does not serve cluster `staging` (it serves prod)."
    assert ephemerals[2].startswith("There is no node `node-9` in cluster staging.")
    assert fleet.ran == []
    command(fleet, "C0PLATFORM", "check staging/node-2")
    command(fleet, "C0PROD", "check node-2")  # one cluster here: no need to name it
    verdicts = fleet.verdicts(2)
    assert sorted(fleet.ran) == [("prod", "node `node-2`"), ("staging", "node `node-2`")]
    assert sorted(v.split(":")[0] for _, v in verdicts) == ["healthy", "problem"]
    asked = [str(c.args["text"]) for c in slack.calls("chat.postMessage") if "asked:" in str(c.args["text"])]
    assert asked == [
        "<@U0ALICE> asked: `/podnet check staging/node-2`",
        "<@U0ALICE> asked: `/podnet check prod/node-2`",
    ]


def test_a_button_naming_a_cluster_the_channel_does_not_serve_runs_nothing(slack: SlackStandIn, tmp_path: Path) -> None:
    fleet = Fleet(slack, tmp_path)
    forged = DiagnosisRequest.check("node-2").in_cluster("staging").to_json()
    body = {
        "channel": {"id": "C0PROD"},
        "message": {"ts": "7.0"},
        "user": {"id": "U0ALICE"},
        "actions": [{"action_id": "podnet_rerun", "value": forged}],
    }
    rerun(fleet.service, body, capture=False)
    pick(fleet.service, fleet.settings, {**body, "actions": [{"action_id": "podnet_pick_cluster:x", "value": forged}]})
    told = [str(c.args["text"]) for c in slack.calls("chat.postMessage")]
    assert told == ["This channel does not serve cluster `staging` (it serves prod)."] * 2
    assert fleet.ran == []
    rerun(fleet.service, {**body, "channel": {"id": "C0STAGING"}}, capture=False)  # its own channel: re-run there
    [(channel, verdict)] = fleet.verdicts(1)
    assert fleet.ran == [("staging", "node `node-2`")] and channel == "C0STAGING" and verdict.startswith("problem")


def test_one_cluster_keeps_requests_and_titles_as_before(slack: SlackStandIn, tmp_path: Path) -> None:
    """No PODNET_CLUSTERS: no cluster in the request, the title or the recent-diagnosis key."""
    env = {
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_APP_TOKEN": slack.app_token,
        "PODNET_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        "PODNET_CLUSTER_NAME": "lab",
    }
    settings = Settings.from_env(env, slack="socket", dotenv=tmp_path / ".env")
    store = Store(f"sqlite:///{tmp_path / 'db'}")
    seen: list[Job] = []

    def run(job: Job, progress: Any, on_target: Any) -> tuple[Report, list[tuple[str, str, int | None]]]:
        seen.append(job)
        return engine.diagnose(reader("prod"), CASES["prod"].runner(), job.request.failing, from_="node-2"), []

    client = WebClient(token=slack.bot_token, base_url=slack.api_url)
    service = DiagnosisService(settings, client, store, Wiring(settings), run)
    handle_paste(service, store, settings, channel="C0PROD", ts="8.0", user="U0BOB", text=KEYSTONE)
    slack.wait_for(lambda c: c.method == "chat.update" and str(c.args.get("text")).startswith("healthy"), WAIT)
    assert [j.request.cluster for j in seen] == [None] and seen[0].target_key == "C0PROD|/default-keystone"
    assert "cluster" not in json.loads(seen[0].request.to_json())
    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert {line["cluster"] for line in lines} == {"lab"}  # the one cluster's name, in every line
