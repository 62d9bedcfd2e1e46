"""Formats found by probing on 2026-12-04 with messages of common cluster software (issue #17): each test names the
runtime and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


def test_openresty_lua_resty_dns_rcode_three_after_a_colon_is_nxdomain() -> None:
    # lua-resty-dns's query error as an OpenResty script logs it: `server returned error code: 3: name error`
    text = 'failed to resolve "redis.default.svc": server returned error code: 3: name error'
    assert {(f.host, f.kind) for f in parse_failures(text)} == {("redis.default.svc", "nxdomain")}


def test_openresty_lua_resty_dns_rcode_two_after_a_colon_is_servfail() -> None:
    text = 'failed to resolve "auth.corp.svc": server returned error code: 2: server failure'
    assert {(f.host, f.kind) for f in parse_failures(text)} == {("auth.corp.svc", "servfail")}


def test_iputils_ping_reads_a_compose_service_named_by_a_common_word() -> None:
    # `ping: NAME: <reason>`: ping's own slot holds what it was given, a Compose service called `server` too
    assert {(f.host, f.kind) for f in parse_failures("ping: server: Name or service not known")} == {
        ("server", "nxdomain")
    }
    assert parse_failures("ping: socket: Operation not permitted") == []


@pytest.mark.parametrize(
    "text",
    [
        "could not find host app-0.corp.io in inventory",  # a list's look-up (Ansible's), not DNS's
        "error: failed to lookup user 'nobody' in /etc/passwd",  # an account's
        "E1204 controller.go:114] error syncing 'default/web': failed to resolve endpoints for service default/web: "
        'endpoints "web" not found',  # a Service's endpoints, from the API
        'Error: failed to resolve the Docker host: context "colima" does not exist',  # the Docker CLI's context
    ],
)
def test_look_ups_of_things_that_are_no_names_read_nothing(text: str) -> None:
    assert parse_failures(text) == []


def test_a_url_the_program_says_it_connected_to_is_not_a_host_less_errors_name() -> None:
    # the connection above worked (the name resolved then); the gaierror below names no host, so nothing is read
    connected = (
        "2024-01-01 INFO Successfully connected to postgres://app@pg-primary:5432/app\n"
        "2024-01-01 ERROR socket.gaierror: [Errno -2] Name or service not known"
    )
    assert parse_failures(connected) == []
    connecting = connected.replace("Successfully connected", "Connecting")
    assert {(f.host, f.kind) for f in parse_failures(connecting)} == {("pg-primary", "nxdomain")}


@pytest.mark.parametrize(
    "text",
    [
        # Oracle JDBC: `Unknown host specified` names no host (the JDBC URL holds it)
        "java.sql.SQLRecoverableException: IO Error: Unknown host specified ",
        # pika's logger (Python's `%(levelname)s %(name)s: %(message)s`), not a host that failed
        "2024-01-01 00:00:00 ERROR pika.adapters.utils.connection_workflow: Address resolution failed: gaierror(-3, "
        "'Temporary failure in name resolution')",
        "ERROR:pika.adapters.utils.connection_workflow:Address resolution failed: gaierror(-2, 'Name or service not "
        "known')",
        # an Envoy cluster's own name is no host
        "[warning][upstream] DNS resolution failed for cluster backend_svc: failure",
        # an address pool resolved from the API, then an RBAC error naming the API's resource
        "Warning: Failed to resolve Calico IP pool, retrying: connection is unauthorized: "
        "ippools.crd.projectcalico.org is forbidden",
        # redis-rb's connect refused: the name resolved
        "Error connecting to Redis on redis:6379 (Errno::ECONNREFUSED)",
    ],
)
def test_a_programs_own_words_and_loggers_are_no_names(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name before the statement's colon is still one, where no log level stands before it
        ("ldap.corp.example: name resolution failed", ("ldap.corp.example", "other")),
        ("2024 WARN kafka-0.kafka could not be resolved", ("kafka-0.kafka", "nxdomain")),
        # redis-rb on Ruby 3.3, which raises getaddrinfo's errors as Socket::ResolutionError (a SocketError)
        (
            "Redis::CannotConnectError: Error connecting to Redis on redis.cache.svc:6379 (Socket::ResolutionError)",
            ("redis.cache.svc", "other"),
        ),
        # Envoy's cluster as Istio names it: its host
        (
            "[warning][upstream] [source/common/upstream/cluster_manager_impl.cc:1234] DNS resolution failed for "
            "cluster outbound|80||legacy.example.com: failure",
            ("legacy.example.com", "other"),
        ),
    ],
)
def test_names_beside_those_are_still_read(text: str, want: tuple[str, str]) -> None:
    assert [(f.host, f.kind) for f in parse_failures(text)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a program's prose word before glibc's text (found by probing after held-out CF-CH)
        "Error: failed to initialize exporter: failed to resolve endpoint: Name or service not known",
        "warning: could not fetch updates: Temporary failure in name resolution",
        "error: unable to connect to upstream: Name or service not known",
        "Sync failed, retrying: nodename nor servname provided, or not known",
        "worker: connection lost: Name or service not known",
        # a git remote's name, a word of the message
        "error: cannot push: origin: Could not resolve hostname: Temporary failure in name resolution",
        "Failed to connect: remote: Name or service not known",
        "failed to query peers: timeout: no servers could be reached",
        # Go's lookup of an empty name: `on` is its word, not a name
        "failed to load config: dial tcp: lookup  on 10.96.0.10:53: no such host",
    ],
)
def test_a_programs_prose_word_before_a_resolvers_text_is_no_name(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Could not connect to redis: Name or service not known", ("redis", "nxdomain")),
        ("worker: kafka-0.kafka: Temporary failure in name resolution", ("kafka-0.kafka", "temporary")),
    ],
)
def test_a_service_word_before_a_resolvers_text_is_still_a_name(text: str, want: tuple[str, str]) -> None:
    assert [(f.host, f.kind) for f in parse_failures(text)] == [want]
