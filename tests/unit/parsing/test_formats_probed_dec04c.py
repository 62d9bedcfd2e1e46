"""Formats found by probing on 2026-12-04 (third session) with messages of Kubernetes operators and of
service-to-service calls (issue #17): each test names the runtime and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


def test_a_log_component_before_a_verb_with_its_own_dotted_object_is_no_name() -> None:
    # Rook's `op-mon: failed to resolve mon endpoint h`: `op-mon:` tags the log line; the verb names its object
    text = "2026-12-04 10:00:00.000 E | op-mon: failed to resolve mon endpoint rook-ceph-mon-a.rook-ceph.svc"
    assert found(text) == {("rook-ceph-mon-a.rook-ceph.svc", "other")}
    # with no dotted object after the verb, the word before the colon is still the name (`h: failed to resolve`)
    assert found("E | redis-master: failed to resolve") == {("redis-master", "other")}
    # and a resolver's state after a word is untouched (`h: Name or service not known`)
    assert found("E | op-mon: Name or service not known") == {("op-mon", "nxdomain")}


def test_grpc_dns_resolution_failed_for_a_target_reads_the_targets_name_not_the_noun() -> None:
    # gRPC: `DNS resolution failed for target dns:///h:443` (the noun and the dns: scheme before the name)
    text = "E1204 10:00:00.000 [grpc] DNS resolution failed for target dns:///payments:443: ENOTFOUND payments"
    assert found(text) == {("payments", "nxdomain")}
    assert found("DNS resolution failed for target payments:443") == {("payments", "other")}
    assert "target" not in {f.host for f in parse_failures("DNS resolution failed for target dns:///payments:443")}


def test_unbounds_reply_log_reads_failed_answers_and_leaves_search_path_tries() -> None:
    # Unbound's `log-replies` line (`reply:`; `info:` before 1.9.4): client, name, type, class, RCODE, time, size
    log = "[1733300000] unbound[1:0] reply: 10.0.0.5 {} A IN {} 0.010000 0 40"
    assert found(log.format("api.corp.test.", "SERVFAIL")) == {("api.corp.test", "servfail")}
    assert found(log.format("api.corp.test.", "REFUSED").replace("reply:", "info:")) == {("api.corp.test", "refused")}
    assert found(log.format("nope.corp.test.", "NXDOMAIN")) == {("nope.corp.test", "nxdomain")}
    # a search-path try answered NXDOMAIN before the name itself resolved is no failure, nor a reverse look-up
    tried = log.format("api.corp.test.default.svc.cluster.local.", "NXDOMAIN") + "\n"
    assert parse_failures(tried + log.format("api.corp.test.", "NOERROR")) == []
    assert parse_failures(log.format("5.0.0.10.in-addr.arpa.", "NXDOMAIN").replace(" A IN", " PTR IN")) == []


def test_a_hostile_megabyte_of_unbound_replies_parses_quickly() -> None:
    text = megabyte_of("reply: 10.0.0.5 a.b. A IN NXDOMAIN 0.000000 0 40 ")
    elapsed = best_of(2, lambda: parse_failures(text))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of unbound replies"


def test_binds_resolver_log_reads_its_other_words_before_resolving() -> None:
    # lib/dns/resolver.c and validator.c: `<why> resolving 'h/TYPE/CLASS': server#53`
    line = "04-Dec-2026 10:00:00.000 lame-servers: info: {} resolving 'api.corp.test/A/IN': 10.0.0.2#53"
    assert found(line.format("connection refused")) == {("api.corp.test", "refused")}
    assert found(line.format("broken trust chain")) == {("api.corp.test", "other")}
    assert found(line.format("no valid RRSIG")) == {("api.corp.test", "other")}
    assert found(line.format("timed out")) == {("api.corp.test", "timeout")}
    # an IPv6 server unreachable from a host without IPv6 is named's noise while the name resolves over IPv4
    assert parse_failures(line.format("network unreachable").replace("10.0.0.2#53", "2001:500:2::c#53")) == []


def test_hubble_dns_flows_read_the_answers_rcode_and_leave_search_path_tries() -> None:
    # `hubble observe --protocol DNS`: the answer's RCode, the name after `Proxy` (`Query` in older versions)
    flow = (
        "Dec  4 10:00:00.000: shop/checkout:39811 (ID:40211) <- kube-system/coredns:53 (ID:102) dns-response proxy "
        "FORWARDED (DNS Answer {} TTL: {} (Proxy {} A))"
    )
    assert found(flow.format("RCode: Server Failure ", 4294967295, "api.corp.test.")) == {("api.corp.test", "servfail")}
    assert found(flow.format("RCode: Non-Existent Domain", 4294967295, "nope.corp.test.")) == {
        ("nope.corp.test", "nxdomain")
    }
    # the pod's resolver trying its search path before the name resolved
    tried = flow.format("RCode: Non-Existent Domain", 4294967295, "api.corp.test.shop.svc.cluster.local.")
    assert parse_failures(tried + "\n" + flow.format('"10.0.0.5"', 30, "api.corp.test.")) == []


def test_a_dns_query_logs_own_field_for_the_name_wins_over_its_other_host_fields() -> None:
    # Cloud DNS's query log: `queryName` is the name, `vmInstanceName` the client
    text = (
        '{"jsonPayload":{"queryName":"api.corp.test.","queryType":"A","responseCode":"SERVFAIL","sourceIP":"10.0.0.5",'
        '"vmInstanceName":"gke-node-1"}}'
    )
    assert found(text) == {("api.corp.test", "servfail")}


def test_a_hostile_megabyte_of_hubble_answers_parses_quickly() -> None:
    text = megabyte_of("DNS Answer RCode: Non-Existent Domain TTL: 1 (Proxy a.b. A) ")
    elapsed = best_of(2, lambda: parse_failures(text))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of Hubble answers"


@pytest.mark.parametrize(
    "text",
    [
        'catch (UnknownHostException e) { log.warn("host {} unknown", host); }',
        "} catch (final UnknownHostException uhe) {",
        "} catch (UnknownHostException | ConnectException ex) {",
    ],
)
def test_a_java_catch_clauses_variable_is_no_name(text: str) -> None:
    assert parse_failures(text) == []


def test_java_without_the_colon_still_reads_the_name() -> None:
    assert found("java.net.UnknownHostException redis.corp.test") == {("redis.corp.test", "nxdomain")}
    assert found("(java.net.UnknownHostException: redis)") == {("redis", "nxdomain")}


@pytest.mark.parametrize(
    "text",
    [
        # routine NXDOMAINs of a resolver's log: a DNSBL check, an SRV service name, a WPAD probe, gRPC's service config
        "[1733300000] unbound[1:0] reply: 10.0.0.5 1.0.0.127.zen.spamhaus.org. A IN NXDOMAIN 0.010000 0 40",
        "[1733300000] unbound[1:0] reply: 10.0.0.5 _ldap._tcp.dc._msdcs.corp.test. SRV IN NXDOMAIN 0.010000 0 40",
        "[1733300000] unbound[1:0] reply: 10.0.0.5 wpad.home.arpa. A IN NXDOMAIN 0.010000 0 40",
        "FORWARDED (DNS Answer RCode: Non-Existent Domain TTL: 4294967295 (Proxy _grpc_config.api.corp.test. TXT))",
        # an RCode that says nothing of the name
        "proxy FORWARDED (DNS Answer RCode: Not Implemented TTL: 4294967295 (Proxy api.corp.test. HTTPS))",
    ],
)
def test_a_resolvers_routine_answers_are_no_failures(text: str) -> None:
    assert parse_failures(text) == []


def test_an_applications_query_name_field_is_not_taken_for_the_dns_query() -> None:
    text = (
        '{"level":"error","query_name":"reports.daily.io","host":"reports-api.prod.svc",'
        '"error":"Temporary failure in name resolution"}'
    )
    assert found(text) == {("reports-api.prod.svc", "temporary")}


def test_a_url_given_as_a_grpc_target_reads_its_host() -> None:
    assert found("DNS resolution failed for target dns:http://api.corp.test:443") == {("api.corp.test", "other")}


@pytest.mark.parametrize("host", ["mynickname.tumblr.com", "api.myusername.dev", "myrename.corp.test"])
def test_a_lower_case_my_name_label_is_a_real_name(host: str) -> None:
    assert flagged(f"dial tcp: lookup {host}: no such host") == {(host, "nxdomain", False)}
