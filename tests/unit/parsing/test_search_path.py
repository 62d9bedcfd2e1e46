"""Search-path NXDOMAIN bursts in a pasted CoreDNS log (client-resolver's evidence), and how `podnet diagnose`
hands them to the engine with the failing name."""

from __future__ import annotations

from bot.search_bursts import with_search_bursts
from checks.cluster.mapping import Failing
from checks.parsing.search_path import search_bursts
from tests.unit.parsing.test_coredns_log import _row

LOG = '{client} - {id} "{qtype} IN {name}. udp 50 false 512" {rcode} qr,aa,rd 143 0.000112s'


def _log(*lines: tuple[str, str]) -> str:
    return "\n".join(
        "[INFO] " + LOG.format(client="10.40.61.201:52643", id=1000 + i, qtype="A", name=n, rcode=r)
        for i, (n, r) in enumerate(lines)
    )


EXTERNAL = _log(
    ("api.example.com.onecloud.svc.cluster.local", "NXDOMAIN"),
    ("api.example.com.svc.cluster.local", "NXDOMAIN"),
    ("api.example.com.cluster.local", "NXDOMAIN"),
    ("api.example.com", "NOERROR"),
)


def test_an_external_names_burst_names_it() -> None:
    (burst,) = search_bursts(EXTERNAL)
    assert burst.name == "api.example.com"
    assert burst.expansions == (
        "api.example.com.onecloud.svc.cluster.local",
        "api.example.com.svc.cluster.local",
        "api.example.com.cluster.local",
    )
    assert (burst.service, burst.namespace) == (None, None)


def test_a_full_service_names_burst_names_the_service() -> None:
    fqdn = "default-keystone.onecloud.svc.cluster.local"
    text = _log((f"{fqdn}.onecloud.svc.cluster.local", "NXDOMAIN"), (f"{fqdn}.svc.cluster.local", "NXDOMAIN"))
    (burst,) = search_bursts(text)
    assert (burst.name, burst.service, burst.namespace) == (fqdn, "default-keystone", "onecloud")


def test_one_real_expansion_with_svc_twice_counts() -> None:
    (burst,) = search_bursts(_row("neg-net-exporter-64-ndots"))
    assert burst.name == "kubernetes.default.svc.cluster.local"
    assert (burst.service, burst.namespace) == ("kubernetes", "default")


def test_a_lone_ambiguous_expansion_and_ordinary_nxdomains_are_no_burst() -> None:
    assert search_bursts(_row("neg-coredns-4066-nodecache-search")) == []  # example.com.ec2.internal, once
    assert search_bursts(_log(("nosuch.onecloud.svc.cluster.local", "NXDOMAIN"))) == []


def test_diagnose_takes_the_bursts_name_or_attaches_the_burst_to_the_failing_name() -> None:
    bursts = search_bursts(EXTERNAL)
    alone = with_search_bursts(None, bursts)
    assert alone == Failing("api.example.com", "nxdomain", None, None, bursts[0].expansions)
    timeout = Failing("api.example.com", "timeout", None, None)
    assert with_search_bursts(timeout, bursts) == Failing(
        "api.example.com", "timeout", None, None, bursts[0].expansions
    )
    other = Failing("db", "timeout", "db", None)
    assert with_search_bursts(other, bursts) == other
