"""Formats held-out sets DL to DO (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, found, reads
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # dockerd's embedded resolver before libnetwork 23: no A record for the name (NXDOMAIN or none: no reason)
        'time="2017-11-24T15:17:33-06:00" level=debug msg="[resolver] external DNS udp:8.8.8.8 did not return any A '
        'records for \\"oracle.\\""',
        {("oracle", "other")},
    ),
    (  # its rcode words when the upstream failed
        'level=debug msg="[resolver] external DNS udp:10.0.0.2 responded with SERVFAIL for \\"db.corp.\\""',
        {("db.corp", "servfail")},
    ),
    (  # Go on Windows: a connection string's `key=value` handed over whole, read as printed
        "lookup server=localhost: getaddrinfow: No such host is known",
        {("server=localhost", "nxdomain")},
    ),
    (  # Go on Windows: a plain name still read as before
        "dial tcp: lookup api.corp.test: getaddrinfow: No such host is known.",
        {("api.corp.test", "nxdomain")},
    ),
    (  # a statement naming the host over .NET's host-less SocketException (EAGAIN on Linux: EAI_AGAIN)
        "A brief DNS failure resolving the `db` host made the worker log 289 errors:\n\n```\n"
        "Npgsql.NpgsqlException (0x80004005): Resource temporarily unavailable\n"
        " ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable\n"
        "   at System.Net.Dns.GetHostEntryOrAddressesCore(...)\n```",
        {("db", "temporary")},
    ),
    (  # the same over Python's host-less gaierror
        "Failed resolving `cache-01` from the worker:\nTraceback (most recent call last):\n"
        "socket.gaierror: [Errno -2] Name or service not known",
        {("cache-01", "nxdomain")},
    ),
    (  # ... over PHP's host-less getaddrinfo words
        "The php container logs a DNS failure resolving `mysql`:\nPHP Warning:  mysqli::__construct(): "
        "php_network_getaddresses: getaddrinfo failed: Name or service not known in /var/www/html/db.php on line 3",
        {("mysql", "nxdomain")},
    ),
    (  # ... over Ruby's host-less SocketError
        "Sidekiq: failed resolving `redis-master` every few minutes:\n/usr/local/lib/ruby/3.2.0/socket.rb:227:in "
        "`getaddrinfo': getaddrinfo: Temporary failure in name resolution (SocketError)",
        {("redis-master", "temporary")},
    ),
    (  # lego (ACME DNS-01): the question's name, not the `ns` asked; the Go error's kind
        "DNS call error: read udp 192.168.0.2:44167->180.184.1.53:53: i/o timeout [ns=vip1.dns.example.net.:53, "
        "question='_acme-challenge.shop.example.org. IN TXT']",
        {("_acme-challenge.shop.example.org", "timeout")},
    ),
    (  # lego: the answer's rcode says how
        "could not find zone: unexpected response [ns=1.1.1.1:53, question='_acme-challenge.example.net. IN SOA', "
        "code=SERVFAIL]",
        {("_acme-challenge.example.net", "servfail")},
    ),
    (  # lego: the `ns` name itself did not resolve, the question was never asked: Go's rule reads the server's name
        "could not find the start of authority for '_acme-challenge.www.shop.cn.': DNS call error: dial udp: lookup "
        "dnspod-ns on 183.60.83.19:53: no such host [ns=dnspod-ns:53, question='cn. IN SOA']",
        {("dnspod-ns", "nxdomain")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


@pytest.mark.parametrize(
    "text",
    [
        # the AWS SDK for JavaScript v2 words a refused connection as `Inaccessible host` too: its originalError says
        # the name resolved
        "Inaccessible host: `s3.localhost.localstack.cloud' at port `4566'. This service may not be available in the "
        "`us-west-2' region.\n  code: 'UnknownEndpoint',\n  hostname: 's3.localhost.localstack.cloud',\n"
        "  originalError: Error: connect ECONNREFUSED 127.0.0.1:4566",
        # dockerd: no AAAA record is what most names have
        'level=debug msg="[resolver] external DNS udp:8.8.8.8 did not return any AAAA records for \\"google.com.\\""',
        # lego: a reverse question
        "DNS call error: i/o timeout [ns=10.0.0.2:53, question='5.0.0.10.in-addr.arpa. IN PTR']",
        # several words in a Node error object's `hostname` that do not describe a name
        '"error":{"code":"EAI_AGAIN","errno":-3001,"hostname":"web app one","syscall":"getaddrinfo"}',
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


def test_a_statement_does_not_borrow_another_names_reason() -> None:
    # only a host-less error under it says how; another name's message is that name's (the Go rule reads it)
    text = "Failed resolving `cache-01` from the worker:\ndial tcp: lookup redis on 10.96.0.10:53: no such host"
    assert found(text) == {("cache-01", "other"), ("redis", "nxdomain")}


def test_the_aws_sdk_js_message_alone_or_over_a_resolver_error_reads_as_before() -> None:
    alone = "UnknownEndpoint: Inaccessible host: `s3.x.cloud' at port `443'. This service may not be available."
    assert found(alone) == {("s3.x.cloud", "nxdomain")}
    again = (
        "UnknownEndpoint: Inaccessible host: `s3.x.cloud' at port `443'.\n  originalError: Error: getaddrinfo EAI_AGAIN"
    )
    assert found(again) == {("s3.x.cloud", "nxdomain")}
    said = again + " s3.x.cloud"
    assert found(said) == {("s3.x.cloud", "temporary")}


def test_a_node_error_objects_hostname_that_describes_a_name_is_a_stand_in() -> None:
    # LABELS.md clause 2: the reporter's description where the name stands
    text = '"error":{"code":"EAI_AGAIN","errno":-3001,"hostname":"hostname of the database","syscall":"getaddrinfo"}'
    assert flagged(text) == {("hostname of the database", "temporary", True)}


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        '[resolver] external DNS udp:8.8.8.8 did not return any A records for "' + "a." * 40 + '"',
        "lookup " + "a=" * 40 + ": getaddrinfow: No such host is known",
        "x [ns=" + "a" * 40 + ", question='" + "a." * 40,
        '"hostname":"hostname ' + "of " * 40 + '"',
        "DNS failure resolving `a` " + "x" * 40,
    ]
)
