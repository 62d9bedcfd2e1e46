"""Formats held-out sets GH to GO read wrong when they were measured (issue #17, 2026-12-06, session 52; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import peer_connect_texts
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # HBase: a bare statement that the name did not resolve
        "Caused by: java.lang.IllegalArgumentException: Failed resolve of "
        "hbase-master-0.hbase-master.default.svc.cluster.local:16000",
        {("hbase-master-0.hbase-master.default.svc.cluster.local", "nxdomain")},
    ),
    (  # a JDK's getLocalHost message, its redaction object's toString glued before the host
        "java.net.UnknownHostException: jdk.internal.util.Exceptions$NonSocketInfo@17af6f3dapim-tm-deployment-2-6bd9f: "
        "Temporary failure in name resolution\n\tat java.base/java.net.InetAddress.getLocalHost(InetAddress.java:1800)",
        {("apim-tm-deployment-2-6bd9f", "temporary")},
    ),
    (  # the JDK's cached failure: later bare UnknownHostExceptions for the name whose first one stated the reason
        "Run 1: Unable to invoke request: java.net.UnknownHostException: 127.0.0.1.nip.io: Temporary failure in name "
        "resolution\nRun 2: Unable to invoke request: java.net.UnknownHostException: 127.0.0.1.nip.io",
        {("127.0.0.1.nip.io", "temporary")},
    ),
    (  # a Redis replica: the connect's errno after the master's name failed to resolve (EAGAIN)
        "8:S 24 Mar 09:15:21.468 * Connecting to MASTER redis-master:6379\n"
        "8:S 24 Mar 09:15:21.472 # Unable to connect to MASTER: Resource temporarily unavailable",
        {("redis-master", "temporary")},
    ),
    (  # Kong's Cassandra driver: one line per node, each with its reason
        "Error: [cassandra error] all hosts tried for query failed. cass-1.db.svc:9042: host seems unhealthy, "
        "considering it down (host not found). cass-2.db.svc:9042: host seems unhealthy, considering it down "
        "([toip() name lookup failed]: dns server error: 3 name error)",
        {("cass-1.db.svc", "nxdomain"), ("cass-2.db.svc", "nxdomain")},
    ),
    (  # MySQL Connector/Python: the name as given, its getaddrinfo code and text in brackets
        "InterfaceError: (2003, \"2003: Can't connect to MySQL server on 'mysql.db.svc:3306' (-3 Temporary failure "
        'in name resolution)", None)',
        {("mysql.db.svc", "temporary")},
    ),
    (  # Apollo's Java client: the cause's message the URL's bare host
        "Long polling failed, will retry in 2 seconds. appId: app, long polling url: "
        "http://apollo-configservice.apollo:8080/notifications/v2?cluster=default, reason: Could not complete get "
        "operation [Cause: apollo-configservice.apollo]",
        {("apollo-configservice.apollo", "other")},
    ),
    (  # TDengine 3: code 0's text in the reason's place
        "UTL ERROR failed to get ip from fqdn:tdengine-0.taosd.ns.svc.cluster.local since Success, dnode can not be "
        "initialized",
        {("tdengine-0.taosd.ns.svc.cluster.local", "other")},
    ),
    (  # CRC: its failed query, the `host` command it ran below it
        "ERRO Failed internal dns query: ssh command error:\ncommand : host -R 3 foo.apps-crc.testing\n"
        "err     : Process exited with status 1",
        {("foo.apps-crc.testing", "other")},
    ),
    (  # c-ares' adig: ares_strerror's text where dig prints its status (an off-frame row of GM)
        "; <<>> c-ares DiG 1.34.5 <<>> api.example-game.com\n;; Could not contact DNS servers",
        {("api.example-game.com", "other")},
    ),
    (  # ... its time-out
        "; <<>> c-ares DiG 1.34.5 <<>> api.example-game.com\n;; Timeout while contacting DNS servers",
        {("api.example-game.com", "timeout")},
    ),
    (  # R2DBC: Java's unresolved address, `other` as LABELS.md reads Lettuce's
        "Caused by: io.r2dbc.postgresql.PostgresqlConnectionFactory$PostgresConnectionException: Cannot connect to "
        "halodb/<unresolved>:5432",
        {("halodb", "other")},
    ),
]

LOOKALIKES = [
    # linkerd: a Kubernetes object looked up through the API, its NotFound in the singular
    'time="2018-09-16T14:15:52Z" level=error msg="[100.96.15.9 inventory-6bcf6f57f7-tgqjc.ms] failed to lookup pod: '
    'pod \\"inventory-6bcf6f57f7-tgqjc\\" not found"',
    # ssh handed a port forward's spec where the host goes
    "ssh: Could not resolve hostname 80:192.168.42.23:80: Name or service not known",
    # CoreDNS's log: AAAA NXDOMAIN for a name whose A it answered
    '[INFO] 10.102.5.75:33469 - 59898 "A IN api-int.dev.example.corp. udp 50 false 512" NOERROR qr,aa,rd 98 0.0002s\n'
    '[INFO] 10.102.5.75:33469 - 57280 "AAAA IN api-int.dev.example.corp. udp 50 false 512" NXDOMAIN qr,aa,rd,ra 144 '
    "0.0009s",
    # Caddy's RFC 2136 update: its own exchange with a DNS server timed out; the ACME order after it is no name
    '{"level":"error","msg":"could not get certificate from issuer","error":"[sub.domain.tld] solving challenges: '
    'presenting for challenge: adding temporary record for zone \\"sub.domain.tld.\\": dial tcp 1.2.3.4:53: i/o '
    'timeout (order=https://acme-staging-v02.api.letsencrypt.org/acme/order/1)"}',
    # a Redis replica's refused connect: the master's name resolved
    "* Connecting to MASTER redis-master:6379\n# Unable to connect to MASTER: Connection refused",
    # Apollo's cause of other words
    "long polling url: http://apollo-configservice.apollo:8080/notifications/v2, reason: Could not complete get "
    "operation [Cause: Connection refused]",
    # MySQL Connector/Python's refused connect
    "2003: Can't connect to MySQL server on 'mysql.db.svc:3306' (111 Connection refused)",
]


test_each_format_is_read = reads(ROUND, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # LABELS.md clause 1: a bracketed word in MySQL Connector/Python's quotes
        (
            "Can't connect to MySQL server on '[HOST]:3306' (-3 Temporary failure in name resolution)",
            [("[host]", True)],
        ),
        # clause 1 and 2 in Kong's Cassandra lines: `<...>`, a name's description
        (
            "all hosts tried for query failed. <cassandra_hostname>: host seems unhealthy, considering it down "
            "([toip() name lookup failed]: 9042)",
            [("<cassandra_hostname>", True)],
        ),
        (
            "cassandra-container-name: host seems unhealthy, considering it down ([toip() name lookup failed]: "
            "recursion detected)",
            [("cassandra-container-name", True)],
        ),
        # clause 3: the reporter's sed substitution, the name under example.com
        (
            "starting kong generates those error messages (with s/real domain name/example.com/)\n"
            "> Error: node01.example.com:9042: host seems unhealthy, considering it down (host not found).",
            [("node01.example.com", True)],
        ),
        # ... not a substitution of other words
        (
            "(with s/foo/bar/ in the config)\n"
            "> Error: node01.example.com:9042: host seems unhealthy, considering it down (host not found).",
            [("node01.example.com", False)],
        ),
    ],
)
def test_stand_ins_of_this_round(text: str, want: list[tuple[str, bool]]) -> None:
    assert [(f.host, f.redacted) for f in parse_failures(text)] == want


def test_every_rule_of_the_module_fires() -> None:
    from tests.unit.parsing.test_formats_sourcemined_probes3 import FORMATS

    assert unfired(peer_connect_texts.RULES, [text for text, _ in [*ROUND, *FORMATS]]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Failed resolve of a.b:1 ",
        "Unable to connect to MASTER: Resource temporarily unavailable\n",
        "Connecting to MASTER a.b:1\n",
        "a.b:1: host seems unhealthy, considering it down (host not found). ",
        "Can't connect to MySQL server on 'a.b:1' (-3 x) ",
        "Could not complete get operation [Cause: a.b] ",
        "Failed internal dns query: x\n",
        "jdk.internal.util.Exceptions$NonSocketInfo@1a",
        "failed to lookup pod: ",
        "dial tcp 1.2.3.4:53: i/o timeout ",
        "; <<>> c-ares DiG 1 <<>> a.b\n;; Could not contact DNS servers\n",
        "Resolve of a.b timed out after 5.000 s. Trying next name server\n",
        "address resolution of node 'a' service '1' failed: x ",
        "<Greenlet at 0x1: f('a.b')> failed with gaierror\n",
        "DNS lookup failed: a - x\n",
        "Wildcard DNS resolution for a.b does not appear to be working\n",
        "failed to resolve backend version: ",
        ':host=>\\"a.b\\", ',
        "ERROR:a.b:",
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
