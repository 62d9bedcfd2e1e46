"""Fixtures for the lab tests: a real lab per test module, driven through the `podnet lab` CLI.

These tests need root (network namespaces). Without it they fail with a message; they are never
skipped, so a run that did not exercise the lab cannot look green.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from lab.model import LabModel
from lab.paths import LabPaths

LOOKUP_OPTIONS = "timeout:1 attempts:1"  # a failed lookup then costs 1 s per search domain


def podnet(*args: str, timeout: float = 120, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"podnet {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc


@dataclass
class Lab:
    paths: LabPaths

    @property
    def model(self) -> LabModel:
        return LabModel.load(self.paths.state)

    def env(self) -> dict[str, str]:
        exports = {}
        for line in podnet("lab", "env").stdout.splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            exports[key] = value.strip("'")
        return {**os.environ, **exports}

    def pod_exec(self, pod: str, *command: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return podnet("lab", "pod-exec", pod, "--", *command, timeout=timeout, check=False)

    def lookup(self, name: str = "default-keystone") -> subprocess.CompletedProcess[str]:
        """What the application does: getaddrinfo through the pod's resolv.conf (10.96.0.10, ndots:5)."""
        return self.pod_exec("client", "env", f"RES_OPTIONS={LOOKUP_OPTIONS}", "timeout", "20", "getent", "hosts", name)

    def ssh(
        self, node: str, command: str, *, timeout: float = 30, extra: tuple[str, ...] = ()
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["ssh", "-F", str(self.paths.ssh_config), *extra, node, command],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def break_(self, fault: str, node: str | None = None) -> None:
        podnet("lab", "break", fault, *(["--node", node] if node else []))

    def fix(self, fault: str | None = None) -> None:
        podnet("lab", "fix", *([fault] if fault else []))


def require_root() -> None:
    if os.geteuid() != 0:
        pytest.fail("the lab tests need root (network namespaces); run them as root, as CI does")


def start_lab(*args: str) -> Lab:
    require_root()
    paths = LabPaths.default()
    if paths.state.exists() or Path("/run/netns").exists():
        podnet("lab", "down")
    podnet("lab", "up", *args)
    return Lab(paths)


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    running = start_lab()
    try:
        yield running
    finally:
        podnet("lab", "down")


def podnet_json(env: dict[str, str], *args: str) -> tuple[int, dict[str, Any]]:
    """`podnet ARGS` (a command that prints JSON) in `env`: its exit code and its report."""
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert proc.stdout, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def step_of(report: dict[str, Any], step_id: str) -> dict[str, Any]:
    """A report's step by id (`--json`)."""
    found: dict[str, Any] = next(s for s in report["steps"] if s["id"] == step_id)
    return found


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The profile matrix's cells outside `tests.lab.test_profiles.in_matrix` are deselected (reported as
    deselected, never counted as passed or skipped)."""
    from tests.lab.test_profiles import in_matrix

    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if item.name.startswith("test_fault[") and not in_matrix(
            params.get("profile_lab", ""), params.get("fault", "")
        ):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
