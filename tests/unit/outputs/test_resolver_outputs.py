"""resolv.conf (real pods' files published by others) and the raw table's NOTRACK rules (real
`iptables-save -t raw` of a namespace with NodeLocal DNSCache's rules), and the lookup order a stub
resolver follows."""

from __future__ import annotations

from checks.outputs.iptables_raw import nodelocal_notrack_missing, parse_notrack
from checks.outputs.resolv_conf import ResolvConf, lookup_order, parse_resolv_conf
from tests.unit.outputs.samples import FIXTURES, lab

REAL = FIXTURES / "real"


def test_a_pods_resolv_conf_with_the_nodes_search_domains() -> None:
    conf = parse_resolv_conf((REAL / "pastebin-HFjxgdFm.resolv-conf.txt").read_text())
    assert conf.nameservers == ("10.96.0.10",)
    assert conf.searches[:3] == ("ceph.svc.cluster.local", "svc.cluster.local", "cluster.local")
    assert len(conf.searches) == 6 and conf.ndots == 5


def test_a_resolv_conf_whose_first_nameserver_is_not_the_cluster_dns() -> None:
    conf = parse_resolv_conf((REAL / "gist-matthiasr.resolv-conf.txt").read_text())
    assert conf.nameservers == ("8.8.8.8", "10.124.0.10")
    assert conf.searches[0] == "mr-test.svc.ourcluster.example.net"


def test_domain_search_options_comments_and_defaults() -> None:
    conf = parse_resolv_conf(
        "# written by hand\ndomain corp.example\nnameserver 10.0.0.2 ; the router\nsearch A.example. b.example\n"
        "options edns0 ndots:20 timeout:1\nnameserver\n"
    )
    assert conf.nameservers == ("10.0.0.2",)
    assert conf.searches == ("a.example", "b.example")  # search replaces domain
    assert conf.options == {"edns0": "", "ndots": "20", "timeout": "1"}
    assert conf.ndots == 15  # glibc's cap
    assert parse_resolv_conf("nameserver 1.1.1.1\n").ndots == 1
    assert parse_resolv_conf("options ndots:x\n").ndots == 1
    assert parse_resolv_conf("").nameservers == ()


def test_lookup_order_follows_ndots() -> None:
    conf = parse_resolv_conf((REAL / "gist-dojci.resolv-conf.txt").read_text())
    assert lookup_order("keystone", conf)[0] == "keystone.test.svc.cluster.local"
    assert lookup_order("keystone", conf)[-1] == "keystone"
    assert lookup_order("a.b.c.d.e.f", conf)[0] == "a.b.c.d.e.f"  # five dots: asked as given first
    assert lookup_order("a.b.c.d.e", conf)[-1] == "a.b.c.d.e"  # four: after the search domains
    assert lookup_order("example.com.", conf) == ["example.com"]
    two = ResolvConf(searches=("x.svc.cluster.local",), options={"ndots": "2"})
    assert lookup_order("api.example.com", two) == ["api.example.com", "api.example.com.x.svc.cluster.local"]


def test_notrack_rules_of_node_cache_are_read() -> None:
    rules = parse_notrack(lab("node-2.iptables-save-raw.nodelocal.txt"))
    assert len(rules) == 6
    assert {(r.chain, r.protocol, r.destination, r.dport) for r in rules if r.dport} == {
        ("PREROUTING", "tcp", "169.254.20.10", 53),
        ("PREROUTING", "udp", "169.254.20.10", 53),
        ("OUTPUT", "tcp", "169.254.20.10", 53),
        ("OUTPUT", "udp", "169.254.20.10", 53),
    }
    assert nodelocal_notrack_missing(rules, "169.254.20.10") == []
    assert len(nodelocal_notrack_missing(rules, "169.254.25.10")) == 4


def test_an_empty_raw_table_misses_every_rule() -> None:
    missing = nodelocal_notrack_missing(parse_notrack(lab("node-2.iptables-save-raw.txt")), "169.254.20.10")
    assert missing[0] == "-A PREROUTING -d 169.254.20.10/32 -p udp -m udp --dport 53 -j NOTRACK"
    assert len(missing) == 4


def test_rules_outside_the_raw_table_or_for_a_network_do_not_count() -> None:
    text = (
        "*filter\n-A INPUT -d 169.254.20.10/32 -p udp -m udp --dport 53 -j NOTRACK\nCOMMIT\n"
        "*raw\n-A PREROUTING -d 169.254.0.0/16 -p udp -m udp --dport 53 -j NOTRACK\n"
        '-A PREROUTING -d 169.254.20.10/32 -p udp -m udp --dport 53 -m comment --comment "x" -j CT --notrack\n'
        '-A PREROUTING -m comment --comment "unbalanced\nCOMMIT\n'
    )
    rules = parse_notrack(text)
    assert [(r.destination, r.dport) for r in rules] == [(None, 53), ("169.254.20.10", 53)]
