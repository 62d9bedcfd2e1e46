"""The stand-in's Web API, through slack_sdk's WebClient and raw POSTs: tokens, arguments, messages and
threads, ephemeral messages, permalinks, reactions, users and groups, Slack's validation, rate limits and
the fail switch, files_upload_v2, views.open and unknown methods."""

from __future__ import annotations

import json
import time
import urllib.request
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from tests.slack_standin import SlackStandIn, message_event
from tests.unit.loopback import WAIT


def _error(call: Any) -> SlackApiError:
    with pytest.raises(SlackApiError) as info:
        call()
    return info.value


def _raw_post(url: str, body: bytes, headers: dict[str, str]) -> dict[str, Any]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=WAIT) as response:
        return json.loads(response.read())


# -- Web API ------------------------------------------------------------------------------------


def test_auth_test_names_the_bot_and_the_workspace(slack: SlackStandIn, client: WebClient) -> None:
    assert slack.api_url.startswith("http://127.0.0.1:") and slack.api_url.endswith("/api/")
    reply = client.auth_test()
    assert reply["ok"] is True
    assert reply["user_id"] == slack.bot_user_id == "U0PODNET"
    assert reply["bot_id"] == slack.bot_id
    assert reply["team_id"] == slack.team_id
    assert reply["url"].startswith("https://") and reply["user"] and reply["team"]
    call = slack.wait_for("auth.test")
    assert call.token == slack.bot_token and call.status == 200


def test_tokens_are_checked_like_slack(slack: SlackStandIn, client: WebClient) -> None:
    assert _error(WebClient(base_url=slack.api_url).auth_test).response["error"] == "not_authed"
    assert _error(WebClient(base_url=slack.api_url, token="xoxb-nope").auth_test).response["error"] == "invalid_auth"
    app_as_bot = WebClient(base_url=slack.api_url, token=slack.app_token)
    err = _error(lambda: app_as_bot.chat_postMessage(channel="C0LAB", text="hi"))
    assert err.response.status_code == 200 and err.response["error"] == "not_allowed_token_type"
    assert _error(lambda: client.apps_connections_open(app_token=slack.bot_token)).response["error"] == (
        "not_allowed_token_type"
    )
    # the app-level token is only accepted in the Authorization header
    in_form = _raw_post(
        slack.api_url + "apps.connections.open",
        urlencode({"token": slack.app_token}).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert in_form == {"ok": False, "error": "invalid_auth"}
    # a token inside a JSON body does not count: JSON needs the header
    in_json = _raw_post(
        slack.api_url + "auth.test",
        json.dumps({"token": slack.bot_token}).encode(),
        {"Content-Type": "application/json"},
    )
    assert in_json == {"ok": False, "error": "not_authed"}
    opened = client.apps_connections_open(app_token=slack.app_token)
    url = urlsplit(opened["url"])
    assert url.scheme == "ws" and url.hostname == "127.0.0.1" and url.path == "/link/"
    assert parse_qs(url.query)["app_id"] == [slack.app_id] and parse_qs(url.query)["ticket"]


def test_form_encoded_arguments_and_a_form_token(slack: SlackStandIn) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*DNS* is down"}}]
    body = urlencode({"token": slack.bot_token, "channel": "#lab", "text": "DNS", "blocks": json.dumps(blocks)})
    reply = _raw_post(
        slack.api_url + "chat.postMessage", body.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert reply["ok"] is True and reply["channel"] == "C0LAB"
    assert reply["message"]["blocks"] == blocks
    assert slack.calls("chat.postMessage")[0].args["channel"] == "#lab"


def test_post_reply_update_and_the_reconstructed_channel(slack: SlackStandIn, client: WebClient) -> None:
    first = client.chat_postMessage(channel="C0LAB", text="diagnosing…")
    assert first["channel"] == "C0LAB"
    assert first["message"]["text"] == "diagnosing…" and first["message"]["bot_id"] == slack.bot_id
    ts = first["ts"]
    seconds, micros = ts.split(".")
    assert seconds.isdigit() and len(micros) == 6
    reply = client.chat_postMessage(channel="C0LAB", text="step 1 failed", thread_ts=ts, reply_broadcast=True)
    assert float(reply["ts"]) > float(ts)
    assert reply["message"]["thread_ts"] == ts and reply["message"]["subtype"] == "thread_broadcast"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*verdict*: conntrack"}}]
    updated = client.chat_update(channel="C0LAB", ts=ts, text="verdict: conntrack", blocks=blocks)
    assert (updated["channel"], updated["ts"], updated["text"]) == ("C0LAB", ts, "verdict: conntrack")
    assert updated["message"]["blocks"] == blocks and "edited" in updated["message"]
    kept = client.chat_update(channel="C0LAB", ts=ts, text="verdict: conntrack table full")
    assert kept["message"]["blocks"] == blocks  # no `blocks` argument keeps the old blocks

    channel = slack.messages("C0LAB")
    assert [m["ts"] for m in channel] == [ts, reply["ts"]]
    assert channel[0]["text"] == "verdict: conntrack table full" and channel[0]["reply_count"] == 1
    replies = client.conversations_replies(channel="C0LAB", ts=ts)
    assert [m["ts"] for m in replies["messages"]] == [ts, reply["ts"]] and replies["has_more"] is False
    assert slack.thread("C0LAB", ts) == replies["messages"]

    assert _error(lambda: client.chat_update(channel="C0LAB", ts="1.000100", text="x")).response["error"] == (
        "message_not_found"
    )
    assert _error(lambda: client.conversations_replies(channel="C0LAB", ts="1.000100")).response["error"] == (
        "thread_not_found"
    )
    deleted = client.chat_delete(channel="C0LAB", ts=reply["ts"])
    assert deleted["ts"] == reply["ts"] and len(slack.messages("C0LAB")) == 1


def test_a_persons_message_is_in_the_channel_but_not_editable_by_the_bot(
    slack: SlackStandIn, client: WebClient
) -> None:
    body = json.loads(slack.event_body(message_event("nslookup: timed out", user="U0ALICE", channel="C0LAB")))
    ts = body["event"]["ts"]
    assert slack.message("C0LAB", ts)["user"] == "U0ALICE"
    assert (
        _error(lambda: client.chat_update(channel="C0LAB", ts=ts, text="x")).response["error"] == "cant_update_message"
    )
    answer = client.chat_postMessage(channel="C0LAB", text="looking", thread_ts=ts)
    assert [m["ts"] for m in client.conversations_replies(channel="C0LAB", ts=ts)["messages"]] == [ts, answer["ts"]]


def test_ephemeral_permalink_reactions_users_and_groups(slack: SlackStandIn, client: WebClient) -> None:
    posted = client.chat_postMessage(channel="C0OPS", text="report")
    ephemeral = client.chat_postEphemeral(channel="C0OPS", user="U0BOB", text="only you")
    assert ephemeral["message_ts"] and slack.ephemeral_messages("C0OPS")[0]["to_user"] == "U0BOB"
    assert _error(lambda: client.chat_postEphemeral(channel="C0OPS", user="U0NOBODY", text="x")).response["error"] == (
        "user_not_in_channel"
    )
    link = client.chat_getPermalink(channel="C0OPS", message_ts=posted["ts"])
    assert link["channel"] == "C0OPS" and link["permalink"].endswith(
        "/archives/C0OPS/p" + posted["ts"].replace(".", "")
    )
    assert _error(lambda: client.chat_getPermalink(channel="C0OPS", message_ts="1.000100")).response["error"] == (
        "message_not_found"
    )

    assert client.reactions_add(channel="C0OPS", timestamp=posted["ts"], name="eyes")["ok"] is True
    again = _error(lambda: client.reactions_add(channel="C0OPS", timestamp=posted["ts"], name="eyes"))
    assert again.response["error"] == "already_reacted"
    assert (
        _error(lambda: client.reactions_add(channel="C0OPS", timestamp=posted["ts"], name=":eyes:")).response["error"]
        == "invalid_name"
    )
    assert slack.message("C0OPS", posted["ts"])["reactions"] == [{"name": "eyes", "users": ["U0PODNET"], "count": 1}]
    assert client.reactions_remove(channel="C0OPS", timestamp=posted["ts"], name="eyes")["ok"] is True

    bob = client.users_info(user="U0BOB")["user"]
    assert (bob["id"], bob["name"], bob["is_bot"]) == ("U0BOB", "bob", False)
    assert client.users_info(user=slack.bot_user_id)["user"]["is_bot"] is True
    assert _error(lambda: client.users_info(user="U0NOBODY")).response["error"] == "user_not_found"
    assert client.usergroups_users_list(usergroup="S0ONCALL")["users"] == ["U0ALICE"]
    assert _error(lambda: client.usergroups_users_list(usergroup="S0NONE")).response["error"] == "no_such_subteam"
    assert client.conversations_info(channel="C0OPS")["channel"]["name"] == "ops"
    # posting to a user id goes to the DM with that user
    assert client.chat_postMessage(channel="U0ALICE", text="hi")["channel"] == "D0ALICE"


def test_slack_validates_channels_blocks_and_text(slack: SlackStandIn, client: WebClient) -> None:
    def error_of(**kwargs: Any) -> dict[str, Any]:
        return _error(lambda: client.chat_postMessage(**kwargs)).response.data

    assert error_of(channel="C0NOPE", text="x")["error"] == "channel_not_found"
    untyped = error_of(channel="C0LAB", text="x", blocks=[{"text": {"type": "mrkdwn", "text": "hi"}}])
    assert untyped["error"] == "invalid_blocks"
    assert untyped["response_metadata"]["messages"] == ["[ERROR] missing required field: type [json-pointer:/blocks/0]"]
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x"}}
    assert error_of(channel="C0LAB", text="x", blocks=[section] * 51)["error"] == "invalid_blocks"
    assert client.chat_postMessage(channel="C0LAB", text="x", blocks=[section] * 50)["ok"] is True
    long_section = {"type": "section", "text": {"type": "mrkdwn", "text": "y" * 3001}}
    too_long = error_of(channel="C0LAB", text="x", blocks=[long_section])
    assert too_long["error"] == "invalid_blocks" and "/blocks/0/text/text" in too_long["errors"][0]
    assert error_of(channel="C0LAB", text="x", blocks="not json")["error"] == "invalid_blocks_format"
    assert error_of(channel="C0LAB", text="z" * 40_001)["error"] == "msg_too_long"
    with pytest.warns(UserWarning, match="text"):  # slack_sdk warns before sending; Slack then refuses
        assert error_of(channel="C0LAB")["error"] == "no_text"
    assert [c.error for c in slack.calls("chat.postMessage")].count("invalid_blocks") == 3


def test_rate_limit_is_honoured_by_the_retry_handler(slack: SlackStandIn, client: WebClient) -> None:
    ts = client.chat_postMessage(channel="C0LAB", text="v1")["ts"]
    slack.rate_limit("chat.update", times=1, retry_after=1)
    patient = WebClient(base_url=slack.api_url, token=slack.bot_token, retry_handlers=[RateLimitErrorRetryHandler()])
    started = time.monotonic()
    assert patient.chat_update(channel="C0LAB", ts=ts, text="v2")["ok"] is True
    assert time.monotonic() - started >= 1.0
    first, second = slack.calls("chat.update")
    assert (first.status, first.response) == (429, {"ok": False, "error": "ratelimited"})
    assert second.ok and second.at - first.at >= 1.0
    assert slack.messages("C0LAB")[0]["text"] == "v2"


def test_rate_limit_without_a_handler_raises(slack: SlackStandIn, client: WebClient) -> None:
    slack.rate_limit("chat.postMessage", times=1, retry_after=7)
    err = _error(lambda: client.chat_postMessage(channel="C0LAB", text="x"))
    assert err.response.status_code == 429 and err.response["error"] == "ratelimited"
    assert {k.lower(): v for k, v in err.response.headers.items()}["retry-after"] in ("7", ["7"])
    assert client.chat_postMessage(channel="C0LAB", text="x")["ok"] is True  # only the next call


def test_fail_switch_answers_a_chosen_error_for_the_next_calls(slack: SlackStandIn, client: WebClient) -> None:
    slack.fail("chat.postMessage", "internal_error", times=2)
    for _ in range(2):
        assert _error(lambda: client.chat_postMessage(channel="C0LAB", text="x")).response["error"] == "internal_error"
    assert client.chat_postMessage(channel="C0LAB", text="x")["ok"] is True
    assert [c.error for c in slack.calls("chat.postMessage")] == ["internal_error", "internal_error", None]


def test_files_upload_v2_end_to_end(slack: SlackStandIn, client: WebClient) -> None:
    parent = client.chat_postMessage(channel="C0LAB", text="report follows")["ts"]
    content = b"step,verdict\nrouting,fail\n"
    reply = client.files_upload_v2(
        channel="C0LAB",
        content=content,
        filename="report.csv",
        title="Report",
        initial_comment="full report",
        thread_ts=parent,
    )
    assert reply["file"]["id"].startswith("F") and reply["file"]["title"] == "Report"
    assert [c.method for c in slack.calls()][-3:] == [
        "files.getUploadURLExternal",
        "upload_url",
        "files.completeUploadExternal",
    ]
    (uploaded,) = slack.uploaded_files()
    assert (uploaded.content, uploaded.filename, uploaded.channel, uploaded.thread_ts) == (
        content,
        "report.csv",
        "C0LAB",
        parent,
    )
    shared = slack.thread("C0LAB", parent)[-1]
    assert shared["text"] == "full report" and shared["files"][0]["id"] == uploaded.file_id


def test_views_open_needs_a_live_trigger(slack: SlackStandIn, client: WebClient) -> None:
    trigger = slack.slash_command_payload("/podnet", "check node-1")["trigger_id"]
    view = {"type": "modal", "title": {"type": "plain_text", "text": "podnet"}, "blocks": []}
    opened = client.views_open(trigger_id=trigger, view=view)
    assert opened["view"]["id"].startswith("V") and opened["view"]["type"] == "modal"
    assert _error(lambda: client.views_open(trigger_id="123.456.abc", view=view)).response["error"] == (
        "invalid_trigger_id"
    )


def test_unknown_method_and_wait_for_timeout(slack: SlackStandIn, client: WebClient) -> None:
    err = _error(lambda: client.api_call("chat.scheduleMessageNope"))
    assert err.response.status_code == 404 and err.response["error"] == "unknown_method"
    with pytest.raises(TimeoutError, match=r"no chat.update call"):
        slack.wait_for("chat.update", timeout=0.05)
