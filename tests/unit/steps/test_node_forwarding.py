"""Step `node-forwarding`: FORWARD's policy and rules before Calico's jump, ip_forward, rp_filter where the
path is asymmetric; on the lab's captures (`iptables-save -t filter`, `sysctl -a -r …`) and variants."""

from __future__ import annotations

import pytest

from checks.remote.replay import Recorded
from tests.unit.steps.builder import (
    Case,
    all_of,
    findings,
    lab,
    pod_dig_key,
    put,
    replace_in,
    set_calico_address,
    step_of,
)

N1, N2 = ("node-1",), ("node-2",)
FILTER = "iptables-save-filter"
CALICO_JUMP = '-A FORWARD -m comment --comment "cali:wUHhoiAYhphO9Mso" -j cali-FORWARD\n'


def before_calico(node: str, *rules: str) -> object:
    """`rules` inserted in FORWARD before Calico's jump on `node` (new chains declared)."""
    chains = sorted({r.split()[1] for r in rules if r.split()[1] != "FORWARD"})
    head = "".join(f":{c} - [0:0]\n" for c in chains)
    return replace_in(node, FILTER, CALICO_JUMP, head + "".join(f"{r}\n" for r in rules) + CALICO_JUMP)


def filter_of(node: str, text: str) -> object:
    return put(node, FILTER, text)


# kube-proxy's IPVS binds every Service IP to its dummy kube-ipvs0 (constructed in iproute2's `-o` layout)
KUBE_IPVS0 = (
    "9: kube-ipvs0    inet 10.96.0.10/32 scope global kube-ipvs0\\       valid_lft forever preferred_lft forever\n"
)


def ipvs_vip(node: str) -> object:
    def patch(outputs: dict) -> None:  # type: ignore[type-arg]
        outputs[node]["ip-o-addr"] = outputs[node]["ip-o-addr"] + KUBE_IPVS0

    return patch


FORWARD_DROP = lab("node-2.iptables-save-filter.forward-drop.txt")
ASYMMETRIC = put(
    "node-2", "ip-route-get 10.41.1.21", "10.41.1.21 via 10.42.0.1 dev eth1 src 10.42.1.22 uid 0 \n    cache \n"
)
TIMEOUT = Recorded(lab("node-2.nsenter-dig-timeout.txt"), 9)

CASES = [
    (Case("healthy"), "pass", []),
    (Case("healthy", "ipip"), "pass", []),
    (Case("healthy node check", node_check=True), "pass", []),
    (
        Case(
            "forward-drop (lab capture)", nodes=filter_of("node-2", lab("node-2.iptables-save-filter.forward-drop.txt"))
        ),
        "fail",
        [("node-forwarding.forward-drops-dns", N2)],
    ),
    (
        Case("DROP all before Calico", nodes=before_calico("node-1", "-A FORWARD -j DROP")),
        "fail",
        [("node-forwarding.forward-drops-dns", N1)],
    ),
    (
        Case(
            "pod CIDR rejected",
            nodes=before_calico("node-2", "-A FORWARD -s 10.40.0.0/16 -j REJECT --reject-with icmp-port-unreachable"),
        ),
        "fail",
        [("node-forwarding.forward-drops-dns", N2)],
    ),
    (
        Case("replies dropped", nodes=before_calico("node-2", "-A FORWARD -p udp -m udp --sport 53 -j DROP")),
        "fail",
        [("node-forwarding.forward-drops-dns", N2)],
    ),
    (
        Case(
            "drop in a user chain",
            nodes=before_calico(
                "node-2", "-A FORWARD -j DOCKER-USER", "-A DOCKER-USER -p udp -m multiport --dports 53,853 -j DROP"
            ),
        ),
        "fail",
        [("node-forwarding.forward-drops-dns", N2)],
    ),
    (
        Case(
            "user chain entered through an ipset match",
            nodes=before_calico(
                "node-2", "-A FORWARD -m set --match-set hardened src -j HARDEN", "-A HARDEN -p udp -j DROP"
            ),
        ),
        "warn",
        [("node-forwarding.rule-not-evaluated", N2)],
    ),
    (
        Case(
            "user chain returns pod traffic first",
            nodes=before_calico(
                "node-2",
                "-A FORWARD -j HARDEN",
                "-A HARDEN -s 10.40.0.0/16 -j RETURN",
                "-A HARDEN -d 10.40.0.0/16 -j RETURN",
                "-A HARDEN -j DROP",
            ),
        ),
        "pass",
        [],
    ),
    (
        # IPVS: a local pod's query to 10.96.0.10 goes INPUT -> IPVS -> OUTPUT, never FORWARD; the
        # `--dport 53` drops meet nothing on a client-only node (replies come back with source port 53)
        Case(
            "IPVS client node, FORWARD drops queries",
            nodes=all_of(ipvs_vip("node-2"), filter_of("node-2", FORWARD_DROP)),
        ),
        "pass",
        [],
    ),
    (
        # ... but on the CoreDNS node they drop the queries forwarded from other nodes' pods
        Case(
            "IPVS CoreDNS node, FORWARD drops queries",
            nodes=all_of(ipvs_vip("node-1"), filter_of("node-1", FORWARD_DROP)),
        ),
        "fail",
        [("node-forwarding.forward-drops-dns", N1)],
    ),
    (
        Case(
            "IPVS client node, INPUT drops DNS",
            nodes=all_of(
                ipvs_vip("node-2"),
                replace_in("node-2", FILTER, CALICO_JUMP, CALICO_JUMP + "-A INPUT -p udp -m udp --dport 53 -j DROP\n"),
            ),
        ),
        "fail",
        [("node-forwarding.input-drops-dns", N2)],
    ),
    (
        Case(
            "iptables node, INPUT drops DNS",
            nodes=replace_in(
                "node-2", FILTER, CALICO_JUMP, CALICO_JUMP + "-A INPUT -p udp -m udp --dport 53 -j DROP\n"
            ),
        ),
        "pass",
        [],
    ),
    (Case("other interface", nodes=before_calico("node-2", "-A FORWARD -i docker0 ! -o docker0 -j DROP")), "pass", []),
    (
        Case("INVALID only", nodes=before_calico("node-2", "-A FORWARD -m conntrack --ctstate INVALID -j DROP")),
        "pass",
        [],
    ),
    (Case("other port", nodes=before_calico("node-2", "-A FORWARD -p tcp -m tcp --dport 22 -j DROP")), "pass", []),
    (Case("other addresses", nodes=before_calico("node-2", "-A FORWARD -d 192.168.0.0/16 -j DROP")), "pass", []),
    (
        Case(
            "accepted first",
            nodes=before_calico(
                "node-2", "-A FORWARD -p udp -j ACCEPT", "-A FORWARD -p tcp -j ACCEPT", "-A FORWARD -j DROP"
            ),
        ),
        "pass",
        [],
    ),
    (
        Case(
            "drop after Calico's jump",
            nodes=replace_in("node-2", FILTER, CALICO_JUMP, CALICO_JUMP + "-A FORWARD -j DROP\n"),
        ),
        "pass",
        [],
    ),
    (
        Case("ipset", nodes=before_calico("node-2", "-A FORWARD -m set --match-set blocked src -j DROP")),
        "warn",
        [("node-forwarding.rule-not-evaluated", N2)],
    ),
    (
        # a /24 inside the pod pool: DNS meets it only if the client pod is in it, which the rule alone does not say
        Case("part of the pool", nodes=before_calico("node-2", "-A FORWARD -s 10.40.3.0/24 -j DROP")),
        "warn",
        [("node-forwarding.rule-not-evaluated", N2)],
    ),
    (
        Case("no Calico jump, policy DROP", nodes=replace_in("node-2", FILTER, CALICO_JUMP, "")),
        "fail",
        [("node-forwarding.no-calico-accept", N2)],
    ),
    (
        Case(
            "no Calico chain at all",
            nodes=filter_of("node-2", "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\nCOMMIT\n"),
        ),
        "error",
        [("node-forwarding.calico-chains-not-found", N2)],
    ),
    (
        Case("ip_forward off", nodes=replace_in("node-1", "sysctl-forwarding", "ip_forward = 1", "ip_forward = 0")),
        "fail",
        [("node-forwarding.ip-forward-off", N1)],
    ),
    (Case("asymmetric, strict", nodes=ASYMMETRIC), "fail", [("node-forwarding.rp-filter-asymmetric", N2)]),
    (
        Case(
            "asymmetric, loose",
            nodes=all_of(
                ASYMMETRIC, replace_in("node-2", "sysctl-forwarding", "eth0.rp_filter = 0", "eth0.rp_filter = 2")
            ),
        ),
        "pass",
        [],
    ),
    (
        Case(
            "asymmetric, off",
            nodes=all_of(
                ASYMMETRIC, replace_in("node-2", "sysctl-forwarding", "all.rp_filter = 1", "all.rp_filter = 0")
            ),
        ),
        "pass",
        [],
    ),
    (
        # the lab's autodetect-wrong-iface: node-2's VTEP moved to eth1 (10.42.1.22); node-1 routes it out of
        # its own eth1 while it arrives on eth0, node-2 gets node-1's packets on eth1 and routes back by eth0
        Case(
            "asymmetric because of autodetection",
            cluster=lambda o: set_calico_address(o, "node-2", "10.42.1.22/16"),
            nodes=all_of(
                put("node-2", "ip-o-addr", lab("node-2.ip-o-addr.autodetect.txt")),
                put("node-2", "ethtool-k eth1", lab("node-2.ethtool-k-eth0.txt")),  # kernel-gso asks
                put("node-1", "ip-route-get 10.42.1.22", "10.42.1.22 dev eth1 src 10.42.1.21 uid 0 \n    cache \n"),
                replace_in(
                    "node-2",
                    "sysctl-forwarding",
                    "net.ipv4.conf.lo",
                    "net.ipv4.conf.eth1.rp_filter = 0\nnet.ipv4.conf.lo",
                ),
            ),
        ),
        "warn",
        [("node-forwarding.rp-filter-peer-address", N1), ("node-forwarding.rp-filter-peer-address", N2)],
    ),
    (
        Case("strict, route back unreadable", nodes=put("node-2", "ip-route-get 10.41.1.21", Recorded("", 2, None))),
        "warn",
        [("node-forwarding.rp-filter-unverified", N2)],
    ),
    (
        Case(
            "sysctl without ip_forward", nodes=put("node-2", "sysctl-forwarding", "net.ipv4.conf.all.rp_filter = 1\n")
        ),
        "error",
        [("node-forwarding.sysctl-unreadable", N2)],
    ),
    (
        Case("sysctl refused", nodes=put("node-2", "sysctl-forwarding", Recorded("sysctl: command not found\n", 127))),
        "error",
        [("check.command-failed", N2)],
    ),
]


@pytest.mark.parametrize(("case", "status", "expected"), CASES, ids=[c.name for c, _, _ in CASES])
def test_node_forwarding(case: Case, status: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    step = step_of(case.run(), "node-forwarding")
    assert step.status == status, step.summary
    assert findings(step) == expected


def test_forward_drop_names_the_rules_and_the_exact_fix_and_is_the_cause() -> None:
    nodes = all_of(
        filter_of("node-2", lab("node-2.iptables-save-filter.forward-drop.txt")),
        put("node-2", pod_dig_key("node-2"), TIMEOUT),
    )
    report = Case("forward-drop", nodes=nodes).run()
    assert (report.verdict.cause, report.verdict.code) == ("node-forwarding", "node-forwarding.forward-drops-dns")
    assert step_of(report, "pod-dns").status == "fail"  # the symptom, explained
    assert "also failing: pod-dns" in report.verdict.summary
    step = step_of(report, "node-forwarding")
    assert "`-A FORWARD -p udp -m udp --dport 53 -j DROP`" in step.summary and "UDP queries" in step.summary
    assert "`-A FORWARD -p tcp -m tcp --dport 53 -j DROP`" in step.summary and "TCP queries" in step.summary
    fixes = [(c.command, c.where) for c in step.commands]
    assert ("iptables -D FORWARD -p udp -m udp --dport 53 -j DROP", "node-2") in fixes
    assert ("iptables -D FORWARD -p tcp -m tcp --dport 53 -j DROP", "node-2") in fixes
    assert any("grep -rn" in c for c, _ in fixes)


def test_rp_filter_asymmetry_is_shown_from_the_routes() -> None:
    step = step_of(Case("asymmetric", nodes=ASYMMETRIC).run(), "node-forwarding")
    assert "arrive on eth0" in step.summary and "leaves by eth1" in step.summary and "all=1, eth0=0" in step.summary
    assert ("sysctl -w net.ipv4.conf.eth0.rp_filter=2", "node-2") in [(c.command, c.where) for c in step.commands]


def test_rp_filter_with_source_based_rules_is_unverified_not_a_problem() -> None:
    """The same asymmetry on a node that routes by source (`ip rule`: `from 192.168.1.5 lookup 100`): the
    kernel's reverse-path check uses the packet's source, `ip route get PEER` does not show where replies
    really go, so podnet cannot call it a drop."""
    rules = "0:\tfrom all lookup local\n100:\tfrom 10.41.1.22 lookup 100\n32766:\tfrom all lookup main\n"
    report = Case("policy routing", nodes=all_of(ASYMMETRIC, put("node-2", "ip-rule", rules))).run()
    step = step_of(report, "node-forwarding")
    assert step.status == "warn" and step.has("node-forwarding.rp-filter-unverified"), step.summary
    assert "from 10.41.1.22 lookup 100" in step.summary
    assert step_of(Case("asymmetric", nodes=ASYMMETRIC).run(), "node-forwarding").status == "fail"
