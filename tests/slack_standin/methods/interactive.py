"""The stand-in's answers to interactions: ``views.open`` (with a live trigger id) and the response URLs of
slash commands and block actions."""

from __future__ import annotations

import secrets
import time
from typing import Any

from ..validation import MAX_BLOCKS_IN_VIEW, SlackError, bool_arg, check_message_text, json_arg, parse_blocks, str_arg
from ..workspace import ResponseUrl
from .base import Call, MethodsBase


class InteractiveMethods(MethodsBase):
    """views.open and response_url"""

    def views_open(self, call: Call) -> dict[str, Any]:
        args = call.args
        state = self.ws.trigger_state(str_arg(args, "trigger_id") or "")
        if state != "valid":
            raise SlackError(f"{state}_trigger_id")
        try:
            view = json_arg(args.get("view"))
        except ValueError as exc:
            raise SlackError("invalid_arguments") from exc
        if not isinstance(view, dict) or view.get("type") not in {"modal", "home"}:
            raise SlackError("invalid_arguments", response_metadata={"messages": ["[ERROR] invalid `view` type"]})
        if view["type"] == "modal" and not isinstance(view.get("title"), dict):
            raise SlackError(
                "invalid_arguments",
                response_metadata={"messages": ["[ERROR] missing required field: title [json-pointer:/view/title]"]},
            )
        blocks = parse_blocks(view.get("blocks", []), limit=MAX_BLOCKS_IN_VIEW, pointer="/view/blocks")
        view_id = self.ws.new_id("V")
        opened = {
            "id": view_id,
            "team_id": self.ws.team_id,
            "type": view["type"],
            "title": view.get("title"),
            "submit": view.get("submit"),
            "close": view.get("close"),
            "blocks": blocks,
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "state": {"values": {}},
            "hash": f"{int(time.time())}.{secrets.token_hex(4)}",
            "clear_on_close": bool(view.get("clear_on_close", False)),
            "notify_on_close": bool(view.get("notify_on_close", False)),
            "root_view_id": view_id,
            "previous_view_id": None,
            "app_id": self.ws.app_id,
            "external_id": view.get("external_id", ""),
            "app_installed_team_id": self.ws.team_id,
            "bot_id": self.ws.bot_id,
        }
        return {"ok": True, "view": opened}

    # -- response_url ----------------------------------------------------------------------

    def new_response_url(self, channel: str, user: str, message_ts: str | None) -> str:
        key = secrets.token_urlsafe(16)
        self.ws.response_urls[key] = ResponseUrl(channel, user, message_ts)
        return f"{self.base_url}commands/{self.ws.team_id}/{key}"

    def response_url_post(self, key: str, body: object) -> tuple[int, str]:
        """Apply a POST to a response_url the way Slack does; (HTTP status, text body)."""
        target = self.ws.response_urls.get(key)
        if target is None:
            return 404, "no_such_url"
        if not isinstance(body, dict):
            return 400, "invalid_payload"
        if bool_arg(body.get("delete_original", False)):
            if target.message_ts:
                self.ws.delete_message(target.channel, target.message_ts)
            return 200, "ok"
        try:
            blocks = None if body.get("blocks") is None else parse_blocks(body["blocks"])
            check_message_text(body.get("text"), blocks, body.get("attachments"))
        except SlackError as err:
            return 400, err.error
        text = str(body.get("text") or "")
        if bool_arg(body.get("replace_original", False)) and target.message_ts:
            changes: dict[str, Any] = {"text": text, "blocks": blocks or None}
            self.ws.update_message(target.channel, target.message_ts, changes, self.ws.bot_user_id)
        elif body.get("response_type") == "in_channel":
            message = self.ws.bot_message(text, blocks)
            if body.get("thread_ts"):
                message["thread_ts"] = str(body["thread_ts"])
            self.ws.add_message(target.channel, message)
        else:
            message = self.ws.bot_message(text, blocks)
            message.update(ts=self.ws.next_ts(), channel=target.channel, to_user=target.user)
            self.ws.add_ephemeral(message)
        return 200, "ok"
