"""The Slack stand-in, proved against the real clients: slack_sdk's WebClient, its built-in
Socket Mode client, slack_bolt, and slack_sdk's SignatureVerifier. No sleeps: every wait is on
a condition or an event, with a timeout."""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.webhook import WebhookClient

from tests.slack_standin import SlackStandIn, app_mention_event, message_event, sign
from tests.slack_standin.signing import (
    events_api_body,
    interactive_body,
    retry_headers,
    slash_command_body,
    url_verification_body,
)
from tests.slack_standin.websocket import Opcode, accept_key, encode_frame, read_frame

WAIT = 10.0


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # slack_sdk sends everything through HTTP(S)_PROXY when set; the stand-in is on loopback
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    with SlackStandIn(channels={"C0LAB": "lab", "C0OPS": "ops"}, users={"U0ALICE": "alice", "U0BOB": "bob"}) as s:
        yield s


@pytest.fixture
def client(slack: SlackStandIn) -> WebClient:
    return WebClient(base_url=slack.api_url, token=slack.bot_token)


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


# -- Socket Mode ---------------------------------------------------------------------------------


@pytest.fixture
def socket_client(slack: SlackStandIn) -> Iterator[SocketModeClient]:
    web = WebClient(base_url=slack.api_url, token=slack.bot_token)
    sm = SocketModeClient(app_token=slack.app_token, web_client=web, auto_reconnect_enabled=True)
    yield sm
    # close from the server side first: the client's reader then wakes at once instead of at its recv timeout
    sm.auto_reconnect_enabled = False
    slack.drop_socket_connections()
    sm.close()


def test_socket_mode_client_receives_an_event_and_acks_it(slack: SlackStandIn, socket_client: SocketModeClient) -> None:
    raw: list[str] = []
    first_message = threading.Event()
    requests: list[SocketModeRequest] = []

    def on_message(message: str) -> None:
        raw.append(message)
        first_message.set()

    def on_request(client: Any, request: SocketModeRequest) -> None:
        requests.append(request)
        client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id))

    socket_client.on_message_listeners.append(on_message)
    socket_client.socket_mode_request_listeners.append(on_request)
    socket_client.connect()
    slack.wait_for_connection(WAIT)
    assert first_message.wait(WAIT)
    hello = json.loads(raw[0])
    assert hello["type"] == "hello" and hello["connection_info"] == {"app_id": slack.app_id}
    assert hello["num_connections"] == 1 and "debug_info" in hello
    assert slack.wait_for("apps.connections.open").token == slack.app_token

    envelope_id = slack.send_event(message_event("dig kubernetes.default: connection timed out"))
    envelope = slack.wait_for_ack(envelope_id, WAIT)
    assert envelope.acked and envelope.ack_latency is not None and 0 <= envelope.ack_latency < WAIT
    (request,) = requests
    assert (request.type, request.envelope_id) == ("events_api", envelope_id)
    body = request.payload
    assert body["type"] == "event_callback" and body["event_id"].startswith("Ev")
    assert body["team_id"] == slack.team_id and body["api_app_id"] == slack.app_id
    assert isinstance(body["event_time"], int) and body["event"]["type"] == "message"
    wire = json.loads(next(m for m in raw if envelope_id in m))
    assert (wire["retry_attempt"], wire["retry_reason"], wire["accepts_response_payload"]) == (0, "", False)
    # the person's message is now in the channel, as in Slack
    assert slack.messages("C0LAB")[0]["ts"] == body["event"]["ts"]

    again = slack.send_event(body["event"], retry_attempt=1, event_id=body["event_id"])
    slack.wait_for_ack(again, WAIT)
    retry = json.loads(next(m for m in raw if again in m))
    assert retry["retry_attempt"] == 1 and retry["retry_reason"] == "timeout"
    assert retry["payload"]["event_id"] == body["event_id"]


def test_slash_command_block_action_and_response_url(slack: SlackStandIn, socket_client: SocketModeClient) -> None:
    posted = WebClient(base_url=slack.api_url, token=slack.bot_token).chat_postMessage(
        channel="C0LAB", text="verdict", blocks=[{"type": "actions", "elements": []}]
    )
    requests: list[SocketModeRequest] = []

    def on_request(client: Any, request: SocketModeRequest) -> None:
        requests.append(request)
        payload = {"text": "on it"} if request.type == "slash_commands" else None
        client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id, payload=payload))

    socket_client.socket_mode_request_listeners.append(on_request)
    socket_client.connect()

    command_id = slack.send_slash_command("/podnet", "diagnose timeout", user_id="U0BOB")
    acked = slack.wait_for_ack(command_id, WAIT)
    assert acked.ack_payload == {"text": "on it"} and acked.accepts_response_payload is True
    fields = requests[0].payload
    assert (fields["command"], fields["text"], fields["user_id"], fields["channel_id"]) == (
        "/podnet",
        "diagnose timeout",
        "U0BOB",
        "C0LAB",
    )
    assert fields["trigger_id"] and fields["team_id"] == slack.team_id
    assert WebhookClient(fields["response_url"]).send(text="diagnosing…").status_code == 200
    assert slack.wait_for("response_url").args == {"text": "diagnosing…"}
    assert slack.ephemeral_messages("C0LAB")[-1]["to_user"] == "U0BOB"

    action_id = slack.send_block_action("rerun", value="node-1", message_ts=posted["ts"])
    slack.wait_for_ack(action_id, WAIT)
    action = requests[1].payload
    assert action["type"] == "block_actions" and action["actions"][0]["action_id"] == "rerun"
    assert action["actions"][0]["value"] == "node-1" and action["message"]["ts"] == posted["ts"]
    assert action["container"] == {
        "type": "message",
        "message_ts": posted["ts"],
        "channel_id": "C0LAB",
        "is_ephemeral": False,
    }
    assert action["user"]["id"] == "U0ALICE" and action["channel"]["id"] == "C0LAB"
    WebhookClient(action["response_url"]).send(text="re-running", replace_original=True)
    assert slack.message("C0LAB", posted["ts"])["text"] == "re-running"


def test_disconnect_makes_the_client_reconnect(slack: SlackStandIn, socket_client: SocketModeClient) -> None:
    socket_client.connect()
    slack.wait_for_connection(WAIT)
    slack.disconnect_socket("refresh_requested")
    slack.wait_for("apps.connections.open", WAIT, count=2)
    slack.wait_for_connection(WAIT)

    def on_request(client: Any, request: SocketModeRequest) -> None:
        client.send_socket_mode_response(SocketModeResponse(envelope_id=request.envelope_id))

    socket_client.socket_mode_request_listeners.append(on_request)
    slack.wait_for_ack(slack.send_event(message_event("after reconnect")), WAIT)


def test_bolt_app_over_socket_mode(slack: SlackStandIn) -> None:
    from slack_bolt import App
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    app = App(client=WebClient(base_url=slack.api_url, token=slack.bot_token), request_verification_enabled=False)

    @app.event("app_mention")
    def mention(event: dict[str, Any], say: Any) -> None:
        say(text="looking into it", thread_ts=event["ts"])

    handler = SocketModeHandler(app, slack.app_token)
    try:
        handler.connect()
        envelope_id = slack.send_event(app_mention_event("why does DNS time out?", user="U0ALICE"))
        slack.wait_for_ack(envelope_id, WAIT)
        reply = slack.wait_for(lambda c: c.method == "chat.postMessage" and c.ok, WAIT)
    finally:
        handler.client.auto_reconnect_enabled = False
        slack.drop_socket_connections()
        handler.close()
    mention_ts = slack.envelope(envelope_id).payload["event"]["ts"]
    assert reply.args["thread_ts"] == mention_ts
    assert [m["text"] for m in slack.thread("C0LAB", mention_ts)] == [
        f"<@{slack.bot_user_id}> why does DNS time out?",
        "looking into it",
    ]


def test_websocket_wire_rules(slack: SlackStandIn, client: WebClient) -> None:
    url = urlsplit(client.apps_connections_open(app_token=slack.app_token)["url"])
    assert url.port is not None

    def handshake(path: str) -> tuple[socket.socket, Any, str]:
        sock = socket.create_connection(("127.0.0.1", url.port), timeout=WAIT)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        sock.sendall(request.encode())
        stream = sock.makefile("rb")
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            head += stream.read(1)
        assert not head.startswith(b"HTTP/1.1 101") or accept_key(key) in head.decode()
        return sock, stream, head.decode()

    refused, _, head = handshake("/link/?ticket=forged")
    assert head.startswith("HTTP/1.1 401")
    refused.close()

    sock, stream, head = handshake(f"{url.path}?{url.query}")
    assert head.startswith("HTTP/1.1 101")
    hello = read_frame(stream)
    assert hello.opcode is Opcode.TEXT and not hello.masked and json.loads(hello.payload)["type"] == "hello"
    mask = os.urandom(4)
    sock.sendall(encode_frame(Opcode.PING, b"are you there", mask_key=mask))
    pong = read_frame(stream)
    assert (pong.opcode, pong.payload) == (Opcode.PONG, b"are you there")
    ack = json.dumps({"envelope_id": "not-sent"}).encode()
    half = len(ack) // 2  # a fragmented text message
    sock.sendall(encode_frame(Opcode.TEXT, ack[:half], mask_key=mask, fin=False))
    sock.sendall(encode_frame(Opcode.CONTINUATION, ack[half:], mask_key=mask))
    sock.sendall(encode_frame(Opcode.CLOSE, struct.pack("!H", 1000), mask_key=mask))
    closing = read_frame(stream)
    assert closing.opcode is Opcode.CLOSE and struct.unpack("!H", closing.payload[:2])[0] == 1000
    sock.close()
    assert slack.recorder.unknown_acks == [{"envelope_id": "not-sent", "payload": None}]

    sock, stream, _ = handshake(f"{url.path}?{url.query}")
    read_frame(stream)  # hello
    sock.sendall(encode_frame(Opcode.TEXT, b"{}"))  # unmasked: a protocol error
    closing = read_frame(stream)
    assert closing.opcode is Opcode.CLOSE and struct.unpack("!H", closing.payload[:2])[0] == 1002
    sock.close()


# -- HTTP mode -----------------------------------------------------------------------------------


def test_signatures_are_what_slack_sdk_verifies(slack: SlackStandIn) -> None:
    verifier = SignatureVerifier(slack.signing_secret)
    body = events_api_body(message_event("x"), slack.identity)
    headers = sign(slack.signing_secret, body, int(time.time()))
    assert headers["X-Slack-Signature"].startswith("v0=")
    assert verifier.is_valid_request(body, headers)
    assert not verifier.is_valid_request(body.replace(b'"x"', b'"y"'), headers)
    assert not SignatureVerifier("another-secret").is_valid_request(body, headers)
    stale = sign(slack.signing_secret, body, int(time.time()) - 600)
    assert not verifier.is_valid_request(body, stale)  # Slack's 5-minute window
    assert retry_headers(2, "http_error") == {"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_error"}


def test_http_mode_bodies_and_post_to_app(slack: SlackStandIn) -> None:
    seen: list[tuple[dict[str, str], bytes]] = []
    verifier = SignatureVerifier(slack.signing_secret)

    class App(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers["Content-Length"]))
            headers = dict(self.headers.items())
            seen.append((headers, raw))
            ok = verifier.is_valid_request(raw, headers)
            answer = b""
            if ok and self.headers.get_content_type() == "application/json":
                parsed = json.loads(raw)
                if parsed["type"] == "url_verification":
                    answer = json.dumps({"challenge": parsed["challenge"]}).encode()
            self.send_response(200 if ok else 401)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    server = ThreadingHTTPServer(("127.0.0.1", 0), App)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/slack/events"
    try:
        challenge = slack.post_to_app(url, url_verification_body("c-123", slack.identity))
        assert challenge.status == 200 and challenge.json() == {"challenge": "c-123"} and challenge.elapsed >= 0

        event = slack.event_body(app_mention_event("dns?"), event_id="Ev0RETRY")
        retried = slack.post_to_app(url, event, slack.signed_headers(event, retry_num=1))
        assert retried.status == 200
        headers, raw = seen[-1]
        assert headers["X-Slack-Retry-Num"] == "1" and headers["X-Slack-Retry-Reason"] == "http_timeout"
        assert json.loads(raw)["event_id"] == "Ev0RETRY" and headers["Content-Type"] == "application/json"

        command = slash_command_body(slack.slash_command_payload("/podnet", "help"))
        assert slack.post_to_app(url, command).status == 200
        assert parse_qs(seen[-1][1].decode())["command"] == ["/podnet"]
        assert seen[-1][0]["Content-Type"] == "application/x-www-form-urlencoded"

        clicked = interactive_body(slack.block_action_payload("rerun", value="node-1"))
        assert slack.post_to_app(url, clicked).status == 200
        assert json.loads(parse_qs(seen[-1][1].decode())["payload"][0])["type"] == "block_actions"

        forged = slack.post_to_app(url, command, {**slack.signed_headers(command), "X-Slack-Signature": "v0=00"})
        assert forged.status == 401
    finally:
        server.shutdown()
        server.server_close()
