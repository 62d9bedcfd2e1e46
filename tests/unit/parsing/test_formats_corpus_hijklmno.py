"""Formats met in corpus sets H to O (issue #17, 2026-12-05: eight themes' real pastes read before the next held-out
measure): each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # OpenShift's `oc adm diagnostics`: the name after its role
        "ERROR: [DP1006 from diagnostic PodCheckAuth@openshift/origin/pkg/diagnostics/pod/auth.go:110]\n"
        "       DNS resolution for registry address docker-registry.default.svc.cluster.local timed out; this could "
        "indicate problems with DNS resolution or networking",
        {("docker-registry.default.svc.cluster.local", "timeout")},
    ),
    (  # ... a lookup of a server named by its role
        "dns lookup of upstream server auth.corp.example failed: no such host",
        {("auth.corp.example", "nxdomain")},
    ),
    (  # PyTorch elastic: the rendezvous store's connection announced, the host-less getaddrinfo text below it
        "INFO 2020-01-17 00:55:01,702 Rank 1 will connect to TCPStore server at pytorch-elastic-test-z2b7s:47279\n"
        "[ERROR] 2020-01-17 00:55:01,724 coordinator_p2p: Rank: -1\n"
        "Error: Rank -1 received an Exception. Detailed message: host not found: Name or service not known",
        {("pytorch-elastic-test-z2b7s", "nxdomain")},
    ),
    (  # a client's `Connecting to broker at h:port` right above its resolver's text
        "INFO Connecting to broker at kafka-0.kafka-headless:9092\nERROR getaddrinfo: Temporary failure in name "
        "resolution",
        {("kafka-0.kafka-headless", "temporary")},
    ),
]

LOOKALIKES = [
    # the announced connection worked, or is three lines above the failure, or dialled an address
    "INFO Rank 1 will connect to TCPStore server at trainer-0:29500\nINFO connected\n"
    "Error: host not found: Name or service not known",
    "INFO Connecting to broker at 10.0.0.5:9092\nERROR getaddrinfo: Temporary failure in name resolution",
    # the role's lookup succeeded
    "DNS resolution for registry address docker-registry.default.svc completed in 3 ms",
]


@pytest.mark.parametrize(("text", "want"), ROUND)
def test_each_format_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    "piece",
    [
        "DNS resolution for registry address a.b timed out; ",
        "INFO will connect to store server at a:1\nError: host not found: Name or service not known\n",
    ],
)
def test_a_hostile_megabyte_of_these_formats_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    assert best_of(3, lambda: parse_failures(line)) < GUARD
