"""Formats met in corpus sets P to W (issue #17, 2026-12-05: held-out ED-EK's eight themes again, real pastes read
before the next held-out measure): each test names the program and the format, with look-alikes that must stay no
failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # nginx with a Lua module: the URL the message names, not the request context's `server:` / `host: "..."`
        "2018/07/27 09:25:55 [error] 1311#0: *1 [lua] access.lua:103: received temporary failure in name resolution "
        'from https://accounts.google.com/o/oauth2/token, client: 10.10.1.10, server: sso.example.org, request: "GET '
        '/_oauth?state=https%3A%2F%2Fsso.example.org%2F HTTP/1.1", host: "sso.example.org", referrer: '
        '"https://accounts.google.es/"',
        {("accounts.google.com", "temporary")},
    ),
    (  # ... nginx's own resolver error, the `upstream:` field still readable when the message names nothing
        "2024/01/02 10:00:00 [error] 7#7: *3 no resolver defined to resolve api.internal.example, client: 10.0.0.9, "
        'server: _, request: "GET / HTTP/1.1", upstream: "http://api.internal.example/", host: "gw.example.org"',
        {("api.internal.example", "other")},
    ),
    (  # Armeria (Confluent Control Center): the Netty resolver's words, not the logger's class ending the line
        "[2023-06-12 16:31:57,326] WARN [creqId=bdeb1c21][http://schema-registry:8081/#GET] Response: {length=0B, "
        "cause=com.linecorp.armeria.client.UnprocessedRequestException: java.net.UnknownHostException: Failed to "
        "resolve 'schema-registry' after 2 queries , headers=[:status=0]} (com.linecorp.armeria.client.logging."
        "LoggingClient)",
        {("schema-registry", "nxdomain")},
    ),
    (  # the Python driver of YCQL (cqlsh): a server's error repr, `<Error from server: ... message="...` is no tag
        "Connection error: ('Unable to connect to any servers', {'10.4.18.3': <Error from server: code=0000 [Server "
        'error] message="Server Error. Resolve failed yb-tserver-0.yb-tservers.yb.svc.cluster.local: Host not found '
        "(authoritative)",
        {("yb-tserver-0.yb-tservers.yb.svc.cluster.local", "nxdomain")},
    ),
    (  # ... franz-go (Redpanda Console) dialling a listener URL handed over whole: the URL's address
        "WRN logger=kafka_client msg=unable to open connection to broker addr=[PLAINTEXT://192.168.100.5:9092]:9092 "
        "broker=seed_0 err=dial tcp: lookup PLAINTEXT://192.168.100.5:9092: no such host",
        {("192.168.100.5", "nxdomain")},
    ),
]

LOOKALIKES = [
    # a bare address in Go's look-up slot is no name (LABELS.md; corpus set P's one row says otherwise)
    "Failed to connect to broker [[10.3.3.42:9092 dial tcp: lookup 10.3.3.42: no such host]]",
    # Go's (cgo) reverse look-up names its address without a dial: no name failed
    'level=debug msg="reverse lookup failed" err="lookup 10.0.0.1: no such host"',
    # nginx's request context alone: a refused upstream, the request's Host header and server name
    "2024/01/02 10:00:00 [error] 7#7: *3 connect() failed (111: Connection refused) while connecting to upstream, "
    'client: 10.0.0.9, server: app.example.org, request: "GET / HTTP/1.1", upstream: "http://10.0.0.7:8080/", '
    'host: "app.example.org"',
    # an HTML start tag's attribute value next to a proxy's `Unknown Host` page title
    '<title>Unknown Host</title><BODY BGCOLOR="white" FGCOLOR="black">',
]


# Read from products' own source on the same day (fetch only): guards and one widening, each with its program.
SOURCE_ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Tailscale's bootstrap DNS: its wrapper quotes the name, Go's own look-up names it unquoted (one failure)
        '2024/05/01 10:55:00 bootstrap DNS lookup "controlplane.example.com": lookup controlplane.example.com on '
        "169.254.169.254:53: no such host",
        {("controlplane.example.com", "nxdomain")},
    ),
    (  # Go's own quoted look-up keeps its quotes (held-out N)
        'dial tcp: lookup "54.218.162.46": no such host',
        {('"54.218.162.46"', "nxdomain")},
    ),
]

SOURCE_LOOKALIKES = [
    # Eureka: a type's name after the verb, the instance's host in its fields
    "ERROR c.n.d.s.resolver.ResolverUtils : Cannot resolve InstanceInfo InstanceInfo [instanceId = "
    "eureka-1.eureka.platform.svc.cluster.local:eureka:8761, hostName = eureka-1.eureka.platform.svc.cluster.local]",
    # gRPC's route look-up service: a CamelCase type's own look-up
    "FINE: [RLS Entry RouteLookupRequest{target=pubsub.googleapis.com, keyMap={}}] RouteLookup failed: "
    "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
    # Terraform's lookup() function missing a map key
    'Call to function "lookup" failed: lookup failed to find key "s3.ap-south-2.amazonaws.com".',
    # Nomad's ID prefix, wget2's URI resolution, Predis' transaction strategy, Deno's package resolution
    'Unable to resolve ID: "redis.cache.service.consul"',
    "Cannot resolve BASE URI https://docs.acme.io:8443/v2/",
    "production.ERROR: Cannot resolve strategy associated with this connection type "
    '{"connection":"tcp://redis-cluster.cache.svc.cluster.local:6379"}',
    "error: Failed resolving 'pg' from referrer 'file:///srv/app/src/db/connect.ts'.",
    # Npgsql's data type name
    "System.NotSupportedException: Cannot resolve 'hstore' to a fully qualified datatype name.",
    # an application's geo look-up timing out against a resolved service
    '{"level":"error","msg":"geo lookup failed","err":{"message":"timeout of 5000ms exceeded","code":"ECONNABORTED"},'
    '"url":"http://geo-lookup.location.svc.cluster.local:8080/lookup?ip=81.2.69.160"}',
]


def test_a_host_written_camelcase_ending_its_phrase_is_still_read() -> None:
    # the type-name guard needs more words after the CamelCase word; a host so written ends its phrase
    assert {h for h, _ in found("could not resolve MyServer: Name or service not known")} == {"myserver"}
    assert {h for h, _ in found("DnsLookup failed for api.corp.example: no such host")} == {"api.corp.example"}


@pytest.mark.parametrize(("text", "want"), [*ROUND, *SOURCE_ROUND])
def test_each_format_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", [*LOOKALIKES, *SOURCE_LOOKALIKES])
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []


def test_a_hostile_megabyte_of_nginx_context_parses_quickly() -> None:
    line = megabyte_of('[error] 1#1: *1 failed to resolve a.b, client: c, server: d.e, host: "f.g", ')
    assert best_of(3, lambda: parse_failures(line)) < GUARD
