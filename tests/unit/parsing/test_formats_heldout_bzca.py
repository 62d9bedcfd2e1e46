"""Formats held-out sets BZ and CA (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import flagged, found, named_rules, reads, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # Emby's / Jellyfin's HttpClientManager (Mono): the WebExceptionStatus, then the URL it requested
        "2018-12-16 21:51:27.606 Error HttpClient: Error NameResolutionFailure getting response from "
        "https://updates.media.example/admin/service/packages.json",
        {("updates.media.example", "other")},
    ),
    (  # Apache MINA / SSHD's connect future (Metabase's SSH tunnel): the address in its brackets
        "DefaultConnectFuture[bastion.corp.example/<unresolved>:22]: Failed (UnresolvedAddressException) to execute: "
        "null",
        {("bastion.corp.example", "other")},
    ),
    (  # the AWS SDK for Java logs the UnknownHostException's message: the endpoint, then its reason
        "INFO  com.amazonaws.http.AmazonHttpClient  Unable to execute HTTP request: logs.s3-eu-west-1.amazonaws.com: "
        "unknown error [main]",
        {("logs.s3-eu-west-1.amazonaws.com", "other")},
    ),
    (  # the same with a resolver's reason
        "Unable to execute HTTP request: sqs.us-east-1.amazonaws.com: Name or service not known",
        {("sqs.us-east-1.amazonaws.com", "nxdomain")},
    ),
    (  # gcloud's network diagnostic: httplib2's ServerNotFoundError after each URL it could not reach
        "ERROR: Reachability Check failed.\n"
        "    Cannot reach https://cloudresourcemanager.googleapis.com/v1beta1/projects (ServerNotFoundError)\n"
        "    Cannot reach https://dl.google.com/dl/cloudsdk/channels/rapid/components-2.json (ServerNotFoundError)\n"
        "Network connection problems may be due to proxy or firewall settings.",
        {("cloudresourcemanager.googleapis.com", "other"), ("dl.google.com", "other")},
    ),
    (  # Node's dns method and c-ares code in a code span in prose, the name after it; a URL's word above is no name
        "I use the service name instead of a domain, e.g. http://svc-a/health. But error: `queryA ESERVFAIL` "
        "invest-api-web appears",
        {("invest-api-web", "servfail")},
    ),
    (  # aws-sdk-core (Ruby) v2's Seahorse: the name it connected to, not the one the reporter tried next
        "Seahorse::Client::Http::Error: unable to connect to sts.us-gov.amazonaws.com; SocketError: getaddrinfo: "
        "nodename nor servname provided, or not known. If we change the endpoint to be "
        "`sts.us-gov-west-1.amazonaws.com` we can assume role.",
        {("sts.us-gov.amazonaws.com", "nxdomain")},
    ),
    (  # the AWS CRT (aws-c-io): getaddrinfo's EAI_NONAME as AWS_IO_DNS_INVALID_NAME
        "2025-05-17T18:03:50.538689Z  WARN awscrt::dns: static, resolving host minio-hl.minio.svc.cluster.local "
        "failed, ec 1053 (aws-c-io: AWS_IO_DNS_INVALID_NAME, Host name was invalid for dns resolution.)",
        {("minio-hl.minio.svc.cluster.local", "nxdomain")},
    ),
    (  # ... and EAI_AGAIN / EAI_FAIL as AWS_IO_DNS_QUERY_FAILED
        "WARN awscrt::dns: static, resolving host s3.minio.svc failed, ec 1054 (aws-c-io: AWS_IO_DNS_QUERY_FAILED, "
        "A query to dns failed to resolve.)",
        {("s3.minio.svc", "temporary")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_every_rule_of_the_round_fires() -> None:
    rules = named_rules(
        "emby-name-resolution-failure",
        "mina-connect-unresolved",
        "aws-sdk-endpoint-reason",
        "gcloud-cannot-reach",
        "seahorse-socket-error",
    )
    assert unfired(rules, [text for text, _ in ROUND]) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # LABELS.md: the docs' bucket words as a cloud storage name's first label, typed with a dash alike
        (
            "dial tcp: lookup my-bucket.s3-eu-east-2.amazonaws.com on 10.0.0.2:53: no such host",
            {("my-bucket.s3-eu-east-2.amazonaws.com", "nxdomain", True)},
        ),
        (
            "SocketException: Failed host lookup: 'bucket-name.s3-us-east-1.amazonaws.com' (OS Error: No address "
            "associated with hostname, errno = 7)",
            {("bucket-name.s3-us-east-1.amazonaws.com", "nxdomain", True)},
        ),
        (
            "Unable to execute HTTP request: buCketnamE.s3-eu-west-1.amazonaws.com: unknown error",
            {("bucketname.s3-eu-west-1.amazonaws.com", "other", True)},
        ),
        # a name in capitals whose last piece is the slot's word
        (
            "DefaultConnectFuture[EC2-INSTANCE-URI]: Failed (UnresolvedAddressException) to execute: null",
            {("ec2-instance-uri", "other", True)},
        ),
        # ... but a real bucket that holds the word, and a Windows machine's name in capitals, are names
        (
            "dial tcp: lookup my-bucket-logs.s3.amazonaws.com on 10.0.0.2:53: no such host",
            {("my-bucket-logs.s3.amazonaws.com", "nxdomain", False)},
        ),
        (
            "dial tcp: lookup SQL-SERVER-01 on 10.0.0.2:53: no such host",
            {("sql-server-01", "nxdomain", False)},
        ),
    ],
)
def test_stand_ins_are_flagged_and_names_are_not(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert flagged(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the AWS SDK's other I/O errors: a connect to a name that resolved, a read that timed out
        "Unable to execute HTTP request: Connect to s3.amazonaws.com:443 [s3.amazonaws.com/52.216.8.75] failed: "
        "connect timed out",
        "Unable to execute HTTP request: Read timed out",
        "Unable to execute HTTP request: s3.amazonaws.com:443 failed to respond",
        # gcloud's check of a URL it reached over a broken proxy: no ServerNotFoundError
        "    Cannot reach https://www.googleapis.com/auth/cloud-platform (ProxyError)",
        # MINA's connect future that failed for another reason
        "DefaultConnectFuture[bastion.corp.example/10.1.2.3:22]: Failed (ConnectException) to execute: refused",
        # Seahorse's connect that was refused
        "Seahorse::Client::NetworkingError: unable to connect to sts.amazonaws.com; Errno::ECONNREFUSED: Connection "
        "refused",
        # Emby's other WebExceptionStatus
        "Error HttpClient: Error ConnectFailure getting response from https://updates.media.example/x.json",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Unable to execute HTTP request: a.b: ",
        "DefaultConnectFuture[a.b/<unresolved>:2",
        "Cannot reach https://a.b/ (ServerNotFound",
        "unable to connect to `a.b`; SocketError: ",
        "Error NameResolutionFailure getting response from http://a",
        "`queryA ESERVFAIL` ",
    ]
)
