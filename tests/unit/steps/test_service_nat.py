"""Step 2, service-nat, by kube-proxy mode: IPVS (`ipvsadm -Ln`) and iptables (`iptables-save -t nat`)."""

from __future__ import annotations

import pytest

from checks.errors import Unreachable
from checks.remote.replay import Recorded
from tests.unit.steps.builder import (
    FELIX_PATH,
    KUBE_PROXY_PATH,
    Case,
    Objects,
    drop_dns_service,
    findings,
    items,
    lab,
    put,
    set_kube_proxy_mode,
    step_of,
)

N2 = ("node-2",)


def enable_bpf(objects: Objects) -> None:
    """Calico's eBPF dataplane on (it replaces kube-proxy): FelixConfiguration default bpfEnabled."""
    items(objects, FELIX_PATH)[0]["spec"]["bpfEnabled"] = True


CASES = [
    (Case("ipvs healthy", "vxlan"), "pass", []),
    (Case("iptables healthy", "ipip"), "pass", []),
    (Case("ipvs healthy", "ipip", cluster=lambda o: set_kube_proxy_mode(o, "ipvs")), "pass", []),
    (Case("iptables healthy", "vxlan", cluster=lambda o: set_kube_proxy_mode(o, "iptables")), "pass", []),
    (
        Case("ipvs NAT missing", "vxlan", nodes=put("node-2", "ipvsadm", lab("node-2.ipvsadm-Ln.nat-missing.txt"))),
        "fail",
        [("service-nat.virtual-service-missing", N2)],
    ),
    (
        Case(
            "ipvs stale real server",
            "ipip",
            cluster=lambda o: set_kube_proxy_mode(o, "ipvs"),
            nodes=put("node-2", "ipvsadm", lab("node-2.ipvsadm-Ln.nat-stale.txt")),
        ),
        "fail",
        [("service-nat.stale-real-server", N2), ("service-nat.real-server-missing", N2)],
    ),
    (
        Case(
            "iptables stale real server",
            "ipip",
            nodes=put("node-2", "iptables-save-nat", lab("node-2.iptables-save-nat.nat-stale.txt")),
        ),
        "fail",
        [("service-nat.stale-real-server", N2), ("service-nat.real-server-missing", N2)],
    ),
    (
        Case("iptables NAT missing", "ipip", nodes=put("node-2", "iptables-save-nat", "*nat\nCOMMIT\n")),
        "fail",
        [("service-nat.virtual-service-missing", N2)],
    ),
    # no ConfigMap says the mode (403, or k3s/RKE2/managed clusters where none exists): the node's rules do
    (Case("mode unreadable, iptables rules", "ipip", refused={KUBE_PROXY_PATH: 403}), "pass", []),
    (Case("no kube-proxy ConfigMap, IPVS rules", "vxlan", refused={KUBE_PROXY_PATH: 404}), "pass", []),
    (
        Case(
            "no kube-proxy ConfigMap, IPVS without the DNS VIP",
            "vxlan",
            refused={KUBE_PROXY_PATH: 404},
            nodes=put("node-2", "ipvsadm", lab("node-2.ipvsadm-Ln.nat-missing.txt")),
        ),
        "fail",
        [("service-nat.virtual-service-missing", N2)],
    ),
    (
        Case(
            "no kube-proxy ConfigMap, no Service rules at all",
            "ipip",
            refused={KUBE_PROXY_PATH: 404},
            nodes=lambda o: (
                put("node-2", "ipvsadm", Recorded("sh: 1: ipvsadm: not found\n", 127))(o),
                put("node-2", "iptables-save-nat", "*nat\nCOMMIT\n")(o),
            ),
        ),
        "error",
        [("service-nat.mode-unknown", N2)],
    ),
    (Case("kube-proxy replaced by Calico eBPF", "vxlan", cluster=enable_bpf), "skip", []),
    (
        Case("ipvsadm missing", nodes=put("node-2", "ipvsadm", Recorded("sh: 1: ipvsadm: not found\n", 127))),
        "error",
        [("check.command-failed", N2)],
    ),
    (
        Case("client unreachable", unreachable={"node-2": Unreachable("node-2", "connection refused")}),
        "error",
        [("check.node-unreachable", N2)],
    ),
    (Case("no DNS Service", "ipip", cluster=drop_dns_service), "error", [("service-nat.no-dns-service", ())]),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[f"{c.encap}-{c.name}" for c, _, _ in CASES])
def test_service_nat(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "service-nat")
    assert (step.status, findings(step)) == (status, expected)
    if status == "fail":
        assert step.nodes == N2


def test_a_stale_ipvs_table_is_the_verdict() -> None:
    report = Case("stale", nodes=put("node-2", "ipvsadm", lab("node-2.ipvsadm-Ln.nat-stale.txt"))).run()
    assert (report.verdict.cause, report.verdict.code) == ("service-nat", "service-nat.stale-real-server")
