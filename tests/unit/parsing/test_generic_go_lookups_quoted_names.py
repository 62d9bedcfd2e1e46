"""The generic rule's recall widened by causes recurring across the spent sets (held-out F, Q): Go's lookup with its
separator mangled in the paste (`lookup h : i/o timeout`, corpus twice; `lookup h i/o timeout`, held-out S), an
upper-case quoted name right after a naming reason (Netty's `failed to resolve 'ORDER-SERVICE'`, held-out N and S;
generic_quoted_named.py), and Go's `lookup h on S:53: <reason>` repeated on one line (metrics-server, held-out F and Q;
generic_go_more.py). Read with the generic rule alone; the look-alikes stay unread or read only the real name."""

from __future__ import annotations

import pytest

from checks.parsing.generic_go_more import go_lookup_before
from checks.parsing.generic_quoted_named import quoted_after_reason
from checks.parsing.parser import parse_with
from tests.unit.parsing.speed import GUARD, best_of


def _generic(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_with(text, specific=False)]


_METRICS = (
    "E0311 09:55:34.465238 1 manager.go:102] unable to fully collect metrics: [unable to fully scrape metrics from "
    "source kubelet_summary:kube-master: unable to fetch metrics from Kubelet kube-master (kube-master): Get "
    "https://kube-master:10250/stats/summary/: dial tcp: lookup kube-master on 10.96.0.10:53: no such host, unable "
    "to fully scrape metrics from source kubelet_summary:kube-node1: unable to fetch metrics from Kubelet kube-node1 "
    "(kube-node1): Get https://kube-node1:10250/stats/summary/: dial tcp: lookup kube-node1 on 10.96.0.10:53: server "
    "misbehaving]"
)


@pytest.mark.parametrize(
    ("case", "text", "want"),
    [
        ("go-lookup-space-colon", '{"error":"dial tcp: lookup kubernetes.default.svc : i/o timeout"}',
         [("kubernetes.default.svc", "timeout")]),
        ("go-lookup-no-colon", '"dial tcp: lookup proxy.golang.org i/o timeout"', [("proxy.golang.org", "timeout")]),
        ("java-netty-caps-quoted", "java.net.UnknownHostException: failed to resolve 'ORDER-SERVICE' after 2 queries",
         [("order-service", "nxdomain")]),
        ("java-netty-caps-machine", "Stacktrace : java.net.UnknownHostException: failed to resolve 'DESKTOP-IIJNG8O'",
         [("desktop-iijng8o", "nxdomain")]),
        ("go-metrics-server-each-lookup", _METRICS, [("kube-master", "nxdomain"), ("kube-node1", "servfail")]),
    ],
)  # fmt: skip
def test_generic_reads(case: str, text: str, want: list[tuple[str, str]]) -> None:
    assert _generic(text) == want, case


@pytest.mark.parametrize(
    "text",
    [
        # prose around `lookup` and a timeout: no name
        "I tried lookup and got i/o timeout",
        "the lookup was slow, i/o timeout on the socket",
        # an upper-case word quoted after the reason but no name's shape (no dash or digit): still not read
        "UnknownHostException: failed to resolve 'FAILED' after 2 queries",
    ],
)
def test_look_alikes_stay_unread(text: str) -> None:
    assert _generic(text) == []


def test_a_go_lookup_is_read_only_right_before_its_own_reason() -> None:
    # the name of `lookup h on S:53: ` ending exactly at the reason; the server is never a name; `relookup` no lookup
    assert go_lookup_before("x lookup b.svc on 10.0.0.10:53: ", 0, 32) == (9, 14)
    assert go_lookup_before("x relookup b.svc on 10.0.0.10:53: ", 0, 34) is None
    assert go_lookup_before("x lookup b.svc on 10.0.0.10:53: read: ", 0, 38) is None  # not at the reason's start
    # a later lookup whose error is no resolver reason (`EOF`) adds no name
    text = _METRICS.replace("server misbehaving]", "EOF]")
    assert ("kube-node1", "servfail") not in _generic(text) and all(h != "kube-node1" for h, _ in _generic(text))


def test_quoted_after_reason_needs_the_reason_a_space_and_a_quote() -> None:
    assert quoted_after_reason("failed to resolve 'H-1'", 19)
    assert not quoted_after_reason("we said 'H-1'", 9)
    assert not quoted_after_reason("failed to resolve H-1", 18)


def test_a_megabyte_of_go_lookups_and_reasons_stays_fast() -> None:
    line = ("lookup a.b on 1.2.3.4:53: no such host, " * 30_000)[:1_000_000]
    parse_with(line[:10_000], specific=False)
    assert best_of(3, lambda: parse_with(line, specific=False)) < GUARD
