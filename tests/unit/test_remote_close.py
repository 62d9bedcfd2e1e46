"""Closing a connection whose jump-host proxy is gone never raises (CI, 2026-12-05: `podnet diagnose` finished a
diagnosis, then died in `runner.close()` on paramiko's `ProxyCommandFailure` from the bastion's socat)."""

from __future__ import annotations

import paramiko
import pytest

from checks.remote.transport import close_quietly


class _DeadProxyClient(paramiko.SSHClient):
    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error
        self.closes = 0

    def close(self) -> None:
        self.closes += 1
        raise self.error


@pytest.mark.parametrize(
    "error",
    [
        paramiko.ProxyCommandFailure("socat - UNIX-CONNECT:/run/x.sock", "Broken pipe"),
        BrokenPipeError(32, "Broken pipe"),
        EOFError(),
    ],
    ids=["proxy-command", "broken-pipe", "eof"],
)
def test_a_dead_connection_closes_quietly(error: BaseException) -> None:
    client = _DeadProxyClient(error)
    close_quietly(client)
    assert client.closes == 1


def test_other_errors_still_surface() -> None:
    with pytest.raises(ValueError):
        close_quietly(_DeadProxyClient(ValueError("a bug, not a dead connection")))
