"""Where the lab keeps its files. Everything lives under one directory so that `down` can remove it whole.

Several labs can run side by side (`podnet lab up --name a`): the default lab (no name) lives in
/run/podnet-lab with namespaces `podnet-…`, a named lab `a` in /run/podnet-lab-a with namespaces
`podnet-a-…` (see lab/names.py for the namespace names).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lab import names
from lab.names import netns_prefix, validate

DEFAULT_DIR = Path("/run/podnet-lab")
NETNS_PREFIX = names.NETNS_PREFIX  # every lab's namespaces start so (lab/names.py)
ETC_NETNS = Path("/etc/netns")


def base_dir() -> Path:
    """The default lab's directory; a named lab's is its sibling `<base>-<name>`."""
    return Path(os.environ.get("PODNET_LAB_DIR", str(DEFAULT_DIR)))


def lab_dirs() -> list[Path]:
    """Every lab's directory present on this machine: the default lab's and `<base>-<name>` ones."""
    base = base_dir()
    named = [d for d in base.parent.glob(f"{base.name}-*") if d.is_dir()] if base.parent.is_dir() else []
    return ([base] if base.is_dir() else []) + sorted(named)


@dataclass(frozen=True)
class LabPaths:
    root: Path
    name: str = ""  # "" is the default lab

    @classmethod
    def default(cls) -> LabPaths:
        return cls(base_dir())

    @classmethod
    def named(cls, name: str | None) -> LabPaths:
        """The lab called `name` (None or "": the default lab, unchanged: /run/podnet-lab)."""
        if not name:
            return cls.default()
        base = base_dir()
        return cls(base.with_name(f"{base.name}-{validate(name)}"), name)

    @property
    def netns_prefix(self) -> str:
        """What every network namespace of this lab is called: `podnet-` (default) or `podnet-NAME-`."""
        return netns_prefix(self.name)

    @property
    def state(self) -> Path:
        return self.root / "state.json"

    @property
    def lock(self) -> Path:
        return self.root.with_name(self.root.name + ".lock")

    @property
    def pids(self) -> Path:
        return self.root / "pids"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def bin(self) -> Path:
        """Bind-mounted over /usr/local/sbin on every node: the node's own tools (the ipvsadm stand-in)."""
        return self.root / "node-bin"

    @property
    def node_bashrc(self) -> Path:
        """Bind-mounted over root's ~/.bashrc on every node (see lab/ssh.py)."""
        return self.root / "node-home" / ".bashrc"

    @property
    def ssh(self) -> Path:
        return self.root / "ssh"

    @property
    def ssh_config(self) -> Path:
        return self.ssh / "config"

    @property
    def known_hosts(self) -> Path:
        return self.ssh / "known_hosts"

    @property
    def client_key(self) -> Path:
        return self.ssh / "id_ed25519"

    @property
    def bastion_socket(self) -> Path:
        return self.ssh / "bastion.sock"

    @property
    def pki(self) -> Path:
        return self.root / "pki"

    @property
    def kubeconfig(self) -> Path:
        return self.root / "kubeconfig"

    @property
    def api_tokens(self) -> Path:
        return self.root / "api-tokens.json"

    @property
    def api_port_file(self) -> Path:
        return self.root / "apiserver.port"

    def node_dir(self, node: str) -> Path:
        return self.root / "nodes" / node

    def pod_dir(self, pod: str) -> Path:
        return self.root / "pods" / pod
