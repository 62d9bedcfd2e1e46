"""The stand-in's HTTP mode: signatures slack_sdk's SignatureVerifier accepts, and the signed bodies it
posts to an app (URL verification, retried events, slash commands, block actions, a forged signature)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from slack_sdk.signature import SignatureVerifier

from tests.slack_standin import SlackStandIn, app_mention_event, message_event, sign
from tests.slack_standin.signing import (
    events_api_body,
    interactive_body,
    retry_headers,
    slash_command_body,
    url_verification_body,
)

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
