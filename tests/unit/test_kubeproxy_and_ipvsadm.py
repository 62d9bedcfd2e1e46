"""kube-proxy's rules as the lab writes them, and the ipvsadm stand-in that reads them back."""

from __future__ import annotations

from pathlib import Path

from lab import kubeproxy
from lab.layout import build_model
from lab.model import ActiveFault
from lab.standins import ipvsadm

FIXTURES = Path(__file__).parent.parent / "fixtures" / "lab"

RUNBOOK_TABLE = """\
TCP  10.96.0.10:53 rr
  -> 10.40.52.149:53              Masq    1      0          0
  -> 10.40.52.171:53              Masq    1      0          0
TCP  10.96.0.10:9153 rr
  -> 10.40.52.149:9153            Masq    1      0          0
  -> 10.40.52.171:9153            Masq    1      0          0
UDP  10.96.0.10:53 rr
  -> 10.40.52.149:53              Masq    1      0          6930
  -> 10.40.52.171:53              Masq    1      0          6859
"""


def test_chain_names_are_kube_proxys_own() -> None:
    model = build_model(3)
    dns = model.service("kube-system", "kube-dns")
    names = {p.name: kubeproxy.svc_chain(dns, p) for p in dns.ports}
    # The names every kube-proxy in the world gives kube-dns's ports.
    assert names == {
        "dns": "KUBE-SVC-TCOU7JCQXEZGVUNU",
        "dns-tcp": "KUBE-SVC-ERIFXISQEP7F7OF4",
        "metrics": "KUBE-SVC-JD5MR3NA4I4DYORP",
    }


def test_rendered_rules_read_back_as_the_runbooks_ipvs_table() -> None:
    model = build_model(3)
    rules = kubeproxy.render_nat(model, model.nodes[1])
    rendered = ipvsadm.render([vs for vs in ipvsadm.table_from_iptables_save(rules) if vs.vip == "10.96.0.10"])
    header, body = rendered.splitlines()[:3], rendered.splitlines()[3:]
    assert header[0] == "IP Virtual Server version 1.2.1 (size=4096)"
    # Column for column as the runbook prints it; the last column counts connections, 0 before any.
    expected = RUNBOOK_TABLE.splitlines()
    assert [line[:50] for line in body] == [line[:50] for line in expected]
    assert [line.split()[-1] for line in body if line.startswith("  ->")] == ["0"] * 6


def test_stand_in_reads_a_captured_node_table_exactly() -> None:
    """iptables-save -t nat -c and ipvsadm -Ln captured on the same lab node at the same moment."""
    save = (FIXTURES / "node-2.iptables-save-nat-c.txt").read_text()
    captured = (FIXTURES / "node-2.ipvsadm-Ln.txt").read_text()
    assert ipvsadm.render(ipvsadm.table_from_iptables_save(save)) == captured


def test_nat_missing_and_stale_change_only_kube_dns_on_that_node() -> None:
    model = build_model(3)
    model.faults.append(ActiveFault("nat-missing", "node-2"))
    broken = {vs.vip for vs in ipvsadm.table_from_iptables_save(kubeproxy.render_nat(model, model.nodes[1]))}
    healthy = {vs.vip for vs in ipvsadm.table_from_iptables_save(kubeproxy.render_nat(model, model.nodes[2]))}
    assert "10.96.0.10" not in broken and "10.96.118.37" in broken
    assert "10.96.0.10" in healthy

    model.faults = [ActiveFault("nat-stale", "node-2", {"programmed": ["10.40.52.149", "10.40.52.140"]})]
    table = ipvsadm.table_from_iptables_save(kubeproxy.render_nat(model, model.nodes[1]))
    udp = next(vs for vs in table if vs.proto == "UDP" and vs.vip == "10.96.0.10")
    assert [d[0] for d in udp.dests] == ["10.40.52.149", "10.40.52.140"]


def test_forwarding_only_to_or_from_workloads() -> None:
    rules = kubeproxy.render_filter()
    assert ":FORWARD DROP" in rules
    assert "-A cali-FORWARD -i cali+" in rules and "-A cali-FORWARD -o cali+" in rules
