"""End to end: engine.diagnose on recorded clusters and replayed nodes, asserting the verdict's cause and code."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from tests.unit.steps.builder import FELIX_PATH, IPAM_PATH, IPPOOLS_PATH, Case, findings, step_of


@pytest.mark.parametrize("encap", ["vxlan", "ipip"])
def test_a_healthy_cluster_is_healthy(encap: str) -> None:
    report = Case("healthy", encap, capture=True).run()  # type: ignore[arg-type]
    assert (report.verdict.status, report.verdict.cause, report.verdict.code) == ("healthy", None, None)
    # what this recorded cluster lacks skips: NodeLocal DNSCache; a client pod (no failing name, no --from POD)
    not_here = {"client-resolver", "node-local-dns"}
    assert {s.status for s in report.steps if s.id not in not_here} == {"pass"}
    assert {s.id for s in report.steps if s.status == "skip"} <= not_here


@pytest.mark.parametrize("encap", ["vxlan", "ipip"])
def test_refused_calico_crds_make_it_inconclusive_with_api_unreadable(encap: str) -> None:
    # The encapsulation is then read from the nodes' tunnel address annotations: an IP-in-IP cluster read
    # as VXLAN had its tunl0 routes called wrong (a false routing.block-route-wrong verdict).
    refused = {IPPOOLS_PATH: 403, FELIX_PATH: 403, IPAM_PATH: 403}
    report = Case("RBAC without Calico's CRDs", encap, refused=refused).run()  # type: ignore[arg-type]
    assert (report.verdict.status, report.verdict.code) == ("inconclusive", "check.api-unreadable")
    for step_id in ("mtu", "tunnel-mode"):
        step = step_of(report, step_id)
        assert (step.status, step.codes("unchecked")) == ("error", ("check.api-unreadable",))
    assert step_of(report, "routing").codes() == ("routing.ipam-unreadable",)
    assert set(report.extra["api_unavailable"]) == {
        "ippools.crd.projectcalico.org",
        "felixconfigurations.crd.projectcalico.org",
        "ipamblocks.crd.projectcalico.org",
    }


def test_an_unreachable_node_makes_it_inconclusive_and_is_counted() -> None:
    report = Case("node-2 down", "vxlan", unreachable={"node-2": Unreachable("node-2", "no route to host")}).run()
    assert (report.verdict.status, report.verdict.code) == ("inconclusive", "check.node-unreachable")
    assert report.extra["ssh_unreachable"] == {"node-2": {"kind": "unreachable", "reason": "no route to host"}}
    assert {s.id for s in report.steps if s.status == "error"} >= {"coredns", "service-nat", "routing", "mtu"}
    assert findings(step_of(report, "routing")) == [("check.node-unreachable", ("node-2",))]
