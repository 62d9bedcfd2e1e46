"""Benchmark: a sweep of a 50-node lab (goal: under 20 s on this 2-core machine). Prints the median of
three sweeps; asserts nothing. Run as root: python -m tests.bench.sweep"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def _podnet(*args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args], check=True, capture_output=True, text=True, env=env
    ).stdout


def main(nodes: int = 50) -> None:
    _podnet("lab", "down")
    _podnet("lab", "up", "--nodes", str(nodes))
    try:
        env = dict(os.environ)
        for line in _podnet("lab", "env").splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            env[key] = value.strip("'")
        with tempfile.TemporaryDirectory() as tmp:
            env["PODNET_DATABASE_URL"] = f"sqlite:///{tmp}/history.db"
            times = []
            for _ in range(3):
                started = time.monotonic()
                subprocess.run(
                    [sys.executable, "-m", "bot.cli.main", "sweep", "--json"], env=env, capture_output=True, check=False
                )
                times.append(time.monotonic() - started)
    finally:
        _podnet("lab", "down")
    print(
        f"sweep of a {nodes}-node lab: median {statistics.median(times):.1f} s over 3 runs "
        f"({', '.join(f'{t:.1f}' for t in times)} s; goal under 20 s; CLI start-up included)"
    )


if __name__ == "__main__":
    main()
