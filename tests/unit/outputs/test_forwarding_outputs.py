"""Parsers of the node-forwarding and pod-dns outputs, on the lab's real captures (iptables 1.8.9 nf_tables,
procps-ng sysctl, iproute2 `ip netns list` / `ip -o link`) and real-format variants."""

from __future__ import annotations

from checks.outputs.iptables_filter import parse_filter_table
from checks.outputs.netns import parse_netns_list, peer_namespace
from checks.outputs.sysctl import effective_rp_filter, parse_sysctl, rp_filters
from tests.unit.steps.builder import lab


def test_filter_table_policies_rules_and_positions() -> None:
    table = parse_filter_table(lab("node-2.iptables-save-filter.forward-drop.txt"))
    assert table.found and table.policies["FORWARD"] == "DROP" and table.policies["cali-FORWARD"] == "-"
    forward = table.chain("FORWARD")
    assert [(r.position, r.target) for r in forward] == [(1, "DROP"), (2, "DROP"), (3, "cali-FORWARD")]
    assert forward[0].spec == ("-p", "tcp", "-m", "tcp", "--dport", "53", "-j", "DROP")
    assert forward[1].get("--dport") is not None and forward[1].get("-p").value == "udp"  # type: ignore[union-attr]
    assert forward[2].comment == "cali:wUHhoiAYhphO9Mso" and forward[2].matches == ("comment",)
    assert [r.get("-i").value for r in table.chain("cali-FORWARD")[:1]] == ["cali+"]  # type: ignore[union-attr]


def test_filter_table_negation_counters_and_other_tables() -> None:
    text = (
        "*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -j KUBE-SERVICES\nCOMMIT\n"
        "*filter\n:FORWARD ACCEPT [10:600]\n"
        "[5:300] -A FORWARD ! -s 10.40.0.0/16 -p udp -m multiport --dports 53,5353 -j REJECT --reject-with "
        "icmp-port-unreachable\nCOMMIT\n"
    )
    table = parse_filter_table(text)
    assert "PREROUTING" not in table.policies and len(table.rules) == 1
    rule = table.rules[0]
    source = rule.get("-s")
    assert source is not None and source.negated and source.value == "10.40.0.0/16"
    assert rule.get("--dports").value == "53,5353" and rule.target == "REJECT"  # type: ignore[union-attr]
    assert rule.get("--reject-with").value == "icmp-port-unreachable"  # type: ignore[union-attr]
    assert not parse_filter_table("iptables-save: command not found\n").found


def test_sysctl_rp_filters_with_dotted_interface_names() -> None:
    values = parse_sysctl(lab("node-2.sysctl-forwarding.txt"))
    assert values["net.ipv4.ip_forward"] == "1"
    filters = rp_filters(values)
    assert filters["vxlan.calico"] == 0 and filters["all"] == 1 and filters["cali5c9514dd24b"] == 1
    assert effective_rp_filter(filters, "eth0") == 1  # max(all=1, eth0=0)
    assert effective_rp_filter({"all": 0, "eth1": 2}, "eth1") == 2
    assert effective_rp_filter({"eth0": 1}, "eth0") is None
    assert parse_sysctl("sysctl: permission denied on key 'x'\n") == {}


def test_peer_namespace_by_name_or_id() -> None:
    links = lab("node-2.ip-o-link.txt")
    found = peer_namespace(links, "cali5c9514dd24b")
    assert found.found and found.name == "podnet-pod-default-region-7c9f6d5b8-mv4wb"
    assert not peer_namespace(links, "cali0000000000").found
    assert peer_namespace(links, "vxlan.calico").found and peer_namespace(links, "vxlan.calico").name is None
    by_id = links.replace("link-netns podnet-pod-default-region-7c9f6d5b8-mv4wb", "link-netnsid 1")
    assert peer_namespace(by_id, "cali5c9514dd24b").netnsid == 1
    ids = parse_netns_list(lab("node-2.ip-netns-list.txt"))
    assert ids == {1: "podnet-pod-default-region-7c9f6d5b8-mv4wb", 0: "podnet-underlay"}
