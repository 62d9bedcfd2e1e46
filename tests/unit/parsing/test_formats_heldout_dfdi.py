"""Formats held-out sets DF to DI (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

ROUND = [
    (  # gRPC Java: a one-letter name in UnknownHostException's slot, its reason in Chinese after the colon
        "description=Unable to resolve host a, cause=java.lang.RuntimeException: java.net.UnknownHostException: a: "
        "\u672a\u77e5\u7684\u540d\u79f0\u6216\u670d\u52a1",
        {("a", "nxdomain")},
    ),
    (  # the AWS SDK for Java: the UnknownHostException's message, an undotted Compose service's name
        "Cannot start publishing: Unable to execute HTTP request: airbyte-minio",
        {("airbyte-minio", "nxdomain")},
    ),
    (  # Databend meta: its DNS error code, hickory's reason for an empty label
        "dns error: Code: 1037, displayText = Cannot lookup ip databend-meta-2..ns-x.svc.cluster.local : proto error: "
        "Label contains invalid characters: Err(Errors { too_short_for_dns }).",
        {("databend-meta-2..ns-x.svc.cluster.local", "other")},
    ),
    (  # PHP (Swift Mailer): the name after `with host`, musl's `Try again` after PHP's getaddrinfo words
        "production.ERROR: Swift_TransportException: Connection could not be established with host smtp.corp.test "
        ":stream_socket_client(): php_network_getaddresses: getaddrinfo failed: Try again in /var/www/x.php:261",
        {("smtp.corp.test", "temporary")},
    ),
    (  # Elixir libcluster's Kubernetes DNS strategy: Erlang's reason after the quoted name
        '{"level":"error","message":"[libcluster:k8s] \'backend.staging.svc.cluster.local.\' : lookup against '
        'backend failed: :nxdomain","context":{"module_name":"Cluster.Logger"}}',
        {("backend.staging.svc.cluster.local", "nxdomain")},
    ),
    (  # weave (Go): two addresses run together, looked up as one name
        "FATA: 2017/06/20 04:43:31.485809 lookup 192.168.51.101192.168.51.102: invalid domain name",
        {("192.168.51.101192.168.51.102", "other")},
    ),
    (  # Go: the socket to the DNS server failed (EAGAIN): no resolver's answer, `other` as `network is unreachable`
        "dial tcp: lookup api.linkerd.svc.cluster.local on 10.233.0.3:53: dial udp 10.233.0.3:53: connect: resource "
        "temporarily unavailable",
        {("api.linkerd.svc.cluster.local", "other")},
    ),
    (  # the refused port still says `refused`
        "dial tcp: lookup api.corp.test on 10.0.0.2:53: dial udp 10.0.0.2:53: connect: connection refused",
        {("api.corp.test", "refused")},
    ),
]


@pytest.mark.parametrize(("text", "want"), ROUND, ids=range(len(ROUND)))
def test_the_rounds_formats_are_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # Submariner asks HTTP services for its own public address: no name failed
        'could not determine public IP: Unable to resolve public IP by any of the resolver methods: [Resolver["api:'
        '4.icanhazip.com"]: retrieving public IP from https://4.icanhazip.com: Get "https://4.icanhazip.com": context '
        "deadline exceeded",
        # a code module's name in a JSON log is no host
        '{"module_name":"Cluster.Logger","message":"lookup failed: :nxdomain"}',
        # prose's ellipsis between two words
        "failed to resolve: wait..then retry",
        # the AWS SDK's other messages are sentences or capitalised words
        "Unable to execute HTTP request: Read timed out",
        "Unable to execute HTTP request: timeout",
        # a one-letter word after the exception with no reason is not taken for a name
        "java.net.UnknownHostException: a",
        # PHP's words alone name nothing
        "php_network_getaddresses: getaddrinfo failed: Try again",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


def test_a_label_the_reporter_says_they_removed_flags_the_name() -> None:
    # LABELS.md clause 3: "i removed the SMTP Name from the Log": the empty label it left
    text = (
        "But all i recieve is the following Error, i removed the SMTP Name from the Log :\n"
        "production.ERROR: Swift_TransportException: Connection could not be established with host smtp..de "
        ":stream_socket_client(): php_network_getaddresses: getaddrinfo failed: Try again in /var/www/x.php:261"
    )
    assert flagged(text) == {("smtp..de", "temporary", True)}
    # without the saying, the empty label is the name as looked up (a template's empty variable)
    assert flagged(text.split("\n", 1)[1]) == {("smtp..de", "temporary", False)}


@pytest.mark.parametrize(
    "piece",
    [
        "Cannot lookup ip " + "a." * 40 + " : ",
        "'" + "a." * 40 + "' : lookup against ",
        "lookup " + "1." * 40 + ": invalid domain name",
        "could not be established with host " + "a.." * 40 + " :stream_socket_client(): php_network_getaddresses: "
        "getaddrinfo failed: Try again",
        "Unable to resolve public IP " + "x" * 40,
    ],
)
def test_a_hostile_megabyte_of_these_formats_parses_quickly(piece: str) -> None:
    text = megabyte_of(piece)
    elapsed = best_of(2, lambda: parse_failures(text))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of {piece!r}"
