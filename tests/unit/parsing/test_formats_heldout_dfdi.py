"""Formats held-out sets DF to DI (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found, reads
from tests.unit.parsing.speed import parses_quickly

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
    (  # Erlang (gen_smtp, DH's off-frame row): the quoted name right before the error tuple in the same term
        '{error,retries_exceeded,\n       {network_failure,"smtp.gmail.com",{error,nxdomain}}}',
        {("smtp.gmail.com", "nxdomain")},
    ),
    (  # Swift Mailer's slot holds the name as looked up, a typo's digit in its last label too
        "Connection could not be established with host emailpwd.com1 :stream_socket_client(): "
        "php_network_getaddresses: getaddrinfo failed: No such host is known. ",
        {("emailpwd.com1", "nxdomain")},
    ),
    (  # the refused port still says `refused`
        "dial tcp: lookup api.corp.test on 10.0.0.2:53: dial udp 10.0.0.2:53: connect: connection refused",
        {("api.corp.test", "refused")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


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
        # an Erlang term with another error after the name
        '{network_failure,"smtp.gmail.com",{error,closed}}',
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


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Cannot lookup ip " + "a." * 40 + " : ",
        "'" + "a." * 40 + "' : lookup against ",
        "lookup " + "1." * 40 + ": invalid domain name",
        "could not be established with host " + "a" * 40 + "..de :stream_socket_client(): php_network_getaddresses: "
        "getaddrinfo failed: Try again",
        "Unable to resolve public IP " + "x" * 40,
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # a review of these rules: prose's ellipsis after a word is no name with an empty label
        "Still getting `Temporary failure in name resolution` after the update..no idea why",
        "The resolver says NXDOMAIN for it..in my browser it works",
        # the JDK's own words on an address it parsed: nothing was looked up
        "Caused by: java.net.UnknownHostException: 10.0.0.5: invalid IPv6 address literal",
        "java.net.UnknownHostException: 192.168.1.1",
        # the AWS SDK's lower-case words that are no names
        "com.amazonaws.SdkClientException: Unable to execute HTTP request: eof",
        "com.amazonaws.SdkClientException: Unable to execute HTTP request: handshake_failure",
    ],
)
def test_the_reviews_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("unable to resolve external address gw.corp.net, Non-existent domain", ("gw.corp.net", "nxdomain")),
        ("Error: could not resolve my address: rabbit-0.rabbit: Non-existent domain", ("rabbit-0.rabbit", "nxdomain")),
        # the socket to the DNS server timing out is still a time-out
        (
            "dial tcp: lookup registry-1.docker.io on 10.0.0.2:53: dial tcp 10.0.0.2:53: connect: connection timed out",
            ("registry-1.docker.io", "timeout"),
        ),
    ],
)
def test_the_reviews_real_failures_still_read(text: str, want: tuple[str, str]) -> None:
    assert found(text) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "The domains were replaced by our new provider last week, since then:\n"
        "curl: (6) Could not resolve host: api.example.com",
        "After we changed the domain to the new one, I get\ncurl: (6) Could not resolve host: app.example.com",
        "I removed the old domain from /etc/hosts and now\nping: unknown host test.example.com",
        "we migrated: all hostnames have been changed to the new scheme.\nError: getaddrinfo ENOTFOUND db.example.net",
        "I removed the service name from the compose file and now\nError: getaddrinfo ENOTFOUND db.example",
        "The hostnames were masked by the logging library, except\nping: unknown host printer.example.lan",
    ],
)
def test_sentences_about_changing_names_do_not_flag_them(text: str) -> None:
    assert {f.redacted for f in parse_failures(text)} == {False}
