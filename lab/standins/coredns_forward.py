"""STAND-IN for CoreDNS's `forward`, `loop` and `errors` plugins (no CoreDNS binary here), stdlib only.

In each lab CoreDNS pod, dnsmasq answers the cluster zone (the `kubernetes` plugin's part, from the
Services) and sends every other name here (`--server=127.0.0.1#5354`). This process reads the pod's
Corefile — the text the API stand-in serves as the `coredns` ConfigMap — and does what CoreDNS does with
it for those names: `forward .` to the targets it names (IPs, or the nameservers of a resolv.conf: the
pod's own /etc/resolv.conf, which is the node's with dnsPolicy Default), over UDP or TCP as asked,
answering SERVFAIL and logging CoreDNS's `errors` line when the upstream does not answer:

    [ERROR] plugin/errors: 2 api.example.com. A: read udp 10.40.52.149:45612->10.41.0.2:53: i/o timeout

With `loop`, at start it sends CoreDNS's loop probe (`HINFO <random>.<random>.`) upstream until the
upstream answers; seeing its own probe come back more than twice is a forwarding loop, and it exits 1
(one difference: each probe carries a new random name, as dnsmasq in front of this stand-in merges an
identical query already in flight — CoreDNS has no dnsmasq in front and reuses one name)
with CoreDNS's FATAL line, as CoreDNS does. Everything goes to stdout, which the lab keeps in the
kubelet's CRI log format (`TIMESTAMP stdout F LINE`) for the API stand-in's `pods/NAME/log`.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import socketserver
import struct
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

READ_TIMEOUT = 2.0  # CoreDNS forward's read timeout
_LOCK = threading.Lock()
_TYPES = {1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 12: "PTR", 13: "HINFO", 15: "MX", 16: "TXT", 28: "AAAA", 33: "SRV"}


def log(line: str) -> None:
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with _LOCK:
        sys.stdout.write(f"{stamp} stdout F {line}\n")
        sys.stdout.flush()


def parse_corefile(text: str) -> tuple[list[str], bool]:
    """(forward targets of the root block, loop enabled): the subset of the Corefile this stand-in runs."""
    targets: list[str] = []
    loop = False
    for raw in text.splitlines():
        words = raw.split("#", 1)[0].split()
        if words[:2] == ["forward", "."]:
            rest = words[2:]
            targets = rest[: rest.index("{")] if "{" in rest else rest  # its options block is not targets
        elif words == ["loop"]:
            loop = True
    return targets, loop


def upstreams(targets: list[str]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for target in targets:
        bare = re.sub(r"^dns://", "", target)
        if bare.startswith("/"):
            for line in Path(bare).read_text().splitlines():
                words = line.split()
                if len(words) >= 2 and words[0] == "nameserver":
                    out.append((words[1], 53))
        else:
            host, _, port = bare.partition(":")
            out.append((host, int(port or 53)))
    return out


def question(msg: bytes) -> tuple[str, str]:
    """(name with trailing dot, type) of a query's first question."""
    i, labels = 12, []
    while i < len(msg) and msg[i]:
        n = msg[i]
        labels.append(msg[i + 1 : i + 1 + n].decode(errors="replace"))
        i += 1 + n
    qtype = struct.unpack("!H", msg[i + 1 : i + 3])[0] if i + 3 <= len(msg) else 0
    return ".".join(labels).lower() + ".", _TYPES.get(qtype, f"TYPE{qtype}")


def servfail(msg: bytes) -> bytes:
    flags = struct.unpack("!H", msg[2:4])[0]
    flags = (flags | 0x8000 | 0x0080) & ~0x000F | 2  # QR, RA, RCODE=SERVFAIL
    qd_end = 12
    while qd_end < len(msg) and msg[qd_end]:
        qd_end += 1 + msg[qd_end]
    qd_end += 5
    return msg[:2] + struct.pack("!HHHHH", flags, 1, 0, 0, 0) + msg[12:qd_end]


class Forwarder:
    def __init__(self, targets: list[tuple[str, int]]) -> None:
        self.targets = targets
        self.probes: set[str] = set()
        self.seen = 0
        self.loop_from = ""

    def saw(self, msg: bytes, client: tuple[str, int]) -> None:
        name, qtype = question(msg)
        if qtype == "HINFO" and name in self.probes:
            self.seen += 1
            if self.seen > 2:
                log(
                    f'[FATAL] plugin/loop: Loop ({client[0]}:{client[1]} -> :53) detected for zone ".", see '
                    f'https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO {name}"'
                )
                sys.stdout.flush()
                os._exit(1)  # CoreDNS exits on a loop: the container dies

    def udp(self, msg: bytes) -> bytes:
        name, qtype = question(msg)
        for host, port in self.targets[:1] or [("", 0)]:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.settimeout(READ_TIMEOUT)
                try:
                    s.connect((host, port))
                    s.send(msg)
                    return s.recv(65535)
                except OSError as err:
                    local = "{}:{}".format(*s.getsockname()) if host else "?"
                    why = "i/o timeout" if isinstance(err, TimeoutError) else (err.strerror or str(err)).lower()
                    log(f"[ERROR] plugin/errors: 2 {name} {qtype}: read udp {local}->{host}:{port}: {why}")
        return servfail(msg)

    def tcp(self, msg: bytes) -> bytes:
        name, qtype = question(msg)
        for host, port in self.targets[:1]:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.settimeout(READ_TIMEOUT)
                try:
                    s.connect((host, port))
                    s.sendall(struct.pack("!H", len(msg)) + msg)
                    size = struct.unpack("!H", _read(s, 2))[0]
                    return _read(s, size)
                except OSError as err:
                    why = "i/o timeout" if isinstance(err, TimeoutError) else (err.strerror or str(err)).lower()
                    log(f"[ERROR] plugin/errors: 2 {name} {qtype}: dial tcp {host}:{port}: {why}")
        return servfail(msg)

    def loop_probe(self) -> None:
        """CoreDNS's loop plugin: probe until the upstream answers (no loop), or the probes come back."""
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline and self.targets:
            name = f"{random.getrandbits(62)}.{random.getrandbits(62)}."
            self.probes.add(name)
            labels = b"".join(bytes([len(p)]) + p.encode() for p in name.rstrip(".").split("."))
            header = struct.pack("!HHHHHH", random.getrandbits(16), 0x0100, 1, 0, 0, 0)
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.settimeout(0.3)
                try:
                    s.connect(self.targets[0])
                    s.send(header + labels + b"\0" + b"\x00\x0d\x00\x01")  # HINFO IN
                    s.recv(65535)
                    return  # the upstream answered: no loop
                except OSError:
                    continue  # no answer yet: probe again (a loop never answers)


def _read(s: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            raise ConnectionResetError("connection closed")
        data += chunk
    return data


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corefile", required=True)
    ap.add_argument("--listen", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=5354)
    args = ap.parse_args()
    text = Path(args.corefile).read_text()
    targets, loop = parse_corefile(text)
    fwd = Forwarder(upstreams(targets))
    for line in (".:53", "CoreDNS-1.11.1", "linux/amd64, go1.20.7, ae2bbc2"):
        log(line)

    class Udp(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            msg, sock = self.request
            fwd.saw(msg, self.client_address)
            sock.sendto(fwd.udp(msg), self.client_address)

    class Tcp(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            try:
                msg = _read(self.request, struct.unpack("!H", _read(self.request, 2))[0])
            except OSError:
                return
            fwd.saw(msg, self.client_address)
            answer = fwd.tcp(msg)
            self.request.sendall(struct.pack("!H", len(answer)) + answer)

    socketserver.ThreadingUDPServer.daemon_threads = True
    socketserver.ThreadingTCPServer.daemon_threads = True
    socketserver.ThreadingTCPServer.allow_reuse_address = True
    udp = socketserver.ThreadingUDPServer((args.listen, args.port), Udp)
    tcp = socketserver.ThreadingTCPServer((args.listen, args.port), Tcp)
    threading.Thread(target=tcp.serve_forever, daemon=True).start()
    if loop:
        threading.Thread(target=fwd.loop_probe, daemon=True).start()
    udp.serve_forever()


if __name__ == "__main__":
    main()
