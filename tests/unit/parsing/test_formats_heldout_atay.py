"""Formats held-out sets AT-AY (issue #17) met that no rule read, each by runtime and format, and the false names they
showed (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


def test_dockerd_embedded_resolver_names_the_question_and_the_errors_kind() -> None:
    line = (
        'dockerd[825]: time="2024-03-26T17:22:24Z" level=error msg="[resolver] failed to query external DNS server" '
        'client-addr="udp:127.0.0.1:52833" dns-server="udp:127.0.0.11:53" error="read udp 127.0.0.1:52833->'
        '127.0.0.11:53: i/o timeout" question=";web_api.\\tIN\\t A" spanID=97ac'
    )
    assert found(line) == {("web_api", "timeout", False)}
    reverse = line.replace(";web_api.\\tIN\\t A", ";4.3.2.10.in-addr.arpa.\\tIN\\t PTR")
    assert found(reverse) == set()


@pytest.mark.parametrize("quote", ["'", "\u2018"])
def test_kong_initial_balancer_resolve_with_a_lua_table_or_number(quote: str) -> None:
    close = "'" if quote == "'" else "\u2019"
    table = (
        f"[lua] responses.lua:121: after(): failed the initial dns/balancer resolve for {quote}api_web{close} with: "
    )
    assert found(table + "table: 0x5c909238, client: 10.0.0.1") == {("api_web", "other", False)}
    assert found(table + "23963, client: 10.0.0.1") == {("api_web", "other", False)}


def test_libcurl_in_dnf_resolving_timed_out_for_a_url() -> None:
    text = (
        "  - Curl error (28): Timeout was reached for http://mirrorlist.centos.org/?release=8-stream&arch=x86_64 "
        "[Resolving timed out after 30000 milliseconds]"
    )
    assert found(text) == {("mirrorlist.centos.org", "timeout", False)}


def test_haproxy_log_target_invalid_address() -> None:
    text = "[ALERT] 283/162105 (87) : parsing [/haproxy.cfg:3] : 'log': invalid address: 'rsyslog' in 'rsyslog'"
    assert found(text) == {("rsyslog", "other", False)}


def test_a_localized_unknown_host_message_is_not_its_first_word() -> None:
    text = "java.net.UnknownHostException: Der angegebene Host ist unbekannt (kunde)"
    assert found(text) == {("kunde", "nxdomain", False)}


def test_a_json_logs_own_hostname_is_not_the_error_objects() -> None:
    text = (
        '{ "name": "main", "hostname": "web-54c8788caa-aa3cj", "pid": 19, "level": 50, "error": { "errno": -3008, '
        '"code": "ENOTFOUND", "syscall": "getaddrinfo", "hostname": "employees-service" }, "msg": "Failed" }'
    )
    assert found(text) == {("employees-service", "nxdomain", False)}


def test_unknown_host_keeps_a_common_word_in_its_slot() -> None:
    text = "Cannot create docker access object : Unknown host HOST: No address associated with hostname -> [Help 1]"
    assert found(text) == {("host", "nxdomain", False)}


NEAR_MATCHES = (
    'failed to query external DNS server" error="x" question=";x.\\tIN\\t ',
    "failed the initial dns/balancer resolve for 'x' with: 1",
    "Timeout was reached for http://x [Resolving timed out after 1 milliseconds",
    "'log': invalid address: 'x' in '",
    "UnknownHostException: Der angegebene ",
    ' "hostname": "x", "code": "ENOTFOUND" ',
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(3, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB line of {piece!r}"


def test_servicename_run_together_is_a_word_for_the_slot() -> None:
    text = "failed the initial dns/balancer resolve for 'servicename.service.consul' with: 23963, client: 10.0.0.2"
    assert found(text) == {("servicename.service.consul", "other", True)}
