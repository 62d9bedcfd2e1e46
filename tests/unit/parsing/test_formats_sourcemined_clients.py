"""Client libraries' and servers' own failure texts mined from their source (issue #17, session 50): the shapes the
mined probes read wrong. Each test names the library and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import reads
from tests.unit.parsing.speed import parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # httpx/httpcore: a host-less ConnectError at a traceback's end, the URL in the failing call's frame
        "Traceback (most recent call last):\n"
        '  File "/srv/app/clients/auth.py", line 41, in fetch_jwks\n'
        '    resp = await self._client.get("http://keys-service:9000/.well-known/jwks.json")\n'
        '  File "/usr/local/lib/python3.11/site-packages/httpx/_transports/default.py", line 118, in '
        "map_httpcore_exceptions\n"
        "    raise mapped_exc(message) from exc\n"
        "httpx.ConnectError: [Errno -3] Temporary failure in name resolution",
        {("keys-service", "temporary")},
    ),
    (  # the same, the user's traceback chained under httpcore's (`The above exception was the direct cause ...`)
        "Traceback (most recent call last):\n"
        '  File "/usr/local/lib/python3.12/site-packages/httpcore/_exceptions.py", line 14, in map_exceptions\n'
        "    raise to_exc(exc) from exc\n"
        "httpcore.ConnectError: [Errno -2] Name or service not known\n\n"
        "The above exception was the direct cause of the following exception:\n\n"
        "Traceback (most recent call last):\n"
        '  File "/app/healthcheck.py", line 9, in <module>\n'
        '    r = httpx.get("http://orders.shop.svc.cluster.local:8080/healthz", timeout=5.0)\n'
        '  File "/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", line 118, in '
        "map_httpcore_exceptions\n"
        "    raise mapped_exc(message) from exc\n"
        "httpx.ConnectError: [Errno -2] Name or service not known",
        {("orders.shop.svc.cluster.local", "nxdomain")},
    ),
    (  # dnspython 2's NoNameservers with the request's question as a list of RRsets (PyMongo's SRV look-up)
        "pymongo.errors.ConfigurationError: All nameservers failed to answer the query [<DNS "
        "_mongodb._tcp.prod.abcde.mongodb.net. IN SRV RRset: []>]: Server Do53:192.168.1.1@53 answered SERVFAIL",
        {("_mongodb._tcp.prod.abcde.mongodb.net", "servfail")},
    ),
    (  # Npgsql 6 on: its trace line names the server above the host-less exception
        "trce: Npgsql.Connection[1110]\n      Opening physical connection to pg.data.example.net:5432/orders...\n"
        "Npgsql.NpgsqlException (0x80004005): Resource temporarily unavailable\n"
        " ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable",
        {("pg.data.example.net", "temporary")},
    ),
    (  # kafka-python's SOCKS5 wrapper: the role word `proxy` before the proxy's name
        "WARNING:kafka.socks5_wrapper:DNS lookup failed for proxy socks.example.net:1080, gaierror(-2, 'Name or "
        "service not known')",
        {("socks.example.net", "nxdomain")},
    ),
    (  # ZooKeeper's server: a `server.N=` line of zoo.cfg whose name does not resolve (no port in the message)
        "Caused by: org.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException: Unable to canonicalize "
        "address zk-2.zk-hs.data.svc.cluster.local because it's not resolvable",
        {("zk-2.zk-hs.data.svc.cluster.local", "nxdomain")},
    ),
    (  # an ECS JSON log (Solr): the failing name, never the client thread's, named after the server it dialled last
        '{"@timestamp":"2025-02-11T06:31:17.208Z","log.level":"ERROR","message":"Unable to resolve address: '
        'zk-0.zk-hs.data.svc.cluster.local/<unresolved>:2181","process.thread.name":'
        '"main-SendThread(zk-1.zk-hs.data.svc.cluster.local:2181)","error.type":"java.net.UnknownHostException"}',
        {("zk-0.zk-hs.data.svc.cluster.local", "nxdomain")},
    ),
    (  # MySqlConnector under Microsoft.Extensions.Logging's JSON console: the message, never the template's slot
        '{"EventId":2121,"LogLevel":"Warning","Category":"MySqlConnector.MySqlConnection","Message":"Session 1.1 '
        'failed to resolve host name mariadb (1 of 1): Name or service not known","State":{"Message":"Session 1.1 '
        'failed to resolve host name mariadb (1 of 1): Name or service not known","HostName":"mariadb",'
        '"{OriginalFormat}":"Session {SessionId} failed to resolve host name {HostName} ({HostNameIndex} of '
        '{HostNameCount}): {ExceptionMessage}"}}',
        {("mariadb", "nxdomain")},
    ),
]


test_each_format_is_read = reads(FORMATS, "format")


@pytest.mark.parametrize(
    "text",
    [
        # Serilog's compact JSON: a template alone names nothing
        '{"@t":"2026-12-05T10:00:00Z","@mt":"Could not resolve host {Host}: {Reason}","@l":"Warning"}',
        # a traceback whose frames quote a URL, ending in an error that is no look-up
        "Traceback (most recent call last):\n"
        '  File "/app/main.py", line 3, in <module>\n'
        '    r = httpx.get("http://orders:8080/healthz")\n'
        "httpx.ConnectError: [Errno 111] Connection refused",
    ],
)
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        '"{OriginalFormat}":"failed to resolve host name {HostName}: Name or service not known",',
        '    r = httpx.get("http://a.b:1/")\n',
        "Opening physical connection to a.b:1/c...\n",
        '"process.thread.name":"main-SendThread(a.b:1)","message":"Unable to resolve address: c.d:1",',
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
