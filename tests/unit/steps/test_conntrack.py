"""Step `conntrack`: the conntrack counters read twice (the batched prefetch, then a second exec at the
step); what grows between the readings is a current problem, what is only non-zero a warning.

The race and a full table cannot be made in the lab (the race is not on demand; nf_conntrack_max is the
host's, not a namespace's): these cases are recorded outputs in the real formats — this machine's
`/proc/net/stat/nf_conntrack`, `conntrack -S` and `sysctl` captures with other counter values, and the
public `conntrack -S` capture of weaveworks/weave#3287 (see tests/fixtures/real/README.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checks.errors import Unreachable
from checks.ladder.conntrack import AGAIN
from checks.remote.replay import Recorded, Recording
from tests.unit.steps.builder import Case, Outputs, all_of, findings, lab, put, step_of

PROC = "cat nf_conntrack-stat"
TOOL = "conntrack-S"
FILL = "sysctl nf_conntrack-fill"
REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real"
HEADER = lab("node-2.proc-net-stat-nf_conntrack.txt").splitlines()[0]
COLUMNS = HEADER.split()


def proc(entries: int = 1, **counts: int) -> str:
    """This machine's /proc/net/stat/nf_conntrack (two CPUs) with CPU 0 holding `counts` (by column)."""
    assert set(counts) <= set(COLUMNS), counts
    cpu0 = [f"{entries:08x}", *(f"{counts.get(c, 0):08x}" for c in COLUMNS[1:])]
    cpu1 = [f"{entries:08x}", *("00000000" for _ in COLUMNS[1:])]
    return "\n".join([HEADER, "  ".join(cpu0), "  ".join(cpu1)]) + "\n"


def fill(count: int, maximum: int = 262144) -> str:
    return f"net.netfilter.nf_conntrack_count = {count}\nnet.netfilter.nf_conntrack_max = {maximum}\n"


def readings(node: str, key: str, first: Recording, second: Recording) -> Callable[[Outputs], None]:
    """A patch: `node` prints `first` for the prefetched command and `second` when the step reads it again."""

    def patch(outputs: Outputs) -> None:
        outputs[node][key] = first
        outputs[node][f"{key} #{AGAIN}"] = second

    return patch


WEAVE = (REAL / "weave-3287.conntrack-S.txt").read_text()
WEAVE_GROWN = WEAVE.replace("insert_failed=92 ", "insert_failed=95 ")
NO_PROC = Recorded("cat: /proc/net/stat/nf_conntrack: No such file or directory\n", 1)
NO_TOOL = Recorded("sh: 1: conntrack: not found\n", 127)

CASES = [
    (Case("healthy: nothing failed, table nearly empty"), "pass", []),
    (Case("healthy IP-in-IP", "ipip"), "pass", []),
    (
        Case("insert_failed grows: the race, now", nodes=readings("node-2", PROC, proc(), proc(insert_failed=3))),
        "fail",
        [("conntrack.insert-race", ("node-2",))],
    ),
    (
        Case(
            "insert_failed and chaintoolong grow",
            nodes=readings("node-2", PROC, proc(insert_failed=7), proc(insert_failed=9, chainlength=2)),
        ),
        "fail",
        [("conntrack.insert-race", ("node-2",))],
    ),
    (
        Case(
            "clash_resolve grows: resolved clashes, benign", nodes=readings("node-2", PROC, proc(), proc(clashres=40))
        ),
        "pass",
        [],
    ),
    (
        Case("insert_failed non-zero but still", nodes=put("node-2", PROC, proc(insert_failed=12))),
        "warn",
        [("conntrack.failed-before", ("node-2",))],
    ),
    (
        Case("drop grows on the CoreDNS node", nodes=readings("node-1", PROC, proc(drop=5), proc(drop=9))),
        "fail",
        [("conntrack.dropping", ("node-1",))],
    ),
    (
        Case("early_drop grows", nodes=readings("node-2", PROC, proc(), proc(early_drop=1))),
        "fail",
        [("conntrack.dropping", ("node-2",))],
    ),
    (
        Case("table at its maximum", nodes=put("node-2", FILL, fill(262144))),
        "fail",
        [("conntrack.table-full", ("node-2",))],
    ),
    (
        Case("table 95% full: nothing dropped yet, a warning", nodes=put("node-2", FILL, fill(249037))),
        "warn",
        [("conntrack.table-nearly-full", ("node-2",))],
    ),
    (Case("table 80% full: not yet", nodes=put("node-2", FILL, fill(209715))), "pass", []),
    (
        Case(
            "no /proc file: conntrack -S read twice (weave#3287), insert_failed grows",
            nodes=all_of(put("node-2", PROC, NO_PROC), readings("node-2", TOOL, WEAVE, WEAVE_GROWN)),
        ),
        "fail",
        [("conntrack.insert-race", ("node-2",))],
    ),
    (
        Case(
            "no /proc file: conntrack -S (weave#3287) with past insert failures",
            nodes=all_of(put("node-2", PROC, NO_PROC), put("node-2", TOOL, WEAVE)),
        ),
        "warn",
        [("conntrack.failed-before", ("node-2",))],
    ),
    (
        Case("neither source", nodes=all_of(put("node-2", PROC, NO_PROC), put("node-2", TOOL, NO_TOOL))),
        "error",
        [("conntrack.stats-unreadable", ("node-2",))],
    ),
    (
        Case(
            "fill unreadable",
            nodes=put("node-2", FILL, Recorded("sysctl: cannot stat /proc/sys/net/netfilter/nf_conntrack_max\n", 255)),
        ),
        "error",
        [("conntrack.fill-unreadable", ("node-2",))],
    ),
    (
        Case("CoreDNS node unreachable", unreachable={"node-1": Unreachable("node-1", "cannot connect")}),
        "error",
        [("check.node-unreachable", ("node-1",))],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_conntrack(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "conntrack")
    assert (step.status, findings(step)) == (status, expected)


def test_the_statistics_are_read_twice_on_each_node() -> None:
    runner = Case("healthy").runner()
    Case("healthy").run(runner)
    for node in ("node-1", "node-2"):
        asked = [key for n, key in runner.asked if n == node]
        assert PROC in asked and f"{PROC} #{AGAIN}" in asked


def test_the_race_is_the_verdict_with_its_mitigations() -> None:
    report = Case("race", nodes=readings("node-2", PROC, proc(), proc(insert_failed=3))).run()
    assert (report.verdict.cause, report.verdict.code) == ("conntrack", "conntrack.insert-race")
    step = step_of(report, "conntrack")
    commands = " ".join(c.command for c in step.commands)
    assert "single-request-reopen" in commands and "use-vc" in commands and "nodelocaldns" in commands
    assert "kubernetes#56903" in step.summary and "grew by 3" in step.summary


def test_a_full_table_says_so_with_the_fix() -> None:
    step = step_of(Case("full", nodes=put("node-2", FILL, fill(262144))).run(), "conntrack")
    assert "262144 of 262144 entries: new connections are dropped" in step.summary
    assert any(c.command.startswith("sysctl -w net.netfilter.nf_conntrack_max=") for c in step.commands)


def test_the_readings_interval_is_shown_on_the_nodes_clock() -> None:
    """Each reading carries the node's /proc/uptime: the evidence says how far apart they were taken."""
    first, second = "1000.25 1900.00\n" + proc(insert_failed=7), "1001.00 1901.40\n" + proc(insert_failed=7)
    report = Case("a known interval", nodes=readings("node-2", PROC, first, second)).run()
    step = next(s for s in report.steps if s.id == "conntrack")
    lines = [line for e in step.evidence for line in e.lines]
    assert any(line.startswith("node-2 second reading, 0.75 s later:") for line in lines), lines
