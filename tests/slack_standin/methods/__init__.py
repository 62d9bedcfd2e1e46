"""The Web API methods the Slack STAND-IN answers, with Slack's response fields and error codes.

Each method takes the parsed arguments and returns the JSON body of a successful answer, or
raises ``SlackError``. Response shapes follow Slack's method reference pages (the "Example
responses" and "Errors" sections); ``server.py`` does the HTTP, token and switch handling.

The methods are grouped by what they are about (``chat``, ``people``, ``files``, ``interactive``, each
over ``base.MethodsBase``); ``WebApi`` here puts the groups together and holds the one method table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..validation import SlackError
from ..workspace import Workspace
from .base import Call, TokenKind
from .chat import ChatMethods
from .files import FileMethods
from .interactive import InteractiveMethods
from .people import PeopleMethods

__all__ = ["APP_TOKEN_METHODS", "Call", "TokenKind", "WebApi"]

APP_TOKEN_METHODS = {"apps.connections.open"}

Handler = Callable[[Call], dict[str, Any]]


class WebApi(ChatMethods, PeopleMethods, FileMethods, InteractiveMethods):
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
