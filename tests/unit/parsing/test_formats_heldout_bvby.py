"""Formats held-out sets BV to BY (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing.terminal_wraps import rejoin_terminal_wraps
from tests.unit.parsing.rounds import flagged, found, named_rules, reads, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # Kong 1.x's balancer: `(short) h:(na)`, a space after the marker
        "[error] 34#0: *326 [lua] balancer.lua:850: execute(): DNS resolution failed: dns server error: 3 name error. "
        'Tried: ["(short) orders:(na) - cache-miss","orders:33 - cache-miss/scheduled/querying/dns server error: 3 '
        'name error"], client: 172.18.0.1',
        {("orders", "nxdomain")},
    ),
    (  # a container's start script: `Having issues resolving name 'h'`
        "2024-07-05 05:00:28.635288 [debug] Having issues resolving name 'vpn.corp.example', sleeping before retry...",
        {("vpn.corp.example", "other")},
    ),
    (  # PgBouncer on Windows: WinSock's code in `result=`
        "2017-09-29 05:04:30.159 2756 WARNING lookup failed: pg-primary: result=11003",
        {("pg-primary", "other")},
    ),
    (  # MongoDB's LDAP client: DNSHostNotFound and the host `was NOT successfully resolved`
        '"msg":"Error creating service context", "attr":{"error": "DNSHostNotFound: Can\'t connect to the specified '
        'LDAP servers, error: LDAP Host: ldap.corp.example was NOT successfully resolved."}}',
        {("ldap.corp.example", "nxdomain")},
    ),
    (  # the same statement with no error code: no reason stated
        "warn: host ldap-1.auth.svc was not resolved",
        {("ldap-1.auth.svc", "other")},
    ),
    (  # Pulsar's C++ client: Boost.Asio's category and code, the service URL on the next line
        "ERROR [139876034938560] ClientConnection:605 | Resolve error: asio.netdb:1 : Host not found (authoritative)\n"
        "2025-01-19 09:06:52.541 ERROR [139876] ClientConnection:1318 | [<none> -> pulsar://pulsar-proxy:6650] "
        "Connection closed with ConnectError (refCnt: 2)",
        {("pulsar-proxy", "nxdomain")},
    ),
    (  # reqwest: a word for the URL's host is the name
        "Error: error sending request for url (http://server:60072/api/health): error trying to connect: dns error: "
        "failed to lookup address information: Temporary failure in name resolution",
        {("server", "temporary")},
    ),
    (  # librdkafka's line word-wrapped at 80 columns, the space kept at each line's end
        "ClickHouse 20.4.5.36#consumer-4| [thrd:kafka-kafka.kafka:9092/bootstrap]: \n"
        "kafka-kafka.kafka:9092/bootstrap: Failed to resolve 'kafka-kafka.kafka:9092': \n"
        "Name or service not known (after 70ms in state CONNECT)",
        {("kafka-kafka.kafka", "nxdomain")},
    ),
    (  # cqlsh run in a container, its traceback's gaierror names no host
        "$ docker run -it --network some-network --rm cassandra cqlsh cass-0\n"
        "\n"
        "Error:\n"
        "Traceback (most recent call last):\n"
        '  File "/opt/cassandra/bin/cqlsh.py", line 2443, in <module>\n'
        "    main(*read_options(sys.argv[1:], os.environ))\n"
        "socket.gaierror: [Errno -2] Name or service not known",
        {("cass-0", "nxdomain")},
    ),
    (  # a Python service logged the URL it requested, then the traceback of the request's gaierror
        "2024-09-24 20:06:58,145 INFO rest_client: Making get request to https://gw-proxy-1:9080/api/v1/index/.\n"
        "Traceback (most recent call last):\n"
        '  File "/venv/lib64/python3.11/site-packages/urllib3/connection.py", line 196, in _new_conn\n'
        "    sock = connection.create_connection(\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "socket.gaierror: [Errno -2] Name or service not known",
        {("gw-proxy-1", "nxdomain")},
    ),
    (  # nslookup's search-path expansions on a GitHub-hosted runner (Azure's search domain), copied with the log
        # page's line-number links
        "Run nslookup postgres\n"
        "** server can't find postgres.psu1waqqpzqu3mj[4](https://github.com/o/r/actions/runs/65/job/17#step:3:4)"
        "5gsqnyggvb.xx.internal.cloudapp.net: NXDOMAIN",
        {("postgres", "nxdomain")},
    ),
    (  # the DataStax Java driver's contact point: the UnknownHostException's message in an IllegalArgumentException
        "Caused by: java.lang.IllegalArgumentException: cassandra-seed: unknown error\n"
        "\tat com.datastax.driver.core.Cluster$Builder.addContactPoint(Cluster.java:839)",
        {("cassandra-seed", "other")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_every_rule_of_the_round_fires() -> None:
    rules = named_rules("datastax-contact-point", "stated-was-not-resolved")
    assert unfired(rules, [text for text, _ in ROUND]) == set()


def test_a_slots_word_typed_in_capitals_over_a_label_is_a_stand_in() -> None:
    # CoreDNS's log with the reporter's capitals for what they hid (`COREDNS_POD_IP`, `DNS_SERVER`, `SUBDOMAIN`)
    text = (
        "[ERROR] plugin/errors: 2 SUBDOMAIN.sharepoint.com. A: read udp COREDNS_POD_IP:35307->DNS_SERVER:53: "
        "i/o timeout"
    )
    assert flagged(text) == {("subdomain.sharepoint.com", "timeout", True)}


@pytest.mark.parametrize(
    "text",
    [
        # bunyan's line: its own `"hostname"` comes before `"pid"`; the error's message names the host looked up
        '{"name":"web","hostname":"web-7f9","pid":135,"level":40,"err":{"message":"getaddrinfo ENOTFOUND '
        'smtp.mail.example smtp.mail.example:465","name":"Error","stack":"Error: getaddrinfo ENOTFOUND '
        'smtp.mail.example smtp.mail.example:465\\n    at GetAddrInfoReqWrap.onlookup (dns.js:56:26)\\n",'
        '"code":"ENOTFOUND"},"msg":"error sending message","v":0}',
    ],
)
def test_a_loggers_own_host_is_not_the_name(text: str) -> None:
    assert found(text) == {("smtp.mail.example", "nxdomain")}


@pytest.mark.parametrize(
    "text",
    [
        # Postfix: a table's look-up (MySQL's), not a name's; the placeholder is an address
        "postfix/smtps/smtpd[408]: warning: mysql:/etc/postfix/sql/mysql_virtual_alias_maps.cf lookup error for "
        '"<DESTINATION EMAIL>"',
        # Java's frames name source files, not hosts
        " →  java.net.ConnectException: null (HttpClientImpl.java:951)\n"
        " →  java.net.ConnectException: null (Utils.java:1028)\n"
        " →  java.nio.channels.UnresolvedAddressException: null (Net.java:137)",
        # Erlang's atom: the program's words before it are no name
        '{"message":"Failed to send host report: :nxdomain","severity":"error"}',
        # `host` run over ssh: the name's address, then the AAAA query's NXDOMAIN
        "DEBU SSH command results: err: Process exited with status 1, output: app.crc.testing has address "
        "192.168.127.2\n"
        "Host app.crc.testing not found: 3(NXDOMAIN)",
        # an IllegalArgumentException of anything else
        "java.lang.IllegalArgumentException: config-key: unknown error\n\tat com.acme.Config.load(Config.java:12)",
        # Boost.Asio's category with no name anywhere near
        "Resolve error: asio.netdb:1 : Host not found (authoritative)",
        # a statement about an issue
        "The issue was not resolved by the upgrade",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_a_line_that_merely_ends_in_a_space_is_not_a_wrap() -> None:
    # short lines ending in a space, and Markdown's two-space line break, are the paste's own line breaks
    for text in ("short line \nnext line", "a" * 70 + "  \nNext paragraph starts here"):
        assert rejoin_terminal_wraps(text) == text


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "IllegalArgumentException: a: unknown error\n",
        "a was NOT successfully resolved ",
        "Traceback (most recent call last):\n  File x\nsocket.gaierror: [Errno -2] Name or service not known\n",
        "(short) a:(na) ",
    ]
)


def test_a_reason_on_the_line_after_a_resolving_messages_colon_is_its_own() -> None:
    # librdkafka's message cut after its colon (no width to read a wrap from): the reason below is the message's
    text = (
        "%3|1733282400.123|FAIL|rdkafka#consumer-1| [thrd:kafka-0.kafka:9092/bootstrap]: Failed to resolve "
        "'kafka-0.kafka:9092':\n"
        "Name or service not known (after 5ms in state CONNECT)"
    )
    assert found(text) == {("kafka-0.kafka", "nxdomain")}
