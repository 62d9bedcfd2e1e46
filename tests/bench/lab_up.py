"""Benchmark: how long `podnet lab up` and `down` take (the lab issue's goals: 3 nodes under 15 s,
50 under 120 s). Prints figures; asserts nothing. Run as root: python -m tests.bench.lab_up"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def _timed(*args: str) -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "bot.cli.main", "lab", *args], check=True, capture_output=True)
    return time.monotonic() - started


def main() -> None:
    _timed("down")
    rows = []
    for nodes, runs in ((3, 3), (50, 3)):
        ups, downs = [], []
        for _ in range(runs):
            ups.append(_timed("up", "--nodes", str(nodes)))
            downs.append(_timed("down"))
        goal = 15 if nodes == 3 else 120
        rows.append((nodes, statistics.median(ups), statistics.median(downs), goal))
    print(f"{'nodes':>5} {'up (median)':>12} {'down (median)':>14} {'goal for up':>12}")
    for nodes, up, down, goal in rows:
        print(f"{nodes:>5} {up:>11.2f}s {down:>13.2f}s {goal:>11}s")


if __name__ == "__main__":
    main()
