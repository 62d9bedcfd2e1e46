"""CLI start-up: `python -m tests.bench.startup [--runs 10]`.

Each command runs as a fresh process, the way a shell runs `podnet` (the console script's own two
lines: import `bot.cli.main`, call `run()`), once to warm the page cache and then `--runs` times; the
median, min and max wall time are printed. Goal: `podnet --help` and `podnet parse` under 0.25 s.
Nothing is asserted: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# what the `podnet` console script does, with this checkout first on sys.path
PODNET = [sys.executable, "-c", "import sys; sys.argv[0] = 'podnet'; from bot.cli.main import run; sys.exit(run())"]
PASTE = (
    '{"error":{"class":"DNSError","code":499,"details":"Post \\"https://default-keystone:30357/v3/auth/tokens\\": '
    'dial tcp: lookup default-keystone: i/o timeout"}}'
)
COMMANDS: list[tuple[str, list[str]]] = [
    ("podnet --help", ["--help"]),
    ("podnet parse ''", ["parse", ""]),
    ("podnet parse '<paste>'", ["parse", PASTE]),
    ("podnet diagnose --help", ["diagnose", "--help"]),
]


def time_once(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*PODNET, *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description="podnet's CLI start-up time")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    lines = []
    for label, command in COMMANDS:
        time_once(command)  # warm-up
        walls = [time_once(command) for _ in range(args.runs)]
        line = (
            f"{label:<26} median {statistics.median(walls):.3f} s  "
            f"min {min(walls):.3f} s  max {max(walls):.3f} s  ({args.runs} runs)"
        )
        print(line, flush=True)
        lines.append(line)
    return lines


if __name__ == "__main__":
    main()
