"""Posting to Slack with retries: a verdict is never lost to a 429 or a hiccup.

slack_sdk's rate-limit handler honours Retry-After underneath; what is left here is the answers no retry
can change (the bot removed from the channel, the token revoked…), which are logged once and given up on.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import Block

log = logging.getLogger("podnet.slack")

# Slack's answers that no retry can change (the bot was removed, the channel archived, the token revoked,
# the message malformed); everything else (ratelimited, internal_error, a network error) is tried again
PERMANENT = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "msg_too_long",
        "invalid_blocks",
        "no_text",
        "restricted_action",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
        "account_inactive",
        "token_revoked",
        "invalid_auth",
        "not_authed",
        "missing_scope",
    }
)


class Posting:
    """post / update / react for a class holding a `client` (the DiagnosisService)."""

    client: WebClient

    def _tried(self, method: str, channel: str, call: Callable[[], Any], attempts: int) -> tuple[bool, Any]:
        """`call` until it succeeds, a permanent error, or `attempts` are spent: (succeeded, its answer)."""
        for attempt in range(attempts):
            try:
                return True, call()
            except SlackApiError as err:
                error = err.response.get("error")
                if error in PERMANENT:
                    log.warning("%s in %s refused (%s): not retried", method, channel, error)
                    return False, None
                log.warning("%s failed (%s), attempt %d", method, error, attempt + 1)
                time.sleep(min(2**attempt, 8))  # a pause before retrying a failed call, not synchronisation
        log.error("giving up %s in %s after %d attempts", method, channel, attempts)
        return False, None

    def post(
        self,
        channel: str,
        text: str,
        *,
        thread_ts: str | None = None,
        blocks: list[Block] | None = None,
        metadata: dict[str, Any] | None = None,
        attempts: int = 4,
    ) -> str | None:
        """Post a message (in a thread when `thread_ts` is given); its ts, or None once given up."""
        ok, resp = self._tried(
            "chat.postMessage",
            channel,
            lambda: self.client.chat_postMessage(
                channel=channel, text=text, thread_ts=thread_ts, blocks=blocks, metadata=metadata
            ),
            attempts,
        )
        return str(resp["ts"]) if ok else None

    def update(self, channel: str, ts: str, text: str, blocks: list[Block], *, attempts: int = 4) -> bool:
        """Replace a message's text and blocks; False once given up (the caller may post instead)."""
        ok, _ = self._tried(
            "chat.update",
            channel,
            lambda: self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks),
            attempts,
        )
        return ok

    def react(self, channel: str, ts: str, name: str) -> None:
        """Add a reaction; one that cannot be added is only logged (it is decoration, not the verdict)."""
        try:
            self.client.reactions_add(channel=channel, timestamp=ts, name=name)
        except SlackApiError as err:
            log.info("reaction %s not added: %s", name, err.response.get("error"))
