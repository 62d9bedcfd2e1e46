"""Many catalog commands in one SSH exec, with clear separators and per-command exit codes.

One session and one shell per node instead of one per command: on a busy node that is the expensive
part, more than the key exchange. A random nonce in every separator means a command's own output can
never forge another command's boundaries.
"""

from __future__ import annotations

import re
import secrets
import shlex
from collections.abc import Sequence
from dataclasses import dataclass

from checks.remote.catalog import CatalogCommand


@dataclass(frozen=True)
class CommandResult:
    command: CatalogCommand
    node: str
    exit_status: int | None  # None: the command did not run (see error)
    output: str  # stdout and stderr, interleaved as the command wrote them
    duration: float = 0.0
    error: str | None = None
    at: float | None = None  # time.monotonic() when the node's answer came in (None: not from a node)

    @property
    def ok(self) -> bool:
        return self.error is None and self.exit_status == 0


def as_root(command: CatalogCommand) -> str:
    """The command line under `sudo -n`, with a leading `timeout N` (a capture's own bound) kept outside
    sudo: sudoers lists the catalog's commands, never `timeout`, which would let anything through."""
    argv = command.argv
    if argv[:1] == ("timeout",) and len(argv) > 2:
        return f"{shlex.join(argv[:2])} sudo -n {shlex.join(argv[2:])}"
    return f"sudo -n {command.line}"


def build_script(commands: Sequence[CatalogCommand], *, sudo: bool = False) -> tuple[str, str]:
    """Returns (script, nonce). Each command that may block runs under `timeout` so one stuck command
    cannot hold the whole batch; its exit status is printed after its output. With `sudo`, `timeout`
    stays outside it (`timeout 8 sudo -n dig …`): sudoers then lists the catalog's commands themselves,
    not `timeout`, which would let anything through.

    The shell collects the whole output (`$( … )`) and writes it in one piece at the end: each separate
    write (every marker, every command) was otherwise an SSH packet of its own, twice over through a
    jump host — 68 packets a node where 10 do, a sixth of podnet's CPU in a sweep. Plain POSIX sh, no
    other program needed on the node."""
    nonce = secrets.token_hex(8)
    parts = []
    for i, cmd in enumerate(commands):
        bounded = f"timeout {max(1, int(cmd.timeout))} " if cmd.may_block else ""
        parts.append(
            f"printf '\\n@@podnet {nonce} begin {i}@@\\n'; "
            f"{bounded}{as_root(cmd) if sudo else cmd.line} 2>&1; "
            f"printf '\\n@@podnet {nonce} end {i} %d@@\\n' \"$?\""
        )
    return "podnet_out=$(" + "; ".join(parts) + "); printf '%s\\n' \"$podnet_out\"", nonce


def split_output(
    text: str, nonce: str, commands: Sequence[CatalogCommand], node: str, duration: float = 0.0
) -> list[CommandResult]:
    begin = re.compile(rf"\n?@@podnet {nonce} begin (\d+)@@\n")
    end = re.compile(rf"\n@@podnet {nonce} end (\d+) (\d+)@@\n?")
    results: dict[int, CommandResult] = {}
    pos = 0
    while m := begin.search(text, pos):
        index = int(m.group(1))
        e = end.search(text, m.end())
        if e is None or int(e.group(1)) != index:
            break
        status = int(e.group(2))
        cmd = commands[index]
        error = f"timed out after {int(cmd.timeout)} s" if status == 124 else None
        results[index] = CommandResult(cmd, node, status, text[m.end() : e.start()], duration, error)
        pos = e.end()
    return [
        results.get(i) or CommandResult(cmd, node, None, "", duration, "no output: the batch stopped before it")
        for i, cmd in enumerate(commands)
    ]
