"""Formats held-out sets CU to CX (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found, reads
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # BIND's query-errors log: the RCODE named between parentheses, the name with its class and type
        "client @0x7fe3 192.168.1.10#54157 (www.corp.test): query failed (REFUSED) for www.corp.test/IN/A at "
        "../../../bin/named/query.c:7145",
        {("www.corp.test", "refused")},
    ),
    (
        "client @0x7f 10.0.0.5#5353 (db.corp.test): query failed (SERVFAIL) for db.corp.test/IN/AAAA at query.c:6880",
        {("db.corp.test", "servfail")},
    ),
    (  # dig over TCP: the server would not take the connection for that name
        "$ dig @192.168.0.6 +tcp lb.corp.test\n"
        ";; Connection to 192.168.0.6#53(192.168.0.6) for lb.corp.test failed: connection refused.",
        {("lb.corp.test", "refused")},
    ),
    (
        ";; Connection to 10.96.0.10#53(10.96.0.10) for api.corp.test failed: timed out.",
        {("api.corp.test", "timeout")},
    ),
    (  # nslookup's question mismatch: the name the indented command asked for, not the answer's
        "```\n  nslookup scan.corp.test\n  ;; Question section mismatch: got scan.corp.test.corp.test/A/IN\n```",
        {("scan.corp.test", "other")},
    ),
    (  # the same with no command in the paste: the name it got
        ";; Question section mismatch: got scan.corp.test.corp.test/A/IN",
        {("scan.corp.test.corp.test", "other")},
    ),
    (  # a Python resolver pool's gaierror: the name between glibc's text and the count of resolvers
        "socket.gaierror: Temporary failure in name resolution: api.corp.test using 2 resolver(s)",
        {("api.corp.test", "temporary")},
    ),
    (  # gRPC core's `Name resolution failure` with the one channel the paste creates
        "channel = grpc.insecure_channel('orders.shop.svc.cluster.local:50051')\n"
        "grpc._channel._Rendezvous: <_Rendezvous of RPC that terminated with:\n"
        "\tstatus = StatusCode.UNAVAILABLE\n"
        '\tdetails = "Name resolution failure"',
        {("orders.shop.svc.cluster.local", "other")},
    ),
    (  # Go: a command-line flag handed over as the name, looked up as printed
        "Failed to resolve -config-file: lookup -config-file: no such host",
        {("-config-file", "nxdomain")},
    ),
    (  # CoreDNS: the SERVFAIL it answered for a query whose forward its errors plugin logged timing out
        '::1 - [19/Sep/2017:21:12:48 +0100] "ANY IN isc.org. udp 37 false 4096" SERVFAIL qr,rd 37 5.000933527s\n'
        "19/Sep/2017:21:12:48 +0100 [ERROR 0 isc.org. ANY] bad upstream 8.8.8.8:53: read udp "
        "192.168.1.148:47547->8.8.8.8:53: i/o timeout",
        {("isc.org", "timeout")},
    ),
    (  # the same in the newer errors plugin's words; a SERVFAIL with no error line for its name stays
        '[INFO] 10.244.0.5:40000 - 1 "A IN api.corp.test. udp 40 false 512" SERVFAIL qr,rd 40 2.0s\n'
        '[INFO] 10.244.0.5:40000 - 2 "A IN db.corp.test. udp 40 false 512" SERVFAIL qr,rd 40 2.0s\n'
        "[ERROR] plugin/errors: 2 api.corp.test. A: read udp 10.244.0.5:1->8.8.8.8:53: i/o timeout",
        {("api.corp.test", "timeout"), ("db.corp.test", "servfail")},
    ),
    (  # Rust's tracing span path before hickory's NXDomain header: its words are no names
        '2024-06-01T06:12:24Z DEBUG request{dest="api.corp.test"}:send:resolve:well-known:ip: hickory_resolver::error: '
        "Response:; header 23768:RESPONSE:RD,RA:NXDomain:QUERY:0/1/0\n"
        '2024-06-01T06:12:24Z DEBUG request{dest="api.corp.test"}:send:resolve:well-known:ip: no record found for '
        'Query { name: Name("api.corp.test."), query_type: A, query_class: IN }',
        {("api.corp.test", "nxdomain")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_a_placeholder_in_the_resolver_pools_slot_is_flagged() -> None:
    text = "socket.gaierror: Name or service not known: <My Domain> using 1 resolver(s)"
    assert flagged(text) == {("<my domain>", "nxdomain", True)}


def test_grpc_channel_target_with_a_slot_word_is_flagged() -> None:
    text = "stub = Stub(grpc.insecure_channel('k8s-service-name:port'))\n" + '  details = "Name resolution failure"'
    assert flagged(text) == {("k8s-service-name", "other", True)}


@pytest.mark.parametrize(
    "text",
    [
        "Found 3 resolver(s): a, b, c",  # a count of resolvers with no failure
        "query failed (NOERROR) for x.corp.test/IN/A",  # no error code
        '  details = "Name resolution failure"',  # no channel in the paste
        "lookup -: no such host",  # a dash alone is no name
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "query failed (REFUSED) for a/IN/",
        ";; Connection to 1#53(1) for a failed: ",
        ";; Question section mismatch: got a/A/",
        'details = "Name resolution failure" insecure_channel(\'a',
        "Name or service not known: <a> using 1 resolver(s",
        '"A IN a. udp 1 false 1" SERVFAIL [ERROR 0 a. A] ',
        "}:send:resolve:a:b:",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # dig goes on to the next server: the answer printed below means the name resolved
        ";; Connection to ::1#53(::1) for example.com failed: connection refused.\n"
        ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n;; ANSWER SECTION:\nexample.com.\t300\tIN\tA\t1.2.3.4",
        ";; Connection to 10.0.0.2#53(10.0.0.2) for api.corp.test failed: timed out.\nServer:\t\t10.0.0.3\n"
        "Address:\t10.0.0.3#53\n\nName:\tapi.corp.test\nAddress: 1.2.3.4",
        # an IPv6 server unreachable from a host without IPv6: dig tries the next one
        ";; Connection to 2001:4860::8888#53(2001:4860::8888) for example.com failed: network unreachable.",
        # dig waits for the right answer and prints it
        ";; Question section mismatch: got api.corp.test.corp.local/A/IN\n;; Got answer:\n"
        ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 2",
    ],
)
def test_a_tools_complaint_about_one_server_before_an_answer_is_no_failure(text: str) -> None:
    assert parse_failures(text) == []


def test_a_span_paths_dotted_part_is_still_a_name() -> None:
    text = "ERROR conn{peer=x}:api.corp.test: failed to lookup address information: Name or service not known"
    assert found(text) == {("api.corp.test", "nxdomain")}


def test_coredns_servfail_takes_the_kind_of_its_own_names_error_only() -> None:
    # a client's own `server misbehaving` for the name stays, beside CoreDNS's error for it
    text = (
        "lookup api.corp.test on 10.96.0.10:53: server misbehaving\n"
        "[ERROR] plugin/errors: 2 api.corp.test. A: read udp 1.1.1.1:1->8.8.8.8:53: i/o timeout"
    )
    assert found(text) == {("api.corp.test", "servfail"), ("api.corp.test", "timeout")}
