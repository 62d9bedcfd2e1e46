"""What podnet said in a thread, counted: every request it took is answered once, nothing doubled.

A diagnosis (or node check) is answered by one threaded reply ("Diagnosing …" / "Checking node …", updated
while it runs) and ends once: one update of that reply — or, when the update fails, one threaded post —
whose text is a verdict, "could not run: …" or "interrupted, re-run?". Anything else podnet posts in a
thread (the list of names not run, a link to a recent diagnosis, "busy") is a note, counted separately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.slack.blocks import INTERRUPTED
from tests.slack_standin import SlackStandIn
from tests.slack_standin.recorder import ApiCall

ENDING = re.compile(r"(healthy|problem|inconclusive): |could not run: ")
STARTING = ("Diagnosing ", "Checking node ")


def button_value(message: ApiCall, action_id: str) -> str:
    """The value of the button `action_id` in a posted or updated message's blocks."""
    return next(
        str(e["value"])
        for b in message.args["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == action_id
    )


def is_ending(call: ApiCall) -> bool:
    text = str(call.args.get("text", ""))
    return call.ok and (ENDING.match(text) is not None or text == INTERRUPTED)


@dataclass(frozen=True)
class Thread:
    """One Slack thread (a paste, or the message a command or button answered in) and podnet's part in it."""

    slack: SlackStandIn
    ts: str

    def posts(self) -> list[ApiCall]:
        return [c for c in self.slack.calls("chat.postMessage") if c.ok and c.args.get("thread_ts") == self.ts]

    def started(self) -> list[ApiCall]:
        """The replies that began a diagnosis or a node check."""
        return [c for c in self.posts() if str(c.args.get("text", "")).startswith(STARTING)]

    def notes(self) -> list[str]:
        return [str(c.args["text"]) for c in self.posts() if not str(c.args.get("text", "")).startswith(STARTING)]

    def endings(self, reply: ApiCall) -> list[ApiCall]:
        """How that reply ended: updates of it to a final text, and final texts posted in the thread instead."""
        reply_ts = reply.response["ts"]
        updated = [c for c in self.slack.calls("chat.update") if c.args.get("ts") == reply_ts and is_ending(c)]
        posted = [c for c in self.posts() if is_ending(c)]
        return updated + posted

    def wait_started(self, count: int, timeout: float = 15) -> list[ApiCall]:
        self.slack.wait_for(
            lambda c: (
                c.method == "chat.postMessage"
                and c.ok
                and c.args.get("thread_ts") == self.ts
                and str(c.args.get("text", "")).startswith(STARTING)
            ),
            timeout=timeout,
            count=count,
        )
        return self.started()

    def wait_ended(self, reply: ApiCall, timeout: float = 90) -> ApiCall:
        reply_ts = reply.response["ts"]
        return self.slack.wait_for(
            lambda c: (
                is_ending(c)
                and (
                    (c.method == "chat.update" and c.args.get("ts") == reply_ts)
                    or (c.method == "chat.postMessage" and c.args.get("thread_ts") == self.ts)
                )
            ),
            timeout=timeout,
        )

    def assert_each_ended_once(self, diagnoses: int) -> list[ApiCall]:
        """`diagnoses` replies began work in this thread and each ended exactly once (call it once the
        process is stopped, or after a later request was answered: nothing can be added behind it)."""
        started = self.started()
        assert len(started) == diagnoses, [c.args.get("text") for c in started]
        endings = []
        for reply in started:
            ended = self.endings(reply)
            assert len(ended) == 1, (reply.args.get("text"), [c.args.get("text") for c in ended])
            endings.append(ended[0])
        return endings
