"""A stand-in SSH server on 127.0.0.1 that misbehaves the way hung nodes do, for the deadline tests.

It speaks the real SSH protocol (paramiko's server side): host key, public-key authentication, session
channels, exec requests. What it does with an exec is its `behaviour`:
- "hang": accepts the channel, never answers the exec request (a wedged sshd or a stuck PAM module);
- "trickle": accepts the exec and sends one byte every `interval` seconds, never finishing (a node
  swapping itself to death, a command stuck writing);
- "answer": runs the script with /bin/sh and returns its output and exit status (a healthy node).
Everything stops with `close()`.
"""

from __future__ import annotations

import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import paramiko

Behaviour = Literal["hang", "trickle", "answer"]


class _Server(paramiko.ServerInterface):
    def __init__(self, standin: SshdStandIn) -> None:
        self.standin = standin

    def check_auth_publickey(self, username: str, key: paramiko.PKey) -> int:
        ok = key.get_fingerprint() == self.standin.client_key.get_fingerprint()
        return paramiko.AUTH_SUCCESSFUL if ok else paramiko.AUTH_FAILED

    def get_allowed_auths(self, username: str) -> str:
        return "publickey"

    def check_channel_request(self, kind: str, chanid: int) -> int:
        return paramiko.OPEN_SUCCEEDED if kind == "session" else paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def check_channel_exec_request(self, channel: paramiko.Channel, command: bytes) -> bool:
        self.standin.execs.append(command.decode(errors="replace"))
        behaviour = self.standin.behaviour
        if behaviour == "hang":
            self.standin.stopped.wait()  # the reply to the exec request never comes
            return False
        target = self._trickle if behaviour == "trickle" else self._answer
        threading.Thread(target=target, args=(channel, command), daemon=True).start()
        return True

    def _trickle(self, channel: paramiko.Channel, command: bytes) -> None:
        while not self.standin.stopped.wait(self.standin.interval):
            try:
                channel.send(b".")
            except (OSError, EOFError, paramiko.SSHException):
                return
            if channel.closed:
                return

    def _answer(self, channel: paramiko.Channel, command: bytes) -> None:
        proc = subprocess.run(["/bin/sh", "-c", command.decode()], capture_output=True, timeout=30, check=False)
        channel.sendall(proc.stdout)
        channel.send_exit_status(proc.returncode)
        channel.close()


@dataclass
class SshdStandIn:
    behaviour: Behaviour
    workdir: Path
    interval: float = 0.5
    client_key: paramiko.PKey | None = None  # the key it accepts (default: one made for it, in client_key_file)
    execs: list[str] = field(default_factory=list)
    stopped: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.host_key = paramiko.RSAKey.generate(2048)
        if self.client_key is None:
            self.client_key = paramiko.RSAKey.generate(2048)
            self.client_key_file = self.workdir / f"client-{self.behaviour}"
            self.client_key.write_private_key_file(str(self.client_key_file))
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._transports: list[paramiko.Transport] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def known_hosts_line(self) -> str:
        return f"[127.0.0.1]:{self.port} {self.host_key.get_name()} {self.host_key.get_base64()}"

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            transport = paramiko.Transport(conn)
            transport.add_server_key(self.host_key)
            self._transports.append(transport)
            try:
                transport.start_server(server=_Server(self))
            except (paramiko.SSHException, EOFError, OSError):
                # a client that left during the handshake ("Negotiation failed"): the next one is accepted
                # all the same (before, this ended the accept thread)
                transport.close()

    def close(self) -> None:
        self.stopped.set()
        self._listener.close()
        for transport in self._transports:
            transport.close()
