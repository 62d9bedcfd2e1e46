"""Step 7, tunnel-mode: the IPPool's encapsulation, felix's switches (per-node overrides) and the devices."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from tests.unit.steps.builder import (
    IPPOOLS_PATH,
    Case,
    add_felix_override,
    findings,
    lab,
    node_file,
    replace_in,
    step_of,
)

N2 = ("node-2",)
VXLAN_DEV = lab("node-2.ip-o-link.txt").splitlines(keepends=True)[2]  # 3: vxlan.calico: …
TUNL_DEV = node_file("ipip", "node-2.ip-o-link.txt").splitlines(keepends=True)[2]  # 3: tunl0@NONE: …

CASES = [
    (Case("healthy", "vxlan"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (
        Case("felix override off", "vxlan", cluster=lambda o: add_felix_override(o, "node-2", vxlanEnabled=False)),
        "fail",
        [("tunnel-mode.felix-disabled", N2)],
    ),
    (
        Case("felix override off", "ipip", cluster=lambda o: add_felix_override(o, "node-2", ipipEnabled=False)),
        "fail",
        [("tunnel-mode.felix-disabled", N2)],
    ),
    (
        Case("device missing", "vxlan", nodes=replace_in("node-2", "ip-o-link", VXLAN_DEV, "")),
        "fail",
        [("tunnel-mode.device-missing", N2)],
    ),
    (
        Case("device missing", "ipip", nodes=replace_in("node-2", "ip-o-link", TUNL_DEV, "")),
        "fail",
        [("tunnel-mode.device-missing", N2)],
    ),
    (Case("IPPools unreadable", "vxlan", refused={IPPOOLS_PATH: 403}), "error", [("check.api-unreadable", ())]),
    (
        Case("CoreDNS node unreachable", "ipip", unreachable={"node-1": Unreachable("node-1", "cannot connect")}),
        "error",
        [("check.node-unreachable", ("node-1",))],
    ),
    # warn (tunnel-mode.underlay-drops-ipip): test_link.test_dropped_ipip_is_the_verdict_and_tunnel_mode_suggests_vxlan
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_tunnel_mode(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "tunnel-mode")
    assert (step.status, findings(step)) == (status, expected)


@pytest.mark.parametrize("encap", ["vxlan", "ipip"])
def test_a_missing_device_is_the_cause_and_the_missing_routes_its_symptom(encap: str) -> None:
    device, route = (
        (VXLAN_DEV, "10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink \n")
        if encap == "vxlan"
        else (TUNL_DEV, "10.40.52.128/26 via 10.41.1.21 dev tunl0 proto bird onlink \n")
    )

    def gone(outputs: dict) -> None:  # type: ignore[type-arg]
        replace_in("node-2", "ip-o-link", device, "")(outputs)
        replace_in("node-2", "ip-route", route, "")(outputs)

    report = Case("device gone", encap, nodes=gone).run()  # type: ignore[arg-type]
    assert (report.verdict.cause, report.verdict.code) == ("tunnel-mode", "tunnel-mode.device-missing")
    assert step_of(report, "routing").codes() == ("routing.block-route-missing",)
