"""Stand-in for node-cache's `health` plugin (CoreDNS's, on NodeLocal DNSCache's link-local address,
port 8080): `GET /health` answers 200 `OK`, as CoreDNS's health plugin does. In node-cache it is the same
process as the cache; the lab's nodelocal-down fault stops both."""

from __future__ import annotations

import argparse
from http.server import BaseHTTPRequestHandler, HTTPServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--address", required=True)
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            ok = self.path == "/health"
            body = b"OK" if ok else b"404 page not found\n"
            self.send_response(200 if ok else 404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *a: object) -> None:
            pass

    HTTPServer((args.address, args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
