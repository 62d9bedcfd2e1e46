"""The stand-in's methods about people and their marks on messages: reactions, users and user groups."""

from __future__ import annotations

from typing import Any

from ..validation import SlackError, str_arg
from .base import Call, MethodsBase


class PeopleMethods(MethodsBase):
    """reactions.*, users.info and usergroups.users.list"""

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

    # -- users / usergroups ----------------------------------------------------------------

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
