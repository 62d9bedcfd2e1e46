"""Formats held-out sets GX to HE read wrong when they were measured (issue #17, 2026-12-06, session 54; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.doubled_search import doubled_search_name
from checks.parsing.rules import connect_trace_texts
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly


def _cut(record: str, width: int) -> str:
    """`record` as a terminal `width` columns wide shows it: cut there, the rest on the next line."""
    assert record[width - 1].isalnum() and record[width].isalnum()  # the cut falls inside a word
    return record[:width] + "\n" + record[width:]


ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # MySQL 5.7's replica: client error 2005 (CR_UNKNOWN_HOST), the name as the replica was given it
        "2018-11-22T13:41:52.305689Z 13 [ERROR] Slave I/O for channel '': error connecting to master "
        "'repl_user@db-2.db-headless:3306' - retry-time: 10  retries: 1, Error_code: 2005",
        {("db-2.db-headless", "other")},
    ),
    (  # ... MySQL 8's wording and code, a stray `//` kept as printed
        "2024-01-02T03:04:05.678901Z 9 [ERROR] [MY-010584] [Repl] Replica I/O for channel '': error connecting to "
        "source 'sys_replication@//mysql-0.mysql.default:3306' - retry-time: 1 retries: 3, Error_code: MY-002005",
        {("//mysql-0.mysql.default", "other")},
    ),
    (  # Spark's SendingConnection: NIO's UnresolvedAddressException right under `Error connecting to h:port`
        "14/12/09 17:02:41 ERROR SendingConnection: Error connecting to 27e434cf36ac:35093\n"
        "java.nio.channels.UnresolvedAddressException\n    at sun.nio.ch.Net.checkAddress(Net.java:127)",
        {("27e434cf36ac", "other")},
    ),
    (  # Liqo's gateway (klog): `DNS "h" not found`
        'wireguard W0522 20:26:04.698912       1 dns.go:68] DNS "gw.elb.us-east-1.amazonaws.com" not found',
        {("gw.elb.us-east-1.amazonaws.com", "nxdomain")},
    ),
    (  # the Ruby MongoDB driver: `getaddrinfo:` with no name, the address it was adding a few lines above
        "D, [2016-07-21T14:03:55.397000 #1] DEBUG -- : MONGODB | Adding 59dab37a6e17:27017 to the cluster.\n"
        "D, [2016-07-21T14:03:55.581000 #1] DEBUG -- : MONGODB | getaddrinfo: name or service not known",
        {("59dab37a6e17", "nxdomain")},
    ),
    (  # Bitnami's libnet under `set -x`: `dns_lookup h`, then the test of its empty answer
        "++ check_host redis-cluster-0.redis-cluster-headless\n+++ dns_lookup redis-cluster-0.redis-cluster-headless\n"
        "+++ local host=redis-cluster-0.redis-cluster-headless\n+++ local ip_version=\n"
        "+++ getent ahosts redis-cluster-0.redis-cluster-headless\n+++ awk '/STREAM/ {print $1 }'\n+++ head -n 1\n"
        "++ [[ '' == '' ]]\n++ false\n++ sleep 5",
        {("redis-cluster-0.redis-cluster-headless", "other")},
    ),
    (  # busybox nslookup under the command: a node's own search domain after a dotted name is the name asked
        "root@dnsutils:/# nslookup google.com\nServer:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n"
        "** server can't find google.com.example.com: SERVFAIL",
        {("google.com", "servfail")},
    ),
    (  # Go's net.DNSError dumped by gomega, inside a code fence whose own line has no indentation
        '```\n            Err: <*net.DNSError | 0x4000ba1e00>{\n                Err: "server misbehaving",\n'
        '                Name: "i-09c274ca42e0d4fbf",\n                Server: "127.0.0.53:53",\n'
        "                IsTimeout: false,\n            }\n```",
        {("i-09c274ca42e0d4fbf", "servfail")},
    ),
    (  # ... and under a sentence of prose, its fields indented 16 spaces (the wrapping probe's `lead`)
        "The test fails with:\n\n            Err: <*net.DNSError | 0x4000ba1e00>{\n"
        '                Err: "no such host",\n                Name: "api.shop.svc",\n'
        '                Server: "10.96.0.10:53",\n                IsTimeout: false,\n            }',
        {("api.shop.svc", "nxdomain")},
    ),
    (  # a log viewer's copy: an HTML line break at each line's end
        "Error: getaddrinfo EAI_AGAIN Dashy<br>\n"
        "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:71:26) {<br>\n  hostname: 'Dashy'<br>\n}<br>",
        {("dashy", "temporary")},
    ),
    (  # Node handed a configuration's typographic quotes with the name: the name as printed
        "[12/22/2021] [9:57:44 AM] [Global   ] \u203a \u2716  error     getaddrinfo ENOTFOUND \u201cdb\u201d",
        {("\u201cdb\u201d", "nxdomain")},
    ),
    (  # a journal whose records a terminal cut at its width (189 here), each once, inside a word
        _cut(
            "Jul 30 13:35:48 ctl-01 kubelet[455]: E0730 13:35:48.148329     455 event.go:207] Unable to write event: "
            "'Post https://kubernetes.service.consul:6443/api/v1/events: dial tcp: lookup kubernetes.service.consul on "
            "127.0.0.1:53: no such host' (may retry after sleeping)",
            189,
        )
        + "\n"
        + _cut(
            "Jul 30 13:35:48 ctl-01 kubelet[455]: E0730 13:35:48.178375     455 manager.go:229] Registration of the "
            "rkt container factory failed: unable to communicate with rkt: cannot tcp Dial rkt apiservice: dial tcp "
            "[::1]:15441: getsockopt: connection refused",
            189,
        ),
        {("kubernetes.service.consul", "nxdomain")},
    ),
]

LOOKALIKES = [
    # a MySQL replica's other errors: access denied (1045), a refused connection (2003)
    "2018-11-22T13:41:52.305689Z 13 [ERROR] Slave I/O for channel '': error connecting to master "
    "'repl@db-2.db-headless:3306' - retry-time: 10  retries: 1, Error_code: 1045",
    "2018-11-22T13:41:52.305689Z 13 [ERROR] Slave I/O for channel '': error connecting to master "
    "'repl@db-2.db-headless:3306' - retry-time: 10  retries: 1, Error_code: 2003",
    # NIO's exception with an address, or under a line that names no `h:port`
    "ERROR SendingConnection: Error connecting to 10.0.0.7:35093\njava.nio.channels.UnresolvedAddressException",
    "ERROR Connection lost\njava.nio.channels.UnresolvedAddressException",
    # `DNS "h" found`, and the Ruby driver's address that is an IP
    'dns.go:68] DNS "gw.example.com" resolved to 10.0.0.1',
    "MONGODB | Adding 10.0.0.5:27017 to the cluster.\nMONGODB | getaddrinfo: name or service not known",
    # Bitnami's look-up that answered
    "+++ dns_lookup redis-0.redis-headless\n+++ getent ahosts redis-0.redis-headless\n++ [[ 10.1.2.3 == '' ]]",
    # Cilium's DNS proxy answering NXDOMAIN for an outside name with the cluster's suffix: a search-path try
    'level=debug msg="Received DNS response to proxied lookup" dnsName=www.baidu.com.cluster.local. '
    'resp=";; opcode: QUERY, status: NXDOMAIN, id: 35742"',
]


test_each_format_is_read = reads(ROUND, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


@pytest.mark.parametrize(
    ("host", "try_of_another"),
    [
        ("www.baidu.com.cluster.local", True),
        ("api.example.com.payments.svc.cluster.local", True),
        ("api.example.com.svc.cluster.local", True),  # more labels than a Service's or a headless pod's name
        ("nats.dev.svc.cluster.local", False),  # a Service in namespace `dev`
        ("redis.default.svc.cluster.local", False),
        ("kafka-0.kafka-headless.kafka.svc.cluster.local", False),  # a headless pod's name
        # (a headless pod in a namespace named like a top-level label, `com`, would read as a try: none is known)
        ("foo.cluster.local", False),
    ],
)
def test_an_outside_name_with_the_cluster_suffix_is_a_search_try(host: str, try_of_another: bool) -> None:
    assert doubled_search_name(host, "nxdomain") is try_of_another
    assert doubled_search_name(host, "servfail") is False  # another answer is the resolver's own failure


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # LABELS.md clause 2: a possessive, then the words for a domain's address, typed in capitals over a name
        ("Error: getaddrinfo EAI_AGAIN tandoor.MY-PUBLIC-DOMAIN-ADDRESS", [("tandoor.my-public-domain-address", True)]),
        ("curl: (6) Could not resolve host: your_server_host_name", [("your_server_host_name", True)]),
        # ... not a chart's release name that starts with `my-`
        ("curl: (6) Could not resolve host: my-web-server", [("my-web-server", False)]),
    ],
)
def test_stand_ins_of_this_round(text: str, want: list[tuple[str, bool]]) -> None:
    assert [(f.host, f.redacted) for f in parse_failures(text)] == want


def test_every_rule_of_the_new_module_fires() -> None:
    from tests.unit.parsing.test_formats_sourcemined_probes6 import FORMATS

    assert unfired(connect_trace_texts.RULES, [text for text, _ in [*ROUND, *FORMATS]]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "error connecting to master 'a@b:1' - retry-time: 1 ",
        "Error connecting to a:1\njava.nio.channels.UnresolvedAddressException ",
        'DNS "a.b" not ',
        "MONGODB | Adding a:1 to the cluster.\nMONGODB | getaddrinfo: ",
        "+++ dns_lookup a\n",
        "getaddrinfo ENOTFOUND \u201ca\u201d ",
        "a<br>\n",
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
