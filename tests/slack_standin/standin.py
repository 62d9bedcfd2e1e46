"""``SlackStandIn``: a local STAND-IN for Slack's servers, for end-to-end tests of podnet.

Slack cannot be reached from here, so this serves the real wire protocols on 127.0.0.1: the Web
API (point ``WebClient(base_url=slack.api_url)`` / ``PODNET_SLACK_API_URL`` at it), Socket Mode
(``apps.connections.open`` hands out its WebSocket URL), a file upload URL and response URLs;
and it plays Slack's side of HTTP mode (signed requests to the app's Request URL). Every call is
recorded; tests wait on conditions, never on sleeps::

    with SlackStandIn(channels={"C0LAB": "lab"}, users={"U0ALICE": "alice"}) as slack:
        ...start the app with slack.api_url, slack.bot_token, slack.app_token...
        slack.wait_for_connection()
        envelope_id = slack.send_event(message_event("nslookup timed out", channel="C0LAB"))
        slack.wait_for_ack(envelope_id)
        reply = slack.wait_for("chat.postMessage")
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from . import payloads, signing
from .methods import TokenKind, WebApi
from .payloads import AppIdentity
from .recorder import ApiCall, CallMatcher, Envelope, Recorder
from .server import Switches, WebApiServer
from .signing import AppResponse
from .socket_mode import SocketModeServer
from .workspace import UploadedFile, Workspace

USER_EVENT_TYPES = {"message", "app_mention"}


class SlackStandIn:
    """Both servers, the workspace they share, and the recorder; a context manager."""

    def __init__(
        self,
        channels: Mapping[str, str] | Iterable[str] | None = None,
        users: Mapping[str, str | Mapping[str, Any]] | Iterable[str] | None = None,
        usergroups: Mapping[str, Iterable[str]] | None = None,
        *,
        team_id: str = "T0STANDIN",
        bot_user_id: str = "U0PODNET",
        bot_id: str = "B0PODNET",
        app_id: str = "A0PODNET",
        bot_name: str = "podnet",
    ) -> None:
        ids = {"team_id": team_id, "bot_user_id": bot_user_id, "bot_id": bot_id, "app_id": app_id, "bot_name": bot_name}
        self.workspace = Workspace.build(channels, users, usergroups, **ids)
        self.recorder = Recorder()
        self.switches = Switches()
        self.bot_token = f"xoxb-{secrets.randbelow(10**12)}-{secrets.randbelow(10**12)}-{secrets.token_hex(12)}"
        self.app_token = f"xapp-1-{app_id}-{secrets.randbelow(10**12)}-{secrets.token_hex(32)}"
        self.signing_secret = secrets.token_hex(16)
        self.identity = AppIdentity(team_id, self.workspace.domain, app_id, bot_user_id, secrets.token_hex(12))
        self._users = [u for u in self.workspace.users if u != bot_user_id]
        self._web: WebApiServer | None = None
        self._socket: SocketModeServer | None = None
        self._threads: list[threading.Thread] = []

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> SlackStandIn:
        if self._web is not None:
            return self
        tokens: dict[str, TokenKind] = {self.bot_token: "bot", self.app_token: "app"}
        self._socket = SocketModeServer(self.recorder, self.workspace.app_id)
        self._web = WebApiServer(self.recorder, self.switches, tokens)
        self._web.api = WebApi(self.workspace, base_url=self._web.base_url, socket_url=self._socket.issue_url)
        for name, server in (("slack-standin-web", self._web), ("slack-standin-socket", self._socket)):
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name)
            thread.daemon = True
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        if self._socket is not None:
            self._socket.close_all()
        for server in (self._socket, self._web):
            if server is not None:
                server.shutdown()
                server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._threads.clear()
        self._web = self._socket = None

    def __enter__(self) -> SlackStandIn:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _running(self) -> tuple[WebApiServer, WebApi, SocketModeServer]:
        if self._web is None or self._web.api is None or self._socket is None:
            raise RuntimeError("the Slack stand-in is not running (use `with SlackStandIn() as slack:`)")
        return self._web, self._web.api, self._socket

    # -- identity --------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._running()[0].base_url

    @property
    def api_url(self) -> str:
        """slack_sdk's ``base_url`` form: ``http://127.0.0.1:PORT/api/``."""
        return self.base_url + "api/"

    @property
    def bot_user_id(self) -> str:
        return self.workspace.bot_user_id

    @property
    def bot_id(self) -> str:
        return self.workspace.bot_id

    @property
    def app_id(self) -> str:
        return self.workspace.app_id

    @property
    def team_id(self) -> str:
        return self.workspace.team_id

    # -- switches --------------------------------------------------------------------------

    def rate_limit(self, method: str, *, times: int = 1, retry_after: int = 1) -> None:
        """The next ``times`` calls of ``method`` answer HTTP 429, ``Retry-After: retry_after``."""
        self.switches.rate_limit(method, times, retry_after)

    def fail(self, method: str, error: str, *, times: int = 1, status: int = 200) -> None:
        """The next ``times`` calls of ``method`` answer ``{"ok": false, "error": error}``."""
        self.switches.fail(method, error, times, status)

    def clear_switches(self) -> None:
        self.switches.clear()

    # -- what happened ---------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[ApiCall]:
        return self.recorder.calls(method)

    def wait_for(self, what: CallMatcher, timeout: float = 5.0, *, since: int = 0, count: int = 1) -> ApiCall:
        return self.recorder.wait_for(what, timeout, since=since, count=count)

    def messages(self, channel: str) -> list[dict[str, Any]]:
        """The channel as it reads now: every message (replies too) with its latest edit, oldest first."""
        return self.workspace.messages(channel)

    def message(self, channel: str, ts: str) -> dict[str, Any] | None:
        return self.workspace.message(channel, ts)

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        return self.workspace.thread(channel, ts)

    def ephemeral_messages(self, channel: str | None = None) -> list[dict[str, Any]]:
        return self.workspace.ephemeral(channel)

    def uploaded_files(self) -> list[UploadedFile]:
        return list(self.workspace.files.values())

    def _default_user(self) -> str:
        if not self._users:
            raise ValueError("the stand-in has no users: pass user_id=…")
        return self._users[0]

    # -- Socket Mode -----------------------------------------------------------------------

    def wait_for_connection(self, timeout: float = 10.0, *, count: int = 1) -> None:
        self._running()[2].wait_for_connection(timeout, count=count)

    @property
    def socket_connections(self) -> int:
        return self._running()[2].active_connections

    def _user_event(self, event: dict[str, Any]) -> dict[str, Any]:
        """Give a person's message its ts and put it in the channel, as Slack does before delivering it."""
        event = dict(event)
        if event.get("type") not in USER_EVENT_TYPES or event.get("subtype") or event.get("bot_id"):
            return event
        channel = self.workspace.resolve_channel(event.get("channel"))
        if not event.get("ts"):
            event["ts"] = self.workspace.next_ts()
        event.setdefault("event_ts", event["ts"])
        if channel and self.workspace.message(channel, event["ts"]) is None:
            stored = {k: v for k, v in event.items() if k not in {"channel", "channel_type", "event_ts"}}
            stored["type"] = "message"
            self.workspace.add_message(channel, stored)
        return event

    def send_event(
        self,
        event: dict[str, Any],
        *,
        retry_attempt: int = 0,
        retry_reason: str | None = None,
        event_id: str | None = None,
        connect_timeout: float = 10.0,
    ) -> str:
        """Deliver an ``events_api`` envelope wrapping ``event``; returns the envelope id.

        A redelivery keeps the ``event_id`` and raises ``retry_attempt`` (reason ``timeout``).
        """
        event = self._user_event(event)
        body = payloads.event_callback(event, self.identity, event_id=event_id)
        reason = retry_reason if retry_reason is not None else ("timeout" if retry_attempt else "")
        envelope = self._running()[2].send_envelope(
            "events_api",
            body,
            accepts_response_payload=False,
            retry_attempt=retry_attempt,
            retry_reason=reason,
            connect_timeout=connect_timeout,
        )
        return envelope.envelope_id

    def slash_command_payload(
        self, command: str, text: str = "", *, user_id: str | None = None, channel_id: str = "C0LAB"
    ) -> dict[str, str]:
        """Slash command fields with a live trigger_id and a response_url served here."""
        _, api, _ = self._running()
        user = user_id or self._default_user()
        return payloads.slash_command(
            command,
            text,
            self.identity,
            user_id=user,
            user_name=str(self.workspace.users.get(user, {}).get("name", user)),
            channel_id=channel_id,
            channel_name=self.workspace.channels.get(channel_id, "") or "directmessage",
            response_url=api.new_response_url(channel_id, user, None),
            trigger_id=self.workspace.new_trigger_id(),
        )

    def send_slash_command(
        self, command: str, text: str = "", *, user_id: str | None = None, channel_id: str = "C0LAB"
    ) -> str:
        payload = self.slash_command_payload(command, text, user_id=user_id, channel_id=channel_id)
        envelope = self._running()[2].send_envelope("slash_commands", payload, accepts_response_payload=True)
        return envelope.envelope_id

    def block_action_payload(
        self,
        action_id: str,
        *,
        value: str | None = None,
        block_id: str | None = None,
        user_id: str | None = None,
        channel_id: str = "C0LAB",
        message_ts: str | None = None,
        action: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A ``block_actions`` payload for a click on a message the stand-in holds (``message_ts``)."""
        _, api, _ = self._running()
        user = user_id or self._default_user()
        message = None
        if message_ts is not None:
            message = self.workspace.message(channel_id, message_ts)
            if message is None:
                raise KeyError(f"no message {message_ts} in {channel_id}")
        return payloads.block_actions(
            action or payloads.button_action(action_id, value=value, block_id=block_id),
            self.identity,
            user_id=user,
            user_name=str(self.workspace.users.get(user, {}).get("name", user)),
            channel_id=channel_id,
            channel_name=self.workspace.channels.get(channel_id, ""),
            message=message,
            response_url=api.new_response_url(channel_id, user, message_ts),
            trigger_id=self.workspace.new_trigger_id(),
        )

    def send_block_action(self, action_id: str, **options: Any) -> str:
        """Deliver an ``interactive`` envelope (see ``block_action_payload`` for the options)."""
        payload = self.block_action_payload(action_id, **options)
        envelope = self._running()[2].send_envelope("interactive", payload, accepts_response_payload=False)
        return envelope.envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 5.0) -> Envelope:
        return self.recorder.wait_for_ack(envelope_id, timeout)

    def envelope(self, envelope_id: str) -> Envelope:
        return self.recorder.envelope(envelope_id)

    def envelopes(self) -> list[Envelope]:
        return self.recorder.envelopes()

    def disconnect_socket(self, reason: str = "refresh_requested") -> None:
        """Send Slack's ``disconnect`` message; the old connection is closed once the client opens a new one."""
        self._running()[2].send_disconnect(reason)

    def drop_socket_connections(self, code: int = 1001) -> None:
        """Close every Socket Mode connection from Slack's side, as when Slack restarts a server."""
        self._running()[2].close_all(code)

    # -- HTTP mode -------------------------------------------------------------------------

    def event_body(self, event: dict[str, Any], *, event_id: str | None = None) -> bytes:
        """An Events API JSON body for this workspace (a person's message is also put in the channel)."""
        return signing.events_api_body(self._user_event(event), self.identity, event_id=event_id)

    def signed_headers(
        self, body: bytes, *, timestamp: int | None = None, retry_num: int | None = None
    ) -> dict[str, str]:
        headers = {"Content-Type": signing.content_type_of(body), **signing.sign(self.signing_secret, body, timestamp)}
        if retry_num:
            headers.update(signing.retry_headers(retry_num))
        return headers

    def post_to_app(
        self, url: str, body: bytes, headers: Mapping[str, str] | None = None, *, timeout: float = 10.0
    ) -> AppResponse:
        """POST to the app's Request URL; without ``headers``, signed with this stand-in's secret."""
        return signing.post_to_app(
            url, body, headers if headers is not None else self.signed_headers(body), timeout=timeout
        )
