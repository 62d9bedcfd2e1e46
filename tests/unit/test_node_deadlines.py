"""A hung or trickling node costs one deadline, not the diagnosis: real SSH (paramiko) against stand-in
servers on 127.0.0.1 that accept the exec and never answer it, or answer a byte at a time forever."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from checks.remote.catalog import ip_route, uname
from checks.remote.pool import NodeRunner
from checks.remote.runner import NodeRef
from checks.remote.settings import SshSettings
from tests.sshd_standin import SshdStandIn

DEADLINE = 2.0


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[dict[str, SshdStandIn]]:
    servers = {
        "node-hang": SshdStandIn("hang", tmp_path),
        "node-trickle": SshdStandIn("trickle", tmp_path, interval=0.3),
        "node-ok": SshdStandIn("answer", tmp_path),
    }
    yield servers
    for server in servers.values():
        server.close()


def _runner(tmp_path: Path, nodes: dict[str, SshdStandIn]) -> NodeRunner:
    config = tmp_path / "ssh_config"
    config.write_text(
        "".join(
            f"Host {name}\n  HostName 127.0.0.1\n  Port {s.port}\n  IdentityFile {s.client_key_file}\n"
            for name, s in nodes.items()
        )
    )
    known = tmp_path / "known_hosts"
    known.write_text("".join(s.known_hosts_line() + "\n" for s in nodes.values()))
    settings = SshSettings(config_file=config, known_hosts=known, user="podnet", by_name=True, batch_deadline=DEADLINE)
    return NodeRunner(settings)


def test_hung_and_trickling_nodes_time_out_while_the_healthy_one_answers(
    tmp_path: Path, nodes: dict[str, SshdStandIn]
) -> None:
    runner = _runner(tmp_path, nodes)
    refs = {name: NodeRef(name, name) for name in nodes}
    started = time.monotonic()
    try:
        runner.prefetch({ref: [uname()] for ref in refs.values()})
        elapsed = time.monotonic() - started
        results = {name: runner.run(ref, [uname()])[0] for name, ref in refs.items()}
    finally:
        runner.close()
    # every batch was sent (the hung one's exec request reached the server and was never answered) ...
    assert all(len(s.execs) == 1 for s in nodes.values()), {n: len(s.execs) for n, s in nodes.items()}
    # ... and the whole prefetch ended about one deadline later, not when the servers gave up (never)
    assert elapsed < DEADLINE + 6, elapsed
    ok = results["node-ok"]
    assert ok.exit_status == 0 and ok.output.strip(), ok
    for name in ("node-hang", "node-trickle"):
        result = results[name]
        assert result.exit_status is None and f"timed out after {DEADLINE:.0f} s" in (result.error or ""), result
        assert runner.failures[name].KIND == "timeout"
    assert "node-ok" not in runner.failures


def test_a_timed_out_node_is_not_asked_again_in_the_same_diagnosis(
    tmp_path: Path, nodes: dict[str, SshdStandIn]
) -> None:
    runner = _runner(tmp_path, nodes)
    hang = NodeRef("node-hang", "node-hang")
    try:
        first = runner.run(hang, [uname()])[0]
        started = time.monotonic()
        again = runner.run(hang, [uname()])[0]  # the cached result
        other = runner.run(hang, [ip_route()])[0]  # a later step's command for the same node
        elapsed = time.monotonic() - started
    finally:
        runner.close()
    assert first.exit_status is None and again.exit_status is None
    assert other.exit_status is None and "timed out" in (other.error or ""), other
    assert len(nodes["node-hang"].execs) == 1  # no second exec to a node that already ran out its deadline
    assert elapsed < DEADLINE, elapsed


def test_the_whole_run_has_a_deadline_too(tmp_path: Path, nodes: dict[str, SshdStandIn]) -> None:
    """A diagnosis's runner (deadline: its time on the nodes in all): the hung node gets what is left of it,
    not its own batch budget; once it is used up, a node not yet asked is not asked at all."""
    runner = _runner(tmp_path, nodes)
    runner = NodeRunner(replace(runner.settings, batch_deadline=None), deadline=DEADLINE)
    started = time.monotonic()
    try:
        hung = runner.run(NodeRef("node-hang", "node-hang"), [uname()])[0]
        first = time.monotonic() - started
        late = runner.run(NodeRef("node-ok", "node-ok"), [uname()])[0]
    finally:
        runner.close()
    assert hung.exit_status is None and first < DEADLINE + 3, (hung, first)  # not uname's own 10 s + 10
    assert late.exit_status is None and "used up" in (late.error or ""), late
    assert nodes["node-ok"].execs == []  # never asked


def test_commands_that_cannot_be_audited_are_not_sent(tmp_path: Path, nodes: dict[str, SshdStandIn]) -> None:
    """Audit first: the runner's `before_exec` (the bot's audit log) raising OSError means not run."""
    runner = _runner(tmp_path, nodes)
    announced: list[tuple[str, list[str]]] = []

    def unwritable(node: str, lines: list[str]) -> None:
        announced.append((node, lines))
        raise PermissionError(13, "Permission denied")

    runner.before_exec = unwritable
    try:
        result = runner.run(NodeRef("node-ok", "node-ok"), [uname()])[0]
    finally:
        runner.close()
    assert announced == [("node-ok", ["uname -r"])]
    assert result.exit_status is None and "audit log cannot be written (Permission denied)" in (result.error or "")
    assert nodes["node-ok"].execs == []  # nothing reached the node


def test_the_standin_answers_after_a_client_left_during_the_handshake(
    tmp_path: Path, nodes: dict[str, SshdStandIn]
) -> None:
    """(The stand-in itself: a client leaving mid-handshake used to end its accept thread, so every later
    connection to that node hung as if the node did.)"""
    with socket.create_connection(("127.0.0.1", nodes["node-ok"].port), timeout=5) as early:
        early.sendall(b"SSH-2.0-leaving\r\n")
        early.recv(64)  # the server's banner: the handshake has started
    runner = _runner(tmp_path, {"node-ok": nodes["node-ok"]})
    try:
        [result] = runner.run(NodeRef("node-ok", "node-ok"), [uname()])
    finally:
        runner.close()
    assert result.exit_status == 0 and result.output.strip()
