"""Posting to Slack with retries: a verdict is never lost to a 429 or a hiccup.

slack_sdk's rate-limit handler honours Retry-After underneath; what is left here is the answers no retry
can change (the bot removed from the channel, the token revoked…), which are logged once and given up on.
"""

from __future__ import annotations

import logging
import time
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
        for attempt in range(attempts):
            try:
                resp = self.client.chat_postMessage(
                    channel=channel, text=text, thread_ts=thread_ts, blocks=blocks, metadata=metadata
                )
                return str(resp["ts"])
            except SlackApiError as err:
                error = err.response.get("error")
                if error in PERMANENT:
                    log.warning("chat.postMessage to %s refused (%s): not retried", channel, error)
                    return None
                log.warning("chat.postMessage failed (%s), attempt %d", error, attempt + 1)
                time.sleep(min(2**attempt, 8))  # a pause before retrying a failed post, not synchronisation
        log.error("giving up posting to %s after %d attempts", channel, attempts)
        return None

    def update(self, channel: str, ts: str, text: str, blocks: list[Block], *, attempts: int = 4) -> bool:
        """Replace a message's text and blocks; False once given up (the caller may post instead)."""
        for attempt in range(attempts):
            try:
                self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
                return True
            except SlackApiError as err:
                error = err.response.get("error")
                if error in PERMANENT:
                    log.warning("chat.update in %s refused (%s): not retried", channel, error)
                    return False
                log.warning("chat.update failed (%s), attempt %d", error, attempt + 1)
                time.sleep(min(2**attempt, 8))
        return False

    def react(self, channel: str, ts: str, name: str) -> None:
        """Add a reaction; one that cannot be added is only logged (it is decoration, not the verdict)."""
        try:
            self.client.reactions_add(channel=channel, timestamp=ts, name=name)
        except SlackApiError as err:
            log.info("reaction %s not added: %s", name, err.response.get("error"))
