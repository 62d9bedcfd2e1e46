"""What the HTTP front end's tests share: podnet's own server (`bot.cli.http_server`) on 127.0.0.1 with the
guard in front of an application that records the bodies reaching it (and may be held, to fill workers)."""

from __future__ import annotations

import http.client
import socket
import threading
from typing import Any

from bot.cli.http_server import make_server
from bot.slack.http_guard import guarded
from tests.slack_standin.signing import sign
from tests.unit.loopback import WAIT

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


class Server:
    """The front end serving `guarded(app)`; `hold` keeps every request inside the app until set."""

    def __init__(self, *, held: bool = False, **limits: Any) -> None:
        self.bodies: list[bytes] = []
        self.entered = threading.Semaphore(0)  # released once per request reaching the app
        self.hold = threading.Event()
        if not held:
            self.hold.set()

        def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
            self.entered.release()
            self.hold.wait(WAIT)
            self.bodies.append(environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"])))
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]

        self.server = make_server("127.0.0.1", 0, guarded(app, SECRET), **limits)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def post(self, body: bytes, headers: dict[str, str], path: str = "/slack/events") -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=WAIT)
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=WAIT)

    def close(self) -> None:
        self.hold.set()
        self.server.shutdown()
        self.server.server_close()


def signed_head(body: bytes, length: int | None = None, extra: str = "") -> bytes:
    """A signed request's line and headers, by hand (so a body can follow slowly, or never)."""
    headers = "".join(f"{k}: {v}\r\n" for k, v in sign(SECRET, body).items())
    size = len(body) if length is None else length
    return (
        f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {size}\r\n{headers}{extra}\r\n"
    ).encode()


def status_of(sock: socket.socket) -> int:
    """The status of the answer on `sock` (0 if it closed without one)."""
    data = sock.recv(4096)
    return int(data.split()[1]) if data else 0


def vm_rss() -> int:
    """This process's resident memory, in bytes (/proc/self/status VmRSS)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")
