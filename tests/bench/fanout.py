"""Benchmark: sweep fan-out — every node-level step on N lab nodes, by podnet and by what a platform
engineer would otherwise use, on the same nodes with the same commands:

- podnet: `podnet sweep --json` (the CLI, Python start-up included), the engine in-process, and the
  engine on connections kept open from an earlier sweep (as `podnet serve` keeps them);
- OpenSSH: one `ssh` per node running the node's commands (16 at once), with fresh connections, and
  again over ControlMaster connections opened beforehand;
- Ansible: `ansible all -m shell -f N` (forks = N; a fresh control-path directory per run, so each run
  connects afresh, as a one-off ad-hoc command does);
- a naive paramiko loop: node after node, one channel per command.

The commands are the ones podnet's sweep runs on each node (recorded from the engine), joined as podnet
joins them (checks/remote/batch.py); every tool's output is checked for every command's end marker.
Wall time, CPU time and peak memory; medians of `runs`; ratios taken within the same N.
Run as root: python -m tests.bench.fanout [--sizes 10,25,50] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checks.remote.batch import CommandResult, build_script
from checks.remote.catalog import CatalogCommand
from checks.remote.runner import NodeRef
from tests.bench.lab_env import lab
from tests.bench.measure import Figures

ROOT = Path(__file__).resolve().parents[2]
CONCURRENCY = 16  # podnet's default, and the OpenSSH baseline's
SEQUENTIAL_SAMPLE = 10  # the sequential loop runs on this many nodes; its figures are scaled to N


class RecordingRunner:
    """A Runner that only records what the engine's sweep would run on each node."""

    def __init__(self) -> None:
        self.failures: dict[str, Any] = {}
        self.not_run = 0
        self.wanted: dict[NodeRef, dict[str, CatalogCommand]] = {}

    def prefetch(self, wanted: Mapping[NodeRef, Sequence[CatalogCommand]]) -> None:
        for ref, commands in wanted.items():
            for command in commands:
                self.wanted.setdefault(ref, {}).setdefault(command.key, command)

    def run(self, node: NodeRef, commands: Sequence[CatalogCommand]) -> list[CommandResult]:
        return [CommandResult(c, node.name, None, "", 0.0, "recording only") for c in commands]

    def stream(self, node: NodeRef, command: CatalogCommand) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class NodeWork:
    name: str
    alias: str  # what ssh_config knows the node as
    commands: tuple[CatalogCommand, ...]

    @property
    def script(self) -> tuple[str, str]:
        return build_script(self.commands)


def sweep_work() -> list[NodeWork]:
    from bot.wiring import Wiring
    from checks import engine

    recorder = RecordingRunner()
    engine.sweep(Wiring.from_env().api_client(), recorder)
    return [
        NodeWork(ref.name, ref.address, tuple(cmds.values()))
        for ref, cmds in sorted(recorder.wanted.items(), key=lambda item: item[0].name)
    ]


def _complete(output: str, nonce: str, count: int) -> bool:
    return all(f"@@podnet {nonce} end {i} " in output for i in range(count))


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
        runner = wiring.node_runner()
        try:
            nodes = engine.sweep(wiring.api_client(), runner)
        finally:
            runner.close()
        assert not any(s.status == "error" for n in nodes for s in n.steps)

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


def openssh(work: list[NodeWork], config: str, extra: Sequence[str] = ()) -> Callable[[], None]:
    def one(node: NodeWork) -> None:
        script, nonce = node.script
        proc = subprocess.run(
            ["ssh", "-F", config, "-o", "BatchMode=yes", *extra, node.alias, script],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0 and _complete(proc.stdout, nonce, len(node.commands)), proc.stderr

    def run() -> None:
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(one, work))

    return run


class ControlMasters:
    """OpenSSH master connections to every node, opened before the timed runs and closed after."""

    def __init__(self, work: list[NodeWork], config: str) -> None:
        self.work, self.config = work, config
        self.dir = Path(tempfile.mkdtemp(prefix="podnet-bench-cm-"))
        self.options = ["-o", f"ControlPath={self.dir}/%C"]
        self.master = ["-o", "ControlMaster=yes", "-o", "ControlPersist=600"]

    def __enter__(self) -> list[str]:
        def open_one(node: NodeWork) -> None:
            subprocess.run(
                ["ssh", "-F", self.config, *self.options, *self.master, "-fN", node.alias],
                check=True,
                capture_output=True,
            )

        with ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(open_one, self.work))
        return [*self.options, "-o", "ControlMaster=no"]

    def __exit__(self, *exc: object) -> None:
        for node in self.work:
            subprocess.run(
                ["ssh", "-F", self.config, *self.options, "-O", "exit", node.alias], capture_output=True, check=False
            )
        shutil.rmtree(self.dir, ignore_errors=True)


ARGS = json.dumps({"_raw_params": "{{ podnet_script }}"})  # a leading "{{" would be read as JSON args


def ansible(work: list[NodeWork], config: str, tmp: Path) -> Callable[[], None]:
    binary = Path(sys.executable).with_name("ansible")
    assert binary.exists(), "ansible is missing: run `bash scripts/setup.sh` (ansible-core is a dev dependency)"
    hosts = {}
    nonces = {}
    for node in work:
        script, nonce = node.script
        hosts[node.alias] = {"podnet_script": script}
        nonces[node.alias] = (nonce, len(node.commands))
    inventory = tmp / "inventory.json"
    inventory.write_text(
        json.dumps(
            {
                "all": {
                    "hosts": hosts,
                    "vars": {
                        "ansible_python_interpreter": "/usr/bin/python3",
                        "ansible_ssh_common_args": f"-F {config}",
                    },
                }
            }
        )
    )
    config_file = tmp / "ansible.cfg"  # empty: Ansible's defaults
    config_file.write_text("")
    counter = [0]

    def run() -> None:
        counter[0] += 1
        control = tmp / f"cp-{counter[0]}"  # fresh connections on every run
        tree = tmp / f"tree-{counter[0]}"
        env = {
            "PATH": f"{binary.parent}:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": str(tmp),
            "ANSIBLE_CONFIG": str(config_file),
            "ANSIBLE_HOST_KEY_CHECKING": "True",
            "ANSIBLE_SSH_CONTROL_PATH_DIR": str(control),
            "ANSIBLE_LOCAL_TEMP": str(tmp / "local"),
            "ANSIBLE_REMOTE_TMP": "/tmp/podnet-bench-ansible",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_DEPRECATION_WARNINGS": "False",
            "ANSIBLE_LOAD_CALLBACK_PLUGINS": "1",
            "ANSIBLE_CALLBACKS_ENABLED": "ansible.builtin.tree",  # each host's result as JSON, in a file
            "ANSIBLE_CALLBACK_TREE_DIR": str(tree),
        }
        proc = subprocess.run(
            [
                str(binary),
                "all",
                "-i",
                str(inventory),
                "-m",
                "shell",
                "-a",
                ARGS,
                "-f",
                str(len(work)),
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        outputs = {f.name: json.loads(f.read_text()).get("stdout", "") for f in tree.iterdir()}
        assert all(_complete(outputs.get(h, ""), n, c) for h, (n, c) in nonces.items()), "ansible: missing output"

    return run


def paramiko_sequential(work: list[NodeWork]) -> Callable[[], None]:
    from bot.wiring import Wiring
    from checks.remote.transport import SshConnector

    def run() -> None:
        connector = SshConnector(Wiring.from_env().settings.ssh)
        try:
            for node in work:
                client = connector.connect(node.name, node.alias)
                try:
                    for command in node.commands:
                        _, stdout, _ = client.exec_command(f"timeout {max(1, int(command.timeout))} {command.line}")
                        stdout.read()
                        stdout.channel.recv_exit_status()
                finally:
                    client.close()
        finally:
            connector.close()

    return run


# --- one size ----------------------------------------------------------------------------------------
@dataclass
class Row:
    n: int
    tool: str
    figures: Figures
    note: str = ""


def measure_size(n: int, runs: int) -> list[Row]:
    rows: list[Row] = []
    with lab(n) as env, tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        config = env["PODNET_SSH_CONFIG"]
        work = sweep_work()
        commands = sum(len(w.commands) for w in work)
        tools: list[tuple[str, Callable[[], None], bool, str]] = [
            ("podnet sweep (CLI)", podnet_cli(env, tmp / "h.db"), False, "Python start-up included"),
            ("podnet engine (in-process)", podnet_engine(), True, ""),
            ("OpenSSH ssh per node, fresh", openssh(work, config), False, f"{CONCURRENCY} at once"),
            ("Ansible -m shell -f N", ansible(work, config, tmp), False, "fresh control path per run"),
        ]
        sample = work[:SEQUENTIAL_SAMPLE]
        scale = len(work) / len(sample)
        sequential_note = "one channel per command" + (
            f"; measured on {len(sample)} nodes, x{scale:g}" if scale > 1 else ""
        )
        tools.append(("paramiko, sequential", paramiko_sequential(sample), True, sequential_note))
        figures = {name: Figures() for name, *_ in tools}
        for _ in range(runs):  # interleaved, so drift on this shared machine hits every tool alike
            for name, run, in_process, _ in tools:
                figures[name].add(run, in_process=in_process)
        with ControlMasters(work, config) as options:
            cm = Figures()
            for _ in range(runs):
                cm.add(openssh(work, config, options), in_process=False)
        with KeptConnections() as kept_run:
            kept = Figures()
            for _ in range(runs):
                kept.add(kept_run, in_process=True)
        figures["paramiko, sequential"].scale(scale)  # node after node: the time grows linearly
        for name, _, _, note in tools:
            rows.append(Row(n, name, figures[name], note))
        rows.insert(2, Row(n, "podnet engine, kept connections", kept, "podnet serve: opened by a sweep before"))
        rows.insert(4, Row(n, "OpenSSH ssh per node, ControlMaster", cm, "masters opened beforehand"))
        print(f"  N={n}: {commands} commands on {len(work)} nodes, {runs} runs each", file=sys.stderr)
    return rows


def table(rows: list[Row]) -> list[str]:
    out = [f"{'N':>4}  {'tool':<32} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'podnet CLI / tool':>18}  note"]
    for row in rows:
        podnet = next(r for r in rows if r.n == row.n and r.tool == "podnet sweep (CLI)")
        ratio = podnet.figures.wall / row.figures.wall
        f = row.figures
        out.append(
            f"{row.n:>4}  {row.tool:<32} {f.wall:>7.2f} {f.cpu:>7.2f} {f.peak_mb:>8.1f} {ratio:>17.2f}x  {row.note}"
        )
    return out


def goals(rows: list[Row]) -> list[str]:
    """The issue's goals at the largest N, as ratios of this run's medians."""
    n = max(r.n for r in rows)

    def wall(tool: str) -> float:
        return next(r.figures.wall for r in rows if r.n == n and r.tool == tool)

    cli, fresh, ansible = wall("podnet sweep (CLI)"), wall("OpenSSH ssh per node, fresh"), wall("Ansible -m shell -f N")
    kept, master = wall("podnet engine, kept connections"), wall("OpenSSH ssh per node, ControlMaster")
    return [
        f"N={n}: podnet CLI / OpenSSH fresh = {cli / fresh:.2f} (goal <= 0.7)",
        f"N={n}: Ansible / podnet CLI = {ansible / cli:.1f}x (goal >= 5x)",
        f"N={n}: podnet on kept connections / OpenSSH ControlMaster = {kept / master:.2f}",
    ]


def main(argv: Sequence[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,25,50")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for n in (int(s) for s in args.sizes.split(",")):
        rows += measure_size(n, args.runs)
    lines = [*table(rows), "", *goals(rows)]
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
