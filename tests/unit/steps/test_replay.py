"""ReplayRunner answers as NodeRunner does, and fails loudly on what was not recorded."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from checks.remote.catalog import dig, ip_route, uname
from checks.remote.replay import NotRecorded, Recorded, RecordedCapture, ReplayRunner
from checks.remote.runner import NodeRef, Runner

NODE = NodeRef("node-2", "10.41.1.22")


def test_replays_outputs_and_exit_statuses_and_counts_unfinished_commands() -> None:
    runner = ReplayRunner(
        {
            "node-2": {
                "ip-route": "default via 10.41.0.1 dev eth0\n",
                "uname-r": Recorded("", None, "timed out after 10 s"),
            }
        }
    )
    route, kernel = runner.run(NODE, [ip_route(), uname()])
    assert (route.exit_status, route.output, route.ok) == (0, "default via 10.41.0.1 dev eth0\n", True)
    assert (kernel.exit_status, kernel.error) == (None, "timed out after 10 s")
    assert runner.not_run == 1 and runner.failures == {}
    runner.run(NODE, [uname()])
    assert runner.not_run == 1, "a result is replayed once per key, like NodeRunner's cache"


def test_a_command_not_recorded_raises() -> None:
    runner = ReplayRunner({"node-2": {"ip-route": ""}})
    with pytest.raises(NotRecorded, match="uname-r"):
        runner.run(NODE, [uname()])
    with pytest.raises(NotRecorded, match="nothing recorded for this node"):
        runner.prefetch({NodeRef("node-9", "x"): [ip_route()]})


def test_an_unreachable_node_fails_every_command_and_is_kept_in_failures() -> None:
    err = Unreachable("node-2", "cannot connect to 10.41.1.22:22: timed out")
    runner: Runner = ReplayRunner(unreachable={"node-2": err})
    results = runner.run(NODE, [ip_route(), uname()])
    assert [(r.exit_status, r.error) for r in results] == [(None, err.reason)] * 2
    assert runner.failures == {"node-2": err} and runner.not_run == 0
    with pytest.raises(Unreachable):
        runner.stream(NODE, ip_route())


def test_a_key_asked_again_on_purpose_replays_its_base_recording() -> None:
    probe = dig("10.40.52.149", "kubernetes.default.svc.cluster.local")
    runner = ReplayRunner({"node-2": {probe.key: "answer"}})
    again = type(probe)(f"{probe.key} #capture 12.5", probe.argv)
    assert runner.run(NODE, [again])[0].output == "answer"


def test_captures_replay_readiness_output_and_cancellation() -> None:
    cmd = ip_route()
    runner = ReplayRunner(
        captures={
            "node-2": {
                cmd.key: RecordedCapture("pkt\n"),
                "other": RecordedCapture("", stderr="tcpdump: eth9: No such device exists\n", exit_status=1),
            }
        }
    )
    capture = runner.stream(NODE, cmd)
    assert capture.wait_ready("listening on", 10)
    assert capture.finish().output == "pkt\n"
    capture.cancel()
    assert runner.streams == [capture] and capture.cancelled and capture.finished
    with pytest.raises(NotRecorded):
        runner.stream(NODE, uname())
