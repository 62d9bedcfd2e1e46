"""The paste parser on the held-out set `tests/fixtures/pastes/heldout-2026-12.jsonl` (see HELDOUT.md): 135 real
pasted messages collected on 2026-12-01, after the rules were committed (parser commit 6c72e1d), and labelled by
hand before the parser was run on them. Nobody writing the rules has read them.

The issue's thresholds are precision >= 0.97, recall >= 0.95 and kind accuracy >= 0.95. The parser does NOT meet
them on this set: measured on 2026-12-01 it scored precision 0.881, recall 0.718, kind accuracy 0.881. So this test
asserts the measured figures, rounded down to two decimals, as lower bounds: it guards against regression, it does
not claim the issue's thresholds are met. Raise the bounds (up to the issue's thresholds) as the parser improves;
do not edit the held-out labels to make it pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.parsing.scoring import read_rows, score

HELDOUT = Path(__file__).resolve().parents[2] / "fixtures" / "pastes" / "heldout-2026-12.jsonl"

# The issue's thresholds, which the parser does not yet meet on the held-out set.
ISSUE_PRECISION, ISSUE_RECALL, ISSUE_KIND = 0.97, 0.95, 0.95
# What it does meet, measured on 2026-12-01 (0.881, 0.718, 0.881), rounded down to two decimals.
MEASURED_PRECISION, MEASURED_RECALL, MEASURED_KIND = 0.88, 0.71, 0.88


def test_heldout_set_precision_recall_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    rows = read_rows(HELDOUT)
    assert len(rows) >= 130
    assert all(r["source"].startswith("https://") for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if not r["expected"]) >= 30
    result = score(rows)
    with capsys.disabled():  # the figures belong in CI's output
        print(
            f"\n[figure] held-out set: {result.rows} pastes ({result.positives} with failures, "
            f"{result.rows - result.positives} without), collected 2026-12-01: "
            f"precision {result.precision:.3f}, recall {result.recall:.3f}, kind {result.kind_accuracy:.3f}"
        )
        print("\n".join(result.misses))
    assert result.precision >= MEASURED_PRECISION
    assert result.recall >= MEASURED_RECALL
    assert result.kind_accuracy >= MEASURED_KIND
