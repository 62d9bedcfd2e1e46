"""The paste parser on the set `tests/fixtures/pastes/heldout-2026-12.jsonl` (see HELDOUT.md): 135 real pasted
messages collected on 2026-12-01, after the rules were committed (parser commit 6c72e1d), and labelled by hand before
the parser was run on them.

This set is SPENT: it was measured once as a held-out set (precision 0.881, recall 0.718, kind accuracy 0.881, below
the issue's thresholds of 0.97 / 0.95 / 0.95), and then read while writing the issue #17 rules (branch h-rules),
which fold in its lessons: it now scores 1.000 / 1.000 / 1.000, a figure on data the rules were written from, not a
held-out measure. This test keeps those figures as lower bounds to catch regressions; a new held-out set, never read
while writing rules, is what measures the parser now. Do not edit these labels to make it pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.parsing.scoring import read_rows, score

HELDOUT = Path(__file__).resolve().parents[2] / "fixtures" / "pastes" / "heldout-2026-12.jsonl"

# The issue's thresholds for a held-out set.
ISSUE_PRECISION, ISSUE_RECALL, ISSUE_KIND = 0.97, 0.95, 0.95
# Measured as held-out on 2026-12-01: 0.881, 0.718, 0.881. After the issue #17 rules (set spent): 1.000, 1.000, 1.000,
# kept as lower bounds rounded down to two decimals.
MEASURED_PRECISION, MEASURED_RECALL, MEASURED_KIND = 1.00, 1.00, 1.00


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
            f"{result.rows - result.positives} without), collected 2026-12-01, spent (read for the issue #17 rules): "
            f"precision {result.precision:.3f}, recall {result.recall:.3f}, kind {result.kind_accuracy:.3f}"
        )
        print("\n".join(result.misses))
    assert result.precision >= MEASURED_PRECISION
    assert result.recall >= MEASURED_RECALL
    assert result.kind_accuracy >= MEASURED_KIND


HELDOUT_B = HELDOUT.with_name("heldout-2026-12b.jsonl")
CORPUS_FILES = ("corpus.jsonl", "collected-2026-12.jsonl", "collected-2026-12b.jsonl", "heldout-2026-12.jsonl")
# Measured as held-out once, on 2026-12-01 after the issue #17 rules (HELDOUT-b.md): on the 141 rows whose thread
# the rule writer never read, 0.948 / 0.867 / 0.968 (all 158: 0.955 / 0.884 / 0.973). Then read (spent) to write the
# rules in rules/more_formats.py (branch h-rules2): 1.000 / 1.000 / 1.000 on the 141 and on all 158, a figure on data
# the rules were written from, kept as lower bounds to catch regressions.
MEASURED_B = (1.00, 1.00, 1.00)


def test_second_heldout_set_as_measured(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    rows = read_rows(HELDOUT_B)
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows)
    read_by_rules = {
        json.loads(line)["source"] for name in CORPUS_FILES for line in HELDOUT.with_name(name).read_text().splitlines()
    }
    independent = [r for r in rows if r["source"] not in read_by_rules]
    assert len(independent) == 141  # the other 17 share a thread with collected-2026-12b.jsonl
    result = score(independent)
    with capsys.disabled():
        print(
            f"\n[figure] second held-out set (2026-12-01, measured once, now spent): {result.rows} pastes whose "
            f"thread the rules never read: precision {result.precision:.3f}, recall {result.recall:.3f}, "
            f"kind {result.kind_accuracy:.3f} (goals {ISSUE_PRECISION} / {ISSUE_RECALL} / {ISSUE_KIND})"
        )
    assert result.precision >= MEASURED_B[0]
    assert result.recall >= MEASURED_B[1]
    assert result.kind_accuracy >= MEASURED_B[2]


HELDOUT_C = HELDOUT.with_name("heldout-2026-12c.jsonl")
# Measured as held-out once, on 2026-12-01 after the rules for held-out B's misses (HELDOUT-c.md): on the 167 rows
# whose thread the rule writer never read, 0.962 / 0.816 / 0.981 (all 169: 0.963 / 0.819 / 0.981). Then read (spent)
# to write the generic rule (checks/parsing/generic.py) and rules/more_tools.py (branch h-rules3): 0.992 / 0.992 /
# 0.992 on the 167, a figure on data the rules were written from, kept as lower bounds to catch regressions. The one
# miss left then, `UnknownHostException: h: unknown error` (labelled `other` here and in E, `nxdomain` in corpus.jsonl's
# gofabric8-100), is read as `other` since branch h-rules5 (two held-out sets against one corpus row): 1.000 / 1.000 /
# 1.000.
MEASURED_C = (1.00, 1.00, 1.00)


def test_third_heldout_set_as_measured(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    rows = read_rows(HELDOUT_C)
    assert len(rows) >= 160 and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if not r["expected"]) >= 40
    read_by_rules = {
        json.loads(line)["source"]
        for name in (*CORPUS_FILES, "collected-2026-12c.jsonl", "heldout-2026-12b.jsonl")
        for line in HELDOUT.with_name(name).read_text().splitlines()
    }
    independent = [r for r in rows if r["source"] not in read_by_rules]
    assert len(independent) == 167  # the other 2 share a thread with collected-2026-12c.jsonl
    result = score(independent)
    with capsys.disabled():
        print(
            f"\n[figure] third held-out set (2026-12-01, measured once, now spent): {result.rows} pastes whose "
            f"thread the rules never read: precision {result.precision:.3f}, recall {result.recall:.3f}, "
            f"kind {result.kind_accuracy:.3f} (goals {ISSUE_PRECISION} / {ISSUE_RECALL} / {ISSUE_KIND})"
        )
    assert result.precision >= MEASURED_C[0]
    assert result.recall >= MEASURED_C[1]
    assert result.kind_accuracy >= MEASURED_C[2]


HELDOUT_D = HELDOUT.with_name("heldout-2026-12d.jsonl")
# Measured as held-out once, on 2026-12-01 after the generic rule (checks/parsing/generic.py) and the rules for held-out
# C's misses (HELDOUT-d.md): 0.951 / 0.899 / 1.000 on all 154 rows (none shares a thread with another set). Then read
# (spent) to write rules/heldout_d.py, generic_guards.py and stated_placeholders.py (branch h-rules4): 1.000 / 0.992 /
# 1.000, a figure on data the rules were written from, kept as lower bounds to catch regressions. The one miss left:
# Sidekiq's `host` (hd-sidekiq-2782-host-nodata), whose URL is four lines of prose below the error.
MEASURED_D = (0.99, 0.99, 1.00)


def test_fourth_heldout_set_as_measured(capsys: pytest.CaptureFixture[str]) -> None:
    rows = read_rows(HELDOUT_D)
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if not r["expected"]) >= 35
    result = score(rows)
    with capsys.disabled():
        print(
            f"\n[figure] fourth held-out set (2026-12-01, measured once, now spent): {result.rows} pastes: "
            f"precision {result.precision:.3f}, recall {result.recall:.3f}, kind {result.kind_accuracy:.3f} "
            f"(goals {ISSUE_PRECISION} / {ISSUE_RECALL} / {ISSUE_KIND})"
        )
    assert result.precision >= MEASURED_D[0]
    assert result.recall >= MEASURED_D[1]
    assert result.kind_accuracy >= MEASURED_D[2]


HELDOUT_E = HELDOUT.with_name("heldout-2026-12e.jsonl")
# Measured as held-out once, on 2026-12-01 after the precision work and the rules for held-out D's misses
# (HELDOUT-e.md): 0.973 / 0.932 / 0.991 on all 152 rows (none shares a thread with another set) — precision and kind
# meet the goals, recall does not. Then read (spent) to write rules/heldout_e.py, the Markdown reading in normalize.py,
# CoreDNS's HINFO probe answered SERVFAIL and `unknown error` as `other` (branch h-rules5): 1.000 / 1.000 / 1.000, a
# figure on data the rules were written from, kept as lower bounds to catch regressions.
MEASURED_E = (1.00, 1.00, 1.00)


def test_fifth_heldout_set_as_measured(capsys: pytest.CaptureFixture[str]) -> None:
    rows = read_rows(HELDOUT_E)
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows)
    assert sum(1 for r in rows if not r["expected"]) >= 35
    result = score(rows)
    with capsys.disabled():
        print(
            f"\n[figure] fifth held-out set (2026-12-01, measured once, now spent): {result.rows} pastes: "
            f"precision {result.precision:.3f}, recall {result.recall:.3f}, kind {result.kind_accuracy:.3f} "
            f"(goals {ISSUE_PRECISION} / {ISSUE_RECALL} / {ISSUE_KIND})"
        )
    assert result.precision >= MEASURED_E[0]
    assert result.recall >= MEASURED_E[1]
    assert result.kind_accuracy >= MEASURED_E[2]
