"""CoreDNS's own log read into events: upstream failures (errors plugin), loops (loop plugin) and NXDOMAIN answers
(log plugin, search-path expansions marked), on real lines from the corpus rows tagged coredns-log."""

from __future__ import annotations

from functools import cache

from checks.parsing import CorednsLogEvent, parse_coredns_log
from tests.unit.parsing.scoring import read_rows
from tests.unit.parsing.test_corpus_and_speed import CORPUS


@cache
def _row(row_id: str) -> str:
    return next(r["text"] for r in read_rows(*CORPUS) if r["id"] == row_id)


def _events(row_id: str) -> list[CorednsLogEvent]:
    return parse_coredns_log(_row(row_id))


def test_errors_plugin_timeout_is_an_upstream_failure_with_the_upstream_address() -> None:
    first = _events("designate-webhook-34-coredns")[0]
    assert (first.kind, first.name, first.qtype, first.upstream, first.error) == (
        "upstream_failure",
        "identity-3.eu-de-1.cloud.sap",
        "A",
        "168.63.129.16:53",
        "timeout",
    )


def test_errors_plugin_hinfo_probe_timeout_names_each_upstream() -> None:
    events = _events("sealos-4251-coredns-hinfo")
    assert {(e.kind, e.qtype, e.upstream, e.error) for e in events} == {
        ("upstream_failure", "HINFO", "183.60.82.98:53", "timeout"),
        ("upstream_failure", "HINFO", "183.60.83.19:53", "timeout"),
    }
    assert events[0].name == "2192187751527556336.8114813596618842181"


def test_errors_plugin_srv_and_nodelocal_lines() -> None:
    assert _events("coredns-5179-srv-timeout")[0].qtype == "SRV"
    assert [e.upstream for e in _events("k8s-86762-coredns-nodelocal")] == [
        "169.254.25.10:53",
        "172.31.136.23:53",
        "169.254.25.10:53",
    ]


def test_loop_plugin_loop_detected_line_is_a_loop_with_its_probe_and_zone() -> None:
    (event,) = _events("kubeadm-1688-loop")
    assert (event.kind, event.name, event.qtype, event.upstream, event.zone) == (
        "loop",
        "6687652606367193539.3502358703036269394",
        "HINFO",
        "127.0.0.1:37926",
        ".",
    )


def test_loop_plugin_truncated_query_and_seen_more_than_twice_lines() -> None:
    assert [(e.kind, e.name) for e in _events("coredns-2795-loop-fatal")] == [
        ("loop", "6074102630077018525.5798689655824409358")
    ]
    assert [(e.kind, e.name) for e in _events("coredns-2391-loop-seen")] == [
        ("loop", "7087784449798295848.7359092265978106814")
    ]


def test_log_plugin_nxdomain_for_the_name_itself_is_not_a_search_expansion() -> None:
    events = _events("coredns-4513-cache-nxdomain")
    assert {(e.kind, e.name, e.qtype, e.client, e.search_expansion) for e in events} == {
        ("nxdomain", "rwc.default.svc.cluster.local", "A", "172.27.172.128:34346", False),
        ("nxdomain", "rwc.default.svc.cluster.local", "AAAA", "172.27.172.128:34346", False),
    }
    assert {e.name for e in _events("k8s-72826-coredns-bare-nxdomain")} == {"kubernetes.default"}


def test_log_plugin_search_path_burst_is_marked_as_expansions() -> None:
    events = _events("neg-k8s-80243-search-path-ok")
    assert events and all(e.kind == "nxdomain" and e.search_expansion for e in events)
    assert all(e.search_expansion for e in _events("neg-coredns-4066-nodecache-search"))  # name.ec2.internal
    assert all(e.search_expansion for e in _events("neg-net-exporter-64-ndots"))


def test_log_plugin_loop_probe_nxdomain_is_not_a_failure_but_the_loop_is() -> None:
    events = _events("coredns-1994-loop-log")
    assert [e.kind for e in events] == ["nxdomain", "nxdomain", "loop"]
    assert all(e.search_expansion for e in events if e.kind == "nxdomain")


def test_other_text_gives_no_events() -> None:
    assert parse_coredns_log("[INFO] plugin/reload: Running configuration SHA512 = 591cf\nCoreDNS-1.10.1") == []
    assert parse_coredns_log(_row("neg-coredns-4211-loop-explained")) == []
