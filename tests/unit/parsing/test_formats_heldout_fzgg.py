"""Formats held-out sets FZ to GG read wrong when they were measured (issue #17, 2026-12-05, session 51; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import source_mined
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Go's cgo resolver on Alpine: musl's EAI_NODATA text
        '{"action":"cluster_attempt_join","error":"lookup weaviate-headless.db.svc.cluster.local: Name has no usable '
        'address","level":"warning"}',
        {("weaviate-headless.db.svc.cluster.local", "nxdomain")},
    ),
    (  # gRPC's c-ares resolver: ARES_ENODATA's text
        "DNS resolution failed for localhost:30081: C-ares status is not ARES_SUCCESS qtype=A name=localhost "
        "is_balancer=0: DNS server returned answer with no data",
        {("localhost", "nxdomain")},
    ),
    (  # OrbStack's DNS server: a resolver's `no such record`
        'time="04-01 20:51:23" level=warning msg="DNS query failed" error="no such record" name=debian01. type=A',
        {("debian01", "nxdomain")},
    ),
    (  # Bitnami's start-up check inside a terminal's box (the bare `could not be resolved`)
        '│ sonarqube 16:12:08.69 WARN  ==> Hostname "rds.example.app" could not be resolved, this could lead to '
        "connection issues                 │\n│ sonarqube 16:12:08.69 INFO  ==> Creating SonarQube configuration   │",
        {("rds.example.app", "nxdomain")},
    ),
    (  # ZooKeeper's client: Java's unresolved address, no reason
        "Unable to open socket to zookeeper.kafka.svc.cluster.local/<unresolved>:2181 "
        "(org.apache.zookeeper.ClientCnxnSocketNIO)",
        {("zookeeper.kafka.svc.cluster.local", "other")},
    ),
    (  # the Neo4j Python driver
        "chatbot  | ValueError: Cannot resolve address neo4j-db:7687",
        {("neo4j-db", "nxdomain")},
    ),
    (  # Thanos' / dskit's DNS provider: the name in Go's %q inside a logfmt value
        'name=metadata-cache msg="failed to resolve addresses for memcached" addresses=dns+memcached.cortex.svc:11211 '
        'err="lookup IP addresses \\"memcached.cortex.svc\\": i/o timeout"',
        {("memcached.cortex.svc", "timeout")},
    ),
    (  # curl: the proxy as given, a word too
        "$ curl --proxy unknown http://localhost\ncurl: (5) Could not resolve proxy: unknown",
        {("unknown", "nxdomain")},
    ),
    (  # BIND's lame-servers category: a malformed answer
        "lame-servers: info: FORMERR resolving 'proxysql.service.consul/AAAA/IN': 10.140.33.172#8600",
        {("proxysql.service.consul", "other")},
    ),
    (  # cert-manager: the zone search's failure, the challenge's domain on the line above
        'I0222 21:38:32.618977       1 dns.go:89] Presenting DNS01 challenge for domain "shop.example.org"\n'
        'E0222 21:38:32.621899       1 controller.go:207] challenges controller: Re-queuing item "default/wildcard" '
        "due to error processing: Could not find the start of authority",
        {("shop.example.org", "other")},
    ),
    (  # lego: the same, its `[h] error presenting token:` wrapped above
        "[shop.example.net] error presenting token: Gandi DNS: findZoneByFqdn failure: \n"
        "Could not find the start of authority",
        {("shop.example.net", "other")},
    ),
    (  # a hex-letter name with its port before the reason is no IPv6 address's first group
        "Error connecting to db:6379: Name or service not known",
        {("db", "nxdomain")},
    ),
    (  # busybox's `bad address` (any failure) beside nslookup's stated reason for the same name: the stated one
        "$ nc -vz orders 6565\nnc: bad address 'orders'\n$ nslookup orders\n"
        "nslookup: can't resolve 'orders': Try again",
        {("orders", "temporary")},
    ),
]

LOOKALIKES = [
    # busybox's ping6 handed an address (a terminal's carriage return over the program's name)
    "'ing6: bad address 'f00d::c0a8:210b:0:81db",
    # Node's connect to the address a name resolved to
    "warn: Unable to resolve IP address using http://myip.example.com connect ETIMEDOUT 50.17.235.25:80",
    # the Neo4j driver's address with no port is not this format's
    "Cannot resolve address space for the new volume",
]


test_each_format_is_read = reads(ROUND, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


def test_a_structured_lines_key_is_no_name() -> None:
    # logr's `"msg"="..."`: its key is never the name (the line's own name field may be)
    text = (
        'cert-manager/controller/challenges "msg"="propagation check failed" "error"="dial tcp 64.4.48.5:53: i/o '
        'timeout" "resource_kind"="Challenge"'
    )
    assert "msg" not in {f.host for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # LABELS.md clause 1: a mask word as a whole label, in lower case too
        (
            "lookup weaviate-headless.redacted.svc.cluster.local: no such host",
            ("weaviate-headless.redacted.svc.cluster.local", True),
        ),
        # clause 2: the slot's two words run together before the top-level label
        ('Hostname "rds.domainname.app" could not be resolved', ("rds.domainname.app", True)),
        # clause 2 (added after FZ-GG): `some-` and the word for a host or service ...
        ("Error: getaddrinfo EAI_AGAIN some-external-host", ("some-external-host", True)),
        # ... not Docker Hub's example names, a product's name last
        ("Error: getaddrinfo ENOTFOUND some-mysql", ("some-mysql", False)),
        # the Neo4j driver's `URL` for the address it was given
        ("ValueError: Cannot resolve address URL:7687", ("url", True)),
    ],
)
def test_stand_ins_of_this_round(text: str, want: tuple[str, bool]) -> None:
    assert [(f.host, f.redacted) for f in parse_failures(text)] == [want]


def test_every_rule_of_the_module_fires() -> None:
    from tests.unit.parsing.test_formats_sourcemined_probes2 import FORMATS

    assert unfired(source_mined.RULES, [text for text, _ in [*ROUND, *FORMATS]]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Unable to open socket to a.b/<unresolved>:1 ",
        "Cannot resolve address a.b:1 ",
        'lookup IP addresses \\"a.b\\": x ',
        'Presenting DNS01 challenge for domain "a.b"\n',
        "Could not find the start of authority\n",
        "FORMERR resolving 'a.b/A/IN': ",
        "bad address 'f00d::1' ",
        '"msg"="x" ',
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
