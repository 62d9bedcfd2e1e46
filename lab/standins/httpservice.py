"""The lab's target workload: a small real HTTP server standing in for an application pod (keystone).

It answers every path; `POST /v3/auth/tokens` gets keystone's 201 with an X-Subject-Token header, so a
client that resolves `default-keystone` and reaches it sees what it would see in a real cluster."""

from __future__ import annotations

import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--name", required=True)
    args = parser.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, status: int) -> None:
            body = json.dumps({"service": "keystone", "pod": args.name, "path": self.path}).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if status == 201:
                self.send_header("X-Subject-Token", "lab-token")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._reply(200)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self._reply(201 if self.path.startswith("/v3/auth/tokens") else 200)

        def log_message(self, format: str, *a: object) -> None:
            pass

    ThreadingHTTPServer(("0.0.0.0", args.port), Handler).serve_forever()  # noqa: S104 - inside the pod


if __name__ == "__main__":
    main()
