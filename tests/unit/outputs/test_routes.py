"""`ip route` and `ip route get` on a node: the runbook's IP-in-IP route, the lab's VXLAN tables (healthy,
route missing, wrong next hop), longest-prefix lookups and the route kinds iproute2 prints."""

from __future__ import annotations

import pytest

from checks.outputs.routes import RouteGet, RouteTable, parse_route_get, parse_routes, route_for
from tests.unit.outputs.samples import COREDNS, RUNBOOK, lab

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
