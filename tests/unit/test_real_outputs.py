"""The parsers and the steps on real output published elsewhere (`tests/fixtures/real/`, sources in its
README) and on the runbook's own samples: formats nobody here produced."""

from __future__ import annotations

from pathlib import Path

from checks.outputs.iptables_nat import parse_kube_proxy_nat
from checks.outputs.ipvsadm import parse_ipvsadm
from checks.outputs.links import parse_ip_o_addr, parse_ip_o_link, parse_link_details
from checks.outputs.routes import Route, parse_routes, route_for
from tests.unit.steps.builder import Case, findings, put, step_of

FIXTURES = Path(__file__).parent.parent / "fixtures"
REAL = FIXTURES / "real"
RUNBOOK = FIXTURES / "runbook"


def real(name: str) -> str:
    return (REAL / name).read_text()


def test_calico_docs_bird_routes() -> None:
    routes = parse_routes(real("calico-docs.ip-r-grep-bird.txt"))
    assert routes == [
        Route("192.168.66.128/26", "10.0.0.12", "tunl0", "bird", None, None, True, None),
        Route("192.168.180.192/26", "10.0.0.10", "tunl0", "bird", None, None, True, None),
        Route("192.168.231.0/26", None, None, "bird", None, None, False, "blackhole"),
    ]
    assert route_for(routes, "192.168.180.200") == routes[1]
    assert route_for(routes, "192.168.231.7") == routes[2]


def test_kubernetes_docs_ipvsadm() -> None:
    (vs,) = parse_ipvsadm(real("k8s-docs.ipvsadm-ln.txt"))
    assert (vs.proto, vs.vip, vs.port, vs.scheduler) == ("TCP", "10.0.1.175", 80, "rr")
    assert vs.endpoints == {("10.244.0.5", 9376), ("10.244.0.6", 9376), ("10.244.0.7", 9376)}
    assert {rs.forward for rs in vs.real_servers} == {"Masq"}


def test_kubernetes_docs_iptables_chains() -> None:
    (vs,) = parse_kube_proxy_nat(real("k8s-docs.iptables-save-grep-hostnames.txt"))
    assert (vs.proto, vs.vip, vs.port) == ("TCP", "10.0.1.175", 80)
    # in KUBE-SVC's order: the two statistic-random jumps, then the last one
    assert [(rs.ip, rs.port) for rs in vs.real_servers] == [
        ("10.244.1.7", 9376),
        ("10.244.2.3", 9376),
        ("10.244.3.6", 9376),
    ]


def test_published_tunnel_devices() -> None:
    (tunl,) = parse_ip_o_link(real("calicoctl-1866.ip-a-tunl0.txt"))
    assert (tunl.name, tunl.mtu, tunl.peer_index, tunl.mac, tunl.state) == ("tunl0", 1440, None, "0.0.0.0", "UNKNOWN")
    assert [(a.ifname, a.cidr) for a in parse_ip_o_addr(real("calicoctl-1866.ip-a-tunl0.txt"))] == [
        ("tunl0", "10.253.252.128/32")
    ]
    details = parse_link_details(real("calicoctl-1866.ip-a-tunl0.txt"))
    assert (details.name, details.mtu, details.kind) == ("tunl0", 1440, None)  # `ip a` has no -d details
    (vxlan,) = parse_ip_o_link(real("calico-5171.ip-a-vxlan.txt"))
    assert (vxlan.name, vxlan.mtu, vxlan.mac) == ("vxlan.calico", 1450, "66:73:9e:f9:f6:53")
    assert [(a.ifname, a.cidr) for a in parse_ip_o_addr(real("calico-5171.ip-a-vxlan.txt"))] == [
        ("vxlan.calico", "10.42.39.64/32")
    ]


def test_the_steps_pass_on_the_runbooks_real_samples() -> None:
    # The runbook's route is exactly the IP-in-IP fixture's route from node-2 to the CoreDNS block, and its
    # ipvsadm sample is the DNS Service's table: node-2 printing only these passes routing and service-nat.
    route = (RUNBOOK / "ip-route-grep.txt").read_text()
    ipvs = (RUNBOOK / "ipvsadm-Ln-grep-A3.txt").read_text()
    from tests.unit.steps.builder import all_of, set_kube_proxy_mode

    case = Case(
        "runbook",
        "ipip",
        cluster=lambda o: set_kube_proxy_mode(o, "ipvs"),
        nodes=all_of(put("node-2", "ip-route", route), put("node-2", "ipvsadm", ipvs)),
    )
    report = case.run()
    assert [(s.id, s.status) for s in report.steps if s.id in ("routing", "service-nat")] == [
        ("service-nat", "pass"),
        ("routing", "pass"),
    ]
    broken = Case(
        "runbook, wrong node", "ipip", nodes=put("node-2", "ip-route", route.replace("10.41.1.21", "10.41.1.23"))
    )
    assert findings(step_of(broken.run(), "routing")) == [("routing.block-route-wrong", ("node-2",))]
