"""The paste parser's rules: every format's example yields its failure and fields, ordinary chat and non-DNS
errors do not match, one entry per host and kind, host clean-up, Slack/JSON unescaping, and what a name says
about Kubernetes."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from checks.parsing import DnsFailure, normalize, parse_failures
from checks.parsing.k8s_names import service_and_namespace
from tests.unit.parsing.examples import EXAMPLES as OLDER
from tests.unit.parsing.examples_2026_12 import EXAMPLES_2026_12
from tests.unit.parsing.rounds import reads_nothing

EXAMPLES = OLDER + EXAMPLES_2026_12

CHAT: list[str] = [
    "DNS is always the problem lol",
    "can someone look at the coredns dashboard?",
    "we need a lookup table for the config",
    "lookup table for the config timed out on the build",
    "timeout on the build again, retrying",
    "nslookup works fine from the node, it's only the pod",
    "failed to resolve dependencies for module github.com/foo/bar",
    "Could not resolve the merge conflict, can you rebase?",
    "dial tcp 10.96.0.1:443: i/o timeout",
    "Get https://10.96.0.1:443/version: dial tcp 10.96.0.1:443: connect: connection refused",
    "upstream timed out (110: Operation timed out) while reading response header from upstream",
    "HTTP/1.1 504 Gateway Time-out",
    "The server could not resolve your request, status 400",
    "*** Can't find kubernetes.default.svc.cluster.local: No answer",
    "Name:   kubernetes.default.svc.cluster.local\nAddress: 10.96.0.1",
    "ping: cannot ping 10.0.0.1: permission denied",
    'psql: error: connection to server at "10.1.2.3", port 5432 failed: Connection refused',
    "java.net.ConnectException: Connection refused (Connection refused)",
    "HTTPConnectionPool(host='localhost', port=8080): Read timed out. (read timeout=5)",
    "HTTPConnectionPool(host='billing', port=80): Max retries exceeded (Caused by ConnectTimeoutError("
    "'Connection to billing timed out. (connect timeout=5)'))",
    # look-alikes of the formats added with the 2026-12 pastes
    "Could not connect to Redis at 127.0.0.1:6379: Connection refused",
    "Could not connect to Redis at redis:6379: Connection refused",
    "Redis::CannotConnectError: Error connecting to Redis on redis:6379 (Errno::ECONNREFUSED)",
    "ERROR 2003 (HY000): Can't connect to MySQL server on 'mysql' (111)",
    "[error] 31#31: *2359 upstream timed out (110: Operation timed out) while connecting to upstream",
    "the test got an unexpected response for request 42",
    "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tapi.shop.svc.cluster.local\nAddress: 10.1.2.3\n\n"
    "*** Can't find api.shop.svc.cluster.local: No answer",
    '[INFO] 10.244.1.3:33509 - 51831 "A IN api.default.svc.cluster.local.default.svc.cluster.local. udp 80 false 512" '
    "NXDOMAIN qr,aa,rd 173 0.0002208s",
    "Pinging files.corp.local [10.1.1.5] with 32 bytes of data:\nRequest timed out.",
    "upstream connect error or disconnect/reset before headers. reset reason: connection failure",
    "System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively "
    "refused it. (localhost:5000)",
    "telnet: connect to address 172.217.26.243: Operation timed out",
    "Get https://registry-1.docker.io/v2/: net/http: TLS handshake timeout",
]


def _first(text: str) -> DnsFailure:
    failures = parse_failures(text)
    assert failures, f"no failure found in {text!r}"
    return failures[0]


@pytest.mark.parametrize(("text", "want"), [(t, w) for _, t, w in EXAMPLES], ids=[i for i, _, _ in EXAMPLES])
def test_each_format_yields_the_failure_and_its_fields(text: str, want: dict[str, Any]) -> None:
    got = asdict(_first(text))
    assert {k: got[k] for k in want} == want
    assert got["excerpt"] and len(got["excerpt"]) <= 240


test_ordinary_chat_and_non_dns_errors_do_not_match = reads_nothing(CHAT, None)


def test_one_entry_per_host_and_kind_in_order_of_first_appearance() -> None:
    paste = (
        "[ERROR] plugin/errors: 2 b.example.com. A: read udp 1.1.1.1:1->8.8.8.8:53: i/o timeout\n"
        "[ERROR] plugin/errors: 2 b.example.com. AAAA: read udp 1.1.1.1:2->8.8.8.8:53: i/o timeout\n"
        "curl: (6) Could not resolve host: a.example.com\n"
        "dial tcp: lookup b.example.com on 10.96.0.10:53: no such host\n"
    )
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [
        ("b.example.com", "timeout"),
        ("a.example.com", "nxdomain"),
        ("b.example.com", "nxdomain"),
    ]


def test_an_unspecific_report_gives_way_to_a_specific_one_for_the_same_host() -> None:
    paste = (
        "wget: unable to resolve host address 'x.example.com'\n"
        "Resolving x.example.com... failed: Name or service not known."
    )
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("x.example.com", "nxdomain")]


def test_hosts_are_lower_cased_without_the_trailing_dot_and_ips_are_not_hosts() -> None:
    assert _first("dial tcp: lookup API.Example.COM. on 10.0.0.2:53: no such host").host == "api.example.com"
    assert parse_failures("dial tcp: lookup 10.96.0.1: no such host") == []
    assert parse_failures("getaddrinfo ENOTFOUND 127.0.0.1") == []
    # issue #17 (held-out N, HELDOUT-n.md's recorded choice): an `ip:port` string handed to getaddrinfo as a name
    # (ioredis) is reported as the address, as printed
    assert [(f.host, f.kind) for f in parse_failures("getaddrinfo ENOTFOUND 127.0.0.1:6379")] == [
        ("127.0.0.1", "nxdomain")
    ]


def test_normalize_undoes_slack_and_json_escaping() -> None:
    assert normalize("<https://a.b/c|a.b/c> and <https://x.y/z>") == "a.b/c and https://x.y/z"
    assert normalize("a -&gt; b &lt;c&gt; &amp;") == "a -> b <c> &"
    assert normalize('E {"e":"Get \\"http://h\\"\\nnext"}') == 'E {"e":"Get "http://h"\nnext"}'
    assert normalize('{"e":"Get \\"http://h\\"\\nnext"}') == 'e:\nGet "http://h"\nnext'  # a JSON log object, by field
    assert normalize('\\\\\\"double\\\\\\"') == '"double"'
    assert normalize("<mailto:a@b.c|a@b.c> <@U1> <#C1|ops> <!here>") == "a@b.c @U1 #ops !here"
    assert normalize("```code```") == "\ncode\n"


@pytest.mark.parametrize(
    ("host", "want"),
    [
        ("default-keystone", ("default-keystone", None)),
        ("keystone.onecloud", ("keystone", "onecloud")),
        ("keystone.onecloud.svc", ("keystone", "onecloud")),
        ("keystone.onecloud.svc.cluster.local", ("keystone", "onecloud")),
        ("keystone.onecloud.svc.corp.example", ("keystone", "onecloud")),
        ("pg-0.pg-headless.db.svc.cluster.local", ("pg-headless", "db")),
        ("github.com", (None, None)),
        ("registry-1.docker.io", (None, None)),
        ("api.openai.com", (None, None)),
        ("example2.nl", (None, None)),
        ("asdf.qa", ("asdf", "qa")),
        ("svc.cluster.local", (None, None)),
        ("localhost", (None, None)),
        ("10.96.0.10", (None, None)),
    ],
)
def test_what_a_name_says_about_kubernetes(host: str, want: tuple[str | None, str | None]) -> None:
    assert service_and_namespace(host) == want
