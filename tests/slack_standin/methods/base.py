"""What every group of the stand-in's Web API methods shares: the call, how its token came, and the argument
helpers that answer Slack's own errors (``channel_not_found``, ``message_not_found``, ``invalid_attachments``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..validation import SlackError, json_arg, parse_blocks
from ..workspace import Workspace

TokenKind = Literal["bot", "app"]


@dataclass(frozen=True)
class Call:
    """One authenticated call: its arguments and how the token came."""

    args: dict[str, Any]
    token_kind: TokenKind
    token_in_header: bool


class MethodsBase:
    """One group of methods over one ``Workspace``; ``WebApi`` puts the groups together."""

    ws: Workspace
    base_url: str  # http://127.0.0.1:PORT/

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
