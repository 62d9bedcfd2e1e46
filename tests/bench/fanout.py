"""Benchmark: sweep fan-out — every node-level step on N lab nodes, by podnet and by what a platform
engineer would otherwise use (tests/bench/peers.py), on the same nodes with the same commands:

- podnet: `podnet sweep --json` (the CLI, Python start-up included), the engine in-process, and the
  engine on connections kept open from an earlier sweep (as `podnet serve` keeps them);
- OpenSSH, 16 at once: fresh connections (each with its own jump-host connection), fresh node
  connections through one shared jump-host connection (as podnet), and ControlMaster connections;
- Ansible `-m shell`: as installed (`-f N`) and tuned (pipelining, ControlPersist, forks 16), fresh
  connections every run, and tuned again with its masters warm;
- a naive paramiko loop, node after node: measured on every node up to `--sequential-max` nodes (about
  a second a node), on 10 of them and scaled beyond.

The commands are the ones podnet's sweep runs on each node (recorded from the engine), joined as podnet
joins them (checks/remote/batch.py); every tool's output is checked for every command's end marker.
Wall time, CPU time and peak memory; medians of `runs`; ratios taken within the same N and run.
Run as root: python -m tests.bench.fanout [--sizes 10,25,50] [--runs 3] [--sequential-max 50]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.remote.batch import CommandResult
from checks.remote.catalog import CatalogCommand
from checks.remote.runner import NodeRef
from tests.bench.lab_env import lab
from tests.bench.measure import Figures
from tests.bench.peers import (
    CONCURRENCY,
    Ansible,
    ControlMasters,
    NodeWork,
    SharedJump,
    openssh,
    paramiko_sequential,
)

ROOT = Path(__file__).resolve().parents[2]
SEQUENTIAL_SAMPLE = 10  # the sequential loop runs on this many nodes; its figures are scaled to N


class RecordingRunner:
    """A Runner that only records what the engine's sweep would run on each node."""

    def __init__(self) -> None:
        self.failures: dict[str, Any] = {}
        self.not_run = 0
        self.wanted: dict[NodeRef, dict[str, CatalogCommand]] = {}

    def prefetch(
        self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]], then: Callable[[NodeRef], None] | None = None
    ) -> None:
        for ref, commands in wanted.items():
            for command in commands:
                self.wanted.setdefault(ref, {}).setdefault(command.key, command)
            if then is not None:
                then(ref)

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        return [CommandResult(c, node.name, None, "", 0.0, "recording only") for c in commands]

    def stream(self, node: NodeRef, command: CatalogCommand) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        pass


def sweep_work() -> list[NodeWork]:
    from bot.wiring import Wiring
    from checks import engine

    recorder = RecordingRunner()
    cluster = Wiring.from_env().cluster()
    try:
        engine.sweep(cluster, recorder)
    finally:
        cluster.close()
    return [
        NodeWork(ref.name, ref.address, tuple(cmds.values()))
        for ref, cmds in sorted(recorder.wanted.items(), key=lambda item: item[0].name)
    ]


# --- the tools ---------------------------------------------------------------------------------------
def podnet_cli(env: dict[str, str], db: Path) -> Callable[[], None]:
    def run() -> None:
        proc = subprocess.run(
            [sys.executable, "-m", "bot.cli.main", "sweep", "--json"],
            env={**env, "PODNET_DATABASE_URL": f"sqlite:///{db}"},
            capture_output=True,
            text=True,
            check=False,
        )
        report = json.loads(proc.stdout)
        assert proc.returncode in (0, 1) and not any(
            s["status"] == "error" for n in report["nodes"] for s in n["steps"]
        ), proc.stdout[-2000:]

    return run


def podnet_engine(shared: Any = None) -> Callable[[], None]:
    """The engine in-process; on `shared` connections (SharedConnections) when given."""
    from bot.wiring import Wiring
    from checks import engine

    def run() -> None:
        wiring = Wiring(Wiring.from_env().settings, connections=shared)
        runner, cluster = wiring.node_runner(sweep=True), wiring.cluster()
        try:
            nodes = engine.sweep(cluster, runner)
        finally:
            runner.close()
            cluster.close()
        assert not any(s.status == "error" for n in nodes for s in n.steps), "a step errored: not a healthy sweep"

    return run


class KeptConnections:
    """podnet serve's way: a sweep on connections kept open from an earlier one (PODNET_SSH_KEEP_OPEN),
    opened by one sweep before the timed runs."""

    def __enter__(self) -> Callable[[], None]:
        from bot.wiring import Wiring
        from checks.remote.connections import SharedConnections

        self.shared = SharedConnections(Wiring.from_env().settings.ssh, keep_open=3600)
        run = podnet_engine(self.shared)
        run()
        self.opened = self.shared.opened
        return run

    def __exit__(self, *exc: object) -> None:
        assert self.shared.opened == self.opened, "a timed sweep opened a connection: not measured warm"
        self.shared.close()


# --- one size ----------------------------------------------------------------------------------------
@dataclass
class Row:
    n: int
    tool: str
    figures: Figures
    note: str = ""


CLI = "podnet sweep (CLI)"
KEPT = "podnet engine, kept connections"
SSH_FRESH = "OpenSSH ssh per node, fresh"
SSH_JUMP = "OpenSSH, shared jump host"
SSH_CM = "OpenSSH ssh per node, ControlMaster"
ANSIBLE = "Ansible -m shell -f N"
TUNED = "Ansible tuned, fresh"
TUNED_WARM = "Ansible tuned, masters warm"
SEQUENTIAL = "paramiko, sequential"


@dataclass
class Tool:
    name: str
    run: Callable[[], None]
    in_process: bool
    note: str = ""
    after: Callable[[], None] = lambda: None  # untimed: e.g. closing masters a run left behind


def _timed(tools: list[Tool], runs: int) -> dict[str, Figures]:
    """`runs` rounds, each tool once a round (interleaved: drift on this shared machine hits all alike)."""
    figures = {t.name: Figures() for t in tools}
    for _ in range(runs):
        for tool in tools:
            figures[tool.name].add(tool.run, in_process=tool.in_process)
            tool.after()
    return figures


def measure_size(n: int, runs: int, sequential_max: int) -> list[Row]:
    with lab(n) as env, tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        config = env["PODNET_SSH_CONFIG"]
        work = sweep_work()
        commands = sum(len(w.commands) for w in work)
        ansible, tuned = Ansible(work, config, tmp, tuned=False), Ansible(work, config, tmp, tuned=True)
        sample = work if len(work) <= sequential_max else work[:SEQUENTIAL_SAMPLE]
        scale = len(work) / len(sample)
        sequential_note = "one channel per command" + (
            f"; measured on {len(sample)} nodes, x{scale:g}" if scale > 1 else f"; measured on all {len(work)}"
        )
        with SharedJump(config) as jump:
            tools = [
                Tool(CLI, podnet_cli(env, tmp / "h.db"), False, "Python start-up included"),
                Tool("podnet engine (in-process)", podnet_engine(), True),
                Tool(SSH_FRESH, openssh(work, config), False, f"{CONCURRENCY} at once, a jump connection each"),
                Tool(SSH_JUMP, openssh(work, config, jump), False, "fresh node connections, one jump connection"),
                Tool(ANSIBLE, ansible.run, False, "Ansible's defaults; fresh control path per run", ansible.after),
                Tool(TUNED, tuned.run, False, "pipelining, ControlPersist, forks 16; fresh control path", tuned.after),
                Tool(SEQUENTIAL, paramiko_sequential(sample), True, sequential_note),
            ]
            figures = _timed(tools, runs)
        figures[SEQUENTIAL].scale(scale)  # node after node: the time grows linearly
        warm = Ansible(work, config, tmp, tuned=True, warm=True)
        try:
            warm.run()  # opens the masters; the timed runs follow within their 60 s ControlPersist
            figures |= _timed([Tool(TUNED_WARM, warm.run, False)], runs)
        finally:
            warm.close()
        with ControlMasters(work, config) as options:
            figures |= _timed([Tool(SSH_CM, openssh(work, config, options), False)], runs)
        with KeptConnections() as kept_run:
            figures |= _timed([Tool(KEPT, kept_run, True)], runs)
        notes = {t.name: t.note for t in tools} | {
            TUNED_WARM: "masters left by a run before (ControlPersist 60s)",
            SSH_CM: "masters opened beforehand",
            KEPT: "podnet serve: opened by a sweep before",
        }
        order = [CLI, "podnet engine (in-process)", KEPT, SSH_FRESH, SSH_JUMP, SSH_CM, ANSIBLE, TUNED, TUNED_WARM]
        print(f"  N={n}: {commands} commands on {len(work)} nodes, {runs} runs each", file=sys.stderr)
        return [Row(n, name, figures[name], notes[name]) for name in [*order, SEQUENTIAL]]


def table(rows: list[Row]) -> list[str]:
    out = [f"{'N':>4}  {'tool':<36} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'podnet CLI / tool':>18}  note"]
    for row in rows:
        podnet = next(r for r in rows if r.n == row.n and r.tool == CLI)
        ratio = podnet.figures.wall / row.figures.wall
        f = row.figures
        out.append(
            f"{row.n:>4}  {row.tool:<36} {f.wall:>7.2f} {f.cpu:>7.2f} {f.peak_mb:>8.1f} {ratio:>17.2f}x  {row.note}"
        )
    return out


def goals(rows: list[Row]) -> list[str]:
    """Issue #18's goals at the largest N, as ratios of this run's medians."""
    n = max(r.n for r in rows)

    def wall(tool: str) -> float:
        return next(r.figures.wall for r in rows if r.n == n and r.tool == tool)

    cli, kept = wall(CLI), wall(KEPT)
    fresh = [SSH_FRESH, SSH_JUMP, ANSIBLE, TUNED, SEQUENTIAL]
    slowest_peer = min(fresh, key=wall)
    return [
        *(f"N={n}: podnet CLI / {peer} = {cli / wall(peer):.2f} (goal < 1)" for peer in fresh),
        f"N={n}: podnet CLI faster than every peer on fresh connections: "
        f"{'met' if cli < wall(slowest_peer) else 'missed'} (the fastest peer: {slowest_peer})",
        f"N={n}: {TUNED} / podnet CLI = {wall(TUNED) / cli:.2f}x (goal >= 3x)",
        f"N={n}: {TUNED_WARM} / podnet kept connections = {wall(TUNED_WARM) / kept:.2f}x",
        f"N={n}: podnet kept connections / {SSH_CM} = {kept / wall(SSH_CM):.2f} (goal <= 1)",
    ]


def main(argv: Sequence[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sequential-max", type=int, default=50, help="measure the sequential loop up to N")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for n in (int(s) for s in args.sizes.split(",")):
        rows += measure_size(n, args.runs, args.sequential_max)
    lines = [*table(rows), "", *goals(rows)]
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
