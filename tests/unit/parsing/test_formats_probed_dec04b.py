"""Formats found by probing on 2026-12-04 (second session) with messages of identity, cloud, Erlang/Elixir and container
host software (issue #17): each test names the runtime and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found


def test_elixir_httpoison_error_struct_after_a_quoted_name_reads_it() -> None:
    # HTTPoison's `%HTTPoison.Error{reason: :nxdomain}` after the program's `Failed to connect to 'h':`
    text = "[error] Failed to connect to 'api.example.com': %HTTPoison.Error{id: nil, reason: :nxdomain}"
    assert found(text) == {("api.example.com", "nxdomain")}
    # a quoted JSON key before a colon is still no name
    assert parse_failures('{"api.example.com": {"reason": ":nxdomain"}}') == []


def test_a_resolver_saying_no_such_name_is_nxdomain() -> None:
    # aardvark-dns / PowerDNS wording of NXDOMAIN after a named look-up
    assert found("aardvark-dns: failed to resolve name db: no such name") == {("db", "nxdomain")}


def test_grpc_zero_addresses_does_not_read_the_rpc_word_after_a_server_field() -> None:
    # gRPC's `rpc error: ...` after the program's `server:`: a phrase, not a `server: h` field
    text = (
        "ERROR: Unable to reach server: rpc error: code = Unavailable desc = name resolver error: produced zero "
        "addresses"
    )
    assert parse_failures(text) == []
    # a real `server: h` field above it is still read
    fielded = "dialing server: vault-0.vault-internal:8201\n" + text
    assert found(fielded) == {("vault-0.vault-internal", "other")}


@pytest.mark.parametrize(
    "text",
    [
        # glibc's text after a phrase of the program's prose: its last word is no name
        "WARN  Unable to reach identity provider: Name or service not known",
        "Failed to refresh signing keys: Temporary failure in name resolution",
        # python-ldap3: `socket connection error while opening: [Errno -2] ...`
        "ldap3.core.exceptions.LDAPSocketOpenError: socket connection error while opening: [Errno -2] Name or service "
        "not known",
    ],
)
def test_the_last_word_of_the_programs_prose_before_a_resolver_text_is_no_name(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Could not connect to Redis at redis:6379: Name or service not known", "redis"),
        ("ssh: Could not resolve hostname bastion: Name or service not known", "bastion"),
        ("Unable to reach vault: Name or service not known", "vault"),
        ("error connecting to database postgres: Name or service not known", "postgres"),
        ("ping: grafana: Temporary failure in name resolution", "grafana"),
    ],
)
def test_a_bare_name_after_a_word_that_takes_an_object_is_still_read(text: str, host: str) -> None:
    assert {f.host for f in parse_failures(text)} == {host}


def test_a_zone_named_for_the_names_under_it_is_no_name() -> None:
    # a reporter's sentence: `cluster.local names` are all the names under that zone, not one name that failed
    assert parse_failures("DNS resolution of external names works, but cluster.local names return NXDOMAIN.") == []
    assert found("lookup registry.cluster.local: NXDOMAIN") == {("registry.cluster.local", "nxdomain")}


@pytest.mark.parametrize(
    "text",
    [
        # the data a program moves before glibc's text, not a peer: telemetry agents, feed readers, bundle downloads
        "Failed to send telemetry: Temporary failure in name resolution",
        "cron: Failed to fetch feed: Name or service not known",
        "Cannot download bundle: [Errno -2] Name or service not known",
        # a retry loop's duration before the reason
        "[WARN] Retrying in 5s: Name or service not known",
    ],
)
def test_the_data_a_program_moves_and_its_retry_delay_are_no_names(text: str) -> None:
    assert parse_failures(text) == []


def test_a_peer_after_to_or_after_a_verb_of_reaching_it_is_still_read() -> None:
    assert found("cannot send heartbeat to controller: Temporary failure in name resolution") == {
        ("controller", "temporary")
    }
    assert found("failed to contact kdc: Name or service not known") == {("kdc", "nxdomain")}


def test_java_unknown_host_of_a_url_given_where_a_host_goes_reads_the_urls_host() -> None:
    # LABELS.md: a URL handed to the resolver is labelled by its host
    assert found("java.net.UnknownHostException: http://keycloak:8080") == {("keycloak", "nxdomain")}
    assert found("java.net.UnknownHostException: jdbc:postgresql://postgres:5432/app") == {("postgres", "nxdomain")}
    assert found(
        "Caused by: java.net.UnknownHostException: https://api.example.com/v1: Temporary failure in name resolution"
    ) == {("api.example.com", "temporary")}
    # the scheme's word alone is what was looked up (a proxy variable holding only `http`)
    assert found("java.net.UnknownHostException: http: Name or service not known") == {("http", "nxdomain")}


def test_dotnet_socket_exception_under_a_masstransit_bus_address_reads_its_host() -> None:
    text = (
        "MassTransit: Connection Failed: rabbitmq://rabbitmq/\n"
        " ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable"
    )
    assert found(text) == {("rabbitmq", "temporary")}


@pytest.mark.parametrize(
    "text",
    [
        # the Kubernetes API's NotFound after a program's own `lookup failed:` names an object, not a host
        'Error: secret lookup failed: secrets "db-creds" not found',
        'certificate lookup failed: certificates.cert-manager.io "web-tls" not found',
        # SQL Server's Msg 468: a collation, not a host, could not be resolved
        'Cannot resolve the collation conflict between "SQL_Latin1_General_CP1_CI_AS" and "Latin1_General_CI_AS" in '
        "the equal to operation.",
    ],
)
def test_an_api_objects_not_found_is_no_failed_look_up(text: str) -> None:
    assert parse_failures(text) == []
