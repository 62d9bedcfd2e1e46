"""The sweep summary for Slack: totals, failing nodes grouped by cause, new and resolved since the last
sweep, a 7-run trend per cause, nodes not checked and why; in the thread, one message per problem with
its evidence and suggested commands. A healthy night is one short line. Built with slack_sdk.models."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any, Protocol

from slack_sdk.models.blocks import Block

from bot.slack.blocks import MAX_BLOCKS, section, step_detail_blocks
from bot.sweeps.history import HistoryReader, StoredResult, StoredSweep, SweepRecord
from checks.model import StepResult

SPARK = "▁▂▃▄▅▆▇█"
MAX_THREAD_REPLIES = 20  # one per problem, up to this many; then one line naming the rest
METADATA_EVENT = "podnet_sweep_summary"  # Slack message metadata on every summary: which sweep it reports


def sparkline(values: list[int]) -> str:
    top = max(values) or 1
    return "".join(SPARK[min(len(SPARK) - 1, round(v / top * (len(SPARK) - 1)))] for v in values)


def summary_blocks(
    sweep: StoredSweep, record: SweepRecord, trend: dict[str, list[int]], cluster: str | None = None
) -> tuple[str, list[Block]]:
    """`cluster`: named in the title when podnet serves several."""
    nodes = sweep.nodes
    by_cause: dict[str, set[str]] = defaultdict(set)
    for node, step in sweep.problem_steps():
        by_cause[step].add(node)
    unchecked = sweep.unchecked()
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(sweep.finished_at))
    when = f"of {cluster} {when}" if cluster else when
    bad_nodes = sorted({n for ns in by_cause.values() for n in ns})
    if not by_cause and not unchecked:
        text = f":large_green_circle: podnet sweep {when}: all {len(nodes)} nodes healthy."
        if not record.resolved:
            return text, [section(text)]  # a healthy night is one short line
        return text, [section(text), _resolved(record)]
    text = f":red_circle: podnet sweep {when}: {len(bad_nodes)} of {len(nodes)} nodes failing" + (
        f", {len(unchecked)} not checked" if unchecked else ""
    )
    blocks: list[Block] = [section(f"*{text}*")]
    if by_cause:
        lines = [
            f"• `{step}` on {', '.join(sorted(ns))}   trend {sparkline(trend.get(step, [len(ns)]))}"
            for step, ns in sorted(by_cause.items())
        ]
        blocks.append(section("*By cause*\n" + "\n".join(lines)))
    if record.new:
        blocks.append(
            section(
                "*New since the last sweep*\n"
                + "\n".join(f"• {c.node} `{c.code or c.step}`: {c.summary[:200]}" for c in record.new)
            )
        )
    if record.resolved:
        blocks.append(_resolved(record))
    if unchecked:
        reasons = {r.node: r.summary for r in sweep.results if r.node in unchecked}
        blocks.append(section("*Not checked*\n" + "\n".join(f"• {n}: {reasons[n][:200]}" for n in unchecked)))
    if by_cause:
        blocks.append(section("_One message per problem in the thread, with evidence and the commands to fix it._"))
    return text, blocks


def _resolved(record: SweepRecord) -> Block:
    lines = [f"• {c.node} `{c.code or c.step}`" for c in record.resolved]
    return section("*Resolved since the last sweep*\n" + "\n".join(lines))


def _as_step(result: StoredResult) -> StepResult:
    """The stored step (rows stored before the detail column have only their summary)."""
    return StepResult.from_json(
        {
            **result.detail,
            "id": result.step,
            "status": "fail",
            "summary": result.summary,
            "title": result.detail.get("title") or result.step,
        }
    )


def problem_messages(sweep: StoredSweep) -> list[tuple[str, list[Block]]]:
    """One thread message per problem (node, step): what is wrong, the evidence, the commands."""
    out = []
    for (node, step), result in sorted(sweep.problem_steps().items()):
        seen_from = "" if result.node == node else f" (seen from {result.node})"
        text = f"{node} · {step}: {result.summary}"[:3000]
        blocks: list[Block] = [section(f":x: *{node}* · `{step}`{seen_from}")]
        blocks += step_detail_blocks(_as_step(result), max_evidence=3)
        out.append((text, blocks[:MAX_BLOCKS]))
    return out


def latest_summary(
    reader: HistoryReader, sweep_id: int | None = None, cluster: str | None = None
) -> tuple[str, list[Block]] | None:
    latest = reader.latest(sweep_id)
    if latest is None:
        return None
    sweep, record = latest
    return summary_blocks(sweep, record, reader.trend(upto=sweep.sweep_id), cluster)


class Poster(Protocol):
    def __call__(
        self,
        channel: str,
        text: str,
        *,
        thread_ts: str | None = None,
        blocks: list[Block] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> str | None: ...


def post_summary(
    post: Poster,
    channel: str,
    reader: HistoryReader,
    sweep_id: int | None = None,
    *,
    slot: str | None = None,
    cluster: str | None = None,
) -> str | None:
    """Post the summary of a sweep (the latest by default) to `channel`, then one threaded message per
    problem. Returns the summary's ts, or None when there is no sweep or the post failed. The message
    carries Slack metadata naming the sweep (and the nightly slot), so it can be found again."""
    latest = reader.latest(sweep_id)
    if latest is None:
        return None
    sweep, record = latest
    text, blocks = summary_blocks(sweep, record, reader.trend(upto=sweep.sweep_id), cluster)
    payload: dict[str, Any] = {"sweep_id": sweep.sweep_id, **({"slot": slot} if slot else {})}
    if cluster:
        payload["cluster"] = cluster
    ts = post(channel, text, blocks=blocks, metadata={"event_type": METADATA_EVENT, "event_payload": payload})
    if ts is None:
        return None
    messages = problem_messages(sweep)
    for problem_text, problem_blocks in messages[:MAX_THREAD_REPLIES]:
        post(channel, problem_text, thread_ts=ts, blocks=problem_blocks)
    rest = [text.split(":")[0] for text, _ in messages[MAX_THREAD_REPLIES:]]
    if rest:  # a cluster-wide failure must not mean hundreds of messages at Slack's ~1 per second
        more = (f"…and {len(rest)} more problems: " + ", ".join(rest))[:2800]
        post(channel, more, thread_ts=ts, blocks=[section(more + "\n`podnet sweep --json` lists them all.")])
    return ts


class SlackPublisher:
    """The nightly job's publisher: the summary (and a failed night) posted to the summary channel."""

    def __init__(self, post: Poster, channel: str, reader: HistoryReader, cluster: str | None = None) -> None:
        """`cluster`: the cluster swept, named in the summary (podnet serving several)."""
        self.post, self.channel, self.reader, self.cluster = post, channel, reader, cluster

    def summary(self, sweep_id: int, slot: str) -> str | None:
        return post_summary(self.post, self.channel, self.reader, sweep_id, slot=slot, cluster=self.cluster)

    def failed(self, slot: str, why: str) -> None:
        of = f" of {self.cluster}" if self.cluster else ""
        self.post(self.channel, f":large_yellow_circle: podnet nightly sweep{of} ({slot}) could not run: {why}")
