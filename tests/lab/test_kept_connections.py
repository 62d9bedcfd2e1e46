"""SSH connections kept open between diagnoses (podnet serve), on the lab's real sshd: reused by the next
diagnosis, replaced when the node side is gone or hangs, closed when idle."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from checks import engine
from checks.cluster.kube import KubeCluster, load_api_client
from checks.model import Report
from checks.remote.catalog import CatalogCommand
from checks.remote.connections import SharedConnections, active
from checks.remote.pool import NodeRunner
from checks.remote.runner import NodeRef
from checks.remote.settings import SshSettings
from lab import procs
from tests.lab.conftest import Lab


def _settings(lab: Lab, **overrides: float) -> SshSettings:
    return SshSettings(
        config_file=lab.paths.ssh_config,
        known_hosts=lab.paths.known_hosts,
        key_file=lab.paths.client_key,
        **overrides,  # type: ignore[arg-type]
    )


def _check(lab: Lab, shared: SharedConnections, node: str) -> tuple[Report, NodeRunner]:
    runner = NodeRunner(shared.settings, connections=shared)
    cluster = KubeCluster(load_api_client(str(lab.paths.kubeconfig)))
    try:
        return engine.check_node(cluster, runner, node), runner
    finally:
        runner.close()
        cluster.close()


def _statuses(report: Report) -> list[tuple[str, str]]:
    return [(s.id, s.status) for s in report.steps]


def _netns_pids(lab: Lab, node: str) -> list[int]:
    netns = next(n.netns for n in lab.model.nodes if n.name == node)
    listed = subprocess.run(["ip", "netns", "pids", netns], capture_output=True, text=True, check=True).stdout
    return [int(pid) for pid in listed.split()]


def _cmdline(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return None


def _session_pids(lab: Lab, node: str) -> list[int]:
    """The node's sshd processes serving connections (not its listener)."""
    listener = procs.recorded_pids(lab.paths)[f"{node}-sshd"]
    found = []
    for pid in _netns_pids(lab, node):
        try:
            with open(f"/proc/{pid}/comm") as fh:
                if fh.read().strip() == "sshd" and pid != listener:
                    found.append(pid)
        except OSError:
            continue
    return found


@contextmanager
def _hung(pids: list[int]) -> Iterator[None]:
    """The node side of a connection stops answering without closing it: no FIN, no RST."""
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            # SIGKILL ends a stopped process too; by the time SIGCONT follows, its parent sshd may have reaped it
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
                os.kill(pid, signal.SIGCONT)


def test_the_next_check_reuses_the_connections_and_reads_the_same(lab: Lab) -> None:
    shared = SharedConnections(_settings(lab), keep_open=300)
    try:
        first, runner = _check(lab, shared, "node-2")
        nodes = len({node for node, _, _ in runner.audit})
        assert first.verdict.status == "healthy", first.verdict
        assert (shared.opened, shared.reused, len(shared)) == (nodes, 0, nodes)

        second, _ = _check(lab, shared, "node-2")
        assert _statuses(second) == _statuses(first) and second.verdict.status == "healthy"
        assert (shared.opened, shared.reused, len(shared)) == (nodes, nodes, nodes)
    finally:
        shared.close()
    assert len(shared) == 0


def test_a_connection_whose_node_side_hangs_is_replaced_and_the_check_completes(lab: Lab) -> None:
    shared = SharedConnections(_settings(lab, connect_timeout=2.0), keep_open=300)
    try:
        first, runner = _check(lab, shared, "node-2")
        opened = shared.opened
        with _hung(_session_pids(lab, "node-2")):
            second, runner = _check(lab, shared, "node-2")
        assert _statuses(second) == _statuses(first) and second.verdict.status == "healthy"
        assert runner.failures == {} and runner.not_run == 0
        assert shared.opened == opened + 1  # node-2 anew; the other nodes' kept connections reused
        third, _ = _check(lab, shared, "node-2")
        assert shared.opened == opened + 1 and third.verdict.status == "healthy"
    finally:
        shared.close()


def test_a_connection_closed_by_the_node_is_replaced(lab: Lab) -> None:
    shared = SharedConnections(_settings(lab), keep_open=300)
    try:
        _check(lab, shared, "node-3")
        opened = shared.opened
        for pid in _session_pids(lab, "node-3"):
            os.kill(pid, signal.SIGTERM)
        report, runner = _check(lab, shared, "node-3")
        assert report.verdict.status == "healthy" and runner.failures == {}
        assert shared.opened == opened + 1
    finally:
        shared.close()


def test_idle_connections_are_closed_and_a_dead_node_is_tried_again(lab: Lab) -> None:
    now = [1000.0]
    shared = SharedConnections(_settings(lab), keep_open=60, clock=lambda: now[0])
    try:
        _check(lab, shared, "node-1")
        kept = len(shared)
        assert kept > 0
        now[0] += 59
        assert shared.prune() == 0 and len(shared) == kept
        now[0] += 1
        assert shared.prune() == kept and len(shared) == 0
        assert not shared.connector._jumps  # with no node left, the bastion connection closes too

        lab.break_("node-unreachable", "node-3")
        try:
            report, runner = _check(lab, shared, "node-3")
            assert "node-3" in runner.failures and report.verdict.status != "healthy"
        finally:
            lab.fix("node-unreachable")
        report, runner = _check(lab, shared, "node-3")  # a failure is not kept: the node is tried again
        assert report.verdict.status == "healthy" and runner.failures == {}
    finally:
        shared.close()


def test_a_connection_one_runner_gives_up_stays_open_for_the_other_using_it(lab: Lab) -> None:
    shared = SharedConnections(_settings(lab), keep_open=300)
    try:
        first, reused_first = shared.checkout("node-2", "node-2")
        second, reused_second = shared.checkout("node-2", "node-2")
        assert (reused_first, reused_second) == (False, True) and first is second
        shared.discard("node-2", first)  # say its session was refused (MaxSessions): not handed out again
        assert active(second)  # … but the other user's sessions go on
        third, reused_third = shared.checkout("node-2", "node-2")
        assert not reused_third and third is not second
        assert len(shared) == 2
        shared.release("node-2", second)  # its last user is done: closed now
        assert not active(second) and len(shared) == 1
        shared.release("node-2", third)
        assert active(third) and len(shared) == 1  # kept for the next diagnosis
    finally:
        shared.close()


def test_a_kept_connection_that_drops_mid_batch_is_replaced_and_the_batch_runs_again(lab: Lab) -> None:
    shared = SharedConnections(_settings(lab), keep_open=300)
    node = NodeRef("node-2", "node-2")
    slow = CatalogCommand("slow", ("sh", "-c", "sleep 2; echo done"))
    try:
        warm = NodeRunner(shared.settings, connections=shared)
        warm.run(node, [CatalogCommand("true", ("true",))])
        warm.close()
        sessions = _session_pids(lab, "node-2")
        assert sessions

        def drop_when_running() -> None:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not _running(lab, "node-2", "sleep 2"):
                time.sleep(0.02)  # polling for the command to be running, not a fixed wait
            for pid in sessions:
                os.kill(pid, signal.SIGKILL)

        dropper = threading.Thread(target=drop_when_running)
        dropper.start()
        runner = NodeRunner(shared.settings, connections=shared)
        try:
            (result,) = runner.run(node, [slow])
        finally:
            dropper.join()
            runner.close()
        assert result.exit_status == 0 and result.output.strip() == "done"
        assert runner.failures == {} and shared.opened == 2
        assert [(status, line) for _, line, status in runner.audit] == [(None, slow.line), (0, slow.line)]
    finally:
        shared.close()


def _running(lab: Lab, node: str, command: str) -> bool:
    return any(_cmdline(pid) == command for pid in _netns_pids(lab, node))
