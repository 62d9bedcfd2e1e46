"""`SshConfigIndex.lookup` gives what paramiko's whole-file lookup gives, for every host of a config."""

from __future__ import annotations

import getpass
from pathlib import Path

import paramiko
import pytest

from checks.remote.ssh_config import SshConfigIndex

CONFIGS = {
    "a stanza per node, a jump host, globals first and last": """
User admin
IdentityFile ~/.ssh/first
Host bastion
  HostName 127.0.0.1
  Port 2200
Host node-1
  HostName 10.0.0.1
  ProxyJump bastion
Host node-2 node-3
  HostName 10.0.0.23
  IdentityFile ~/.ssh/second
  ProxyJump bastion
Host *
  IdentityFile ~/.ssh/last
  Port 22
""",
    "patterns, negations and classes interleaved with literal stanzas": """
Host node-? !node-9
  User patterned
  IdentityFile ~/.ssh/pattern
Host node-1
  User literal
  Port 2201
Host node-[12]
  HostName class.example
Host=node-2
  ProxyJump=jump-a
Host "node-3"
  User quoted
Host *.internal
  ProxyJump jump-b
""",
    "Match blocks, a comment after a Host line and case": """
# leading comment
Host node-1 # the first
  hostname 10.1.1.1
Match host node-2
  User matched
Match all
  ConnectTimeout 7
HOST Node-1
  User upper
Host node-1
  IdentityFile ~/.ssh/one
  IdentityFile ~/.ssh/two
""",
    "no stanza at all": "User only\nPort 2022\n",
    "empty": "",
}
HOSTS = ["bastion", "node-1", "node-2", "node-3", "node-9", "Node-1", "db.internal", "other", "#", "comment"]


@pytest.mark.parametrize("name", CONFIGS)
@pytest.mark.parametrize("host", HOSTS)
def test_lookup_equals_paramikos_whole_file_lookup(name: str, host: str) -> None:
    text = CONFIGS[name]
    assert SshConfigIndex(text).lookup(host) == paramiko.SSHConfig.from_text(text).lookup(host)


def test_a_generated_config_of_many_nodes_reads_only_the_hosts_own_stanzas(monkeypatch: pytest.MonkeyPatch) -> None:
    """The O(N^2) this replaces: paramiko tries every stanza and asks for the local user for each that does not
    match. A lookup here asks for it once per stanza that can apply, whatever the number of nodes."""
    text = "Host *\n  User root\n" + "".join(
        f"Host node-{i}\n  HostName 10.0.{i // 250}.{i % 250}\n" for i in range(400)
    )
    index = SshConfigIndex(text)
    calls: list[int] = []
    real = getpass.getuser
    monkeypatch.setattr(getpass, "getuser", lambda: calls.append(1) or real())
    assert index.lookup("node-399")["hostname"] == "10.0.1.149"
    assert len(calls) <= 4
    calls.clear()
    paramiko.SSHConfig.from_text(text).lookup("node-399")
    assert len(calls) >= 400  # what the whole file costs: one per stanza that does not match


def test_lookups_are_copies_and_cached() -> None:
    index = SshConfigIndex(CONFIGS["a stanza per node, a jump host, globals first and last"])
    first = index.lookup("node-2")
    first["identityfile"].append("changed")
    first["user"] = "changed"
    again = index.lookup("node-2")
    assert again["user"] == "admin"
    assert "changed" not in again["identityfile"]


def test_a_canonicalizing_config_is_looked_up_whole() -> None:
    """(Names with more dots than CanonicalizeMaxDots are not canonicalized: no DNS query from a unit test.)"""
    text = "CanonicalizeHostname yes\nCanonicalizeMaxDots 0\nHost node-1.lab\n  User a\nHost *\n  Port 2022\n"
    index = SshConfigIndex(text)
    assert index.lookup("node-1.lab") == paramiko.SSHConfig.from_text(text).lookup("node-1.lab")
    assert index.lookup("node-1.lab")["user"] == "a"


def test_a_bad_line_fails_as_paramiko_fails(tmp_path: Path) -> None:
    with pytest.raises(paramiko.ConfigParseError):
        SshConfigIndex("Host node-1\n  =broken\n")
    assert SshConfigIndex.from_path(tmp_path / "missing").lookup("node-1")["hostname"] == "node-1"
