"""The node-output parsers (`checks/outputs/`) on real output: the runbook's samples and what was captured on
the lab's nodes, healthy and under faults (`tests/fixtures/lab/NODE.COMMAND[.FAULT].txt`).

Inline texts that are not from those two sources are marked as constructed, with where their format is from.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checks.outputs.dig import DigResult, parse_dig
from checks.outputs.ethtool import Offload, parse_offloads, risky_offloads
from checks.outputs.fdb import FdbEntry, Neighbour, parse_fdb, parse_neigh
from checks.outputs.iptables_nat import SCHEDULER, parse_kube_proxy_nat
from checks.outputs.ipvsadm import parse_ipvsadm
from checks.outputs.kernel import KernelVersion, parse_uname_r
from checks.outputs.links import Address, LinkDetails, parse_ip_o_addr, parse_ip_o_link, parse_link_details
from checks.outputs.mtu import parse_sys_mtus
from checks.outputs.routes import RouteGet, RouteTable, parse_route_get, parse_routes, route_for
from checks.outputs.services import RealServer, VirtualService, endpoint_table, find_service
from checks.outputs.tcpdump import TcpdumpStats, ipip_inner_filter, parse_tcpdump, tcpdump_stats

FIXTURES = Path(__file__).parent.parent / "fixtures"
LAB = FIXTURES / "lab"
RUNBOOK = FIXTURES / "runbook"

DNS_VIP = "10.96.0.10"
COREDNS = ("10.40.52.149", "10.40.52.171")


def lab(name: str) -> str:
    return (LAB / name).read_text()


def kube_dns(services: list[VirtualService]) -> dict[tuple[str, int], set[tuple[str, int]]]:
    return {(vs.proto, vs.port): set(vs.endpoints) for vs in services if vs.vip == DNS_VIP}


HEALTHY_KUBE_DNS = {
    ("TCP", 53): {(ip, 53) for ip in COREDNS},
    ("TCP", 9153): {(ip, 9153) for ip in COREDNS},
    ("UDP", 53): {(ip, 53) for ip in COREDNS},
}
STALE_KUBE_DNS = {
    ("TCP", 53): {("10.40.52.149", 53), ("10.40.52.140", 53)},
    ("TCP", 9153): {("10.40.52.149", 9153), ("10.40.52.140", 9153)},
    ("UDP", 53): {("10.40.52.149", 53), ("10.40.52.140", 53)},
}


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


# --- ip route ---------------------------------------------------------------------------------------------------


def test_routes_read_the_runbooks_ipip_route() -> None:
    (route,) = parse_routes((RUNBOOK / "ip-route-grep.txt").read_text())
    assert (route.dst, route.via, route.dev, route.proto, route.onlink, route.kind) == (
        "10.40.52.128/26",
        "10.41.1.21",
        "tunl0",
        "bird",
        True,
        None,
    )
    assert route_for([route], COREDNS[0]) == route
    assert route_for([route], COREDNS[1]) == route


def test_routes_read_a_healthy_vxlan_node() -> None:
    routes = parse_routes(lab("node-2.ip-route.txt"))
    assert [(r.kind, r.dst) for r in routes] == [
        (None, "default"),
        (None, "10.40.52.128/26"),
        ("blackhole", "10.40.61.192/26"),
        (None, "10.40.61.201/32"),
        (None, "10.40.71.0/26"),
        (None, "10.41.0.0/16"),
    ]
    assert routes[2].proto == "80"
    assert (routes[3].dev, routes[3].scope) == ("cali5c9514dd24b", "link")
    assert (routes[5].proto, routes[5].scope, routes[5].src) == ("kernel", "link", "10.41.1.22")


@pytest.mark.parametrize(
    ("fixture", "ip", "expected"),
    [
        ("node-2.ip-route.txt", "10.40.52.149", ("10.40.52.128/26", "10.40.52.128", "vxlan.calico")),
        ("node-2.ip-route.txt", "10.40.52.171", ("10.40.52.128/26", "10.40.52.128", "vxlan.calico")),
        # the node loses its /26 to the CoreDNS block: the pod IPs fall to the default route
        ("node-2.ip-route.route-missing.txt", "10.40.52.149", ("default", "10.41.0.1", "eth0")),
        # the /26 points at another node's tunnel address
        ("node-2.ip-route.wrong-nexthop.txt", "10.40.52.149", ("10.40.52.128/26", "10.40.71.0", "vxlan.calico")),
        # a local pod: its /32 beats the node's own blackhole /26
        ("node-2.ip-route.txt", "10.40.61.201", ("10.40.61.201/32", None, "cali5c9514dd24b")),
        # an unused address of the node's own block: the blackhole wins
        ("node-2.ip-route.txt", "10.40.61.202", ("10.40.61.192/26", None, None)),
        ("node-2.ip-route.txt", "10.41.1.21", ("10.41.0.0/16", None, "eth0")),
    ],
)
def test_route_for_picks_the_longest_prefix(
    fixture: str, ip: str, expected: tuple[str, str | None, str | None]
) -> None:
    route = route_for(parse_routes(lab(fixture)), ip)
    assert route is not None
    assert (route.dst, route.via, route.dev) == expected


def test_route_for_blackhole_metric_family_and_bad_input() -> None:
    routes = parse_routes(lab("node-2.ip-route.txt"))
    own_block = route_for(routes, "10.40.61.250")
    assert own_block is not None and own_block.kind == "blackhole"
    assert route_for(routes, "not-an-ip") is None
    assert route_for(routes, "fd00::1") is None  # an IPv4 table has no IPv6 default
    assert route_for([], "10.40.52.149") is None
    # Constructed in ip-route(8)'s format: equal prefixes are decided by the lower metric.
    metric = parse_routes(
        "10.0.0.0/8 via 10.41.0.1 dev eth0 metric 200\n10.0.0.0/8 via 10.41.0.2 dev eth1 metric 100\n"
    )
    best = route_for(metric, "10.1.2.3")
    assert best is not None and (best.via, best.metric) == ("10.41.0.2", 100)


def test_a_route_table_answers_many_lookups_as_single_lookups_do() -> None:
    routes = parse_routes(lab("node-2.ip-route.txt") + "default via fd00::1 dev eth0\n")
    table = RouteTable(routes)
    probes = [f"10.40.{third}.{fourth}" for third in (52, 61, 0, 255) for fourth in (0, 1, 130, 201, 202, 250)]
    probes += ["10.41.1.21", "192.168.7.7", "fd00::5", "not-an-ip", ""]
    for ip in probes * 2:  # the second round reads the networks parsed in the first
        assert table.lookup(ip) == route_for(routes, ip), ip
    assert table.lookup("fd00::5") is not None and table.lookup("fd00::5") != table.lookup("192.168.7.7")


def test_routes_read_unreachable_multipath_and_cross_family_gateways() -> None:
    # Constructed in iproute2's print_route format.
    text = (
        "unreachable 10.99.0.0/16 proto static\n"
        "prohibit 10.98.0.0/16\n"
        "10.97.0.0/16 proto bird\n"
        "\tnexthop via 10.41.1.21 dev eth0 weight 1 onlink\n"
        "\tnexthop via 10.41.1.23 dev eth0 weight 2\n"
        "default via inet6 fe80::1 dev eth0 proto static\n"
        "fe80::/64 dev eth0 proto kernel metric 256 pref medium\n"
    )
    routes = parse_routes(text)
    assert [(r.kind, r.dst) for r in routes] == [
        ("unreachable", "10.99.0.0/16"),
        ("prohibit", "10.98.0.0/16"),
        (None, "10.97.0.0/16"),
        (None, "default"),
        (None, "fe80::/64"),
    ]
    assert [(h.via, h.dev, h.weight, h.onlink) for h in routes[2].nexthops] == [
        ("10.41.1.21", "eth0", 1, True),
        ("10.41.1.23", "eth0", 2, False),
    ]
    assert routes[3].via == "fe80::1"
    assert routes[4].metric == 256


def test_route_get() -> None:
    assert parse_route_get(lab("node-2.ip-route-get-peer.txt")) == RouteGet("10.41.1.21", None, "eth0", "10.41.1.22")
    # Constructed in `ip route get`'s format: through the tunnel, a local address, and a refusal.
    via = parse_route_get("10.40.52.149 via 10.40.52.128 dev vxlan.calico src 10.40.61.192 uid 0 \n    cache \n")
    assert via == RouteGet("10.40.52.149", "10.40.52.128", "vxlan.calico", "10.40.61.192")
    local = parse_route_get("local 10.41.1.22 dev lo src 10.41.1.22 uid 0 \n    cache <local> \n")
    assert (local.kind, local.dev) == ("local", "lo")
    refused = parse_route_get("RTNETLINK answers: Network is unreachable\n")
    assert refused == RouteGet(None, None, None, None, error="Network is unreachable")


# --- ip link / ip addr / ip -d link -----------------------------------------------------------------------------


def test_ip_o_link_names_mtus_and_veth_peers() -> None:
    links = parse_ip_o_link(lab("node-2.ip-o-link.txt"))
    assert [(link.index, link.name, link.mtu, link.state, link.peer_index) for link in links] == [
        (1, "lo", 65536, "UNKNOWN", None),
        (2, "eth0", 1500, "UP", 5),
        (3, "vxlan.calico", 1450, "UNKNOWN", None),
        (4, "cali5c9514dd24b", 1450, "UP", 2),
    ]
    assert links[2].mac == "66:17:79:f5:9f:4d"
    assert "LOWER_UP" in links[1].flags


def test_ip_o_link_under_mtu_mismatch() -> None:
    mtus = {link.name: link.mtu for link in parse_ip_o_link(lab("node-1.ip-o-link.mtu-mismatch.txt"))}
    assert mtus == {"lo": 65536, "eth0": 9000, "vxlan.calico": 8950, "cali02eff1767e0": 8950, "caliaa74538f928": 8950}


def test_ip_link_without_o_and_tunnels_without_peer() -> None:
    # Constructed in `ip link`'s multi-line form (as in the public tunl0 samples).
    text = (
        "5: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu 1440 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\n"
        "    link/ipip 0.0.0.0 brd 0.0.0.0\n"
    )
    (link,) = parse_ip_o_link(text)
    assert (link.name, link.mtu, link.peer_index, link.mac) == ("tunl0", 1440, None, "0.0.0.0")


@pytest.mark.parametrize(
    ("fixture", "underlay"),
    [
        ("node-2.ip-o-addr.txt", {"eth0": "10.41.1.22/16"}),
        ("node-2.ip-o-addr.autodetect.txt", {"eth0": "10.41.1.22/16", "eth1": "10.42.1.22/16"}),
    ],
)
def test_ip_o_addr(fixture: str, underlay: dict[str, str]) -> None:
    addresses = parse_ip_o_addr(lab(fixture))
    inet = {a.ifname: a.cidr for a in addresses if a.family == "inet" and a.ifname.startswith("eth")}
    assert inet == underlay
    assert Address("vxlan.calico", "inet", "10.40.61.192/32", "global") in addresses
    assert Address("lo", "inet6", "::1/128", "host") in addresses
    assert len(addresses) == (7 if fixture == "node-2.ip-o-addr.txt" else 9)


def test_ip_addr_without_o() -> None:
    # Constructed in `ip addr`'s multi-line form, including a point-to-point peer address.
    text = (
        "2: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000\n"
        "    link/ether 36:fd:03:78:42:38 brd ff:ff:ff:ff:ff:ff link-netns podnet-underlay\n"
        "    inet 10.41.1.22/16 scope global eth0\n"
        "       valid_lft forever preferred_lft forever\n"
        "7: tun0: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1480 qdisc noqueue state UNKNOWN group default qlen 1000\n"
        "    inet 10.99.0.1 peer 10.99.0.2/32 scope global tun0\n"
    )
    assert parse_ip_o_addr(text) == [
        Address("eth0", "inet", "10.41.1.22/16", "global"),
        Address("tun0", "inet", "10.99.0.1/32", "global"),
    ]


@pytest.mark.parametrize(
    ("fixture", "local", "dev", "index"),
    [
        ("node-2.ip-d-link-vxlan.txt", "10.41.1.22", "eth0", 3),
        # IP autodetection picked the second NIC: the VTEP sends from eth1
        ("node-2.ip-d-link-vxlan.autodetect.txt", "10.42.1.22", "eth1", 6),
    ],
)
def test_vxlan_link_details(fixture: str, local: str, dev: str, index: int) -> None:
    assert parse_link_details(lab(fixture)) == LinkDetails(
        name="vxlan.calico",
        mtu=1450,
        kind="vxlan",
        vni=4096,
        local=local,
        remote=None,
        dev=dev,
        dstport=4789,
        learning=False,
        index=index,
        state="UNKNOWN",
        mac="66:17:79:f5:9f:4d",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Real `ip -d link` lines of tunl0, as published for Calico IP-in-IP nodes: unconfigured, then configured.
        (
            "4: tunl0@NONE: <NOARP,UP,LOWER_UP> mtu 1440 qdisc noqueue state UNKNOWN mode DEFAULT group default"
            " qlen 1000\n"
            "    link/ipip 0.0.0.0 brd 0.0.0.0 promiscuity 0 minmtu 0 maxmtu 0 \n"
            "    ipip any remote any local any ttl inherit nopmtudisc addrgenmode eui64 numtxqueues 1 numrxqueues 1 \n",
            ("tunl0", 1440, "ipip", None, None, None, None),
        ),
        (
            "2255: tun-server@NONE: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1480 qdisc noqueue state UNKNOWN mode DEFAULT"
            " group default qlen 1000\\    link/ipip 198.51.100.10 peer 203.0.113.20 promiscuity 0 \\    ipip ipip"
            " remote 203.0.113.20 local 198.51.100.10 ttl 64 pmtudisc\n",
            ("tun-server", 1480, "ipip", "198.51.100.10", "203.0.113.20", None, None),
        ),
        (
            "4: cali5c9514dd24b@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP mode DEFAULT\n"
            "    link/ether 06:37:3d:7c:dd:a2 brd ff:ff:ff:ff:ff:ff link-netns pod promiscuity 0 minmtu 68"
            " maxmtu 65535 \n"
            "    veth addrgenmode eui64 numtxqueues 1 numrxqueues 1 \n",
            ("cali5c9514dd24b", 1450, "veth", None, None, None, None),
        ),
    ],
)
def test_tunnel_and_veth_link_details(text: str, expected: tuple[Any, ...]) -> None:
    d = parse_link_details(text)
    assert (d.name, d.mtu, d.kind, d.local, d.remote, d.vni, d.learning) == expected


# --- bridge fdb / ip neigh --------------------------------------------------------------------------------------


def test_fdb_and_neighbours_of_the_vxlan_device() -> None:
    assert parse_fdb(lab("node-2.bridge-fdb-vxlan.txt"), dev="vxlan.calico") == [
        FdbEntry("66:a8:4c:fe:8a:86", "vxlan.calico", "10.41.1.23", ("self", "permanent")),
        FdbEntry("66:35:97:1b:e6:e9", "vxlan.calico", "10.41.1.21", ("self", "permanent")),
    ]
    assert parse_neigh(lab("node-2.ip-neigh-vxlan.txt")) == [
        Neighbour("10.40.52.128", "66:35:97:1b:e6:e9", "PERMANENT"),
        Neighbour("10.40.71.0", "66:a8:4c:fe:8a:86", "PERMANENT"),
    ]


def test_fdb_and_neighbours_unfiltered_and_unresolved() -> None:
    # Constructed in bridge(8)/ip-neighbour(8) format, without a `dev` filter.
    fdb = parse_fdb(
        "66:35:97:1b:e6:e9 dev vxlan.calico dst 10.41.1.21 self permanent\n33:33:00:00:00:01 dev eth0 self permanent\n"
    )
    assert [(e.dev, e.dst) for e in fdb] == [("vxlan.calico", "10.41.1.21"), ("eth0", None)]
    neigh = parse_neigh("10.41.0.1 dev eth0 lladdr 52:54:00:12:34:56 REACHABLE\n10.41.1.99 dev eth0 FAILED\n")
    assert neigh == [
        Neighbour("10.41.0.1", "52:54:00:12:34:56", "REACHABLE", "eth0"),
        Neighbour("10.41.1.99", None, "FAILED", "eth0"),
    ]


# --- ethtool -k -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "risky"),
    [
        ("node-2.ethtool-k-eth0.txt", []),  # the runbook's workaround applied: rx/tx csum and gso off
        ("node-2.ethtool-k-eth0.gso-on.txt", ["rx-checksumming", "tx-checksumming", "generic-segmentation-offload"]),
    ],
)
def test_offloads(fixture: str, risky: list[str]) -> None:
    offloads = parse_offloads(lab(fixture))
    assert len(offloads) == 63  # every feature line, indented sub-features included
    assert risky_offloads(offloads) == risky
    assert offloads["large-receive-offload"] == Offload(on=False, fixed=True)
    assert offloads["tcp-segmentation-offload"] == Offload(on=True, fixed=False)


def test_offloads_keep_requested_states() -> None:
    offloads = parse_offloads(lab("node-2.ethtool-k-eth0.txt"))
    assert offloads["tx-tcp-segmentation"] == Offload(on=False, fixed=False, requested=True)
    assert offloads["tx-checksum-ipv4"] == Offload(on=False, fixed=True)
    assert "Features for eth0" not in offloads


# --- tcpdump ----------------------------------------------------------------------------------------------------


def test_tcpdump_vxlan_capture_both_directions() -> None:
    packets = parse_tcpdump(lab("node-1.tcpdump-vxlan.txt"))
    assert len(packets) == 4
    assert {(p.encap, p.vni, p.outer_dport) for p in packets} == {("vxlan", 4096, 4789)}
    flows = [(p.outer_src, p.outer_dst, p.inner_src, p.inner_sport, p.inner_dst, p.inner_dport) for p in packets]
    assert flows == [
        ("10.41.1.22", "10.41.1.21", "10.40.61.201", 38297, "10.40.52.149", 53),
        ("10.41.1.21", "10.41.1.22", "10.40.52.149", 53, "10.40.61.201", 38297),
        ("10.41.1.22", "10.41.1.21", "10.40.61.201", 51999, "10.40.52.149", 53),
        ("10.41.1.21", "10.41.1.22", "10.40.52.149", 53, "10.40.61.201", 51999),
    ]
    assert packets[0].time == "02:55:43.960272"
    assert packets[0].inner_summary == "45210+ AAAA? default-keystone.onecloud.svc.cluster.local. (61)"
    assert packets[3].inner_summary == "65313 NXDomain 0/0/0 (52)"


def test_tcpdump_stats() -> None:
    assert tcpdump_stats(lab("node-1.tcpdump-vxlan.stderr.txt")) == TcpdumpStats(4, 10, 0)
    captured, received, dropped = tcpdump_stats("1 packet captured\n")
    assert (captured, received, dropped) == (1, None, None)


def test_tcpdump_ipip_capture() -> None:
    # The IP-in-IP line in the brief (runbook's hosts), and a real `tcpdump -nn` ICMP one (print-ip.c format).
    text = (
        "12:00:00.000000 IP 10.130.0.13 > 10.41.1.21: IP 10.40.52.18.40000 > 10.40.52.149.53: 1234+ A? "
        "kubernetes.default. (36) (ipip-proto-4)\n"
        "18:03:35.048106 IP 10.57.4.20 > 10.57.4.21: IP 192.168.10.10 > 192.168.11.10: ICMP echo request, id 3205, "
        "seq 1, length 64 (ipip-proto-4)\n"
    )
    dns, icmp = parse_tcpdump(text)
    assert (dns.encap, dns.vni, dns.outer_src, dns.outer_dst, dns.outer_sport) == (
        "ipip",
        None,
        "10.130.0.13",
        "10.41.1.21",
        None,
    )
    assert (dns.inner_src, dns.inner_sport, dns.inner_dst, dns.inner_dport) == (
        "10.40.52.18",
        40000,
        "10.40.52.149",
        53,
    )
    assert dns.inner_summary == "1234+ A? kubernetes.default. (36)"
    assert (icmp.inner_src, icmp.inner_dst, icmp.inner_sport) == ("192.168.10.10", "192.168.11.10", None)


def test_tcpdump_any_interface_dates_and_plain_packets() -> None:
    # Constructed in tcpdump 4.99's `-i any` and `-tttt` forms.
    text = (
        "2026-11-27 02:55:43.960272 eth0  Out IP 10.41.1.22.41014 > 10.41.1.21.4789: VXLAN, flags [I] (0x08),"
        " vni 4096\n"
        "IP 10.40.61.201.38297 > 10.40.52.149.53: 45210+ A? kubernetes.default. (36)\n"
        "02:55:44.000000 IP 10.41.1.22.22 > 10.41.0.1.50000: Flags [P.], seq 1:37, ack 1, win 501, length 36\n"
        "02:55:45.000000 IP 10.41.1.22.41014 > 10.41.1.21.4789: VXLAN, flags [I] (0x08), vni 4096\n"
        "ARP, Request who-has 10.40.52.128 tell 10.40.61.192, length 28\n"
    )
    vxlan, plain, arp = parse_tcpdump(text)
    assert (vxlan.time, vxlan.encap, vxlan.inner_dst) == ("2026-11-27 02:55:43.960272", "vxlan", "10.40.52.149")
    assert (plain.encap, plain.inner_src, plain.outer_sport) == (None, None, 22)
    assert plain.inner_summary.startswith("Flags [P.]")
    assert (arp.inner_src, arp.inner_summary) == (
        None,
        "ARP, Request who-has 10.40.52.128 tell 10.40.61.192, length 28",
    )


def test_ipip_inner_filter() -> None:
    assert ipip_inner_filter("10.40.52.18") == "(ip[32:4]=0x0a283412 or ip[36:4]=0x0a283412)"
    assert ipip_inner_filter("10.40.52.149") == "(ip[32:4]=0x0a283495 or ip[36:4]=0x0a283495)"
    for bad in ("10.40.52", "fd00::1", "10.40.52.18 or 1=1", ""):
        with pytest.raises(ValueError):
            ipip_inner_filter(bad)


# --- dig --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("node-2.dig-ok.txt", DigResult("NOERROR", ("10.96.0.1",), False, "10.40.52.149", 0)),
        ("node-2.dig-timeout.txt", DigResult(None, (), True, "10.40.52.149", None, "timed out")),
        ("node-1.dig-coredns-down.txt", DigResult(None, (), True, "10.40.52.149", None, "timed out")),
    ],
)
def test_dig_lab_captures(fixture: str, expected: DigResult) -> None:
    assert parse_dig(lab(fixture)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dig 9.16 and older
        (
            "\n; <<>> DiG 9.16.1-Ubuntu <<>> @10.96.0.10 kubernetes.default.svc.cluster.local\n; (1 server found)\n"
            ";; global options: +cmd\n;; connection timed out; no servers could be reached\n",
            DigResult(None, (), True, "10.96.0.10", None, "timed out"),
        ),
        (
            ";; communications error to 10.40.52.149#53: connection refused\n;; no servers could be reached\n",
            DigResult(None, (), False, "10.40.52.149", None, "connection refused"),
        ),
        (";; no servers could be reached\n", DigResult(None, (), False, None, None, "no servers could be reached")),
        # +short: the addresses only
        ("10.40.52.149\n10.40.52.171\n", DigResult(None, ("10.40.52.149", "10.40.52.171"), False, None, None)),
    ],
)
def test_dig_failures_and_short_output(text: str, expected: DigResult) -> None:
    assert parse_dig(text) == expected


def test_dig_nxdomain_servfail_and_other_sections() -> None:
    ok = lab("node-2.dig-ok.txt")
    nx = ok.replace("status: NOERROR", "status: NXDOMAIN").replace(
        "kubernetes.default.svc.cluster.local. 0\tIN A\t10.96.0.1", ""
    )
    assert (parse_dig(nx).status, parse_dig(nx).answers) == ("NXDOMAIN", ())
    assert parse_dig(ok.replace("NOERROR", "SERVFAIL")).status == "SERVFAIL"
    # an A record outside the answer section (glue) is not an answer; a CNAME is not an address
    extra = ok.replace(
        ";; Query time", ";; ADDITIONAL SECTION:\nns.cluster.local. 5 IN A 10.40.52.171\n\n;; Query time"
    )
    cname = ok.replace(
        "0\tIN A\t10.96.0.1", "0\tIN CNAME\tother.cluster.local.\nother.cluster.local. 0 IN AAAA fd00::1"
    )
    assert parse_dig(extra).answers == ("10.96.0.1",)
    assert parse_dig(cname).answers == ("fd00::1",)
    # one try timed out, the retry answered: not a timeout
    retried = ";; communications error to 10.40.52.149#53: timed out\n" + ok
    assert (parse_dig(retried).timed_out, parse_dig(retried).error) == (False, None)


# --- mtu / kernel -----------------------------------------------------------------------------------------------


def test_sys_mtus() -> None:
    text = (
        "/sys/class/net/cali02eff1767e0/mtu 8950\n/sys/class/net/eth0/mtu 9000\n"
        "cat: /sys/class/net/gone/mtu: No such file or directory\n/sys/class/net/vxlan.calico/mtu:8950\n"
    )
    assert parse_sys_mtus(text) == {"cali02eff1767e0": 8950, "eth0": 9000, "vxlan.calico": 8950}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6.18.44-fc-v657\n", KernelVersion(6, 18, 44, "6.18.44-fc-v657")),
        ("3.10.0-1160.el7.x86_64\n", KernelVersion(3, 10, 0, "3.10.0-1160.el7.x86_64")),
        ("4.19\n", KernelVersion(4, 19, 0, "4.19")),
        ("Linux\n", KernelVersion(None, None, None, "Linux")),
    ],
)
def test_uname_r(text: str, expected: KernelVersion) -> None:
    assert parse_uname_r(text) == expected


def test_uname_r_lab_fixture_compares() -> None:
    version = parse_uname_r(lab("node-2.uname-r.txt"))
    assert version.as_tuple() == (6, 18, 44)
    assert (version.as_tuple() or (0, 0, 0)) >= (5, 4, 0)
    assert parse_uname_r("").as_tuple() is None


# --- garbage ----------------------------------------------------------------------------------------------------

PARSERS: dict[str, tuple[Callable[[str], object], object]] = {
    "parse_ipvsadm": (parse_ipvsadm, []),
    "parse_kube_proxy_nat": (parse_kube_proxy_nat, []),
    "parse_routes": (parse_routes, []),
    "parse_route_get": (parse_route_get, RouteGet(None, None, None, None)),
    "parse_ip_o_link": (parse_ip_o_link, []),
    "parse_ip_o_addr": (parse_ip_o_addr, []),
    "parse_link_details": (parse_link_details, LinkDetails()),
    "parse_fdb": (parse_fdb, []),
    "parse_neigh": (parse_neigh, []),
    "parse_offloads": (parse_offloads, {}),
    "parse_tcpdump": (parse_tcpdump, []),
    "tcpdump_stats": (tcpdump_stats, TcpdumpStats(None, None, None)),
    "parse_dig": (parse_dig, DigResult(None, (), False, None, None)),
    "parse_sys_mtus": (parse_sys_mtus, {}),
}

GARBAGE = [
    "",
    "\n\n   \n",
    "bash: ipvsadm: command not found\n",
    "Permission denied (publickey).\r\n",
    "\x00\xff\ufffd binary \x1b[31m junk",
    "TCP  10.96.0.10 rr\n  -> 10.40.52.149:99999 Masq 1 0 0\n-A\n-A KUBE-SERVICES -d\n*nat\n:KUBE\n",
    "1:\n2: eth0@: <> mtu 1500\n3: x: <UP> mtu abc\\\\\n    link/\n4: eth1: mtu 1500 <UP>\n",
    'default via\nblackhole\n10.0.0.0/99 dev\n"unbalanced quote\n',
    "12:00:00.000000 IP > : VXLAN\nIP\n99:99:99 IP a > b:\n",
    ";; ->>HEADER<<-\n;; Query time: x msec\n;; SERVER:\n;; ANSWER SECTION:\nname 0 IN A notanip\n",
    "Features for eth0:\nrx-checksumming: maybe\n: on\n",
    "zz:zz:zz:zz:zz:zz dst 10.0.0.1\n10.0.0.300 lladdr x PERMANENT\n",
    "/sys/class/net//mtu 1500\n/sys/class/net/eth0/mtu\n",
]


@pytest.mark.parametrize("garbage", GARBAGE)
@pytest.mark.parametrize("name", sorted(PARSERS))
def test_garbage_gives_empty_results(name: str, garbage: str) -> None:
    parse, empty = PARSERS[name]
    assert parse(garbage) == empty


def test_garbage_kernel_release_is_all_none() -> None:
    for garbage in GARBAGE:
        version = parse_uname_r(garbage)
        assert (version.major, version.minor, version.patch) == (None, None, None)


@pytest.mark.parametrize("fixture", sorted(p.name for p in LAB.glob("*.txt")))
def test_every_parser_survives_every_fixture_cut_anywhere(fixture: str) -> None:
    """Other commands' output, and output cut off mid-line (a dropped SSH session), never raise."""
    text = lab(fixture)
    rng = random.Random(fixture)
    cuts = [text, *(text[: rng.randrange(len(text) + 1)] for _ in range(20))]
    for parse, _ in [*PARSERS.values(), (parse_uname_r, None)]:
        for cut in cuts:
            parse(cut)
