"""Parsers for the kernel's connection-tracking statistics and the table's fill.

Three sources, each optional on a node:

- `/proc/net/stat/nf_conntrack` (read with `cat`, no tool needed; per network namespace): a header line
  of column names, then one line of 8-digit hexadecimal counters per possible CPU. The columns differ by
  kernel: older ones print `searched … new … delete_list`, newer ones `clashres … chainlength` (the
  kernel's `chaintoolong` counter, printed under that name). `entries` is the namespace's table count,
  the same on every line: it is read once, never summed; every other column is summed over the CPUs.
- `conntrack -S` (conntrack-tools): one line per CPU, `cpu=N` then `name=value` pairs in decimal;
  which names depend on the tool's and the kernel's versions (`searched= new= delete_list=` in old
  ones; `clash_resolve= chaintoolong=` since conntrack-tools 1.4.7 on kernels that report them).
- `sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max`: `name = value` lines.

The two statistics sources name some counters differently; `ConntrackStats` uses conntrack-tools' names
(`clash_resolve`, `chaintoolong`, `error`) for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.outputs._common import lines_of, to_int

_PROC_NAMES = {"clashres": "clash_resolve", "chainlength": "chaintoolong", "icmp_error": "error"}
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_PAIR = re.compile(r"^(?P<name>[a-z_]+)=(?P<value>\d+)$")
_UPTIME = re.compile(r"^(\d+\.\d+) \d+\.\d+$")  # /proc/uptime: seconds up, seconds idle
_SYSCTL = re.compile(r"^\s*(?P<name>[\w.]+)\s*=\s*(?P<value>\S+)\s*$")


@dataclass(frozen=True)
class ConntrackStats:
    """The counters summed over the CPUs, by conntrack-tools' names (a counter the source did not print
    is absent); `entries` is the table's count where the source gives it (the /proc file does)."""

    counters: dict[str, int] = field(default_factory=dict)
    cpus: int = 0
    entries: int | None = None
    source: str = ""  # "proc" or "conntrack-S"
    uptime: float | None = None  # the node's /proc/uptime when read (podnet reads it with the /proc table)

    def get(self, name: str) -> int | None:
        return self.counters.get(name)


def parse_proc_stat(text: str) -> ConntrackStats | None:
    """`/proc/net/stat/nf_conntrack`, after the node's `/proc/uptime` line where it was read with it; None when
    the text is not that table (no `entries` header, or a line whose columns are not hexadecimal numbers
    matching the header)."""
    lines = lines_of(text)
    uptime = None
    if lines and (clock := _UPTIME.match(lines[0])):
        uptime, lines = float(clock.group(1)), lines[1:]
    if not lines:
        return None
    header = lines[0].split()
    if not header or header[0] != "entries":
        return None
    names = [_PROC_NAMES.get(name, name) for name in header]
    sums: dict[str, int] = dict.fromkeys(names[1:], 0)
    entries: int | None = None
    cpus = 0
    for line in lines[1:]:
        values = line.split()
        if len(values) != len(names) or not all(_HEX.match(v) for v in values):
            return None
        numbers = [int(v, 16) for v in values]
        if entries is None:
            entries = numbers[0]
        for name, number in zip(names[1:], numbers[1:], strict=True):
            sums[name] += number
        cpus += 1
    if cpus == 0:
        return None
    return ConntrackStats(sums, cpus, entries, "proc", uptime)


def parse_conntrack_s(text: str) -> ConntrackStats | None:
    """`conntrack -S`; None when no line starts with `cpu=`."""
    sums: dict[str, int] = {}
    cpus = 0
    for line in lines_of(text):
        tokens = line.split()
        if not tokens or not tokens[0].startswith("cpu="):
            continue
        cpus += 1
        for token in tokens[1:]:
            match = _PAIR.match(token)
            if match is not None:
                sums[match["name"]] = sums.get(match["name"], 0) + int(match["value"])
    if cpus == 0:
        return None
    return ConntrackStats(sums, cpus, None, "conntrack-S")


@dataclass(frozen=True)
class ConntrackFill:
    """The table's count and its maximum (either None when not printed)."""

    count: int | None
    maximum: int | None

    @property
    def ratio(self) -> float | None:
        if self.count is None or not self.maximum:
            return None
        return self.count / self.maximum


def parse_conntrack_fill(text: str) -> ConntrackFill:
    """`sysctl net.netfilter.nf_conntrack_count net.netfilter.nf_conntrack_max` (`name = value` lines);
    error lines (`sysctl: cannot stat …`) are ignored."""
    values: dict[str, int | None] = {}
    for line in lines_of(text):
        match = _SYSCTL.match(line)
        if match is not None:
            values[match["name"]] = to_int(match["value"])
    return ConntrackFill(values.get("net.netfilter.nf_conntrack_count"), values.get("net.netfilter.nf_conntrack_max"))
