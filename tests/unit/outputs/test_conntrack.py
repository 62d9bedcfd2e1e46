"""The conntrack statistics (`/proc/net/stat/nf_conntrack`, `conntrack -S`) and the table's fill (`sysctl`),
on this machine's captures (kernel 6.18, conntrack-tools 1.4.7) and on public ones from older kernels and
tools (sources in tests/fixtures/real/README.md)."""

from __future__ import annotations

from pathlib import Path

from checks.outputs.conntrack import ConntrackFill, parse_conntrack_fill, parse_conntrack_s, parse_proc_stat
from tests.unit.outputs.samples import lab

REAL = Path(__file__).parent.parent.parent / "fixtures" / "real"


def real(name: str) -> str:
    return (REAL / name).read_text()


def test_proc_stat_of_a_new_kernel_sums_the_cpus_and_keeps_entries_once() -> None:
    stats = parse_proc_stat(lab("node-2.proc-net-stat-nf_conntrack.txt"))
    assert stats is not None
    assert (stats.cpus, stats.entries, stats.source) == (2, 1, "proc")
    # clashres and chainlength are read under conntrack-tools' names
    assert stats.counters["clash_resolve"] == 0 and stats.counters["chaintoolong"] == 0
    assert stats.counters["insert_failed"] == 0 and "entries" not in stats.counters


def test_proc_stat_of_an_old_kernel_is_hexadecimal() -> None:
    stats = parse_proc_stat(real("netdata-161.proc-net-stat-nf_conntrack.txt"))
    assert stats is not None
    assert (stats.cpus, stats.entries) == (3, 0x71E)  # entries: the table's count, the same on every line
    assert stats.counters["drop"] == 0x53A + 0x8
    assert stats.counters["insert_failed"] == 0
    assert stats.counters["error"] == 0x21251  # icmp_error
    assert "clash_resolve" not in stats.counters  # that kernel had no such counter


def test_proc_stat_refuses_other_text() -> None:
    assert parse_proc_stat(lab("node-2.conntrack-S.txt")) is None
    assert parse_proc_stat("cat: /proc/net/stat/nf_conntrack: No such file or directory\n") is None
    header = lab("node-2.proc-net-stat-nf_conntrack.txt").splitlines()[0]
    assert parse_proc_stat(header + "\n") is None  # no CPU line: nothing read
    assert parse_proc_stat(header + "\n00000001 0000zz00\n") is None


def test_conntrack_s_of_this_machine_has_clash_resolve() -> None:
    stats = parse_conntrack_s(lab("node-2.conntrack-S.txt"))
    assert stats is not None
    assert (stats.cpus, stats.entries, stats.source) == (2, None, "conntrack-S")
    assert set(stats.counters) >= {"insert_failed", "drop", "early_drop", "clash_resolve", "chaintoolong"}
    assert sum(stats.counters.values()) == 0


def test_conntrack_s_of_older_tools() -> None:
    weave = parse_conntrack_s(real("weave-3287.conntrack-S.txt"))
    assert weave is not None
    assert (weave.cpus, weave.get("insert_failed"), weave.get("searched")) == (3, 92 + 107, 630288 + 846871)
    assert weave.get("clash_resolve") is None
    rke2 = parse_conntrack_s(real("rke2-3924.conntrack-S.txt"))
    assert rke2 is not None
    assert (rke2.cpus, rke2.get("invalid"), rke2.get("search_restart"), rke2.get("error")) == (5, 281, 29, 1)


def test_conntrack_s_refuses_other_text() -> None:
    assert parse_conntrack_s("bash: conntrack: command not found\n") is None
    assert parse_conntrack_s(lab("node-2.proc-net-stat-nf_conntrack.txt")) is None


def test_fill() -> None:
    fill = parse_conntrack_fill(lab("node-2.sysctl-nf_conntrack.txt"))
    assert fill == ConntrackFill(1, 262144)
    assert fill.ratio == 1 / 262144
    missing = "sysctl: cannot stat /proc/sys/net/netfilter/nf_conntrack_count: No such file or directory\n"
    assert parse_conntrack_fill(missing).ratio is None
    assert ConntrackFill(5, 0).ratio is None


def test_proc_stat_read_with_the_nodes_uptime_keeps_the_clock() -> None:
    """podnet reads `cat /proc/uptime /proc/net/stat/nf_conntrack`: the node's clock first, then the table."""
    table = lab("node-2.proc-net-stat-nf_conntrack.txt")
    stats = parse_proc_stat("12345.67 24000.10\n" + table)
    assert stats is not None and stats.uptime == 12345.67
    assert stats.counters == parse_proc_stat(table).counters  # type: ignore[union-attr]
    assert parse_proc_stat(table).uptime is None  # type: ignore[union-attr]
    assert parse_proc_stat("12345.67 24000.10\n") is None  # the clock alone is no table
