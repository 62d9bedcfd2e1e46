"""Load for `podnet serve` that an attacker or an unlucky operator makes, shared by the fault-injection
lab tests and the acknowledgement benchmark: nodes whose sshd hangs or trickles (the stand-in in place of
the lab's sshd for those nodes), slow HTTP clients, and a 100 MB unsigned POST."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from pathlib import Path

import paramiko

from lab.paths import LabPaths
from tests.sshd_standin import Behaviour, SshdStandIn


def misbehaving_nodes(
    paths: LabPaths, tmp: Path, behaviours: dict[str, Behaviour]
) -> tuple[dict[str, str], list[SshdStandIn]]:
    """The lab's ssh_config and known_hosts, with the named nodes' sshd replaced by the stand-in that hangs
    on the exec request or trickles (on 127.0.0.1; the other nodes stay the lab's real sshd)."""
    key = paramiko.Ed25519Key.from_private_key_file(str(paths.client_key))
    standins = {node: SshdStandIn(how, tmp, interval=1.0, client_key=key) for node, how in behaviours.items()}
    blocks = []
    for block in paths.ssh_config.read_text().split("\n\n"):
        words = block.strip().splitlines()[0].split() if block.strip() else []
        node = next((w for w in words[1:] if w in standins), None) if words[:1] == ["Host"] else None
        if node is not None:
            standin = standins[node]
            block = "\n".join(  # noqa: PLW2901 (the block, rewritten for the stand-in)
                [
                    " ".join(words),
                    "  HostName 127.0.0.1",
                    f"  Port {standin.port}",
                    "  User root",
                    "  ConnectTimeout 10",
                ]
            )
        blocks.append(block)
    config, known = tmp / "ssh_config", tmp / "known_hosts"
    config.write_text("\n\n".join(blocks))
    known.write_text(paths.known_hosts.read_text() + "".join(s.known_hosts_line() + "\n" for s in standins.values()))
    return {"PODNET_SSH_CONFIG": str(config), "PODNET_KNOWN_HOSTS": str(known)}, list(standins.values())


class SlowClients:
    """`count` connections to the server: a third silent, a third trickling headers, a third trickling a
    signed-looking body, each a byte per `interval` seconds, until closed."""

    def __init__(self, port: int, count: int, interval: float = 0.5) -> None:
        self.socks: list[socket.socket] = []
        self.stop = threading.Event()
        self.port, self.interval = port, interval
        for i in range(count):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            if i % 3 == 2:
                sock.sendall(
                    b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n"
                    b"X-Slack-Request-Timestamp: " + str(int(time.time())).encode() + b"\r\n"
                    b"X-Slack-Signature: v0=" + b"0" * 64 + b"\r\n\r\n"
                )
            elif i % 3 == 1:
                sock.sendall(b"POST /slack/events HTTP/1.1\r\n")
            self.socks.append(sock)
        self.thread = threading.Thread(target=self._trickle, daemon=True)
        self.thread.start()

    def _trickle(self) -> None:
        while not self.stop.wait(self.interval):  # the load's own pace: a byte per interval
            for i, sock in enumerate(self.socks):
                if i % 3:
                    with contextlib.suppress(OSError):
                        sock.send(b"x" if i % 3 == 2 else b"X")

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        for sock in self.socks:
            sock.close()


def huge_unsigned_post(port: int, answers: list[int]) -> None:
    """100 MB streamed in 1 MB chunks; the answer is read as soon as the server sends it."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n")
        chunk = b"a" * (1 << 20)
        with contextlib.suppress(OSError):
            for _ in range(100):
                sock.sendall(chunk)
        with contextlib.suppress(OSError):
            answer = sock.recv(100)
            answers.append(int(answer.split()[1]) if answer.startswith(b"HTTP/") else 0)
