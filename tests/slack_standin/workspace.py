"""The state of the one workspace the Slack STAND-IN serves.

Channels, users, user groups, the messages in each channel (threads and later edits included),
reactions, uploaded files, issued trigger ids and response URLs. Real Slack keeps all of this
server-side; the stand-in keeps just enough to answer the methods podnet calls the way Slack
would and to let tests read back the conversation as a person in the channel would see it.
"""

from __future__ import annotations

import copy
import itertools
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

TRIGGER_TTL_SECONDS = 3.0  # "Pass a valid trigger_id within 3 seconds of receiving it" (Slack modals docs)


@dataclass
class UploadedFile:
    """A file announced by files.getUploadURLExternal, its bytes, and where it was shared."""

    file_id: str
    filename: str
    length: int
    content: bytes | None = None
    title: str | None = None
    channel: str | None = None
    thread_ts: str | None = None
    initial_comment: str | None = None
    completed: bool = False


@dataclass
class ResponseUrl:
    """Where a response_url posts to: the channel, and the message an action came from."""

    channel: str
    user: str
    message_ts: str | None = None


@dataclass
class Workspace:
    """Thread-safe workspace state; every public method takes the lock."""

    team_id: str = "T0STANDIN"
    team_name: str = "podnet stand-in"
    domain: str = "podnet-standin"
    bot_user_id: str = "U0PODNET"
    bot_id: str = "B0PODNET"
    app_id: str = "A0PODNET"
    bot_name: str = "podnet"
    channels: dict[str, str] = field(init=False, default_factory=dict)  # id -> name ("" for a DM)
    users: dict[str, dict[str, Any]] = field(init=False, default_factory=dict)  # id -> user object
    usergroups: dict[str, list[str]] = field(init=False, default_factory=dict)
    files: dict[str, UploadedFile] = field(init=False, default_factory=dict)
    response_urls: dict[str, ResponseUrl] = field(init=False, default_factory=dict)
    _messages: dict[str, dict[str, dict[str, Any]]] = field(init=False, default_factory=dict)
    _ephemeral: list[dict[str, Any]] = field(init=False, default_factory=list)
    _triggers: dict[str, float] = field(init=False, default_factory=dict)
    _lock: threading.RLock = field(init=False, default_factory=threading.RLock)
    _last_ts: tuple[int, int] = field(init=False, default=(0, 0))
    _ids: itertools.count[int] = field(init=False, default_factory=lambda: itertools.count(1))

    # -- set-up ----------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        channels: Mapping[str, str] | Iterable[str] | None,
        users: Mapping[str, str | Mapping[str, Any]] | Iterable[str] | None,
        usergroups: Mapping[str, Iterable[str]] | None,
        **identity: str,
    ) -> Workspace:
        ws = cls(**identity)
        channel_map = _as_mapping(channels, {"C0LAB": "lab", "C0OPS": "ops"})
        for cid, name in channel_map.items():
            ws.channels[cid] = "" if cid.startswith("D") else str(name or cid.lower())
        user_map = _as_mapping(users, {"U0ALICE": "alice", "U0BOB": "bob"})
        ws.users[ws.bot_user_id] = ws._user_object(ws.bot_user_id, {"name": ws.bot_name, "is_bot": True})
        for uid, spec in user_map.items():
            extra = dict(spec) if isinstance(spec, Mapping) else {"name": spec or uid.lower()}
            ws.users[uid] = ws._user_object(uid, extra)
        for uid in ws.users:
            ws.channels.setdefault(ws.dm_channel(uid), "")
        groups = usergroups if usergroups is not None else {"S0ONCALL": [u for u in user_map][:1]}
        ws.usergroups = {gid: list(members) for gid, members in groups.items()}
        return ws

    def _user_object(self, uid: str, extra: Mapping[str, Any]) -> dict[str, Any]:
        name = str(extra.get("name", uid.lower()))
        real_name = str(extra.get("real_name", name.title()))
        user: dict[str, Any] = {
            "id": uid,
            "team_id": self.team_id,
            "name": name,
            "deleted": False,
            "color": "9f69e7",
            "real_name": real_name,
            "tz": "Europe/Paris",
            "tz_label": "Central European Time",
            "tz_offset": 3600,
            "profile": {"real_name": real_name, "display_name": name, "team": self.team_id},
            "is_admin": False,
            "is_owner": False,
            "is_primary_owner": False,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "is_bot": False,
            "is_app_user": False,
            "updated": int(time.time()),
        }
        user.update({k: v for k, v in extra.items() if k != "profile"})
        if isinstance(extra.get("profile"), Mapping):
            user["profile"].update(extra["profile"])
        if user["is_bot"]:
            user["profile"]["bot_id"] = self.bot_id if uid == self.bot_user_id else "B" + uid[1:]
        return user

    @staticmethod
    def dm_channel(user_id: str) -> str:
        return "D" + user_id[1:]

    # -- ids -------------------------------------------------------------------------------

    def next_ts(self) -> str:
        """A message timestamp like ``1732670000.000100``, strictly increasing."""
        with self._lock:
            now = int(time.time())
            sec, micro = self._last_ts
            if now > sec:
                sec, micro = now, 100
            else:
                micro += 100
                if micro >= 1_000_000:
                    sec, micro = sec + 1, 100
            self._last_ts = (sec, micro)
            return f"{sec}.{micro:06d}"

    def new_id(self, prefix: str) -> str:
        with self._lock:
            return f"{prefix}0{next(self._ids):08d}"

    def new_trigger_id(self) -> str:
        trigger = f"{int(time.time())}.{secrets.randbelow(10**10)}.{secrets.token_hex(16)}"
        with self._lock:
            self._triggers[trigger] = time.monotonic()
        return trigger

    def trigger_state(self, trigger_id: str) -> str:
        """``valid``, ``expired`` or ``invalid``."""
        with self._lock:
            issued = self._triggers.get(trigger_id)
        if issued is None:
            return "invalid"
        return "valid" if time.monotonic() - issued <= TRIGGER_TTL_SECONDS else "expired"

    # -- lookups ---------------------------------------------------------------------------

    def resolve_channel(self, value: object) -> str | None:
        """A channel id from an id, a ``#name``/name, or a user id (which means the DM with that user)."""
        if not isinstance(value, str) or not value:
            return None
        with self._lock:
            if value in self.channels:
                return value
            if value in self.users:
                return self.dm_channel(value)
            name = value.removeprefix("#")
            for cid, cname in self.channels.items():
                if cname and cname == name:
                    return cid
        return None

    def channel_object(self, channel: str) -> dict[str, Any]:
        is_im = channel.startswith("D")
        obj: dict[str, Any] = {
            "id": channel,
            "created": 1700000000,
            "is_channel": channel.startswith("C"),
            "is_group": channel.startswith("G"),
            "is_im": is_im,
            "is_archived": False,
            "is_member": True,
            "is_private": not channel.startswith("C"),
            "context_team_id": self.team_id,
        }
        if is_im:
            obj["user"] = next((u for u in self.users if self.dm_channel(u) == channel), None)
        else:
            obj["name"] = self.channels[channel]
        return obj

    def permalink(self, channel: str, ts: str) -> str:
        base = f"https://{self.domain}.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        message = self.message(channel, ts)
        if message and message.get("thread_ts") and message["thread_ts"] != ts:
            return f"{base}?thread_ts={message['thread_ts']}&cid={channel}"
        return base

    # -- messages --------------------------------------------------------------------------

    def bot_message(self, text: str, blocks: list[dict[str, Any]] | None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "user": self.bot_user_id,
            "type": "message",
            "ts": "",
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "text": text,
            "team": self.team_id,
            "bot_profile": {
                "id": self.bot_id,
                "app_id": self.app_id,
                "name": self.bot_name,
                "deleted": False,
                "team_id": self.team_id,
            },
        }
        if blocks is not None:
            message["blocks"] = blocks
        return message

    def add_message(self, channel: str, message: dict[str, Any]) -> dict[str, Any]:
        """Store a message (giving it a ts if it has none); a reply updates its parent's thread fields."""
        with self._lock:
            if not message.get("ts"):
                message["ts"] = self.next_ts()
            ts = message["ts"]
            in_channel = self._messages.setdefault(channel, {})
            thread_ts = message.get("thread_ts")
            if thread_ts and thread_ts != ts:
                parent = in_channel.get(thread_ts)
                if parent is not None:
                    parent["thread_ts"] = thread_ts
                    parent["reply_count"] = parent.get("reply_count", 0) + 1
                    users = parent.setdefault("reply_users", [])
                    if message.get("user") and message["user"] not in users:
                        users.append(message["user"])
                    parent["reply_users_count"] = len(users)
                    parent["latest_reply"] = ts
                    message.setdefault("parent_user_id", parent.get("user"))
            in_channel[ts] = message
            return copy.deepcopy(message)

    def message(self, channel: str, ts: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._messages.get(channel, {}).get(ts)
            return copy.deepcopy(found) if found is not None else None

    def update_message(self, channel: str, ts: str, changes: Mapping[str, Any], editor: str) -> dict[str, Any]:
        with self._lock:
            message = self._messages[channel][ts]
            for key, value in changes.items():
                if value is None:
                    message.pop(key, None)
                else:
                    message[key] = value
            message["edited"] = {"user": editor, "ts": self.next_ts()}
            return copy.deepcopy(message)

    def delete_message(self, channel: str, ts: str) -> None:
        with self._lock:
            self._messages.get(channel, {}).pop(ts, None)

    def messages(self, channel: str) -> list[dict[str, Any]]:
        with self._lock:
            in_channel = self._messages.get(channel, {})
            return [copy.deepcopy(in_channel[ts]) for ts in sorted(in_channel, key=float)]

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        """The parent then its replies, oldest first (what conversations.replies returns)."""
        with self._lock:
            root = self._messages.get(channel, {}).get(ts)
            if root is None:
                return []
            root_ts = root.get("thread_ts") or ts
            return [m for m in self.messages(channel) if m["ts"] == root_ts or m.get("thread_ts") == root_ts]

    def add_ephemeral(self, message: dict[str, Any]) -> None:
        with self._lock:
            self._ephemeral.append(message)

    def ephemeral(self, channel: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [copy.deepcopy(m) for m in self._ephemeral if channel is None or m.get("channel") == channel]

    def add_reaction(self, channel: str, ts: str, name: str, user: str) -> str | None:
        """None when added, else the Slack error code."""
        with self._lock:
            message = self._messages.get(channel, {}).get(ts)
            if message is None:
                return "message_not_found"
            reactions: list[dict[str, Any]] = message.setdefault("reactions", [])
            entry = next((r for r in reactions if r["name"] == name), None)
            if entry is None:
                entry = {"name": name, "users": [], "count": 0}
                reactions.append(entry)
            if user in entry["users"]:
                return "already_reacted"
            entry["users"].append(user)
            entry["count"] = len(entry["users"])
            return None

    def remove_reaction(self, channel: str, ts: str, name: str, user: str) -> str | None:
        with self._lock:
            message = self._messages.get(channel, {}).get(ts)
            if message is None:
                return "message_not_found"
            reactions: list[dict[str, Any]] = message.get("reactions", [])
            entry = next((r for r in reactions if r["name"] == name and user in r["users"]), None)
            if entry is None:
                return "no_reaction"
            entry["users"].remove(user)
            entry["count"] = len(entry["users"])
            if not entry["users"]:
                reactions.remove(entry)
            if not reactions:
                message.pop("reactions", None)
            return None


def _as_mapping(value: Mapping[str, Any] | Iterable[str] | None, default: Mapping[str, Any]) -> dict[str, Any]:
    if value is None:
        return dict(default)
    if isinstance(value, Mapping):
        return dict(value)
    return {item: "" for item in value}
