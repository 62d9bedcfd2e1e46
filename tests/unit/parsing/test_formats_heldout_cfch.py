"""Formats held-out sets CF to CH (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import flagged, found, named_rules, reads, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # ZooKeeper's client: the server of the session, above Java NIO's UnresolvedAddressException
        "[2019-01-05 12:11:54,154] WARN Session 0x0 for server zk-0.zk-headless:2181, unexpected error, closing socket "
        "connection and attempting reconnect (org.apache.zookeeper.ClientCnxn)\n"
        "java.nio.channels.UnresolvedAddressException\n"
        "    at sun.nio.ch.Net.checkAddress(Net.java:101)",
        {("zk-0.zk-headless", "other")},
    ),
    (  # the AWS SDK's message alone in a JSON reason: the UnknownHostException's, the endpoint and its port
        '"reason": "sdk_client_exception: Unable to execute HTTP request: minio.storage.local:9000"',
        {("minio.storage.local", "nxdomain")},
    ),
    (  # amazon-efs-utils on a socket.gaierror
        'stderr: Failed to resolve "fs-0123abcd.efs.us-east-1.amazonaws.com" - check that your file system ID is '
        "correct.",
        {("fs-0123abcd.efs.us-east-1.amazonaws.com", "nxdomain")},
    ),
    (  # TDengine 2.x: `fqdn:h, code:-2, reason:<glibc's text>`
        "11/16 07:19:25.295652 0x7f37bb104740 UTL ERROR failed get the ip address, fqdn:td-node-1, code:-2, "
        "reason:Name or service not known",
        {("td-node-1", "nxdomain")},
    ),
    (  # a BOSH / Concourse variable left unfilled, looked up as printed
        'level=error msg="Error pinging mysqld: dial tcp: lookup ((mysql.address)): no such host"',
        {("((mysql.address))", "nxdomain")},
    ),
    (  # a predicate before glibc's text is no name; the URL's host on the next line is
        "RequestException: RGW REST API cannot be reached: Name or service not known [errno -2].\n"
        "[dashboard ERROR rest_client] RGW REST API failed GET, connection error (url=http://rgw-1:8080/admin): "
        "[errno: -2] Name or service not known",
        {("rgw-1", "nxdomain")},
    ),
    (  # the verb's own object stays a name, quoted or not
        "sudo: unable to resolve host ubuntu: Resource temporarily unavailable",
        {("ubuntu", "temporary")},
    ),
    (
        "Cannot resolve host 'netdata', port '19999': Try again (errno 22, Invalid argument)",
        {("netdata", "temporary")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_every_rule_of_the_round_fires() -> None:
    rules = named_rules("efs-utils-failed-to-resolve", "go-lookup-unfilled-variable", "tdengine-since")
    assert unfired(rules, [text for text, _ in ROUND]) == set()


def test_a_mask_word_typed_in_capitals_over_pieces_of_a_name_is_a_stand_in() -> None:
    text = "dial tcp: lookup REDACTED-routers.druid-REDACTED.svc.cluster.local on 10.96.0.10:53: no such host"
    assert flagged(text) == {("redacted-routers.druid-redacted.svc.cluster.local", "nxdomain", True)}
    # the lower-case word as a whole label too (LABELS.md clause 1; held-out FZ-GG, spent); a piece of a lower-case
    # label stays a name's (`redacted-routers` alone could be a service so named)
    assert flagged("dial tcp: lookup redis.redacted.svc on 10.96.0.10:53: no such host") == {
        ("redis.redacted.svc", "nxdomain", True)
    }


@pytest.mark.parametrize(
    "text",
    [
        # a word before the only verb that says a look-up failed
        "2021/05/31 07:50:16 [error] 20276#20276: Failed to construct tracer: Error resolving address: Unrecognized "
        "service",
        "failed to load module dependencies: select: failed to resolve git src to commit: failed to fetch remote",
        # a word after the verb's object
        "Request startWorkspace failed with message: 13 INTERNAL: cannot resolve workspace image: hostname required",
        # a tool's name opening a list item's sentence, no prompt
        "1. host resolution errors\n"
        "Nov 05 18:28:32 node3 rpc.gssd[4041516]: ERROR: unable to resolve 10.0.0.5 to hostname: Name or service not "
        "known",
        # the AWS SDK's other I/O errors stay unread
        "Unable to execute HTTP request: Read timed out",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_a_prompted_command_still_names_its_host() -> None:
    assert found("$ host resolution\nHost resolution not found: 3(NXDOMAIN)") == {("resolution", "nxdomain")}


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Session 0x0 for server a:1, unexpected error",
        'Failed to resolve "a.b" - check that your file system ID',
        "failed get the ip address, fqdn:a, code:-2, reason:",
        "lookup ((a.b",
        "REDACTED-a.",
        "cannot be a: Name or service not known ",
    ]
)
