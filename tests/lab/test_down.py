"""`podnet lab down` removes everything, also after the creator of the lab crashed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from lab import procs
from lab.names import lab_of_netns
from lab.paths import ETC_NETNS, LabPaths
from tests.lab.conftest import podnet, require_root


def _lab_netns() -> list[str]:
    """The default lab's namespaces. Another lab (`--name a`, or one a killed earlier run left) is not this
    test's: counting it made a clean `down` look like a leak."""
    out = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0] for line in out.splitlines() if line.strip()]
    return [name for name in names if lab_of_netns(name) == ""]


def _lab_processes(paths: LabPaths) -> list[int]:
    found = procs.processes_with_marker(str(paths.root))
    # The lab's directory as a whole path: /run/podnet-lab is not lab a's /run/podnet-lab-a.
    root_in_args = re.compile(re.escape(str(paths.root).encode()) + rb"(?=/|\x00|$)")
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if root_in_args.search(cmdline) and int(entry.name) != os.getpid():
                found.append(int(entry.name))
    return [p for p in set(found) if procs.alive(p)]


def assert_nothing_left(paths: LabPaths) -> None:
    assert _lab_netns() == []
    assert _lab_processes(paths) == []
    assert not paths.root.exists()
    if ETC_NETNS.exists():
        assert [d.name for d in ETC_NETNS.glob("podnet-*") if lab_of_netns(d.name) == ""] == []


def test_down_leaves_nothing_behind_and_is_idempotent() -> None:
    require_root()
    paths = LabPaths.default()
    podnet("lab", "down")
    podnet("lab", "up")
    assert len(_lab_netns()) == 9
    assert _lab_processes(paths)
    podnet("lab", "down")
    assert_nothing_left(paths)
    again = podnet("lab", "down")
    assert "removed 0 namespaces" in again.stdout
    assert podnet("lab", "status", check=False).returncode == 1


def test_down_cleans_up_after_a_crashed_up() -> None:
    """SIGKILL `podnet lab up` half-way through building a 20-node lab; `down` still removes it all."""
    require_root()
    paths = LabPaths.default()
    podnet("lab", "down")
    up = subprocess.Popen(
        [sys.executable, "-m", "bot.cli.main", "lab", "up", "--nodes", "20"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    # Wait until it has built part of the lab (namespaces exist, the API stand-in runs), then crash it.
    while not (_lab_netns() and _lab_processes(paths)) and up.poll() is None:
        assert time.monotonic() < deadline, "lab up never got going"
        time.sleep(0.005)
    up.send_signal(signal.SIGKILL)
    up.wait()
    assert _lab_netns(), "the crash left the lab half-built"
    podnet("lab", "down")
    assert_nothing_left(paths)


def test_down_cleans_up_a_lab_whose_state_file_is_gone() -> None:
    require_root()
    paths = LabPaths.default()
    podnet("lab", "up")
    paths.state.unlink()
    for pid_file in paths.pids.glob("*.pid"):
        pid_file.unlink()
    assert podnet("lab", "status", check=False).returncode == 1
    podnet("lab", "down")
    assert_nothing_left(paths)
