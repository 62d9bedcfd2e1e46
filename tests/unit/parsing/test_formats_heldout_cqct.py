"""Formats held-out sets CQ to CT (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, reads
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # fluent-bit 0.x: its own `net_tcp_fd_connect:` warning with the reason cut off the paste
        "[ warn] net_tcp_fd_connect: getaddrinfo(host='fluentd.logging.svc.cluster.local')",
        {("fluentd.logging.svc.cluster.local", "other")},
    ),
    (  # the same with its reason (gai_strerror's text)
        "[2023/02/25 19:55:40] [ warn] net_tcp_fd_connect: getaddrinfo(host='fluentd'): Name or service not known",
        {("fluentd", "nxdomain")},
    ),
    (  # Kafka's ClientUtils before 2.1: the setting's name between the noun and the address
        "ERROR Failed to start the server: DNS resolution failed for url in bootstrap.servers: broker-0:9092",
        {("broker-0", "other")},
    ),
    (  # Apache Ivy (sbt, Ant): its URLHandler's words for an UnknownHostException
        "[warn] Host repo.corp.test not found. url=http://repo.corp.test/maven2/org/x/1.0/x-1.0.pom",
        {("repo.corp.test", "nxdomain")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # az aks check-acr's example names: `example` glued to what the name stands for, and `Name`
        (
            "Failed to resolve specified fqdn exampleAcrName.azurecr.io: lookup exampleAcrName.azurecr.io on "
            "10.0.0.10:53: no such host",
            "exampleAcrName.azurecr.io",
        ),
        ("dial tcp: lookup myRegistryName.azurecr.io: no such host", "myRegistryName.azurecr.io"),
        # an organisation's slot word as the domain (`my-org.org`, `myorg.com`)
        ("java.net.UnknownHostException: artifactory.my-org.org: Name or service not known", "artifactory.my-org.org"),
    ],
)
def test_a_slot_word_glued_to_what_it_names_is_a_stand_in(text: str, host: str) -> None:
    assert {(h, r) for h, _, r in flagged(text)} == {(host.lower(), True)}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # LABELS.md: a name ending in `hostname` is a service so named, real (`myhostname`, `examplehostname`)
        ("getaddrinfo(host='examplehostname', err=8): Misformatted domain name", "examplehostname"),
        ("dial tcp: lookup mygrayloghostname.mycoolapp.com: no such host", "mygrayloghostname.mycoolapp.com"),
        # a real organisation's domain is no slot word
        (
            "java.net.UnknownHostException: artifactory.acme-org.org: Name or service not known",
            "artifactory.acme-org.org",
        ),
    ],
)
def test_their_real_neighbours_stay_real(text: str, host: str) -> None:
    assert {(h, r) for h, _, r in flagged(text)} == {(host, False)}


@pytest.mark.parametrize(
    "text",
    [
        "getaddrinfo(host='fluentd')",  # a bare call in code or prose, not fluent-bit's warning
        "[warn] Host key not found in known_hosts",  # no `. url=` after it
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    ["net_tcp_fd_connect: getaddrinfo(host='a'", "Host a not found. ur", "failed for url in a: "]
)
