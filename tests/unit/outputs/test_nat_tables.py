"""The Service NAT tables a node holds, as kube-proxy leaves them: `ipvsadm -Ln` (IPVS mode) and
`iptables-save -t nat` / `iptables -t nat -S` (iptables mode), read into the same Service -> endpoints
table; on the runbook's grep output and the lab's full tables, healthy and with stale or missing NAT."""

from __future__ import annotations

import pytest

from checks.outputs.iptables_nat import SCHEDULER, parse_kube_proxy_nat
from checks.outputs.ipvsadm import parse_ipvsadm
from checks.outputs.services import RealServer, endpoint_table, find_service
from tests.unit.outputs.samples import COREDNS, DNS_VIP, HEALTHY_KUBE_DNS, RUNBOOK, STALE_KUBE_DNS, kube_dns, lab

# --- ipvsadm -------------------------------------------------------------------------------------------------


def test_ipvsadm_reads_the_runbooks_grep_output() -> None:
    services = parse_ipvsadm((RUNBOOK / "ipvsadm-Ln-grep-A3.txt").read_text())
    assert [(vs.proto, vs.vip, vs.port, vs.scheduler) for vs in services] == [
        ("TCP", DNS_VIP, 53, "rr"),
        ("TCP", DNS_VIP, 9153, "rr"),
        ("UDP", DNS_VIP, 53, "rr"),
    ]
    assert kube_dns(services) == HEALTHY_KUBE_DNS
    udp = find_service(services, DNS_VIP, 53, "udp")
    assert udp is not None
    assert udp.real_servers == (
        RealServer("10.40.52.149", 53, "Masq", 1, 0, 6930),
        RealServer("10.40.52.171", 53, "Masq", 1, 0, 6859),
    )


@pytest.mark.parametrize(
    ("fixture", "expected_kube_dns", "services"),
    [
        ("node-2.ipvsadm-Ln.txt", HEALTHY_KUBE_DNS, 5),
        ("node-2.ipvsadm-Ln.nat-stale.txt", STALE_KUBE_DNS, 5),
        ("node-2.ipvsadm-Ln.nat-missing.txt", {}, 2),
    ],
)
def test_ipvsadm_reads_full_tables_captured_on_the_lab(
    fixture: str, expected_kube_dns: dict[tuple[str, int], set[tuple[str, int]]], services: int
) -> None:
    table = parse_ipvsadm(lab(fixture))  # with the three header lines and trailing spaces on every row
    assert len(table) == services
    assert kube_dns(table) == expected_kube_dns
    keystone = find_service(table, "10.96.118.37", 30357, "TCP")
    assert keystone is not None
    assert keystone.real_servers == (RealServer("10.40.71.23", 30357, "Masq", 1, 0, 0),)


def test_ipvsadm_tolerates_grep_separators_flags_fwm_and_ipv6() -> None:
    # Constructed in ipvsadm.c's print format: persistent/ops flags, a firewall-mark service, IPv6 brackets,
    # grep -A's `--` between groups and an orphan real server after it that belongs to no listed service.
    text = (
        "TCP  10.96.0.10:53 rr persistent 360   \n"
        "  -> 10.40.52.149:53              Masq    1      0          0         \n"
        "--\n"
        "  -> 10.40.52.200:53              Masq    1      0          0\n"
        "UDP  10.96.0.10:53 rr ops\n"
        "  -> 10.40.52.149:53              Route   2      3          4\n"
        "FWM  7 wlc\n"
        "  -> 10.40.52.171:0               Tunnel  1      0          0\n"
        "TCP  [fd00::a]:53 rr\n"
        "  -> [fd00::1]:53                 Masq    1      0          0\n"
    )
    services = parse_ipvsadm(text)
    assert [(vs.proto, vs.vip, vs.port, vs.flags) for vs in services] == [
        ("TCP", DNS_VIP, 53, ("persistent", "360")),
        ("UDP", DNS_VIP, 53, ("ops",)),
        ("FWM", "7", 0, ()),
        ("TCP", "fd00::a", 53, ()),
    ]
    assert services[0].endpoints == {("10.40.52.149", 53)}
    assert services[1].real_servers == (RealServer("10.40.52.149", 53, "Route", 2, 3, 4),)
    assert services[2].real_servers[0].forward == "Tunnel"
    assert services[3].endpoints == {("fd00::1", 53)}


def test_ipvsadm_skips_stats_rows() -> None:
    # Constructed from ipvsadm -Ln --stats's layout: the numeric columns are not Forward/Weight/... rows.
    text = (
        "TCP  10.96.0.10:53                 12      80       70     5120     4480\n"
        "  -> 10.40.52.149:53                6      40       35     2560     2240\n"
    )
    assert all(vs.real_servers == () for vs in parse_ipvsadm(text))


# --- iptables-save -t nat --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "expected_kube_dns"),
    [
        ("node-2.iptables-save-nat.txt", HEALTHY_KUBE_DNS),
        ("node-2.iptables-save-nat-c.txt", HEALTHY_KUBE_DNS),
        ("node-2.iptables-save-nat.nat-stale.txt", STALE_KUBE_DNS),
    ],
)
def test_kube_proxy_nat_follows_services_to_their_endpoints(
    fixture: str, expected_kube_dns: dict[tuple[str, int], set[tuple[str, int]]]
) -> None:
    services = parse_kube_proxy_nat(lab(fixture))
    assert [(vs.proto, vs.vip, vs.port) for vs in services] == [
        ("UDP", DNS_VIP, 53),
        ("TCP", DNS_VIP, 53),
        ("TCP", DNS_VIP, 9153),
        ("TCP", "10.96.118.37", 30357),
        ("TCP", "10.96.201.5", 30888),
    ]
    assert kube_dns(services) == expected_kube_dns
    assert {vs.scheduler for vs in services} == {SCHEDULER}
    assert services[0].real_servers[0] == RealServer(COREDNS[0], 53, "DNAT", 1, 0, 0)


@pytest.mark.parametrize(
    ("ipvs", "nat"),
    [
        ("node-2.ipvsadm-Ln.txt", "node-2.iptables-save-nat.txt"),
        ("node-2.ipvsadm-Ln.txt", "node-2.iptables-save-nat-c.txt"),
        ("node-2.ipvsadm-Ln.nat-stale.txt", "node-2.iptables-save-nat.nat-stale.txt"),
    ],
)
def test_ipvsadm_and_iptables_agree_on_the_same_node(ipvs: str, nat: str) -> None:
    from_ipvs = endpoint_table(parse_ipvsadm(lab(ipvs)))
    assert from_ipvs == endpoint_table(parse_kube_proxy_nat(lab(nat)))
    assert len(from_ipvs) == 5


def test_kube_proxy_nat_newer_chains_no_endpoints_and_other_tables() -> None:
    # Constructed in kube-proxy >= 1.24's layout (pkg/proxy/iptables/proxier.go): an external IP through
    # KUBE-EXT to KUBE-SVC, a Local-policy service through KUBE-SVL, a Service whose chain has no endpoints,
    # IPv6 DNAT, and a filter table whose rules must not be read as nat.
    text = """*filter
-A KUBE-SERVICES -d 10.96.0.99/32 -p tcp -m comment --comment "ns/empty has no endpoints" -m tcp --dport 80 -j REJECT
COMMIT
*nat
-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns" -m udp --dport 53 -j KUBE-SVC-DNS
-A KUBE-SERVICES -d 192.0.2.10/32 -p tcp -m comment --comment "ns/web external IP" -m tcp --dport 80 -j KUBE-EXT-WEB
-A KUBE-SERVICES -d 10.96.5.5/32 -p tcp -m comment --comment "ns/local" -m tcp --dport 8080 -j KUBE-SVL-LOCAL
-A KUBE-SERVICES -d 10.96.0.98/32 -p tcp -m comment --comment "ns/drained" -m tcp --dport 80 -j KUBE-SVC-DRAINED
-A KUBE-SERVICES -d fd00::a/128 -p udp -m udp --dport 53 -j KUBE-SVC-V6
-A KUBE-SERVICES ! -d 10.96.7.7/32 -p tcp -m tcp --dport 81 -j KUBE-SVC-NEGATED
-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS
-A KUBE-EXT-WEB -m comment --comment "masquerade traffic for ns/web:http external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-WEB -j KUBE-SVC-WEB
-A KUBE-SVC-WEB -m statistic --mode random --probability 0.5 -j KUBE-SEP-W1
-A KUBE-SVC-WEB -j KUBE-SEP-W2
-A KUBE-SVL-LOCAL -j KUBE-SEP-L1
-A KUBE-SVC-DRAINED ! -s 10.40.0.0/16 -d 10.96.0.98/32 -p tcp -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-DNS -j KUBE-SEP-DNS
-A KUBE-SVC-V6 -j KUBE-SEP-V6
-A KUBE-SEP-W1 -p tcp -m tcp -j DNAT --to-destination 10.40.1.1:8080
-A KUBE-SEP-W2 -p tcp -m tcp -j DNAT --to-destination 10.40.1.2:8080
-A KUBE-SEP-L1 -p tcp -m tcp -j DNAT --to-destination 10.40.1.3:8080
-A KUBE-SEP-DNS -p udp -m udp -j DNAT --to-destination 10.40.52.149:53
-A KUBE-SEP-V6 -p udp -m udp -j DNAT --to-destination [fd00::1]:53
COMMIT
"""
    services = parse_kube_proxy_nat(text)
    assert [(vs.key, sorted(vs.endpoints)) for vs in services] == [
        (("UDP", DNS_VIP, 53), [("10.40.52.149", 53)]),
        (("TCP", "192.0.2.10", 80), [("10.40.1.1", 8080), ("10.40.1.2", 8080)]),
        (("TCP", "10.96.5.5", 8080), [("10.40.1.3", 8080)]),
        (("TCP", "10.96.0.98", 80), []),
        (("UDP", "fd00::a", 53), [("fd00::1", 53)]),
    ]


def test_kube_proxy_nat_reads_iptables_S_output() -> None:
    # `iptables -t nat -S` prints the same rules without the *nat header: all of it is read as nat.
    rules = "\n".join(line for line in lab("node-2.iptables-save-nat.txt").splitlines() if line.startswith("-A"))
    assert kube_dns(parse_kube_proxy_nat(rules)) == HEALTHY_KUBE_DNS
