"""Benchmark: how the sweep's cost grows with N, and where it goes. The engine runs in-process with
timers around its phases: reading the cluster (API), opening each node's SSH connection (TCP through the
bastion's jump transport, key exchange, authentication), running each node's batched commands, and
evaluating the steps (parsing the outputs). Connection and command times are summed over nodes
("node-seconds"; they overlap, 16 nodes at once); the prefetch is the wall time of both together.
Run as root: python -m tests.bench.growth [--sizes 10,25,50] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tests.bench.lab_env import lab


class Timers:
    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self.lock = threading.Lock()

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.monotonic()
            try:
                return fn(*args, **kwargs)
            finally:
                with self.lock:
                    self.totals[name] += time.monotonic() - started

        return timed


@contextmanager
def instrumented() -> Iterator[Timers]:
    from checks import engine
    from checks.cluster.read import Cluster
    from checks.remote import pool, transport

    timers = Timers()
    originals = [
        (Cluster, "snapshot", Cluster.snapshot),
        (engine, "_run_steps", engine._run_steps),
        (transport.SshConnector, "connect", transport.SshConnector.connect),
        (pool, "exec_batch", pool.exec_batch),
        (pool.NodeRunner, "prefetch", pool.NodeRunner.prefetch),
    ]
    names = ["api", "steps", "connect", "commands", "prefetch"]
    for (owner, attr, fn), name in zip(originals, names, strict=True):
        setattr(owner, attr, timers.wrap(name, fn))
    try:
        yield timers
    finally:
        for owner, attr, fn in originals:
            setattr(owner, attr, fn)


def main(argv: Sequence[str] | None = None) -> list[str]:
    from bot.wiring import Wiring
    from checks import engine

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    lines = [
        f"{'N':>4} {'wall s':>7} {'ms/node':>8} {'API s':>6} {'prefetch s':>10} {'connect node-s':>15}"
        f" {'commands node-s':>16} {'steps s':>8}"
    ]
    for n in (int(s) for s in args.sizes.split(",")):
        samples: list[dict[str, float]] = []
        with lab(n):
            for _ in range(args.runs):
                with instrumented() as timers:
                    started = time.monotonic()
                    wiring = Wiring.from_env()
                    runner, cluster = wiring.node_runner(sweep=True), wiring.cluster()
                    try:
                        engine.sweep(cluster, runner)
                    finally:
                        runner.close()
                        cluster.close()
                    samples.append({**timers.totals, "wall": time.monotonic() - started})
        med = {k: statistics.median(s.get(k, 0.0) for s in samples) for k in samples[0]}
        lines.append(
            f"{n:>4} {med['wall']:>7.2f} {med['wall'] / n * 1000:>8.0f} {med['api']:>6.2f} {med['prefetch']:>10.2f}"
            f" {med['connect']:>15.2f} {med['commands']:>16.2f} {med['steps']:>8.2f}"
        )
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
