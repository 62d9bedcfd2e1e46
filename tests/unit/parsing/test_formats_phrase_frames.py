"""Phrasings a program may use around a resolver's words, found by probing the parser with every combination of a
verb frame, a resolver's reason and a log shape (issue #17, session 53; the frames are invented, the reasons are the
resolvers' own): each test names the frame, with look-alikes of the same frames that must stay no failure."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import found

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # the look-up's noun before its object, a single-label name (a Compose service)
        "2025-03-04T05:06:07.891Z ERROR [worker-3] Lookup of postgres failed: Name or service not known",
        {("postgres", "nxdomain")},
    ),
    (  # ... a dotted name under no known top-level domain
        "Lookup of kafka-0.kafka-headless.data failed: Temporary failure in name resolution",
        {("kafka-0.kafka-headless.data", "temporary")},
    ),
    (  # `resolution of h failed (reason)`
        '{"level":"error","msg":"resolution of user-service failed ([Errno -3] Temporary failure in name resolution)"}',
        {("user-service", "temporary")},
    ),
    (  # the C calls with their argument
        "E0304 05:06:07.891234       1 client.go:218] getaddrinfo(postgres) failed: Name or service not known",
        {("postgres", "nxdomain")},
    ),
    (
        "gethostbyname(redis-cache) failed: No address associated with hostname",
        {("redis-cache", "nxdomain")},
    ),
    (  # the predicate after the name says it failed
        'time="2025-03-04T05:06:07Z" level=error msg="sync failed" err="host postgres could not be resolved: '
        'Name or service not known"',
        {("postgres", "nxdomain")},
    ),
    (
        "acme.errors.ConnectError: user-service could not be resolved (SERVFAIL)",
        {("user-service", "servfail")},
    ),
    (
        "upstream kafka-0.kafka-headless.data failed to resolve: server misbehaving",
        {("kafka-0.kafka-headless.data", "servfail")},
    ),
    (  # `connecting to h on port N: reason`
        "Error connecting to postgres on port 5432: No such host is known.",
        {("postgres", "nxdomain")},
    ),
    (  # apt's phrase with the resolver's own words in parentheses after it: they say how
        "Could not resolve 'redis-master.cache.svc.cluster.local' (Temporary failure in name resolution)",
        {("redis-master.cache.svc.cluster.local", "temporary")},
    ),
    (  # ... apt's own, with no reason: nxdomain (LABELS.md)
        "Err:1 http://deb.debian.org/debian bookworm InRelease\n  Could not resolve 'deb.debian.org'",
        {("deb.debian.org", "nxdomain")},
    ),
    (  # .NET's `No such host is known. (h:port)` on a log4j line: the logger in parentheses at its end is no name
        "[2025-03-04 05:06:07,891] WARN Failed to resolve kafka-1.kafka-headless: No such host is known. "
        "(org.apache.kafka.clients.NetworkClient)",
        {("kafka-1.kafka-headless", "nxdomain")},
    ),
    (  # ... .NET's own form still names the host in parentheses
        "System.Net.Http.HttpRequestException: No such host is known. (identity-api:80)",
        {("identity-api", "nxdomain")},
    ),
]

LOOKALIKES = [
    "Error connecting to postgres on port 5432: Connection refused",
    "host postgres could not be reached: connection timed out",
    "[2025-03-04 05:06:07,891] ERROR connection to kafka-1:9092 failed: Connection refused (com.acme.Client)",
    "Lookup of the user failed: permission denied",
    "getaddrinfo(postgres) returned 10.0.3.7",
    # (review) a bare `failed` after a noun names a step, not a host; a name the program connected to resolved
    "host sync failed: Temporary failure in name resolution",
    "hostname check failed: Name or service not known",
    "Resolution of dependencies failed: Temporary failure in name resolution",
    "[INFO] Connected to kafka:9092\n[ERROR] getaddrinfo: Temporary failure in name resolution",
]


@pytest.mark.parametrize("text,want", FORMATS, ids=[f"format-{i}" for i in range(len(FORMATS))])
def test_each_frame_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", LOOKALIKES, ids=[f"lookalike-{i}" for i in range(len(LOOKALIKES))])
def test_lookalikes_name_no_failure(text: str) -> None:
    assert found(text) == set()
