"""What the unit tests that talk to real servers on 127.0.0.1 share: how long any wait may take, and the
HTTP(S) proxies taken out of the way (slack_sdk and urllib send everything through HTTP(S)_PROXY when set)."""

from __future__ import annotations

import json
import socket
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

WAIT = 10.0
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset HTTP(S)_PROXY for one test, so clients reach loopback servers directly."""
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)


@contextmanager
def silent_api(tmp_path: Path) -> Iterator[Path]:
    """A kubeconfig whose API server accepts connections and never answers (a hung apiserver); yields
    the kubeconfig's path. The listening socket closes on exit."""
    silent = socket.create_server(("127.0.0.1", 0), backlog=64)
    kubeconfig = tmp_path / "kubeconfig"
    cluster = {"server": f"http://127.0.0.1:{silent.getsockname()[1]}"}
    kubeconfig.write_text(
        json.dumps(
            {
                "apiVersion": "v1",
                "kind": "Config",
                "clusters": [{"name": "c", "cluster": cluster}],
                "users": [{"name": "u", "user": {"token": "t"}}],
                "contexts": [{"name": "c", "context": {"cluster": "c", "user": "u"}}],
                "current-context": "c",
            }
        )
    )
    try:
        yield kubeconfig
    finally:
        silent.close()
