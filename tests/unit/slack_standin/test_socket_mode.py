"""The stand-in's Socket Mode: slack_sdk's Socket Mode client receives and acks events, slash commands and
block actions (with their response_url), reconnects when dropped; a slack_bolt app answers over it; and the
WebSocket wire rules (handshake, ping, fragments, close, masking)."""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from slack_sdk import WebClient
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.webhook import WebhookClient

from tests.slack_standin import SlackStandIn, app_mention_event, message_event
from tests.slack_standin.websocket import Opcode, accept_key, encode_frame, read_frame
from tests.unit.loopback import WAIT

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
