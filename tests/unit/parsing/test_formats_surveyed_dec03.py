"""Formats read from programs' own sources (issue #17, survey 7: HTTP clients, runtimes, daemons, databases and
platforms), each by runtime and format, with the look-alikes those sources print (the texts quoted are the programs'
format strings filled in as they print them)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


_REQWEST = (
    "Error: error sending request for url (https://registry.example.org/v2/): client error (Connect): dns error: "
)


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        (
            'no records found for Query { name: Name("registry.example.org."), query_type: A, query_class: IN }',
            "nxdomain",
        ),
        ("error response: Server Failure", "servfail"),
        ("error response: Query Refused", "refused"),
        ("request timed out", "timeout"),
        ("proto error: request timed out", "timeout"),
    ],
)
def test_reqwest_over_hickory_reads_hickorys_own_reasons(reason: str, kind: str) -> None:
    assert found(_REQWEST + reason) == {("registry.example.org", kind, False)}


def test_deno_resolve_dns_not_found_names_the_querys_name() -> None:
    text = (
        "error: Uncaught (in promise) NotFound: "
        'no records found for Query { name: Name("db.internal."), query_type: A, query_class: IN }'
    )
    assert found(text) == {("db.internal", "nxdomain", False)}


def test_rust_anyhow_chain_takes_the_heads_url_for_a_cause_line() -> None:
    text = (
        "Error: error sending request for url (https://registry.example.org/v2/)\n\nCaused by:\n"
        "    0: client error (Connect)\n    1: dns error\n    2: error resolving DNS\n"
        "    3: failed to lookup address information: Temporary failure in name resolution\n"
    )
    assert found(text) == {("registry.example.org", "temporary", False)}
    unchained = "fetching https://registry.example.org/v2/ ...\nsome other line\n    2: bad things happened\n"
    assert found(unchained) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("OSError: C-Ares returned error 6: DNS server refused query while resolving db.internal", "refused"),
        ("OSError: C-Ares returned error 10: Misformatted DNS reply while resolving db.internal", "other"),
        ("OSError: C-Ares returned error 4: Domain name not found while resolving db.internal", "nxdomain"),
        (
            "aiohttp.client_exceptions.ClientConnectorDNSError: Cannot connect to host db.internal:443 ssl:default "
            "[DNS server refused query]",
            "refused",
        ),
        (
            "aiohttp.client_exceptions.ClientConnectorDNSError: Cannot connect to host db.internal:443 ssl:default "
            "[No DNS servers were configured]",
            "other",
        ),
    ],
)
def test_c_ares_texts_through_tornado_and_aiohttp(text: str, want: str) -> None:
    assert found(text) == {("db.internal", want, False)}


@pytest.mark.parametrize(
    "text",
    [
        "java.net.UnknownHostException: okhttp3.Dns$Companion$DnsSystem@5e9f23b4 returned no addresses for db.internal",
        "java.net.UnknownHostException: Dns.SYSTEM returned no addresses for db.internal",
        "java.net.UnknownHostException: Broken system behaviour for dns lookup of db.internal",
        "java.net.UnknownHostException: BootstrapDns called for db.internal instead of dns.google",
    ],
)
def test_okhttp_own_unknown_host_sentences_name_the_host_not_their_first_word(text: str) -> None:
    assert found(text) == {("db.internal", "nxdomain", False)}


def test_okhttp_doh_hosts_not_resolved_names_nothing() -> None:
    assert found("java.net.UnknownHostException: private hosts not resolved") == set()


def test_swift_nio_unknown_host_description_and_the_bare_case() -> None:
    described = (
        "[ ERROR ] Connection failed: DNS error: SocketAddressError.UnknownHost: Temporary failure in name resolution "
        "(error -3) for host db.internal, port 5432"
    )
    assert found(described) == {("db.internal", "temporary", False)}
    assert found('DNS error: unknown(host: "db.internal", port: 5432)') == {("db.internal", "nxdomain", False)}


def test_netty_timeout_cause_with_the_servers_own_name_before_its_address() -> None:
    text = (
        "java.net.UnknownHostException: Failed to resolve 'db.internal' [A(1)] after 2 queries \n"
        "\tat io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1097)\n"
        "Caused by: io.netty.resolver.dns.DnsNameResolverTimeoutException: [10.96.0.10/10.96.0.10:53] "
        "DefaultDnsQuestion(db.internal. IN A) query via UDP timed out after 5000 milliseconds "
        "(no stack trace available)"
    )
    assert found(text) == {("db.internal", "timeout", False)}


@pytest.mark.parametrize(
    "text",
    [
        "io.vertx.core.dns.DnsException: DNS query error occurred: NXDOMAIN",
        'error: Could not resolve "npm:express@4"',
        'error: Could not resolve "jsr:@std/path"',
        "Failed to resolve: com.squareup.okhttp3:okhttp:4.12.0",
        "Failed to resolve 'com.example:lib:1.0.0' for configuration ':app:debugRuntimeClasspath'",
    ],
)
def test_lookalikes_of_http_clients_and_build_tools_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_a_real_failed_to_resolve_with_a_port_still_reads() -> None:
    assert found("Failed to resolve 'db.internal:5432': Name or service not known") == {
        ("db.internal", "nxdomain", False)
    }


@pytest.mark.parametrize(
    "piece",
    [
        "    2: failed to lookup address information: x\n",
        "C-Ares returned error 6: DNS server refused query while resolving ",
        "UnknownHostException: a returned no addresses for UnknownHostException: ",
        "SocketAddressError.UnknownHost: x (error -2) for host a, port ",
        'Failed to resolve: a.b:c:d Failed to resolve "npm:',
    ],
)
def test_a_hostile_megabyte_of_these_formats_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(2, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of {piece!r}"
