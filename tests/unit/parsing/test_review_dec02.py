"""A review of the forms surveyed on 2026-12-02 (issue #17): where a rule of that day read too much or too little."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.generic_json import is_host_key
from checks.parsing.hosts import is_placeholder


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


def test_a_command_printed_below_is_read_only_in_an_ssh_command_error_block() -> None:
    failure = "ERRO Failed internal DNS query: ;; connection timed out; no servers could be reached\n"
    in_block = failure + " : Temporary error: ssh command error:\ncommand : host -R 3 foo.apps-crc.testing\n"
    assert found(in_block) == {("foo.apps-crc.testing", "timeout", False)}
    # a script's own `command : dig h` line below an unrelated failure says nothing of what failed
    assert ("other.example.org", "timeout", False) not in found(failure + "command : dig other.example.org\n")


def test_apache_names_the_client_between_aprs_reason_and_the_message() -> None:
    text = (
        "[proxy:error] [pid 12:tid 140] (EAI 2)Name or service not known: [client 10.0.0.7:51234] AH00898: DNS lookup "
        "failure for: ledger.shop.io returned by /api"
    )
    assert found(text) == {("ledger.shop.io", "nxdomain", False)}


@pytest.mark.parametrize("key", ["dnsName", "remoteAddr", "targetHost", "serverName", "peer.address", "host_name"])
def test_a_structured_logs_host_key_in_camel_case_names_a_host(key: str) -> None:
    assert is_host_key(key)


@pytest.mark.parametrize("key", ["logger", "env", "Source server", "dnsname", "xmlParser", "levelTag"])
def test_other_keys_name_no_host(key: str) -> None:
    assert not is_host_key(key)


def test_a_word_in_another_script_with_a_dash_in_gos_slot_is_a_stand_in() -> None:
    assert found("dial tcp: lookup имя-хоста on 10.0.0.1:53: no such host") == {("имя-хоста", "nxdomain", True)}


@pytest.mark.parametrize(
    "text",
    [
        "lookup 表 on mydb:5432: failed",  # a server that is no address: not Go's resolver
        "lookup 服务器: no such host",  # no server at all
    ],
)
def test_a_word_in_another_script_needs_gos_address_server(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("host", "stand_in"),
    [
        ("abc.de", True),
        ("git.corp.ch", True),
        ("kafka.corp.eu.acme.com", False),  # a region label under a real domain, not a country's top-level label
        ("corp.eu.acme.com", False),
    ],
)
def test_a_slot_word_before_a_countrys_label_only_when_that_label_is_last(host: str, stand_in: bool) -> None:
    assert is_placeholder(host) is stand_in
