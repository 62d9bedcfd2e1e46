"""Measuring a run: wall time, CPU time (user + system, of this process or of the child processes it
waited for), peak memory (RSS over the process tree, sampled every 50 ms; the sampler thread's own CPU is
not counted) and the whole machine's busy CPU over the same time (/proc/stat), for the fan-out and growth
benchmarks alike."""

from __future__ import annotations

import os
import resource
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def machine_cpu() -> float:
    """CPU seconds the whole machine has spent busy (every core: user, nice, system, irq, softirq, steal)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / TICK


def _children_map() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        out.setdefault(ppid, []).append(int(entry))
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except OSError:
        return 0


def tree_rss(root: int, include_root: bool) -> int:
    children = _children_map()
    todo, total = list(children.get(root, [])), _rss(root) if include_root else 0
    while todo:
        pid = todo.pop()
        total += _rss(pid)
        todo += children.get(pid, [])
    return total


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float
    machine_cpu: float = 0.0


@contextmanager
def measured(*, in_process: bool, absolute: bool = False) -> Iterator[list[Run]]:
    """Measure the block. `in_process`: the work runs in this process (CPU and RSS of this process);
    else in child processes this process waits for (their CPU, and the RSS of its descendants).
    Peak RSS is what the block added to this process, or with `absolute` this process's whole RSS."""
    who = resource.RUSAGE_SELF if in_process else resource.RUSAGE_CHILDREN
    baseline = _rss(os.getpid()) if in_process and not absolute else 0
    peak, stop, sampler_cpu = [0], threading.Event(), [0.0]

    def rss() -> int:
        return tree_rss(os.getpid(), in_process) - baseline

    def sample() -> None:
        while not stop.wait(0.05):
            peak[0] = max(peak[0], rss())
        sampler_cpu[0] = time.thread_time() if in_process else 0.0

    sampler = threading.Thread(target=sample, daemon=True)
    before, machine, started = resource.getrusage(who), machine_cpu(), time.monotonic()
    sampler.start()
    out: list[Run] = []
    try:
        yield out
    finally:
        wall = time.monotonic() - started
        stop.set()
        sampler.join()
        after = resource.getrusage(who)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) - sampler_cpu[0]
        out.append(Run(wall, cpu, max(peak[0], rss()) / 2**20, machine_cpu() - machine))


@dataclass
class Figures:
    runs: list[Run] = field(default_factory=list)

    def add(self, run: Callable[[], None], *, in_process: bool) -> None:
        with measured(in_process=in_process) as out:
            run()
        self.runs += out

    def scale(self, factor: float) -> None:
        """For work measured on a sample of the nodes, done one node after another."""
        self.runs = [Run(r.wall * factor, r.cpu * factor, r.peak_mb, r.machine_cpu * factor) for r in self.runs]

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return statistics.median(r.peak_mb for r in self.runs)
