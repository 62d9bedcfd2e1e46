"""A lab of N nodes for a benchmark: brought up, its settings exported into this process (the engine
reads them from the environment), taken down afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


def podnet(*args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args], check=True, capture_output=True, text=True, env=env
    ).stdout


@contextmanager
def lab(nodes: int) -> Iterator[dict[str, str]]:
    podnet("lab", "down")
    podnet("lab", "up", "--nodes", str(nodes))
    saved = dict(os.environ)
    try:
        for line in podnet("lab", "env").splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            os.environ[key] = value.strip("'")
        yield dict(os.environ)
    finally:
        os.environ.clear()
        os.environ.update(saved)
        podnet("lab", "down")
