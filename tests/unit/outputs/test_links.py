"""The node's links and their neighbours: `ip -o link`, `ip -o addr`, `ip -d link` (VXLAN, IP-in-IP and veth
details), and the VXLAN device's forwarding entries (`bridge fdb`) and neighbours (`ip neigh`)."""

from __future__ import annotations

from typing import Any

import pytest

from checks.outputs.fdb import FdbEntry, Neighbour, parse_fdb, parse_neigh
from checks.outputs.links import Address, LinkDetails, parse_ip_o_addr, parse_ip_o_link, parse_link_details
from tests.unit.outputs.samples import lab

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
