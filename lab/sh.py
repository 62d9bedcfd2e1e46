"""Running the lab's system tools. argv lists only: nothing here goes through a shell."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence


class LabCommandError(RuntimeError):
    def __init__(self, argv: Sequence[str], returncode: int, stderr: str) -> None:
        self.argv = list(argv)
        self.returncode = returncode
        self.stderr = stderr.strip()
        super().__init__(f"{' '.join(argv)} exited {returncode}: {self.stderr}")


def run(argv: Sequence[str], *, stdin: str | None = None, check: bool = True, timeout: float = 60) -> str:
    proc = subprocess.run(list(argv), input=stdin, capture_output=True, text=True, timeout=timeout, check=False)
    if check and proc.returncode != 0:
        raise LabCommandError(argv, proc.returncode, proc.stderr)
    return proc.stdout


def in_netns(netns: str, argv: Sequence[str]) -> list[str]:
    return ["ip", "netns", "exec", netns, *argv]


def ip_batch(netns: str | None, lines: Sequence[str], tool: str = "ip") -> None:
    """Many `ip`/`bridge` commands in one process: `ip -n NS -batch -`, stopping at the first error."""
    if not lines:
        return
    argv = [tool, *(["-n", netns] if netns else []), "-batch", "-"]
    run(argv, stdin="\n".join(lines) + "\n")


def sysctl(netns: str, settings: dict[str, str | int]) -> None:
    if settings:
        run(in_netns(netns, ["sysctl", "-q", "-w", *(f"{k}={v}" for k, v in settings.items())]))
