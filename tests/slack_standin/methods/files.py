"""The stand-in's files methods: the external-upload flow slack_sdk's ``files_upload_v2`` uses (get an upload
URL, POST the bytes to it, complete the upload into channels and threads), with Slack's file objects."""

from __future__ import annotations

import mimetypes
import time
from typing import Any

from ..validation import SlackError, json_arg, str_arg
from ..workspace import UploadedFile
from .base import Call, MethodsBase


class FileMethods(MethodsBase):
    """files.getUploadURLExternal, the upload URL, files.completeUploadExternal"""

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
