"""known_hosts is parsed once per version of the file, not once per connection (paramiko's HostKeys.load
is O(N^2) in the file's lines: per connection it made a 200-node sweep O(N^3), issue #18's growth
benchmark), and a changed file is still read again: an unknown or changed key is refused as before.
Real SSH (paramiko) against a stand-in server on 127.0.0.1."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import paramiko
import pytest

from checks.errors import HostKeyRejected
from checks.remote.settings import SshSettings
from checks.remote.transport import SshConnector
from tests.sshd_standin import SshdStandIn


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SshdStandIn]:
    standin = SshdStandIn("answer", tmp_path)
    yield standin
    standin.close()


def _lines(server: SshdStandIn, key: paramiko.PKey, others: int = 200) -> str:
    """`others` entries for other hosts (a cluster's known_hosts), then the server's, with `key`."""
    other = [f"node-{i},10.41.{i // 250}.{i % 250 + 10} {key.get_name()} {key.get_base64()}" for i in range(others)]
    return "\n".join([*other, f"[127.0.0.1]:{server.port} {key.get_name()} {key.get_base64()}"]) + "\n"


def _bump(path: Path, text: str) -> None:
    """Write `text`, and make sure the file's version (mtime) differs from the last one."""
    before = path.stat().st_mtime_ns
    path.write_text(text)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def test_one_parse_for_many_connections_and_a_changed_file_is_read_again(
    tmp_path: Path, server: SshdStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[str] = []
    load = paramiko.HostKeys.load

    def counted(self: paramiko.HostKeys, filename: str) -> None:
        loads.append(filename)
        load(self, filename)

    monkeypatch.setattr(paramiko.HostKeys, "load", counted)
    config = tmp_path / "ssh_config"
    config.write_text(
        f"Host node\n  HostName 127.0.0.1\n  Port {server.port}\n  IdentityFile {server.client_key_file}\n"
    )
    known = tmp_path / "known_hosts"
    known.write_text(_lines(server, server.host_key))
    connector = SshConnector(SshSettings(config_file=config, known_hosts=known, user="podnet"))
    try:
        for _ in range(3):
            connector.connect("node", "node").close()
        assert loads == [str(known)]

        _bump(known, _lines(server, paramiko.RSAKey.generate(1024)))  # the node was rebuilt: another key
        with pytest.raises(HostKeyRejected, match="CHANGED"):
            connector.connect("node", "node")
        _bump(known, _lines(server, server.host_key).splitlines()[0] + "\n")  # the node's line removed
        with pytest.raises(HostKeyRejected, match="unknown"):
            connector.connect("node", "node")
        assert len(loads) == 3
    finally:
        connector.close()
