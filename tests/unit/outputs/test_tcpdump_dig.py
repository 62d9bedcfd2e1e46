"""What a node saw on the wire and asked of DNS: `tcpdump` captures (VXLAN, IP-in-IP, `-i any`), its
packet counts and the IP-in-IP inner-address filter, and `dig` answers, failures and `+short` output."""

from __future__ import annotations

import pytest

from checks.outputs.dig import DigResult, parse_dig
from checks.outputs.tcpdump import TcpdumpStats, ipip_inner_filter, parse_tcpdump, tcpdump_stats
from tests.unit.outputs.samples import lab

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
