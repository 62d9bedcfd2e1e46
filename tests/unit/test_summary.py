"""Sweep history and its Slack summary, on a real SQLite database."""

from __future__ import annotations

import time
from pathlib import Path

from bot.history import History, HistoryReader
from bot.summary import latest_summary, sparkline
from checks.engine import NodeHealth
from checks.model import StepResult


def sweep(*failing: tuple[str, str]) -> list[NodeHealth]:
    return [
        NodeHealth(
            node,
            tuple(
                StepResult(step, step, "fail" if (node, step) in failing else "pass", f"{step} summary")
                for step in ("routing", "mtu")
            ),
        )
        for node in ("node-1", "node-2", "node-3")
    ]


def text_of(blocks: list) -> str:
    return "\n".join(b.to_dict()["text"]["text"] for b in blocks)


def test_new_resolved_and_the_summary(tmp_path: Path) -> None:
    history = History(f"sqlite:///{tmp_path / 'h.db'}")
    reader = HistoryReader(history)
    assert latest_summary(reader) is None
    assert history.record(sweep(), time.time()).new == ()
    text, blocks = latest_summary(reader) or ("", [])
    assert "all 3 nodes healthy" in text and len(blocks) == 1  # a healthy night is one short line

    broken = history.record(sweep(("node-2", "routing")), time.time())
    assert [(c.node, c.step) for c in broken.new] == [("node-2", "routing")]
    text, blocks = latest_summary(reader) or ("", [])
    body = text_of(blocks)
    assert "1 of 3 nodes failing" in text
    assert "`routing` on node-2" in body and "New since the last sweep" in body

    fixed = history.record(sweep(), time.time())
    assert [(c.node, c.step) for c in fixed.resolved] == [("node-2", "routing")]
    assert "all 3 nodes healthy" in (latest_summary(reader) or ("", []))[0]
    assert reader.trend() == {"routing": [0, 1, 0]}


def test_retention_prunes_old_sweeps(tmp_path: Path) -> None:
    history = History(f"sqlite:///{tmp_path / 'h.db'}", retention_days=1)
    history.record(sweep(("node-1", "mtu")), time.time() - 3 * 86400)
    history.record(sweep(), time.time())
    assert HistoryReader(history).trend() == {}


def test_sparkline() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
