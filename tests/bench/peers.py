"""The peers of podnet's sweep in the fan-out benchmark: what a platform engineer would otherwise run on
the same nodes, with the same commands (each node's commands joined as podnet joins them).

- OpenSSH, one `ssh` per node, 16 at once: with fresh connections (each node's ssh also opens its own
  `ProxyJump` connection to the bastion); with fresh node connections through ONE jump-host connection
  opened beforehand (a ControlMaster to the bastion, `ProxyCommand ssh -S … -W %h:%p`: what podnet does,
  which shares one transport to the jump host); and over ControlMaster connections to every node.
- Ansible `-m shell`: as installed (`-f N`, Ansible's defaults) and as its users tune it (pipelining,
  ControlMaster=auto/ControlPersist=60s in `ansible_ssh_common_args`, forks 16, the same ProxyJump), with a
  fresh control path per run (every run connects afresh) and again with its masters warm.
- a naive paramiko loop: node after node, one channel per command.

Every tool's output is checked for every command's end marker. Masters a run leaves behind (Ansible's
ControlPersist) are closed after it, outside the timed part, so they do not load the next tool's run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from checks.remote.batch import build_script
from checks.remote.catalog import CatalogCommand

CONCURRENCY = 16  # podnet's default, and the OpenSSH baseline's
MASTER = ("-o", "ControlMaster=yes", "-o", "ControlPersist=600")
BASTION = "podnet-lab-bastion"  # lab/ssh.py's BASTION_ALIAS: every node is `ProxyJump` through it


@dataclass(frozen=True)
class NodeWork:
    name: str
    alias: str  # what ssh_config knows the node as
    commands: tuple[CatalogCommand, ...]

    @property
    def script(self) -> tuple[str, str]:
        return build_script(self.commands)


def complete(output: str, nonce: str, count: int) -> bool:
    return all(f"@@podnet {nonce} end {i} " in output for i in range(count))


def _exit_masters(control_dir: Path) -> None:
    """Close every OpenSSH master whose control socket is in `control_dir` (the host name is unused)."""
    if not control_dir.is_dir():
        return
    for sock in control_dir.iterdir():
        subprocess.run(["ssh", "-S", str(sock), "-O", "exit", "x"], capture_output=True, check=False)


# --- OpenSSH -----------------------------------------------------------------------------------------
def openssh(work: list[NodeWork], config: str, extra: Sequence[str] = ()) -> Callable[[], None]:
    def one(node: NodeWork) -> None:
        script, nonce = node.script
        proc = subprocess.run(
            ["ssh", "-F", config, "-o", "BatchMode=yes", *extra, node.alias, script],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0 and complete(proc.stdout, nonce, len(node.commands)), proc.stderr

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
        self.master = MASTER

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
        _exit_masters(self.dir)
        shutil.rmtree(self.dir, ignore_errors=True)


class SharedJump:
    """One OpenSSH master to the bastion, opened beforehand; every node's ssh is a fresh connection
    carried through it (`ssh -S <master> -W %h:%p`), as podnet carries every node's connection over one
    transport to the jump host. A ProxyCommand given with -o comes before the config's ProxyJump, and
    OpenSSH takes the first of the two it reads."""

    def __init__(self, config: str) -> None:
        self.config = config
        self.dir = Path(tempfile.mkdtemp(prefix="podnet-bench-jump-"))
        self.sock = self.dir / "bastion"

    def __enter__(self) -> list[str]:
        subprocess.run(
            ["ssh", "-F", self.config, "-o", f"ControlPath={self.sock}", *MASTER, "-fN", BASTION],
            check=True,
            capture_output=True,
        )
        proxy = f"ssh -F {self.config} -o ControlPath={self.sock} -o ControlMaster=no -W %h:%p {BASTION}"
        return ["-o", f"ProxyCommand={proxy}"]

    def __exit__(self, *exc: object) -> None:
        _exit_masters(self.dir)
        shutil.rmtree(self.dir, ignore_errors=True)


# --- Ansible -----------------------------------------------------------------------------------------
ARGS = json.dumps({"_raw_params": "{{ podnet_script }}"})  # a leading "{{" would be read as JSON args
TUNED_SSH = "-o ControlMaster=auto -o ControlPersist=60s"


class Ansible:
    """`ansible all -m shell` over the lab's ssh_config (its ProxyJump included).

    `tuned`: pipelining on, ControlMaster=auto/ControlPersist=60s in ansible_ssh_common_args, forks 16 —
    the settings Ansible's own docs and its users recommend; else Ansible as installed with `-f N`.
    `warm`: every run uses the same control path, so the masters an earlier run left (ControlPersist)
    carry the next one; else each run gets a fresh control path and connects afresh. `after()` closes
    the masters a fresh run left, outside the timed part."""

    def __init__(self, work: list[NodeWork], config: str, tmp: Path, *, tuned: bool, warm: bool = False) -> None:
        self.binary = Path(sys.executable).with_name("ansible")
        assert self.binary.exists(), (
            "ansible is missing: run `bash scripts/setup.sh` (ansible-core is a dev dependency)"
        )
        self.work, self.tuned, self.warm = work, tuned, warm
        self.tmp = tmp / ("tuned" if tuned else "default") / ("warm" if warm else "fresh")
        self.tmp.mkdir(parents=True)
        hosts, self.nonces = {}, {}
        for node in work:
            script, nonce = node.script
            hosts[node.alias] = {"podnet_script": script}
            self.nonces[node.alias] = (nonce, len(node.commands))
        common = f"-F {config}" + (f" {TUNED_SSH}" if tuned else "")
        self.inventory = self.tmp / "inventory.json"
        self.inventory.write_text(
            json.dumps(
                {
                    "all": {
                        "hosts": hosts,
                        "vars": {"ansible_python_interpreter": "/usr/bin/python3", "ansible_ssh_common_args": common},
                    }
                }
            )
        )
        self.config_file = self.tmp / "ansible.cfg"
        self.config_file.write_text("[ssh_connection]\npipelining = True\n" if tuned else "")  # else: defaults
        self.count = 0

    @property
    def control(self) -> Path:
        return self.tmp / ("cp" if self.warm else f"cp-{self.count}")

    def run(self) -> None:
        self.count += 1
        tree = self.tmp / f"tree-{self.count}"
        env = {
            "PATH": f"{self.binary.parent}:/usr/sbin:/usr/bin:/sbin:/bin",
            "HOME": str(self.tmp),
            "ANSIBLE_CONFIG": str(self.config_file),
            "ANSIBLE_HOST_KEY_CHECKING": "True",
            "ANSIBLE_SSH_CONTROL_PATH_DIR": str(self.control),
            "ANSIBLE_LOCAL_TEMP": str(self.tmp / "local"),
            "ANSIBLE_REMOTE_TMP": "/tmp/podnet-bench-ansible",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_DEPRECATION_WARNINGS": "False",
            "ANSIBLE_LOAD_CALLBACK_PLUGINS": "1",
            "ANSIBLE_CALLBACKS_ENABLED": "ansible.builtin.tree",  # each host's result as JSON, in a file
            "ANSIBLE_CALLBACK_TREE_DIR": str(tree),
        }
        forks = ["-f", str(CONCURRENCY if self.tuned else len(self.work))]
        proc = subprocess.run(
            [str(self.binary), "all", "-i", str(self.inventory), "-m", "shell", "-a", ARGS, *forks],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
        outputs = {f.name: json.loads(f.read_text()).get("stdout", "") for f in tree.iterdir()}
        assert all(complete(outputs.get(h, ""), n, c) for h, (n, c) in self.nonces.items()), "ansible: missing output"

    def after(self) -> None:
        if not self.warm:
            _exit_masters(self.control)

    def close(self) -> None:
        _exit_masters(self.control)


# --- paramiko ----------------------------------------------------------------------------------------
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
