"""Argument checks the Slack STAND-IN applies the way Slack's servers do, and Slack's error shape.

Only what podnet could plausibly get wrong is checked: the ``blocks`` argument (a JSON array of
objects that each have a ``type``; at most 50 in a message, 100 in a view; section text 1 to
3000 characters, at most 10 fields of at most 2000; header text at most 150), message text over
40,000 characters (``msg_too_long``) and a message with neither text nor blocks (``no_text``).
Block errors come back the way Slack sends them: ``errors`` plus ``response_metadata.messages``
lines with a JSON pointer to the offending element.
"""

from __future__ import annotations

import json
from typing import Any

MAX_BLOCKS_IN_MESSAGE = 50
MAX_BLOCKS_IN_VIEW = 100
MAX_SECTION_TEXT = 3000
MAX_SECTION_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_MESSAGE_TEXT = 40_000


class SlackError(Exception):
    """A Slack error answer: ``{"ok": false, "error": code, ...extra}`` with an HTTP status."""

    def __init__(self, error: str, *, status: int = 200, **extra: Any) -> None:
        super().__init__(error)
        self.error = error
        self.status = status
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"ok": False, "error": self.error, **self.extra}


def json_arg(value: object) -> object:
    """A JSON-typed argument: as sent in a JSON body, or decoded from its form-encoded string."""
    if isinstance(value, str):
        return json.loads(value)
    return value


def bool_arg(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes"}


def str_arg(args: dict[str, Any], name: str) -> str | None:
    value = args.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def parse_blocks(raw: object, *, limit: int = MAX_BLOCKS_IN_MESSAGE, pointer: str = "/blocks") -> list[dict[str, Any]]:
    """The blocks as a list, or ``SlackError`` (``invalid_blocks_format`` / ``invalid_blocks``)."""
    try:
        blocks = json_arg(raw)
    except ValueError as exc:
        raise SlackError("invalid_blocks_format") from exc
    if not isinstance(blocks, list):
        raise SlackError("invalid_blocks_format")
    problems: list[str] = []
    if len(blocks) > limit:
        problems.append(f"no more than {limit} items allowed [json-pointer:{pointer}]")
    for index, block in enumerate(blocks):
        problems.extend(_block_problems(block, f"{pointer}/{index}"))
    if problems:
        raise SlackError(
            "invalid_blocks",
            errors=problems,
            response_metadata={"messages": [f"[ERROR] {p}" for p in problems]},
        )
    return blocks


def _block_problems(block: object, at: str) -> list[str]:
    if not isinstance(block, dict):
        return [f"must be an object [json-pointer:{at}]"]
    kind = block.get("type")
    if not isinstance(kind, str) or not kind:
        return [f"missing required field: type [json-pointer:{at}]"]
    if kind == "section":
        return _section_problems(block, at)
    if kind == "header":
        return _text_problems(block.get("text"), f"{at}/text", MAX_HEADER_TEXT, required=True, plain_only=True)
    return []


def _section_problems(block: dict[str, Any], at: str) -> list[str]:
    problems: list[str] = []
    fields = block.get("fields")
    if "text" not in block and not fields:
        problems.append(f"must contain either text or fields [json-pointer:{at}]")
    if "text" in block:
        problems.extend(_text_problems(block["text"], f"{at}/text", MAX_SECTION_TEXT, required=True))
    if fields is not None:
        if not isinstance(fields, list):
            return [*problems, f"must be an array [json-pointer:{at}/fields]"]
        if len(fields) > MAX_SECTION_FIELDS:
            problems.append(f"no more than {MAX_SECTION_FIELDS} items allowed [json-pointer:{at}/fields]")
        for index, item in enumerate(fields):
            problems.extend(_text_problems(item, f"{at}/fields/{index}", MAX_FIELD_TEXT, required=True))
    return problems


def _text_problems(obj: object, at: str, limit: int, *, required: bool, plain_only: bool = False) -> list[str]:
    if obj is None:
        return [f"missing required field: text [json-pointer:{at}]"] if required else []
    if not isinstance(obj, dict):
        return [f"must be a text object [json-pointer:{at}]"]
    allowed = {"plain_text"} if plain_only else {"plain_text", "mrkdwn"}
    if obj.get("type") not in allowed:
        return [f"must be one of {sorted(allowed)} [json-pointer:{at}/type]"]
    text = obj.get("text")
    if not isinstance(text, str):
        return [f"missing required field: text [json-pointer:{at}]"]
    if not text:
        return [f"must be more than 0 characters [json-pointer:{at}/text]"]
    if len(text) > limit:
        return [f"must be less than {limit + 1} characters [json-pointer:{at}/text]"]
    return []


def check_message_text(text: str | None, blocks: list[dict[str, Any]] | None, attachments: object = None) -> None:
    """``no_text`` for an empty message, ``msg_too_long`` past 40,000 characters."""
    if text is not None and len(text) > MAX_MESSAGE_TEXT:
        raise SlackError("msg_too_long")
    if not text and not blocks and not attachments:
        raise SlackError("no_text")
