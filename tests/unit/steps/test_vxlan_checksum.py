"""kernel-gso on VXLAN (the checksum-offload bug of vxlan.calico, projectcalico/calico#3145) and the link
step's verbose captures (`bad udp cksum`): a warning from the kernel, felix's override and the offload's
state; a problem only when the capture shows packets arriving with a bad checksum and going unanswered."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checks.ladder.vxlan_checksum import FELIX_PATCH, OFF_COMMAND
from checks.model import Report
from tests.unit.steps.builder import (
    CALICO_NODE_PATH,
    COREDNS,
    DIG_TIMEOUT,
    FELIX_PATH,
    Case,
    Objects,
    all_of,
    dig_key,
    findings,
    items,
    lab,
    node_file,
    put,
    recapture,
    step_of,
)

PAIR = ("node-1", "node-2")
ON = lab("node-2.ethtool-k-vxlan.calico.on.txt")
OFF = lab("node-2.ethtool-k-vxlan.calico.txt")
OLD_KERNEL = "5.4.0-42-generic\n"
QUERY_ONLY = node_file("vxlan", "tcpdump-vxlan-vv.query-only.txt")
BOTH_WAYS = node_file("vxlan", "tcpdump-vxlan-vv.both-ways.txt")


def on_both(key: str, value: str) -> Callable[[dict[str, dict[str, object]]], None]:
    return all_of(put("node-1", key, value), put("node-2", key, value))


def felix_override(value: str) -> Callable[[Objects], None]:
    def patch(objects: Objects) -> None:
        items(objects, FELIX_PATH)[0]["spec"]["featureDetectOverride"] = value

    return patch


def env_override(value: str) -> Callable[[Objects], None]:
    def patch(objects: Objects) -> None:
        container = objects[CALICO_NODE_PATH]["spec"]["template"]["spec"]["containers"][0]
        container["env"].append({"name": "FELIX_FEATUREDETECTOVERRIDE", "value": value})

    return patch


UNANSWERED = recapture("vxlan", QUERY_ONLY, QUERY_ONLY)
CASES = [
    (Case("6.18, offload on, no override: felix leaves it on"), "pass", []),
    (
        Case(
            "old kernel, offload off",
            nodes=all_of(on_both("uname-r", OLD_KERNEL), on_both("ethtool-k vxlan.calico", OFF)),
        ),
        "pass",
        [],
    ),
    (
        Case("old kernel, offload on", nodes=on_both("uname-r", OLD_KERNEL)),
        "warn",
        [("kernel-gso.vxlan-checksum-offload", ("node-1",)), ("kernel-gso.vxlan-checksum-offload", ("node-2",))],
    ),
    (
        Case("override true in FelixConfiguration, offload on", cluster=felix_override("ChecksumOffloadBroken=true")),
        "warn",
        [("kernel-gso.vxlan-checksum-offload", ("node-1",)), ("kernel-gso.vxlan-checksum-offload", ("node-2",))],
    ),
    (
        Case(
            "old kernel but calico-node's env says not broken",
            cluster=env_override("ChecksumOffloadBroken=false"),
            nodes=on_both("uname-r", OLD_KERNEL),
        ),
        "pass",
        [],
    ),
    (
        Case(
            "no vxlan.calico on node-2",
            nodes=put("node-2", "ethtool-k vxlan.calico", "netlink error: No such device\n"),
        ),
        "pass",
        [],
    ),
    (
        Case("captured: bad checksums, answered (offload artefact)", capture=True),
        "pass",
        [],
    ),
    (
        Case("captured: arrive with bad checksums, never answered", capture=True, capturing=UNANSWERED),
        "fail",
        [("kernel-gso.vxlan-checksum-bug", PAIR)],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[c.name for c, _, _ in CASES])
def test_kernel_gso_on_vxlan(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "kernel-gso")
    assert (step.status, findings(step)) == (status, expected)


def test_the_warning_gives_the_workaround_and_felix_patch() -> None:
    step = step_of(Case("old", nodes=on_both("uname-r", OLD_KERNEL)).run(), "kernel-gso")
    assert {c.command for c in step.commands} == {OFF_COMMAND, FELIX_PATCH}
    assert "older than 5.7" in step.summary


def test_answered_packets_with_bad_checksums_are_not_a_link_problem() -> None:
    link = step_of(Case("artefact", capture=True).run(), "link")
    assert link.status == "pass", link.summary


def _unanswered() -> Report:
    return Case("bug", capture=True, capturing=UNANSWERED).run()


def test_the_capture_proves_the_bug_and_kernel_gso_explains_the_link() -> None:
    report = _unanswered()
    link = step_of(report, "link")
    assert (link.status, findings(link)) == ("fail", [("link.bad-udp-checksum", PAIR), ("link.no-answer", PAIR)])
    assert "1 of the 1 VXLAN packets arrived at node-1 with a bad outer UDP checksum" in link.summary
    assert (report.verdict.cause, report.verdict.code) == ("kernel-gso", "kernel-gso.vxlan-checksum-bug")


def test_with_the_offload_off_the_bad_checksums_stay_the_links() -> None:
    report = Case("offload off", capture=True, capturing=UNANSWERED, nodes=on_both("ethtool-k vxlan.calico", OFF)).run()
    assert step_of(report, "kernel-gso").status == "pass"
    assert (report.verdict.cause, report.verdict.code) == ("link", "link.bad-udp-checksum")


def test_answers_arriving_bad_while_the_query_fails() -> None:
    case = Case(
        "answers bad",
        capture=True,
        capturing=recapture("vxlan", BOTH_WAYS, BOTH_WAYS),
        nodes=put("node-2", dig_key(COREDNS[0]), DIG_TIMEOUT),
    )
    link = step_of(case.run(), "link")
    assert ("link.bad-udp-checksum", PAIR) in findings(link)
    assert "answers arrived back at node-2 with a bad outer UDP checksum" in link.summary
