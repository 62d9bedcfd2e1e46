# ruff: noqa: RUF001  (Korean, Turkish and French messages, with their own letters and apostrophes, on purpose)
"""The resolver texts of the second survey of the runtimes' own source (issue #17): each message as the runtime prints
it (the format string in the source named in `checks/parsing/generic_reasons_survey2.py` and
`checks/parsing/rules/survey2.py`, filled with a name) yields its name and kind, with the whole parser and, where the
text is a generic reason, with the generic rule alone; look-alikes (refused and timed-out connections, TLS, HTTP
errors, `no healthy upstream`, prose with the same words) yield nothing."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.parser import parse_with

_MSSQL_TAIL = (
    ". Verify the connection properties. Make sure that an instance of SQL Server is running on the host and accepting "
    'TCP/IP connections at the port. Make sure that TCP connections to the port are not blocked by a firewall.".'
)

# (runtime, format, message as printed, host, kind, read by the generic rule alone)
CASES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    (
        "windows-ko",
        "WSAHOST_NOT_FOUND in Korean via Java",
        "Caused by: java.net.UnknownHostException: 알려진 호스트가 없습니다 (orders-db.shop.svc.cluster.local)",
        "orders-db.shop.svc.cluster.local",
        "nxdomain",
        True,
    ),
    (
        "windows-ko",
        "WSAHOST_NOT_FOUND in Korean via .NET",
        "[ntfy] send error: 알려진 호스트가 없습니다. (ntfy.example.com:443)",
        "ntfy.example.com",
        "nxdomain",
        True,
    ),
    (
        "windows-tr",
        "WSAHOST_NOT_FOUND in Turkish via .NET",
        "System.Net.Http.HttpRequestException: Böyle bir ana bilgisayar bilinmiyor. (api.example.com:443)",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "windows-fr",
        "WSATRY_AGAIN in French via .NET",
        "System.Net.Http.HttpRequestException: Ceci est habituellement une erreur temporaire qui se produit durant la "
        "résolution du nom d’hôte et qui signifie que le serveur local n’a pas reçu de réponse d’un serveur faisant "
        "autorité. (api.example.com:443)",
        "api.example.com",
        "temporary",
        True,
    ),
    (
        "windows-de",
        "WSATRY_AGAIN in German via .NET",
        "System.Net.Sockets.SocketException (11002): Dies ist normalerweise ein zeitweiliger Fehler bei der Auflösung "
        "von Hostnamen. Grund ist, dass der lokale Server keine Rückmeldung vom autorisierenden Server erhalten hat. "
        "(db.example.com:5432)",
        "db.example.com",
        "temporary",
        True,
    ),
    (
        "windows-de",
        "WSANO_DATA in German via .NET",
        "HttpRequestException: Der angeforderte Name ist gültig, es wurden jedoch keine Daten des angeforderten Typs "
        "gefunden. (api.example.com:443)",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "windows-es",
        "WSATRY_AGAIN in Spanish via .NET",
        "HttpRequestException: Éste es normalmente un error temporal durante la resolución de nombres de host y "
        "significa que el servidor local no recibió una respuesta de un servidor autoritativo. (api.example.com:443)",
        "api.example.com",
        "temporary",
        True,
    ),
    (
        "windows-pt",
        "WSATRY_AGAIN in Portuguese via .NET",
        "HttpRequestException: Este é geralmente um erro temporário durante a resolução de nomes de anfitrião e "
        "significa que o servidor local não recebeu uma resposta de um servidor autoritário. (api.example.com:443)",
        "api.example.com",
        "temporary",
        True,
    ),
    (
        "crystal",
        "Socket::Addrinfo::Error, EAI_NONAME",
        "Unhandled exception: Hostname lookup for api.example.com failed: No address found (Socket::Addrinfo::Error)",
        "api.example.com",
        "nxdomain",
        False,
    ),
    (
        "crystal",
        "Socket::Addrinfo::Error, EAI_AGAIN, a single-label name",
        "Hostname lookup for redis failed: Temporary failure in name resolution (Socket::Addrinfo::Error)",
        "redis",
        "temporary",
        False,
    ),
    (
        "crystal",
        "Socket::Error before 0.36",
        "No address found for postgres:5432 over TCP (Socket::Error)",
        "postgres",
        "nxdomain",
        False,
    ),
    (
        "mssql-jdbc",
        "R_tcpipConnectionFailed with an UnknownHostException's message",
        "com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host mssql, port 1433 has "
        'failed. Error: "mssql' + _MSSQL_TAIL,
        "mssql",
        "nxdomain",
        False,
    ),
    (
        "swift-nio",
        "SocketAddressError.unknown in AsyncHTTPClient's NIOConnectionError",
        'NIOConnectionError(host: "api.example.com", port: 443, dnsAError: Optional(NIOPosix.SocketAddressError.'
        'unknown(host: "api.example.com", port: 443)), dnsAAAAError: nil, connectionErrors: [])',
        "api.example.com",
        "nxdomain",
        False,
    ),
    (
        "telnet",
        "netkit telnet's getaddrinfo failure",
        "telnet: could not resolve db.internal.example/5432: Name or service not known",
        "db.internal.example",
        "nxdomain",
        False,
    ),
    (
        "telnet",
        "netkit telnet, EAI_AGAIN, a single-label name",
        "telnet: could not resolve redis/6379: Temporary failure in name resolution",
        "redis",
        "temporary",
        False,
    ),
    (
        "logstash",
        "Manticore::ResolutionFailure with the name alone",
        "[logstash.outputs.elasticsearch] Attempted to resurrect connection to dead ES instance, but got an error "
        '{:url=>"http://elasticsearch:9200/", :error_type=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::'
        'HostUnreachableError, :error=>"Elasticsearch Unreachable: [http://elasticsearch:9200/]'
        '[Manticore::ResolutionFailure] elasticsearch"}',
        "elasticsearch",
        "nxdomain",
        False,
    ),
    (
        "stackexchange-redis",
        "UnableToConnect, EAI_AGAIN on the inner SocketException (Linux)",
        "StackExchange.Redis.RedisConnectionException: It was not possible to connect to the redis server(s). "
        "UnableToConnect on redis-master:6379/Interactive, Initializing/NotStarted, last: NONE, origin: "
        "BeginConnectAsync, outstanding: 0, last-read: 0s ago, last-write: 0s ago, keep-alive: 60s, state: Connecting, "
        "mgr: 10 of 10 available, last-heartbeat: never, global: 0s ago, v: 2.6.122.38350\n"
        " ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable",
        "redis-master",
        "temporary",
        False,
    ),
    (
        "stackexchange-redis",
        "UnableToConnect, Name or service not known",
        "UnableToConnect on cache:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync\n"
        " ---> System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (00000005, 0xFFFDFFFF): "
        "Name or service not known",
        "cache",
        "nxdomain",
        False,
    ),
    (
        "grpc-js",
        "resolver-dns defaultResolutionError",
        "Error: 14 UNAVAILABLE: Name resolution failed for target dns:otel-collector:4317",
        "otel-collector",
        "other",
        False,
    ),
    (
        "grpc-js",
        "resolver-dns, a Service's FQDN with an authority",
        "14 UNAVAILABLE: Name resolution failed for target dns:///orders.shop.svc.cluster.local:50051",
        "orders.shop.svc.cluster.local",
        "other",
        False,
    ),
    (
        "cassandra",
        "SimpleSeedProvider UnknownHostException",
        "WARN  14:28:17 Seed provider couldn't lookup host cassandra-0.cassandra.default.svc.cluster.local",
        "cassandra-0.cassandra.default.svc.cluster.local",
        "other",  # no reason printed: the sets' convention (HELDOUT-i.md; checks/parsing/no_reason.py)
        True,
    ),
    (
        "salt",
        "dns_check",
        "[salt.utils.network:2215][ERROR   ] DNS lookup or connection check of 'salt' failed.",
        "salt",
        "other",
        True,
    ),
    (
        "wcf",
        "EndpointNotFoundException NoDNSEntriesForHost",
        "System.ServiceModel.EndpointNotFoundException: No DNS entries exist for host api.example.com.",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "windows-pl",
        "WSAHOST_NOT_FOUND in Polish via .NET",
        "System.Net.Http.HttpRequestException: Żaden taki host nie jest znany. (api.example.com:443)",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "windows-it / wget-it",
        "Unknown host in Italian via .NET",
        "System.Net.Http.HttpRequestException: Host sconosciuto. (api.example.com:443)",
        "api.example.com",
        "nxdomain",
        True,
    ),
)


@pytest.mark.parametrize(("runtime", "fmt", "message", "host", "kind", "generic"), CASES, ids=[c[1] for c in CASES])
def test_surveyed_message_yields_its_name_and_kind(
    runtime: str, fmt: str, message: str, host: str, kind: str, generic: bool
) -> None:
    found = [(f.host, f.kind) for f in parse_failures(message)]
    assert found == [(host, kind)], f"{runtime}: {fmt}"
    if generic:
        alone = [(f.host, f.kind) for f in parse_with(message, specific=False)]
        assert alone == [(host, kind)], f"{runtime}: {fmt} (generic rule alone)"


# Subversion: the URL's host is read (rules/survey2.py), and only it: APR's error code before the glibc text
# (`svn: E670002: Name or service not known`) is not a name (`host-colon-glibc-reason`, rules/more_runtimes.py).
SVN_CASES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    (
        "subversion",
        "APR getaddrinfo error under the repository URL",
        "svn: E670002: Unable to connect to a repository at URL 'https://svn.example.com/repos/app/trunk'\n"
        "svn: E670002: Name or service not known",
        "svn.example.com",
        "nxdomain",
        False,
    ),
    (
        "subversion",
        "APR EAI_AGAIN",
        "svn: E670003: Unable to connect to a repository at URL 'https://svn.corp.example/repos/x'\n"
        "svn: E670003: Temporary failure in name resolution",
        "svn.corp.example",
        "temporary",
        False,
    ),
)


@pytest.mark.parametrize(
    ("runtime", "fmt", "message", "host", "kind", "generic"), SVN_CASES, ids=[c[1] for c in SVN_CASES]
)
def test_subversion_reads_the_repository_host(
    runtime: str, fmt: str, message: str, host: str, kind: str, generic: bool
) -> None:
    assert [(f.host, f.kind) for f in parse_failures(message)] == [(host, kind)], f"{runtime}: {fmt}"
    assert not generic


NEGATIVES: tuple[tuple[str, str], ...] = (
    (
        "mssql-jdbc refused",
        'The TCP/IP connection to the host db.example.com, port 1433 has failed. Error: "Connection refused: connect'
        + _MSSQL_TAIL,
    ),
    (
        "mssql-jdbc timed out",
        'The TCP/IP connection to the host charnock.org, port 51552 has failed. Error: "connect timed out'
        + _MSSQL_TAIL,
    ),
    ("crystal refused", "Error connecting to 'api.example.com:443': Connection refused (Socket::ConnectError)"),
    ("crystal prose", "No address found for council_reference. So, skipping"),
    ("crystal lookup ok", "Hostname lookup for api.example.com succeeded in 3 ms"),
    (
        "stackexchange-redis refused",
        "UnableToConnect on redis-master:6379/Interactive, Initializing/NotStarted, last: NONE\n"
        " ---> System.Net.Sockets.SocketException (111): Connection refused 10.0.0.7:6379",
    ),
    ("stackexchange-redis no cause", "UnableToConnect on redis-master:6379/Interactive, Initializing/NotStarted"),
    (
        "svn refused",
        "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.com/repos/app'\n"
        "svn: E000111: Error running context: Connection refused",
    ),
    (
        "grpc-js no resolution words",
        "Error: 14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED",
    ),
    ("salt prose", "the DNS lookup or connection check of the master is slow"),
    ("cassandra ok", "INFO  Seed provider found 3 seeds: cassandra-0, cassandra-1, cassandra-2"),
    ("korean ui string", "알려진 호스트가 없습니다. 서버에 연결하여 추가하세요."),
    ("turkish prose", "Ana bilgisayar bilinmiyor hatası DNS çözümlemesinin başarısız olduğunu gösterir."),
    ("telnet refused", "telnet: Unable to connect to remote host: Connection refused"),
    ("telnet prose", "the telnet: could not resolve that question in the meeting"),
    ("logstash 5xx", "[Manticore::ClientProtocolException] elasticsearch:9200 failed to respond, code 503"),
    ("nio tls", "NIOSSLError.handshakeFailed(BoringSSLError.sslError([Error: 268436502 error:10000086:SSL routines]))"),
    (
        "envoy",
        "upstream connect error or disconnect/reset before headers. reset reason: connection failure "
        "no healthy upstream",
    ),
    ("tls", "x509: certificate is valid for a.example.com, not api.example.com"),
    ("http 503", "HTTP/1.1 503 Service Unavailable from api.example.com: no healthy upstream"),
    ("wcf prose", "No DNS entries exist for host names we never configured; see the runbook."),
    ("italian prose", "sono stati ricevuti dati da un host sconosciuto nella rete"),
    ("svn code alone", "svn: E670002: Name or service not known"),
    (
        "sqlx names no host",  # sqlx's Io error: the noun `database`, not the name that failed
        "error communicating with database: failed to lookup address information: Name or service not known",
    ),
)


@pytest.mark.parametrize(("name", "message"), NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_look_alike_reads_nothing(name: str, message: str) -> None:
    assert parse_failures(message) == [], name


def test_a_name_after_communicating_with_is_still_a_name() -> None:
    """Only sqlx's own `communicating with database` is words; any other name there is the one looked up."""
    found = [
        (f.host, f.kind)
        for f in parse_failures("Error communicating with redis-master: [Errno -2] Name or service not known")
    ]
    assert found == [("redis-master", "nxdomain")]
