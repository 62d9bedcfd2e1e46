"""Every node-output parser on what is not its output: error messages, binary junk, malformed lines give
empty results, and every lab capture, cut off anywhere, never makes a parser raise."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from checks.outputs.conntrack import ConntrackFill, parse_conntrack_fill, parse_conntrack_s, parse_proc_stat
from checks.outputs.dig import DigResult, parse_dig
from checks.outputs.ethtool import parse_offloads
from checks.outputs.fdb import parse_fdb, parse_neigh
from checks.outputs.iptables_nat import parse_kube_proxy_nat
from checks.outputs.ipvsadm import parse_ipvsadm
from checks.outputs.kernel import parse_uname_r
from checks.outputs.links import LinkDetails, parse_ip_o_addr, parse_ip_o_link, parse_link_details
from checks.outputs.mtu import parse_sys_mtus
from checks.outputs.routes import RouteGet, parse_route_get, parse_routes
from checks.outputs.tcpdump import TcpdumpStats, parse_tcpdump, tcpdump_stats
from tests.unit.outputs.samples import LAB, lab

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
    # the `conntrack` step (helper "conntrack")
    "parse_proc_stat": (parse_proc_stat, None),
    "parse_conntrack_s": (parse_conntrack_s, None),
    "parse_conntrack_fill": (parse_conntrack_fill, ConntrackFill(None, None)),
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
