"""Where the lab keeps its files. Everything lives under one directory so that `down` can remove it whole."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path("/run/podnet-lab")
NETNS_PREFIX = "podnet-"
ETC_NETNS = Path("/etc/netns")


@dataclass(frozen=True)
class LabPaths:
    root: Path

    @classmethod
    def default(cls) -> LabPaths:
        return cls(Path(os.environ.get("PODNET_LAB_DIR", str(DEFAULT_DIR))))

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
