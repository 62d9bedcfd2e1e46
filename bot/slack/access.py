"""Who may ask podnet for what, and where: the one place the Slack side decides it.

Closed by default. podnet answers only in the channels listed in `PODNET_CHANNELS` (`*`: every channel it
is a member of; empty: none), in direct messages only with `PODNET_ALLOW_DMS=1`, and that applies to
every entry point alike: pastes, mentions, `/podnet` commands and buttons. Within those, each action
has its audience (`PODNET_PERMISSIONS`, `action=who;…`, who being `*` or user IDs and user-group IDs):
`diagnose` (a paste, `/podnet diagnose`, "Show all evidence"), `rerun`, `summary` default to everyone
there; `check` and `capture` (they read a node's routes, NAT tables and packets) to the users and groups
in `PODNET_ALLOWED_USERS` / `PODNET_ALLOWED_GROUPS`, nobody when those are empty. Re-running a check or
a capture also needs that action's permission. `help` is always allowed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.permissions import Action, Audience

log = logging.getLogger("podnet.slack")


def is_dm(channel: str, channel_type: str | None = None) -> bool:
    return channel_type == "im" or channel.startswith("D")


@dataclass
class Decision:
    allowed: bool
    reason: str = ""  # why not, for the audit log
    message: str = ""  # what the user is told (empty: nothing, e.g. a paste in a channel podnet ignores)


class Access:
    """Decides; `members(group)` lists a user group's members (Slack's usergroups.users.list)."""

    def __init__(
        self,
        channels: tuple[str, ...],
        allow_dms: bool,
        permissions: Mapping[Action, Audience],
        members: Callable[[str], list[str]],
    ) -> None:
        self.every_channel = "*" in channels
        self.channels = frozenset(c for c in channels if c != "*")
        self.allow_dms = allow_dms
        self.permissions = dict(permissions)
        self.members = members

    def where(self, channel: str, channel_type: str | None = None) -> bool:
        if is_dm(channel, channel_type):
            return self.allow_dms
        return self.every_channel or channel in self.channels

    def may(self, action: Action, user: str) -> bool:
        audience = self.permissions[action]
        if audience.everyone or user in audience.users:
            return True
        for group in audience.groups:
            try:
                if user in self.members(group):
                    return True
            except Exception as err:
                log.warning("user group %s unreadable: %s", group, err)
        return False

    def decide(self, actions: tuple[Action, ...], user: str, channel: str, channel_type: str | None) -> Decision:
        """Every one of `actions` must be allowed (a Re-run of a check: rerun and check)."""
        if "help" in actions:
            return Decision(True)
        if not self.where(channel, channel_type):
            if is_dm(channel, channel_type):
                return Decision(False, "direct messages are off", "podnet does not take direct messages here.")
            return Decision(False, "channel not allowed", "podnet is not enabled in this channel.")
        for action in actions:
            if not self.may(action, user):
                return Decision(
                    False,
                    f"{action} not allowed",
                    f"Sorry <@{user}>, you are not allowed to {_VERB[action]}. Ask a platform admin to add "
                    "you to PODNET_PERMISSIONS (or PODNET_ALLOWED_USERS / an allowed user group).",
                )
        return Decision(True)


_VERB: dict[Action, str] = {
    "diagnose": "ask podnet for diagnoses",
    "check": "run checks on nodes",
    "capture": "run packet captures",
    "rerun": "re-run diagnoses",
    "summary": "read the sweep summary",
    "help": "read the help",
}


def request_of(body: Mapping[str, Any]) -> tuple[tuple[Action, ...], str, str, str | None] | None:
    """(actions, user, channel, channel type) of a Slack request, or None when it asks for nothing."""
    if body.get("type") == "event_callback":
        event = body.get("event") or {}
        if event.get("type") not in ("message", "app_mention"):
            return None
        return ("diagnose",), str(event.get("user") or ""), str(event.get("channel") or ""), event.get("channel_type")
    if "command" in body:
        verb = str(body.get("text") or "").strip().split(" ", 1)[0]
        action: Action = verb if verb in ("check", "diagnose", "summary") else "help"  # type: ignore[assignment]
        dm = "im" if body.get("channel_name") == "directmessage" else None
        return (action,), str(body.get("user_id") or ""), str(body.get("channel_id") or ""), dm
    if body.get("type") == "block_actions":
        from bot.slack import blocks as bk

        action_id = str((body.get("actions") or [{}])[0].get("action_id") or "")
        by_button: dict[str, tuple[Action, ...]] = {
            bk.ACTION_RERUN: ("rerun",),
            bk.ACTION_CAPTURE: ("rerun", "capture"),
            bk.ACTION_EVIDENCE: ("diagnose",),
        }
        actions = by_button.get(action_id, ("diagnose",))
        if action_id in (bk.ACTION_RERUN, bk.ACTION_CAPTURE) and _is_check(body):
            actions = (*actions, "check")
        user = str((body.get("user") or {}).get("id") or "")
        channel = str((body.get("channel") or {}).get("id") or "")
        return actions, user, channel, None
    return None


def _is_check(body: Mapping[str, Any]) -> bool:
    from bot.slack.request import DiagnosisRequest

    try:
        return DiagnosisRequest.from_json(str(body["actions"][0].get("value") or "")).kind == "check"
    except (ValueError, KeyError, IndexError, AttributeError):
        return False
