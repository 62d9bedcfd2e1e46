"""Measuring a run: wall time, CPU time (user + system, of this process or of the child processes it
waited for) and peak memory (the largest sum of RSS over the process tree, sampled every 50 ms)."""

from __future__ import annotations

import os
import resource
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PAGE = os.sysconf("SC_PAGE_SIZE")


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


@contextmanager
def measured(*, in_process: bool) -> Iterator[list[Run]]:
    """Measure the block. `in_process`: the work runs in this process (CPU and RSS of this process);
    else in child processes this process waits for (their CPU, and the RSS of its descendants)."""
    who = resource.RUSAGE_SELF if in_process else resource.RUSAGE_CHILDREN
    peak = [0]
    stop = threading.Event()
    baseline = _rss(os.getpid()) if in_process else 0

    def sample() -> None:
        while not stop.wait(0.05):
            peak[0] = max(peak[0], tree_rss(os.getpid(), in_process) - baseline)

    sampler = threading.Thread(target=sample, daemon=True)
    before = resource.getrusage(who)
    started = time.monotonic()
    sampler.start()
    out: list[Run] = []
    try:
        yield out
    finally:
        wall = time.monotonic() - started
        stop.set()
        sampler.join()
        after = resource.getrusage(who)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        out.append(Run(wall, cpu, peak[0] / 2**20))


@dataclass
class Figures:
    runs: list[Run] = field(default_factory=list)

    def add(self, run: Callable[[], None], *, in_process: bool) -> None:
        with measured(in_process=in_process) as out:
            run()
        self.runs += out

    def scale(self, factor: float) -> None:
        """For work measured on a sample of the nodes, done one node after another."""
        self.runs = [Run(r.wall * factor, r.cpu * factor, r.peak_mb) for r in self.runs]

    @property
    def wall(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return statistics.median(r.peak_mb for r in self.runs)
