"""How podnet reaches the nodes over SSH. A plain value, filled in by whoever reads the settings (the
bot's `bot/settings.py`); the engine reads no environment. Importing it costs nothing: no paramiko."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SshSettings:
    config_file: Path | None = None  # an OpenSSH client config: HostName, User, Port, IdentityFile, ProxyJump
    known_hosts: Path | None = None  # host keys are checked against this file only
    key_file: Path | None = None  # tried before the ssh_config's IdentityFile
    user: str | None = None  # default: the ssh_config's User, else root
    connect_timeout: float = 10.0
    banner_timeout: float = 10.0
    auth_timeout: float = 10.0
    keepalive: int = 30
    sudo: bool = False  # `sudo -n` before each command
    by_name: bool = False  # look nodes up in the ssh_config by node name instead of their InternalIP
    # one deadline per batched exec on a node (the exec request, every read, the close); None: the
    # batch's commands' own timeouts plus 10 s
    batch_deadline: float | None = None
