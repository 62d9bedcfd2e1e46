"""The sweep summary for Slack: totals, failing nodes grouped by cause, new and resolved since the last
sweep, a 7-run trend per cause; a healthy night is one short line. Built with slack_sdk.models."""

from __future__ import annotations

import time
from collections import defaultdict

from slack_sdk.models.blocks import Block

from bot.history import HistoryReader, StoredSweep, SweepRecord
from bot.slack.blocks import section

SPARK = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    top = max(values) or 1
    return "".join(SPARK[min(len(SPARK) - 1, round(v / top * (len(SPARK) - 1)))] for v in values)


def summary_blocks(sweep: StoredSweep, record: SweepRecord, trend: dict[str, list[int]]) -> tuple[str, list[Block]]:
    nodes = sorted({n for n, _, _, _ in sweep.results})
    failing: dict[str, list[str]] = defaultdict(list)
    unchecked: set[str] = set()
    for node, step, status, _ in sweep.results:
        if status == "fail":
            failing[step].append(node)
        elif status == "error":
            unchecked.add(node)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(sweep.finished_at))
    bad_nodes = sorted({n for ns in failing.values() for n in ns})
    if not failing and not unchecked:
        text = f":large_green_circle: podnet sweep {when}: all {len(nodes)} nodes healthy."
        return text, [section(text)]
    text = f":red_circle: podnet sweep {when}: {len(bad_nodes)} of {len(nodes)} nodes failing" + (
        f", {len(unchecked)} not checked" if unchecked else ""
    )
    blocks: list[Block] = [section(f"*{text}*")]
    lines = [
        f"• `{step}` on {', '.join(sorted(ns))}   trend {sparkline(trend.get(step, [len(ns)]))}"
        for step, ns in sorted(failing.items())
    ]
    blocks.append(section("*By cause*\n" + "\n".join(lines)))
    if record.new:
        blocks.append(
            section(
                "*New since the last sweep*\n"
                + "\n".join(f"• {c.node} `{c.step}`: {c.summary[:200]}" for c in record.new)
            )
        )
    if record.resolved:
        blocks.append(
            section("*Resolved since the last sweep*\n" + "\n".join(f"• {c.node} `{c.step}`" for c in record.resolved))
        )
    if unchecked:
        blocks.append(section("*Not checked*: " + ", ".join(sorted(unchecked))))
    return text, blocks


def latest_summary(reader: HistoryReader) -> tuple[str, list[Block]] | None:
    latest = reader.latest()
    if latest is None:
        return None
    sweep, record = latest
    return summary_blocks(sweep, record, reader.trend())
