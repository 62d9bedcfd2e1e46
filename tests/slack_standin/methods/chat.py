"""The stand-in's chat and conversations methods: post, update, delete, ephemeral messages, permalinks,
thread replies and channel info."""

from __future__ import annotations

from typing import Any

from ..validation import SlackError, bool_arg, check_message_text, json_arg, str_arg
from .base import Call, MethodsBase


class ChatMethods(MethodsBase):
    """chat.* and conversations.*"""

    def chat_post_message(self, call: Call) -> dict[str, Any]:
        args = call.args
        channel = self._channel(args)
        blocks = self._blocks(args)
        attachments = self._attachments(args)
        text = str_arg(args, "text")
        check_message_text(text, blocks, attachments)
        message = self.ws.bot_message(text or "", blocks)
        if attachments is not None:
            message["attachments"] = attachments
        thread_ts = str_arg(args, "thread_ts")
        if thread_ts:
            message["thread_ts"] = thread_ts
            if bool_arg(args.get("reply_broadcast", False)):
                message["subtype"] = "thread_broadcast"
        if args.get("metadata") is not None:
            message["metadata"] = json_arg(args["metadata"])
        stored = self.ws.add_message(channel, message)
        return {"ok": True, "channel": channel, "ts": stored["ts"], "message": stored}

    def chat_update(self, call: Call) -> dict[str, Any]:
        args = call.args
        channel = self._channel(args)
        ts = str_arg(args, "ts")
        current = self._existing(channel, ts)
        if current.get("bot_id") != self.ws.bot_id:
            raise SlackError("cant_update_message")
        blocks = self._blocks(args)  # absent keeps the old blocks; [] removes them
        attachments = self._attachments(args)
        text = str_arg(args, "text")
        check_message_text(text, blocks, attachments)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = text
        if blocks is not None:
            changes["blocks"] = blocks or None
        if attachments is not None:
            changes["attachments"] = attachments or None
        updated = self.ws.update_message(channel, current["ts"], changes, self.ws.bot_user_id)
        return {
            "ok": True,
            "channel": channel,
            "ts": current["ts"],
            "text": updated.get("text", ""),
            "message": updated,
        }

    def chat_delete(self, call: Call) -> dict[str, Any]:
        channel = self._channel(call.args)
        ts = str_arg(call.args, "ts")
        current = self._existing(channel, ts)
        if current.get("bot_id") != self.ws.bot_id:
            raise SlackError("cant_delete_message")
        self.ws.delete_message(channel, current["ts"])
        return {"ok": True, "channel": channel, "ts": current["ts"]}

    def chat_post_ephemeral(self, call: Call) -> dict[str, Any]:
        args = call.args
        channel = self._channel(args)
        user = str_arg(args, "user")
        if not user or user not in self.ws.users:
            raise SlackError("user_not_in_channel")
        blocks = self._blocks(args)
        attachments = self._attachments(args)
        text = str_arg(args, "text")
        check_message_text(text, blocks, attachments)
        ts = self.ws.next_ts()
        message = self.ws.bot_message(text or "", blocks)
        message.update(ts=ts, channel=channel, to_user=user)
        if args.get("thread_ts"):
            message["thread_ts"] = str_arg(args, "thread_ts")
        self.ws.add_ephemeral(message)
        return {"ok": True, "message_ts": ts}

    def chat_get_permalink(self, call: Call) -> dict[str, Any]:
        channel = self._channel(call.args)
        message = self._existing(channel, str_arg(call.args, "message_ts"))
        return {"ok": True, "channel": channel, "permalink": self.ws.permalink(channel, message["ts"])}

    # -- conversations -------------------------------------------------------------------

    def conversations_replies(self, call: Call) -> dict[str, Any]:
        channel = self._channel(call.args)
        thread = self.ws.thread(channel, str_arg(call.args, "ts") or "")
        if not thread:
            raise SlackError("thread_not_found")
        return {"ok": True, "messages": thread, "has_more": False, "response_metadata": {"next_cursor": ""}}

    def conversations_info(self, call: Call) -> dict[str, Any]:
        channel = self._channel(call.args)
        return {"ok": True, "channel": self.ws.channel_object(channel)}
