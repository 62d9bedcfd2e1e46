"""Formats held-out sets BR to BU (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py); and two found by probing the parser with
messages of common cluster software after the round (the DataStax driver's contact point, an ECS log's own host)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import server_texts
from tests.unit.parsing.rounds import reads, unfired
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str]]:
    return {(f.host, f.kind) for f in parse_failures(text)}


ROUND = [
    (  # Swift Mailer: the PHP error in brackets after the host
        "Swift_TransportException: Connection could not be established with host smtp-relay "
        "[php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution #0]",
        {("smtp-relay", "temporary")},
    ),
    (  # PHPMailer's one-line debug log: the name:port before the error, not the wiki link after it
        "Connection failed. Error #2: stream_socket_client(): unable to connect to mail.corp.example:587 "
        "(php_network_getaddresses: getaddrinfo failed: Name or service not known) SMTP connect() failed. "
        "https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
        {("mail.corp.example", "nxdomain")},
    ),
    (  # TDengine: the FQDN it could not resolve, its own code's text below (`nxdomain` since held-out EK: the two
        # sets with TDengine's rows, BT and EK, label it so)
        "01/24 18:49:24.880000 0x0000b144 RPC ERROR TSC, failed to resolve FQDN:taosd-1\n"
        "01/24 18:49:24.880000 0x0000b144 RPC ERROR TSC 02, failed to set up connection(Unable to resolve FQDN)",
        {("taosd-1", "nxdomain")},
    ),
    (
        "UTL ERROR failed to get the ip address, fqdn:taosd-2.taosd.db.svc.cluster.local, since:Temporary failure "
        "in name resolution",
        {("taosd-2.taosd.db.svc.cluster.local", "temporary")},
    ),
    (  # BIND's resolver: the RCODE, or a time-out, of the name it resolved for a client
        "named[1272]: SERVFAIL unexpected RCODE resolving 'api.partner.example/A/IN': 198.51.100.7#53\n"
        "named[1272]: timed out resolving 'cdn.partner.example/AAAA/IN': 198.51.100.8#53",
        {("api.partner.example", "servfail"), ("cdn.partner.example", "timeout")},
    ),
    (  # gRPC's resolver gave no address; the target it dialled is on the line
        'Error: [FlightSQL] name resolver error: produced zero addresses (Unavailable; endpoint 0: [uri:"grpc+tcp:'
        '//fe-0.fe-search.olap.svc.cluster.local:9400"])',
        {("fe-0.fe-search.olap.svc.cluster.local", "other")},
    ),
    (  # a check's bare statement, a bracketed stand-in
        "Host did not resolve: [BACKUP_HOST]. Check the saved host value.",
        {("[backup_host]", "nxdomain")},
    ),
    (  # Go's own line: the name as it looked it up, digits and all
        "[GIN-debug] [ERROR] listen tcp: lookup 0.0.0: no such host",
        {("0.0.0", "nxdomain")},
    ),
    (  # a resolver phrase a run of blanks parted (a wrap put back with its indent)
        "Unable to retrieve JSON from https://updates.example.org/uc.json: updates.example.org: Name does not"
        "                       resolve",
        {("updates.example.org", "nxdomain")},
    ),
    (  # openssl's client: BIO_lookup_ex's reason under the command that named the host
        "$ openssl s_client -connect vault.internal:8200\n"
        "4057:error:2008F002:BIO routines:BIO_lookup_ex:system lib:crypto/bio/b_addr.c:724:Name or service not "
        "known\nconnect:errno=22",
        {("vault.internal", "nxdomain")},
    ),
    (  # Java NIO's UnresolvedAddressException under the exception that names what was dialled
        "java.net.ConnectException: http://console-svc:8080/api/head\n"
        "    at com.ning.http.client.providers.netty.NettyConnectListener.operationComplete(NettyConnectListener"
        ".java:104)\nCaused by: java.nio.channels.UnresolvedAddressException: null",
        {("console-svc", "other")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, None)


def test_every_rule_of_the_round_fires() -> None:
    texts = [text for text, _ in ROUND] + [
        "named[1]: REFUSED unexpected RCODE resolving 'a.example/A/IN': 192.0.2.1#53",  # BIND's (off frame in BU)
        # Apache MINA's connect future, the rule held-out CA added to server_texts.py (test_formats_heldout_bzca.py)
        "DefaultConnectFuture[sftp.example/<unresolved>:22]: Failed (UnresolvedAddressException) to execute: null",
        # TDengine 3's form, the rule held-out EK added (test_formats_heldout_edek.py)
        "C RPC ERROR failed to get ip from fqdn:taosd-0 since Unable to resolve FQDN",
    ]
    assert unfired(server_texts.RULES, texts) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the phrase's words in columns of a table, not a phrase a wrap parted
        "NAME      STATUS\nname      does   not    matter",
        # BIND answering, a query log's line
        "named[1272]: client @0x7f 10.0.0.5#41234 (api.partner.example): query: api.partner.example IN A +E(0)K",
        # an UnresolvedAddressException with no address named above it
        "Caused by: java.nio.channels.UnresolvedAddressException: null\n"
        "    at sun.nio.ch.Net.checkAddress(Net.java:101)",
        # openssl reached the server: a TLS error, no look-up failed
        "$ openssl s_client -connect vault.internal:8200\n"
        "4057:error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed",
        # the noun in capitals, no name
        "failed to set up connection(Unable to resolve FQDN)",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "name  does  not  resolve  ",
        "Caused by: java.nio.channels.UnresolvedAddressException\n",
        "SERVFAIL unexpected RCODE resolving 'a/A/IN' ",
        "failed to resolve FQDN:a ",
    ]
)


def test_the_datastax_drivers_contact_point_without_a_port() -> None:
    # found by probing the parser after the round, not a row of it: the driver keys a contact point given without a
    # port by the bare name
    text = (
        "cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'cassandra-0.cassandra.db.svc': "
        "gaierror(-2, 'Name or service not known')})"
    )
    assert found(text) == {("cassandra-0.cassandra.db.svc", "nxdomain")}


def test_an_elastic_common_schema_logs_own_host_is_not_the_name() -> None:
    # found by probing: `host.name` is the machine that logged, `url.domain` the name that did not resolve
    text = (
        '{"@timestamp":"2024-05-01T10:00:00Z","log.level":"ERROR","message":"Failed to resolve host",'
        '"host.name":"app-1","url.domain":"search.corp.example","error.message":"No such host is known"}'
    )
    assert found(text) == {("search.corp.example", "nxdomain")}
