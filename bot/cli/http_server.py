"""HTTP mode's server for `podnet serve --http`: a thread per request, request lines in the debug log."""

from __future__ import annotations

import logging
import threading
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

__all__ = ["QuietHandler", "ThreadingWSGIServer", "make_server"]


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.serving = threading.Event()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """`serving` is set while the loop runs: HTTP mode's readiness."""
        self.serving.set()
        try:
            super().serve_forever(poll_interval)
        finally:
            self.serving.clear()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        logging.getLogger("podnet.http").debug(format, *args)
