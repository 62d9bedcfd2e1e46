"""Formats found by probing on 2026-12-05 with undotted names (issue #17): a Kubernetes Service or a Compose service is
often one word (`postgres`, `keycloak`), which the generic rule reads only where the message's own slot for the name
holds it. Each test names the format; the runtimes are any that print it."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


def _read(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


@pytest.mark.parametrize("name", ["postgres", "keycloak", "redis-master"])
@pytest.mark.parametrize(
    "form",
    [
        "Name resolution failed for {}",  # a statement with `for` before the name, as Kafka's `DNS resolution ...`
        "DNS lookup failed for {}",
        "lookup error for {}",
        "ERROR: DNS failure for {}",  # ossec-maild's (held-out FG's format, now with a one-word name)
        "no IP addresses found for {}",
    ],
)
def test_a_statement_names_a_one_word_name_after_its_for(form: str, name: str) -> None:
    assert {host for host, _ in _read(form.format(name))} == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Name resolution failed for service",  # words, not names
        "Name resolution failed for some reason",
        "DNS lookup failed for the request",
        "Name resolution failed for container",
        "lookup failed for user",
        "resolution failed for dependency: x",
        "Could not find IP address for interface eth0",  # an interface's address, no look-up
        "failed to get IP address for container",
    ],
)
def test_a_statements_for_before_a_word_or_a_thing_reads_nothing(text: str) -> None:
    assert _read(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a structured log's host key (logrus, zap's logfmt): the value is the name, not the program's prose
        ('level=error msg="failed to resolve" host=postgres err="i/o timeout"', {("postgres", "timeout")}),
        ('level=warn msg="dns lookup failed" hostname=keycloak error="no such host"', {("keycloak", "nxdomain")}),
        # the verb's object after a second noun (`server hostname`, `upstream host`)
        ("Could not resolve server hostname keycloak", {("keycloak", "nxdomain")}),
        ("could not resolve upstream host postgres", {("postgres", "nxdomain")}),
        ("could not resolve broker address keycloak", {("keycloak", "nxdomain")}),
    ],
)
def test_a_one_word_name_in_the_messages_own_slot_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        'level=info msg="resolved" host=postgres',  # a look-up that worked
        "connected to host postgres",
        "Hostname postgres resolved to 10.0.0.1",
        'level=error msg="failed to resolve" module=postgres',  # a key that names no host
    ],
)
def test_a_one_word_name_without_a_failure_or_outside_a_host_slot_reads_nothing(text: str) -> None:
    assert _read(text) == set()
