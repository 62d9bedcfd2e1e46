"""Closed by default: who may ask podnet for what, and where — the decisions, then the real `podnet serve`
(Socket Mode, Slack stand-in) refusing at every entry point: a paste and a command outside the allowed
channels, a DM, an unauthorized Re-run of a check and an unauthorized capture; each refusal audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.permissions import Audience, parse_permissions
from bot.settings import Settings
from bot.slack.access import Access, request_of
from bot.slack.request import DiagnosisRequest
from checks.cluster.mapping import Failing
from tests.podnet_serve import start_serve
from tests.slack_standin import SlackStandIn, message_event
from tests.unit.loopback import WAIT

OPS = "U0ALICE"
DEV = "U0BOB"


def _access(channels: tuple[str, ...] = ("C0LAB",), dms: bool = False, permissions: str = "") -> Access:
    table = parse_permissions(permissions, [OPS, "S0ONCALL"])
    return Access(channels, dms, table, lambda group: ["U0CAROL"] if group == "S0ONCALL" else [])


def test_nothing_is_open_by_default() -> None:
    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, slack="socket")
    access = Access(
        settings.for_slack.channels, settings.for_slack.allow_dms, settings.for_slack.permission_table, list
    )
    assert not access.decide(("diagnose",), OPS, "C0LAB", None).allowed  # no channel listed: none
    assert not access.decide(("diagnose",), OPS, "D0DM", "im").allowed  # DMs off
    assert settings.for_slack.permission_table["check"] == Audience()  # no operators: nobody checks
    assert access.decide(("help",), DEV, "C0ANY", None).allowed  # help shows nothing of the cluster


def test_channels_dms_and_actions() -> None:
    access = _access()
    assert access.decide(("diagnose",), DEV, "C0LAB", None).allowed
    assert access.decide(("diagnose",), DEV, "C0OTHER", None).reason == "channel not allowed"
    assert access.decide(("check",), DEV, "C0LAB", None).reason == "check not allowed"
    assert access.decide(("check",), OPS, "C0LAB", None).allowed
    assert access.decide(("check",), "U0CAROL", "C0LAB", None).allowed  # through the user group
    assert not access.decide(("rerun", "capture"), DEV, "C0LAB", None).allowed
    assert access.decide(("diagnose",), OPS, "D0DM", "im").reason == "direct messages are off"
    assert _access(dms=True).decide(("diagnose",), DEV, "D0DM", "im").allowed
    assert _access(channels=("*",)).decide(("diagnose",), DEV, "C0ANYWHERE", None).allowed
    narrowed = _access(permissions="diagnose=U0BOB; summary=S0ONCALL")
    assert not narrowed.decide(("diagnose",), OPS, "C0LAB", None).allowed
    assert narrowed.decide(("summary",), "U0CAROL", "C0LAB", None).allowed


@pytest.mark.parametrize("bad", ["delete=*", "check", "check=alice", "help=U0BOB"])
def test_a_wrong_permission_is_named(bad: str) -> None:
    with pytest.raises(ValueError, match=r"check|delete|help|alice"):
        parse_permissions(bad, [])


def test_every_entry_point_maps_to_its_actions() -> None:
    check = DiagnosisRequest.check("node-2").to_json()
    paste = {"type": "event_callback", "event": {"type": "message", "user": DEV, "channel": "C0LAB", "text": "x"}}
    assert request_of(paste) == (("diagnose",), DEV, "C0LAB", None)
    assert request_of({"command": "/podnet", "text": "check node-2", "user_id": DEV, "channel_id": "C1"})[0] == (
        "check",
    )
    assert request_of({"command": "/podnet", "text": "frobnicate", "user_id": DEV, "channel_id": "C1"})[0] == ("help",)
    rerun = {"type": "block_actions", "user": {"id": DEV}, "channel": {"id": "C1"}}
    assert request_of({**rerun, "actions": [{"action_id": "podnet_rerun", "value": check}]})[0] == ("rerun", "check")
    diagnose = DiagnosisRequest.diagnose(Failing("keystone", "timeout", None, None)).to_json()
    assert request_of({**rerun, "actions": [{"action_id": "podnet_capture", "value": diagnose}]})[0] == (
        "rerun",
        "capture",
    )


def test_podnet_serve_refuses_at_every_entry_point(tmp_path: Path) -> None:
    audit = tmp_path / "audit.jsonl"
    channels = {"C0LAB": "lab", "C0OTHER": "random"}
    with SlackStandIn(channels=channels, users={OPS: "alice", DEV: "bob"}) as slack:
        env = {"PODNET_CHANNELS": "C0LAB", "PODNET_ALLOWED_USERS": OPS, "PODNET_AUDIT_LOG": str(audit)}
        serve = start_serve(slack, tmp_path, http=False, env=env)
        try:
            serve.wait_for_line("podnet: Socket Mode connected")
            other = message_event("dial tcp: lookup keystone: i/o timeout", channel="C0OTHER", user=OPS)
            slack.wait_for_ack(slack.send_event(other), timeout=WAIT)
            dm = message_event("dial tcp: lookup keystone: i/o timeout", channel="D0BOB", user=DEV)
            dm["channel_type"] = "im"
            slack.wait_for_ack(slack.send_event(dm), timeout=WAIT)
            slack.wait_for_ack(slack.send_slash_command("/podnet", "check node-2", user_id=OPS, channel_id="C0OTHER"))
            slack.wait_for_ack(slack.send_slash_command("/podnet", "check node-2", user_id=DEV))
            verdict = slack.workspace.add_message("C0LAB", {"text": "problem: routing", "user": "U0PODNET"})["ts"]
            check = DiagnosisRequest.check("node-2").to_json()
            slack.wait_for_ack(slack.send_block_action("podnet_rerun", value=check, user_id=DEV, message_ts=verdict))
            diagnose = DiagnosisRequest.diagnose(Failing("keystone", "timeout", None, None)).to_json()
            slack.wait_for_ack(
                slack.send_block_action("podnet_capture", value=diagnose, user_id=DEV, message_ts=verdict)
            )
            told = slack.wait_for(lambda c: c.method == "chat.postEphemeral", timeout=WAIT, count=5)
        finally:
            serve.stop()
    assert told is not None
    ephemerals = [(c.args["channel"], c.args["user"], str(c.args["text"])) for c in slack.calls("chat.postEphemeral")]
    assert ("D0BOB", DEV, "podnet does not take direct messages here.") in ephemerals
    assert ("C0OTHER", OPS, "podnet is not enabled in this channel.") in ephemerals
    assert sum("not allowed to run checks" in text for _, user, text in ephemerals if user == DEV) == 2
    assert any("not allowed to run packet captures" in text for _, _, text in ephemerals)
    # nothing ran: no threaded reply, no reaction, and the paste in the other channel got no answer at all
    assert slack.calls("chat.postMessage") == [] and slack.calls("reactions.add") == []
    assert not any(channel == "C0OTHER" and user == OPS and "direct" in text for channel, user, text in ephemerals)
    refused = [json.loads(line) for line in audit.read_text().splitlines()]
    assert sorted((r["action"], r["refused"]) for r in refused) == [
        ("check", "channel not allowed"),
        ("check", "check not allowed"),
        ("diagnose", "direct messages are off"),
        ("rerun+capture", "capture not allowed"),
        ("rerun+check", "check not allowed"),
    ], refused


def test_serve_says_at_start_up_where_it_answers(caplog: pytest.LogCaptureFixture) -> None:
    from bot.cli.serve import say_who_may_ask

    closed = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}, slack="socket")
    opened = Settings.from_env(
        {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "PODNET_CHANNELS": "C0LAB,C0OPS"}, slack="socket"
    )
    with caplog.at_level("INFO", logger="podnet.serve"):
        say_who_may_ask(closed)
        say_who_may_ask(opened)
    lines = [r.getMessage() for r in caplog.records]
    assert any("PODNET_CHANNELS is empty: podnet answers in no channel" in line for line in lines)
    assert any("answering in C0LAB, C0OPS" in line for line in lines)
