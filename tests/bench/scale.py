"""Benchmark: the lab at 10 to 200 nodes — what a lab node costs this machine, and what a sweep costs podnet
itself per node as N grows (issue #18's growth).

For each N: the machine's memory (`MemAvailable`, and the RSS of the lab's processes — every sshd, the
API stand-in, the DNS servers — with their children) before and after `lab up`, per node; then `runs`
sweeps by the engine in-process (measured as the fan-out benchmark measures: podnet's own CPU, its
RSS, the machine's CPU; the phases as growth.py times them) and `runs` by the CLI
(`podnet sweep --json`: its CPU and peak RSS from wait4 on that one process). The machine's CPU during
an in-process sweep (/proc/stat) is shown beside podnet's: the rest is the lab's nodes (sshd, dig, ip…),
which on a real cluster is the nodes' own work, not the replica's. Medians; other work on this shared
2-core machine makes them noisy. `--profile` adds one cProfile'd sweep at the largest N.
Run as root: python -m tests.bench.scale [--sizes 10,25,50,100,200] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.fanout import podnet_engine
from tests.bench.growth import instrumented
from tests.bench.lab_env import lab
from tests.bench.measure import measured, tree_rss

MB = 2**20


def mem_available() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no MemAvailable in /proc/meminfo")


def lab_rss() -> tuple[int, int]:
    """The RSS of the lab's recorded processes and their children, and how many processes that is."""
    from lab import procs
    from lab.paths import LabPaths

    pids = [p for p in procs.recorded_pids(LabPaths.default()).values() if procs.alive(p)]
    return sum(tree_rss(p, include_root=True) for p in pids), len(pids)


@dataclass
class Sample:
    wall: float
    cpu: float  # podnet's own
    rss_mb: float  # podnet's peak RSS
    machine_cpu: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)


def engine_sweep() -> None:
    """One sweep in-process on fresh connections: the fan-out benchmark's own (`podnet_engine`)."""
    podnet_engine()()


def cli_sweep(env: dict[str, str]) -> Sample:
    """`podnet sweep --json` as its own process: wall, and from wait4 its CPU and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp, open(Path(tmp) / "out.json", "w+") as out:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli.main", "sweep", "--json"],
            env={**env, "PODNET_DATABASE_URL": f"sqlite:///{tmp}/h.db"},
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - started
        assert proc.returncode in (0, 1), f"podnet sweep exited {proc.returncode}"
        out.seek(0)
        assert '"status": "error"' not in out.read(), "a step errored: not a healthy sweep"
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024 / MB)


@dataclass
class Size:
    n: int
    lab_up: float
    mem_per_node_mb: float  # MemAvailable's drop over `lab up`, per node
    rss_per_node_mb: float  # the lab's processes' RSS, per node
    processes: int
    engine: list[Sample]
    cli: list[Sample]


def _med(samples: list[Sample], key: Callable[[Sample], float]) -> float:
    return statistics.median(key(s) for s in samples)


def profile_all_threads(fn: Callable[[], None], top: int = 20) -> str:
    """cProfile of `fn` in every thread it starts (the SSH pool's workers, paramiko's transport threads), not
    only the calling one, whose profile would show little but waiting: each new thread enables a profiler
    of its own on its first profiling event; the stats are merged. Sorted by own time."""
    profilers: list[cProfile.Profile] = []
    lock = threading.Lock()

    def start(*_: object) -> None:
        profiler = cProfile.Profile()
        with lock:
            profilers.append(profiler)
        profiler.enable()  # replaces `start` as this thread's profile function

    main = cProfile.Profile()
    threading.setprofile(start)
    try:
        main.runcall(fn)
    finally:
        threading.setprofile(None)
    text = io.StringIO()
    stats = pstats.Stats(main, stream=text)
    for profiler in profilers:
        stats.add(profiler)
    stats.sort_stats("tottime").print_stats(top)
    return text.getvalue()


def _phase(size: Size, name: str) -> float:
    return statistics.median(x.phases.get(name, 0.0) for x in size.engine)


def measure(n: int, runs: int, profile: bool) -> tuple[Size, str]:
    from tests.bench.lab_env import podnet

    podnet("lab", "down")
    available, started = mem_available(), time.monotonic()
    profiled = ""
    with lab(n) as env:
        lab_up = time.monotonic() - started
        used = available - mem_available()
        rss, processes = lab_rss()
        engine_sweep()  # untimed: the first sweep after `lab up` meets cold caches on the nodes
        engine: list[Sample] = []
        cli: list[Sample] = []
        for _ in range(runs):  # interleaved
            with instrumented() as timers, measured(in_process=True, absolute=True) as out:
                engine_sweep()
            run = out[0]
            engine.append(Sample(run.wall, run.cpu, run.peak_mb, run.machine_cpu, dict(timers.totals)))
            cli.append(cli_sweep(env))
        if profile:
            profiled = profile_all_threads(engine_sweep)
    return Size(n, lab_up, used / n / MB, rss / n / MB, processes, engine, cli), profiled


def table(sizes: list[Size]) -> list[str]:
    head = (
        f"{'N':>4} {'lab MB/node':>11} {'RSS MB/node':>11} {'engine s':>8} {'ms/node':>7} {'CPU ms/node':>11}"
        f" {'RSS MB':>6} {'machine CPU s':>13} {'CLI s':>6} {'ms/node':>7} {'CLI CPU ms/node':>15} {'CLI MB':>6}"
    )
    out = [head]
    for s in sizes:
        e, c = s.engine, s.cli
        out.append(
            f"{s.n:>4} {s.mem_per_node_mb:>11.1f} {s.rss_per_node_mb:>11.1f} {_med(e, lambda x: x.wall):>8.2f}"
            f" {_med(e, lambda x: x.wall) / s.n * 1000:>7.0f} {_med(e, lambda x: x.cpu) / s.n * 1000:>11.1f}"
            f" {_med(e, lambda x: x.rss_mb):>6.0f} {_med(e, lambda x: x.machine_cpu):>13.2f}"
            f" {_med(c, lambda x: x.wall):>6.2f} {_med(c, lambda x: x.wall) / s.n * 1000:>7.0f}"
            f" {_med(c, lambda x: x.cpu) / s.n * 1000:>15.1f} {_med(c, lambda x: x.rss_mb):>6.0f}"
        )
    out += ["", f"{'N':>4} {'lab up s':>8} {'processes':>9} {'API s':>6} {'prefetch s':>10} {'connect node-s':>14}"]
    out[-1] += f" {'commands node-s':>15} {'steps s':>7}"
    for s in sizes:
        p = {k: _phase(s, k) for k in ("api", "prefetch", "connect", "commands", "steps")}
        out.append(
            f"{s.n:>4} {s.lab_up:>8.1f} {s.processes:>9} {p['api']:>6.2f} {p['prefetch']:>10.2f}"
            f" {p['connect']:>14.1f} {p['commands']:>15.1f} {p['steps']:>7.2f}"
        )
    return out


def model(sizes: list[Size], deadline: float = 900.0, night: float = 6 * 3600, concurrency: int = 16) -> list[str]:
    """What one replica sweeps, from the largest N: podnet's own CPU per node bounds it on one core; the
    nodes' answer time (connect + commands, node-seconds per node) at `concurrency` bounds it in wall time."""
    s = max(sizes, key=lambda x: x.n)
    cpu = _med(s.engine, lambda x: x.cpu) / s.n
    latency = _phase(s, "connect") + _phase(s, "commands")
    latency /= s.n
    rss = _med(s.engine, lambda x: x.rss_mb)
    by_cpu, by_ssh = 1 / cpu, concurrency / latency
    rate = min(by_cpu, by_ssh)
    return [
        f"at N={s.n}: podnet's own CPU {cpu * 1000:.1f} ms a node; a node answers in {latency:.2f} s (here);"
        f" peak RSS {rss:.0f} MB",
        f"one core: {by_cpu:.0f} nodes/s by CPU; {concurrency} at once: {by_ssh:.0f} nodes/s by the nodes' answer time",
        f"within PODNET_SWEEP_DEADLINE {deadline:.0f} s: ~{rate * deadline:,.0f} nodes;"
        f" in a {night / 3600:.0f}-hour night: ~{rate * night:,.0f} nodes",
    ]


def flatness(sizes: list[Size], base: int = 50) -> list[str]:
    """Issue #18's goal: sweep time per node flat (within 20 %) from N=50 to the largest N."""
    first = next((s for s in sizes if s.n == base), None)
    last = max(sizes, key=lambda x: x.n)
    if first is None or last.n <= base:
        return []
    out = []
    for what in ("CLI", "engine"):
        walls = [_med(s.cli if what == "CLI" else s.engine, lambda x: x.wall) for s in (first, last)]
        ratio = (walls[1] / last.n) / (walls[0] / base)
        verdict = "met" if ratio <= 1.2 else "missed"
        out.append(f"{what} wall per node, N={last.n} / N={base}: {ratio:.2f} (goal <= 1.20: {verdict})")
    return out


def main(argv: Sequence[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,25,50,100,200")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="one cProfile'd sweep at the largest N")
    args = parser.parse_args(argv)
    sizes, profiled = [], ""
    ns = [int(s) for s in args.sizes.split(",")]
    for n in ns:
        size, text = measure(n, args.runs, args.profile and n == max(ns))
        sizes.append(size)
        profiled = text or profiled
        print(f"  N={n}: measured", file=sys.stderr, flush=True)
    lines = [*table(sizes), "", *flatness(sizes), *model(sizes)]
    if profiled:
        lines += ["", *profiled.strip().splitlines()]
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
