"""Payloads Slack delivers to an app, shaped as Slack's servers shape them; built by the STAND-IN.

The same payloads travel two ways: inside Socket Mode envelopes (``socket_mode.py``) and as the
bodies of signed HTTP requests to a Request URL (``signing.py``). Shapes follow Slack's Events
API ``event_callback`` wrapper, the slash command form fields, and the ``block_actions``
interaction payload, as documented by Slack and as captured in slack_sdk's own test fixtures.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AppIdentity:
    """Who the payloads are for: the workspace and the app installed in it."""

    team_id: str = "T0STANDIN"
    team_domain: str = "podnet-standin"
    api_app_id: str = "A0PODNET"
    bot_user_id: str = "U0PODNET"
    verification_token: str = "standin-verification-token"


def new_event_id() -> str:
    return "Ev0" + secrets.token_hex(5).upper()


def channel_type(channel: str) -> str:
    return {"D": "im", "G": "group"}.get(channel[:1], "channel")


def _rich_text(text: str) -> list[dict[str, Any]]:
    return [
        {
            "type": "rich_text",
            "block_id": secrets.token_hex(2),
            "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
        }
    ]


def message_event(
    text: str,
    *,
    user: str = "U0ALICE",
    channel: str = "C0LAB",
    ts: str | None = None,
    thread_ts: str | None = None,
    team: str = "T0STANDIN",
) -> dict[str, Any]:
    """A person's ``message`` event (no subtype); ``ts`` is filled in when the event is sent."""
    event: dict[str, Any] = {
        "type": "message",
        "client_msg_id": str(uuid.uuid4()),
        "text": text,
        "user": user,
        "blocks": _rich_text(text),
        "team": team,
        "channel": channel,
        "channel_type": channel_type(channel),
    }
    if ts:
        event["ts"] = event["event_ts"] = ts
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def app_mention_event(
    text: str,
    *,
    user: str = "U0ALICE",
    channel: str = "C0LAB",
    bot_user_id: str = "U0PODNET",
    ts: str | None = None,
    thread_ts: str | None = None,
    team: str = "T0STANDIN",
) -> dict[str, Any]:
    """An ``app_mention`` event; the text starts with ``<@bot>`` unless it already mentions the bot."""
    mention = f"<@{bot_user_id}>"
    full = text if mention in text else f"{mention} {text}"
    event = message_event(full, user=user, channel=channel, ts=ts, thread_ts=thread_ts, team=team)
    event["type"] = "app_mention"
    event.pop("channel_type")
    return event


def event_callback(
    event: dict[str, Any],
    identity: AppIdentity,
    *,
    event_id: str | None = None,
    event_time: int | None = None,
) -> dict[str, Any]:
    """The Events API outer body: ``{"type": "event_callback", "event": {...}, "event_id": ...}``."""
    return {
        "token": identity.verification_token,
        "team_id": identity.team_id,
        "context_team_id": identity.team_id,
        "context_enterprise_id": None,
        "api_app_id": identity.api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": event_time if event_time is not None else int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": identity.team_id,
                "user_id": identity.bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-" + secrets.token_urlsafe(24),
    }


def url_verification(challenge: str, identity: AppIdentity) -> dict[str, Any]:
    """The one-off check Slack sends when a Request URL is saved."""
    return {"token": identity.verification_token, "challenge": challenge, "type": "url_verification"}


def slash_command(
    command: str,
    text: str,
    identity: AppIdentity,
    *,
    user_id: str,
    user_name: str,
    channel_id: str,
    channel_name: str,
    response_url: str,
    trigger_id: str,
) -> dict[str, str]:
    """The slash command fields (form-encoded over HTTP, a JSON object in Socket Mode)."""
    return {
        "token": identity.verification_token,
        "team_id": identity.team_id,
        "team_domain": identity.team_domain,
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user_id,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": identity.api_app_id,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id,
    }


def button_action(
    action_id: str, *, value: str | None = None, block_id: str | None = None, text: str = ""
) -> dict[str, Any]:
    """One element of ``actions`` for a clicked button."""
    action: dict[str, Any] = {
        "action_id": action_id,
        "block_id": block_id or secrets.token_hex(2),
        "text": {"type": "plain_text", "text": text or action_id, "emoji": True},
        "type": "button",
        "action_ts": f"{time.time():.6f}",
    }
    if value is not None:
        action["value"] = value
    return action


def block_actions(
    action: dict[str, Any],
    identity: AppIdentity,
    *,
    user_id: str,
    user_name: str,
    channel_id: str,
    channel_name: str,
    message: dict[str, Any] | None,
    response_url: str,
    trigger_id: str,
) -> dict[str, Any]:
    """A ``block_actions`` interaction payload for an action in a message."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user_id, "username": user_name, "name": user_name, "team_id": identity.team_id},
        "api_app_id": identity.api_app_id,
        "token": identity.verification_token,
        "container": {
            "type": "message",
            "message_ts": message["ts"] if message else None,
            "channel_id": channel_id,
            "is_ephemeral": message is None,
        },
        "trigger_id": trigger_id,
        "team": {"id": identity.team_id, "domain": identity.team_domain},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": channel_name or "directmessage"},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [action],
    }
    if message is not None:
        payload["message"] = message
    return payload
