"""What the unit tests that talk to real servers on 127.0.0.1 share: how long any wait may take, and the
HTTP(S) proxies taken out of the way (slack_sdk and urllib send everything through HTTP(S)_PROXY when set)."""

from __future__ import annotations

import urllib.request

import pytest

WAIT = 10.0
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset HTTP(S)_PROXY for one test, so clients reach loopback servers directly."""
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
