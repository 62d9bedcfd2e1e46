"""The lab's long-running processes: started detached, remembered by pid file, found again after a crash.

Readiness is observed, never guessed: a server is ready when its listening socket shows up in
/proc/PID/net/tcp (read from the root namespace, so no process has to be started inside the namespace
to look), or when it has written the file it writes once it listens.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lab.paths import LabPaths


class LabProcessError(RuntimeError):
    pass


def spawn(paths: LabPaths, name: str, argv: Sequence[str], *, log: Path | None = None) -> int:
    paths.pids.mkdir(parents=True, exist_ok=True)
    paths.logs.mkdir(parents=True, exist_ok=True)
    log = log or paths.logs / f"{name}.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            start_new_session=True,
            close_fds=True,
        )
    (paths.pids / f"{name}.pid").write_text(str(proc.pid))
    return proc.pid


def _listening_ports(pid: int) -> set[int]:
    ports: set[int] = set()
    for table in ("tcp", "tcp6"):
        try:
            lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A":  # TCP_LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(check: Callable[[], bool], what: str, timeout: float = 20.0, pid: int | None = None) -> None:
    """Poll a readiness condition; fail fast if the process it depends on has died."""
    deadline = time.monotonic() + timeout
    delay = 0.002
    while not check():
        if pid is not None and not alive(pid):
            raise LabProcessError(f"{what}: the process exited before it was ready")
        if time.monotonic() > deadline:
            raise LabProcessError(f"{what}: not ready after {timeout:.0f} s")
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def wait_listening(pid: int, port: int, what: str, timeout: float = 20.0) -> None:
    wait_until(lambda: port in _listening_ports(pid), what, timeout, pid=pid)


def recorded_pids(paths: LabPaths) -> dict[str, int]:
    pids: dict[str, int] = {}
    if paths.pids.is_dir():
        for f in paths.pids.glob("*.pid"):
            try:
                pids[f.stem] = int(f.read_text().strip())
            except ValueError:
                continue
    return pids


def netns_pids(netns: str) -> list[int]:
    proc = subprocess.run(["ip", "netns", "pids", netns], capture_output=True, text=True, check=False)
    return [int(p) for p in proc.stdout.split() if p.isdigit()]


def processes_with_marker(marker: str) -> list[int]:
    """Processes whose command line holds `marker` (the lab directory): the API stand-in lives in the
    root namespace, so after a crash this is how it is found without its pid file."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            args = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        cmdline = " ".join(args)
        # the API stand-in, and the kube-proxy /healthz stand-in (kpcalico): both live in the root namespace.
        # The marker is a whole argument: /run/podnet-lab must not match lab a's /run/podnet-lab-a.
        if marker in args and ("lab.apiserver" in cmdline or "lab.standins.kube_proxy_healthz" in cmdline):
            found.append(int(entry.name))
    return found


def kill_all(pids: Sequence[int], timeout: float = 5.0) -> None:
    targets = [p for p in set(pids) if p > 1 and p != os.getpid()]
    for pid in targets:
        for sig in (signal.SIGCONT, signal.SIGTERM):  # a stopped process (coredns-down) must wake to die
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                break
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in targets):
        time.sleep(0.02)
    for pid in targets:
        if alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


SOURCE_ROOT = str(Path(__file__).resolve().parent.parent)


def python_module(module: str, *args: str) -> list[str]:
    """argv running `python -I -m module args…` from this checkout's `lab`, not whichever `lab` the
    interpreter has installed (a second worktree sharing one virtualenv would otherwise serve the API
    from the other checkout's code). -I keeps the environment and the working directory out of it."""
    code = f"import runpy, sys; sys.path.insert(0, {SOURCE_ROOT!r}); runpy.run_module({module!r}, run_name='__main__')"
    return [sys.executable, "-I", "-c", code, *args]
