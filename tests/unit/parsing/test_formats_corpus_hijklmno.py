"""Formats met in corpus sets H to O (issue #17, 2026-12-05: eight themes' real pastes read before the next held-out
measure): each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found
from tests.unit.parsing.speed import parses_quickly

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


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "DNS resolution for registry address a.b timed out; ",
        "INFO will connect to store server at a:1\nError: host not found: Name or service not known\n",
    ]
)


# Read from products' own source on the same day (fetch only): widenings of older rules and guards, each with the
# program that prints the form.
SOURCE_ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # git over libcurl: a resolver's words in the parentheses win over curl's own
        "fatal: unable to access 'https://github.com/acme/apps.git/': Could not resolve host: github.com (Temporary "
        "failure in name resolution)",
        {("github.com", "temporary")},
    ),
    (  # nginx's OCSP stapling: the responder's name, not the directive's
        '2024/05/14 08:12:10 [warn] 1#1: "ssl_stapling" ignored, host not found in OCSP responder "r3.o.lencr.org" in '
        'the certificate "/etc/letsencrypt/live/www.example.net/fullchain.pem"',
        {("r3.o.lencr.org", "nxdomain")},
    ),
    (  # Apache's mod_proxy_connect: APR's error leads the record
        "[Tue May 14 12:01:17.551020 2024] [proxy_connect:error] [pid 22:tid 140003311] (EAI 2)Name or service not "
        "known: [client 10.8.0.12:40122] AH02327: failed to resolve hostname 'egress.partner.net'",
        {("egress.partner.net", "nxdomain")},
    ),
    (  # Zot: a JSON logger's `url` field holds the name; the key `"url":` is no name
        '{"time":"2026-11-30T03:10:04Z","level":"warn","message":"failed to lookup sync registry url\'s hostname",'
        '"url":"https://mirror.corp.example:5000"}',
        {("mirror.corp.example", "other")},
    ),
    (  # a traceback's code line names a format's slot, the exception below names the host
        '  File "/usr/src/paperless/src/paperless/network.py", line 28, in resolve_hostname_ips\n'
        '    raise ValueError(f"Could not resolve hostname: {hostname}") from e\n'
        "ValueError: Could not resolve hostname: litellm.lab.example.net",
        {("litellm.lab.example.net", "nxdomain")},
    ),
    (  # a journal's header on every line of a service's traceback (`journalctl -u app`)
        "Dec 05 05:00:00 node-1 app[1234]: Starting new HTTPS connection (1): pypi.org:443\n"
        "Dec 05 05:00:00 node-1 app[1234]: Traceback (most recent call last):\n"
        'Dec 05 05:00:00 node-1 app[1234]:   File "/usr/lib/python3.11/socket.py", line 955, in getaddrinfo\n'
        "Dec 05 05:00:00 node-1 app[1234]: socket.gaierror: [Errno -3] Temporary failure in name resolution",
        {("pypi.org", "temporary")},
    ),
]

SOURCE_LOOKALIKES = [
    # Vert.x' noun for what it resolved; Mint's request to a path named `lookup`
    "SEVERE: Failed to resolve entry io.vertx.core.dns.DnsException: DNS query error occurred: NXDOMAIN: type 3, name "
    "error",
    "05:48:45.118 [error] GET https://geo.partner-api.io/v2/lookup failed: ** (Mint.TransportError) timeout",
    # a format's slot in a code line with no exception under it
    '    raise ValueError(f"Could not resolve hostname: {hostname}") from e',
]


@pytest.mark.parametrize(("text", "want"), [*ROUND, *SOURCE_ROUND])
def test_each_format_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize("text", [*LOOKALIKES, *SOURCE_LOOKALIKES])
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []
