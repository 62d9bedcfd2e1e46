"""Stand-in for kube-proxy's health server on every lab node (kube-proxy cannot run here: no kubelet, no
IP_VS): `GET /healthz` (and `/livez`) on 127.0.0.1:10256 inside each node's network namespace, in
kube-proxy's own format and status codes (kubernetes `pkg/proxy/healthcheck/proxier_health.go`):

    {"lastUpdated": "<Go time>","currentTime": "<Go time>", "nodeEligible": true}

200 while the node's "kube-proxy" syncs (lastUpdated = currentTime, as kube-proxy reports it), 503 while
the lab's `kube-proxy-stale` fault holds that node (lastUpdated = when it stopped syncing). Times in Go's
`time.Time.String()` form with the monotonic `m=` reading, as kube-proxy prints them.

One process for all nodes: it enters each node's namespace (setns through libc) only to open that node's
listening socket, then serves every socket from the root namespace, where it stays: the sockets remain in
their nodes' namespaces, so nothing listens or sends in the machine's own network. It reads the lab's
state file on each request (which node is stale), writes `kube-proxy-healthz.ready` once it listens,
and is stopped by `podnet lab down` (recorded pid).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import selectors
import socket
import time
from pathlib import Path

from lab.names import netns_prefix

PORT = 10256
CLONE_NEWNET = 0x40000000
FAULT = "kube-proxy-stale"
UPTIME_NS = 3600 * 1_000_000_000  # the monotonic `m=` reading counts from kube-proxy's start: "an hour ago"
_START_NS = time.monotonic_ns() - UPTIME_NS


def go_time(epoch_ns: int, mono_ns: int) -> str:
    """`time.Time.String()`: "2026-12-01 10:02:41.573018211 +0000 UTC m=+7243.210594417" (trailing zeros of
    the fraction dropped, the monotonic reading always with nine decimals)."""
    seconds, frac = divmod(epoch_ns, 1_000_000_000)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(seconds))
    fraction = f"{frac:09d}".rstrip("0")
    mono_s, mono_frac = divmod(max(mono_ns, 0), 1_000_000_000)
    return f"{stamp}{'.' + fraction if fraction else ''} +0000 UTC m=+{mono_s}.{mono_frac:09d}"


def body(state_file: Path, node: str) -> tuple[int, bytes]:
    """(status, body) of /healthz for `node`, from the lab's state."""
    now, mono = time.time_ns(), time.monotonic_ns() - _START_NS
    try:
        faults = json.loads(state_file.read_text()).get("faults") or []
    except (OSError, ValueError):
        faults = []
    stale = next((f for f in faults if f.get("name") == FAULT and f.get("node") == node), None)
    since = (stale or {}).get("detail", {}).get("stopped_at_ns")
    if since is None:
        status, last, last_mono = 200, now, mono
    else:
        status, last, last_mono = 503, int(since), mono - (now - int(since))
    text = (
        f'{{"lastUpdated": "{go_time(last, last_mono)}","currentTime": "{go_time(now, mono)}", "nodeEligible": true}}'
    )
    return status, text.encode()


def _listen_in(netns: str) -> socket.socket:
    libc = ctypes.CDLL(None, use_errno=True)
    own = os.open("/proc/self/ns/net", os.O_RDONLY)
    target = os.open(f"/run/netns/{netns}", os.O_RDONLY)
    try:
        if libc.setns(target, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), f"setns into {netns}")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", PORT))
        sock.listen(16)
        sock.setblocking(False)
    finally:
        if libc.setns(own, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns back to the root namespace")
        os.close(own)
        os.close(target)
    return sock


def _answer(conn: socket.socket, state_file: Path, node: str) -> None:
    conn.settimeout(2)
    request = b""
    try:
        while b"\r\n\r\n" not in request and len(request) < 8192:
            chunk = conn.recv(4096)
            if not chunk:
                break
            request += chunk
        parts = request.split(b" ", 2)
        path = parts[1].decode(errors="replace") if len(parts) > 1 else ""
        if path in ("/healthz", "/livez"):
            status, payload = body(state_file, node)
            if path == "/livez":  # /livez has no nodeEligible
                payload = payload.replace(b', "nodeEligible": true', b"")
            reason = "OK" if status == 200 else "Service Unavailable"
            kind = b"application/json"
        else:
            status, reason, payload, kind = 404, "Not Found", b"404 page not found\n", b"text/plain; charset=utf-8"
        head = (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: {kind.decode()}\r\nX-Content-Type-Options: nosniff\r\n"
            f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime())}\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n"
        )
        conn.sendall(head.encode() + payload)
    except OSError:
        pass
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lab-dir", required=True)
    args = parser.parse_args()
    root = Path(args.lab_dir)
    state_file = root / "state.json"
    nodes = json.loads(state_file.read_text())["nodes"]
    selector = selectors.DefaultSelector()
    for node in nodes:
        netns = f"{netns_prefix(node.get('lab', ''))}{node['name']}"  # the node's namespace in this lab
        selector.register(_listen_in(netns), selectors.EVENT_READ, node["name"])
    (root / "kube-proxy-healthz.ready").write_text(str(os.getpid()))
    while True:
        for key, _ in selector.select():
            sock = key.fileobj
            assert isinstance(sock, socket.socket)
            try:
                conn, _addr = sock.accept()
            except BlockingIOError:
                continue
            _answer(conn, state_file, str(key.data))


if __name__ == "__main__":
    main()
