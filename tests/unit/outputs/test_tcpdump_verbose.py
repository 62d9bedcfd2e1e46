"""Verbose (`-vv`) VXLAN captures: the IP header line joined to its address line, the outer UDP checksum's
verdict kept, the inner packet read as without -v; non-verbose captures unchanged."""

from __future__ import annotations

from pathlib import Path

from checks.outputs.tcpdump import parse_tcpdump
from tests.unit.outputs.samples import lab

NODES = Path(__file__).parent.parent.parent / "fixtures" / "clusters" / "nodes" / "vxlan"


def test_a_verbose_capture_reads_like_a_plain_one_with_the_checksum_verdict() -> None:
    packets = parse_tcpdump(lab("node-1.tcpdump-vxlan-vv.txt"))
    assert [(p.outer_src, p.outer_dst, p.encap, p.vni, p.outer_checksum) for p in packets] == [
        ("10.241.1.22", "10.241.1.21", "vxlan", 4096, "bad"),
        ("10.241.1.21", "10.241.1.22", "vxlan", 4096, "bad"),
    ]
    query, answer = packets
    assert (query.outer_sport, query.outer_dport, query.inner_src, query.inner_dst, query.inner_dport) == (
        33460,
        4789,
        "10.240.61.192",
        "10.240.52.128",
        53,
    )
    assert query.time == "10:01:24.814476"
    assert answer.inner_summary.startswith("[bad udp cksum 0x888a -> 0x1578!] 48960* q: A? kubernetes")


def test_checksum_ok_and_plain_captures() -> None:
    ok = parse_tcpdump((NODES / "tcpdump-vxlan-vv.sum-ok.txt").read_text())
    assert [p.outer_checksum for p in ok] == ["ok", "ok"]
    assert [p.inner_summary[:12] for p in ok] == ["[udp sum ok]", "[udp sum ok]"]
    plain = parse_tcpdump(lab("node-1.tcpdump-vxlan.txt"))
    assert plain and all(p.outer_checksum is None and p.encap == "vxlan" for p in plain)


def test_a_zero_checksum_and_a_lone_verbose_header() -> None:
    text = (
        "10:01:24.814476 IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 155)\n"
        "    10.41.1.22.33460 > 10.41.1.21.4789: [no cksum] VXLAN, flags [I] (0x08), vni 4096\n"
        "10:01:25.000000 IP (tos 0x0, ttl 64, id 2, offset 0, flags [none], proto UDP (17), length 155)\n"
    )
    packets = parse_tcpdump(text)
    assert [(p.outer_checksum, p.encap) for p in packets] == [("none", "vxlan")]
