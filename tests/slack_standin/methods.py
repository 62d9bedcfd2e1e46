"""The Web API methods the Slack STAND-IN answers, with Slack's response fields and error codes.

Each method takes the parsed arguments and returns the JSON body of a successful answer, or
raises ``SlackError``. Response shapes follow Slack's method reference pages (the "Example
responses" and "Errors" sections); ``server.py`` does the HTTP, token and switch handling.
"""

from __future__ import annotations

import mimetypes
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from .validation import (
    MAX_BLOCKS_IN_VIEW,
    SlackError,
    bool_arg,
    check_message_text,
    json_arg,
    parse_blocks,
    str_arg,
)
from .workspace import ResponseUrl, UploadedFile, Workspace

TokenKind = Literal["bot", "app"]
APP_TOKEN_METHODS = {"apps.connections.open"}


@dataclass(frozen=True)
class Call:
    """One authenticated call: its arguments and how the token came."""

    args: dict[str, Any]
    token_kind: TokenKind
    token_in_header: bool


Handler = Callable[[Call], dict[str, Any]]


class WebApi:
    """Method name -> implementation over one ``Workspace``."""

    def __init__(self, workspace: Workspace, *, base_url: str, socket_url: Callable[[], str]) -> None:
        self.ws = workspace
        self.base_url = base_url  # http://127.0.0.1:PORT/
        self._socket_url = socket_url
        self._handlers: dict[str, Handler] = {
            "auth.test": self.auth_test,
            "apps.connections.open": self.apps_connections_open,
            "chat.postMessage": self.chat_post_message,
            "chat.update": self.chat_update,
            "chat.delete": self.chat_delete,
            "chat.postEphemeral": self.chat_post_ephemeral,
            "chat.getPermalink": self.chat_get_permalink,
            "reactions.add": self.reactions_add,
            "reactions.remove": self.reactions_remove,
            "conversations.replies": self.conversations_replies,
            "conversations.info": self.conversations_info,
            "users.info": self.users_info,
            "usergroups.users.list": self.usergroups_users_list,
            "files.getUploadURLExternal": self.files_get_upload_url_external,
            "files.completeUploadExternal": self.files_complete_upload_external,
            "views.open": self.views_open,
        }

    def methods(self) -> list[str]:
        return sorted(self._handlers)

    def call(self, method: str, call: Call) -> dict[str, Any]:
        handler = self._handlers.get(method)
        if handler is None:
            raise SlackError("unknown_method", status=404, req_method=method)
        if (method in APP_TOKEN_METHODS) != (call.token_kind == "app"):
            raise SlackError("not_allowed_token_type")
        return handler(call)

    # -- helpers ---------------------------------------------------------------------------

    def _channel(self, args: dict[str, Any], name: str = "channel") -> str:
        channel = self.ws.resolve_channel(args.get(name))
        if channel is None:
            raise SlackError("channel_not_found")
        return channel

    def _existing(self, channel: str, ts: str | None) -> dict[str, Any]:
        message = self.ws.message(channel, ts) if ts else None
        if message is None:
            raise SlackError("message_not_found")
        return message

    @staticmethod
    def _blocks(args: dict[str, Any]) -> list[dict[str, Any]] | None:
        return None if args.get("blocks") is None else parse_blocks(args["blocks"])

    @staticmethod
    def _attachments(args: dict[str, Any]) -> list[Any] | None:
        if args.get("attachments") is None:
            return None
        try:
            attachments = json_arg(args["attachments"])
        except ValueError as exc:
            raise SlackError("invalid_attachments") from exc
        if not isinstance(attachments, list):
            raise SlackError("invalid_attachments")
        return attachments

    # -- auth / socket mode ----------------------------------------------------------------

    def auth_test(self, call: Call) -> dict[str, Any]:
        return {
            "ok": True,
            "url": f"https://{self.ws.domain}.slack.com/",
            "team": self.ws.team_name,
            "user": self.ws.bot_name,
            "team_id": self.ws.team_id,
            "user_id": self.ws.bot_user_id,
            "bot_id": self.ws.bot_id,
            "is_enterprise_install": False,
        }

    def apps_connections_open(self, call: Call) -> dict[str, Any]:
        if not call.token_in_header:  # "passing it as a POST parameter will result in an error"
            raise SlackError("invalid_auth")
        return {"ok": True, "url": self._socket_url()}

    # -- chat ------------------------------------------------------------------------------

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

    # -- reactions -------------------------------------------------------------------------

    def _reaction_args(self, call: Call) -> tuple[str, str, str]:
        args = call.args
        if not args.get("channel") or not args.get("timestamp"):
            raise SlackError("no_item_specified")
        channel = self._channel(args)
        name = str_arg(args, "name") or ""
        if not name or ":" in name or " " in name:
            raise SlackError("invalid_name")
        return channel, str(args["timestamp"]), name

    def reactions_add(self, call: Call) -> dict[str, Any]:
        channel, ts, name = self._reaction_args(call)
        error = self.ws.add_reaction(channel, ts, name, self.ws.bot_user_id)
        if error:
            raise SlackError(error)
        return {"ok": True}

    def reactions_remove(self, call: Call) -> dict[str, Any]:
        channel, ts, name = self._reaction_args(call)
        error = self.ws.remove_reaction(channel, ts, name, self.ws.bot_user_id)
        if error:
            raise SlackError(error)
        return {"ok": True}

    # -- conversations / users -------------------------------------------------------------

    def conversations_replies(self, call: Call) -> dict[str, Any]:
        channel = self._channel(call.args)
        thread = self.ws.thread(channel, str_arg(call.args, "ts") or "")
        if not thread:
            raise SlackError("thread_not_found")
        return {"ok": True, "messages": thread, "has_more": False, "response_metadata": {"next_cursor": ""}}

    def conversations_info(self, call: Call) -> dict[str, Any]:
        channel = self._channel(call.args)
        return {"ok": True, "channel": self.ws.channel_object(channel)}

    def users_info(self, call: Call) -> dict[str, Any]:
        user = self.ws.users.get(str_arg(call.args, "user") or "")
        if user is None:
            raise SlackError("user_not_found")
        return {"ok": True, "user": user}

    def usergroups_users_list(self, call: Call) -> dict[str, Any]:
        members = self.ws.usergroups.get(str_arg(call.args, "usergroup") or "")
        if members is None:
            raise SlackError("no_such_subteam")
        return {"ok": True, "users": list(members)}

    # -- files (the flow files_upload_v2 uses) ---------------------------------------------

    def files_get_upload_url_external(self, call: Call) -> dict[str, Any]:
        filename = str_arg(call.args, "filename")
        length = str_arg(call.args, "length")
        if not filename or not length or not length.isdigit():
            raise SlackError("invalid_arguments")
        file_id = self.ws.new_id("F")
        self.ws.files[file_id] = UploadedFile(file_id, filename, int(length))
        return {"ok": True, "upload_url": f"{self.base_url}upload/v1/{file_id}", "file_id": file_id}

    def receive_upload(self, file_id: str, content: bytes) -> bool:
        uploaded = self.ws.files.get(file_id)
        if uploaded is None or uploaded.completed:
            return False
        uploaded.content = content
        return True

    def files_complete_upload_external(self, call: Call) -> dict[str, Any]:
        args = call.args
        try:
            entries = json_arg(args.get("files"))
        except ValueError as exc:
            raise SlackError("invalid_arguments") from exc
        if not isinstance(entries, list) or not entries:
            raise SlackError("invalid_arguments")
        channels = [c for c in (str_arg(args, "channels") or "").split(",") if c]
        if args.get("channel_id"):
            channels.insert(0, str(args["channel_id"]))
        resolved = [self._channel({"channel": c}) for c in channels]
        uploads: list[UploadedFile] = []
        for entry in entries:
            uploaded = self.ws.files.get(str(entry.get("id"))) if isinstance(entry, dict) else None
            if uploaded is None or uploaded.content is None:
                raise SlackError("file_not_found")
            uploaded.title = entry.get("title") or uploaded.filename
            uploads.append(uploaded)
        thread_ts = str_arg(args, "thread_ts")
        comment = str_arg(args, "initial_comment")
        objects = [self._file_object(u, resolved) for u in uploads]
        for uploaded in uploads:
            uploaded.completed = True
            uploaded.channel = resolved[0] if resolved else None
            uploaded.thread_ts = thread_ts
            uploaded.initial_comment = comment
        for channel in resolved:
            message: dict[str, Any] = {
                "type": "message",
                "text": comment or "",
                "files": objects,
                "upload": True,
                "user": self.ws.bot_user_id,
                "display_as_bot": False,
            }
            if thread_ts:
                message["thread_ts"] = thread_ts
            self.ws.add_message(channel, message)
        return {"ok": True, "files": objects}

    def _file_object(self, uploaded: UploadedFile, channels: list[str]) -> dict[str, Any]:
        now = int(time.time())
        mimetype = mimetypes.guess_type(uploaded.filename)[0] or "text/plain"
        ext = uploaded.filename.rsplit(".", 1)[-1] if "." in uploaded.filename else "text"
        files_pri = f"https://files.slack.com/files-pri/{self.ws.team_id}-{uploaded.file_id}"
        return {
            "id": uploaded.file_id,
            "created": now,
            "timestamp": now,
            "name": uploaded.filename,
            "title": uploaded.title,
            "mimetype": mimetype,
            "filetype": ext,
            "pretty_type": ext.upper(),
            "user": self.ws.bot_user_id,
            "user_team": self.ws.team_id,
            "editable": False,
            "size": len(uploaded.content or b""),
            "mode": "hosted",
            "is_external": False,
            "external_type": "",
            "is_public": any(c.startswith("C") for c in channels),
            "public_url_shared": False,
            "display_as_bot": False,
            "username": "",
            "url_private": f"{files_pri}/{uploaded.filename}",
            "url_private_download": f"{files_pri}/download/{uploaded.filename}",
            "permalink": f"https://{self.ws.domain}.slack.com/files/{self.ws.bot_user_id}/{uploaded.file_id}/{uploaded.filename}",
            "comments_count": 0,
            "is_starred": False,
            "shares": {},
            "channels": [],
            "groups": [],
            "ims": [],
            "has_more_shares": False,
            "has_rich_preview": False,
            "file_access": "visible",
        }

    # -- views -----------------------------------------------------------------------------

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
