"""The resolver texts surveyed from the runtimes' own source (issue #17): each message as the runtime
prints it (the format string in the source named in `checks/parsing/generic_reasons_survey.py` and
`checks/parsing/rules/survey.py`, filled with a name) yields its name and kind, with the whole parser and, where the
text is a generic reason, with the generic rule alone; look-alikes (refused connections, TLS, HTTP errors, prose with
the same words) yield nothing."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.parser import parse_with

# (runtime, format, message as printed, host, kind, read by the generic rule alone)
CASES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    (
        "c-ares",
        "ARES_ENODATA via aiohttp",
        "Cannot connect to host api.example.com:443 ssl:default [DNS server returned answer with no data]",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "c-ares",
        "ARES_ESERVFAIL via aiohttp",
        "Cannot connect to host api.example.com:443 ssl:default [DNS server returned general failure]",
        "api.example.com",
        "servfail",
        True,
    ),
    (
        "c-ares",
        "ARES_ECONNREFUSED via aiohttp",
        "Cannot connect to host api.example.com:443 ssl:default [Could not contact DNS servers]",
        "api.example.com",
        "other",
        True,
    ),
    (
        "envoy",
        "c-ares status with its text",
        "[debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:198] "
        "dns resolution without records for "
        'orders.shop.svc.cluster.local c-ares status 0x0001: "DNS server returned answer with no data"',
        "orders.shop.svc.cluster.local",
        "nxdomain",
        True,
    ),
    (
        "boost-asio",
        "host_not_found_try_again",
        "resolve api.example.com: Host not found (non-authoritative), try again later",
        "api.example.com",
        "temporary",
        True,
    ),
    (
        "jdk-jndi",
        "NameNotFoundException",
        "javax.naming.NameNotFoundException: DNS name not found [response code 3]; "
        "remaining name 'ldap.corp.example.com'",
        "ldap.corp.example.com",
        "nxdomain",
        True,
    ),
    (
        "dnspython",
        "NoAnswer",
        "dns.resolver.NoAnswer: The DNS response does not contain an answer to the question: api.example.com. IN AAAA",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "dnspython",
        "NoNameservers SERVFAIL",
        "dns.resolver.NoNameservers: All nameservers failed to answer the query db-0. IN A: "
        "Server 127.0.0.53 UDP port 53 "
        "answered SERVFAIL",
        "db-0",
        "servfail",
        False,
    ),
    (
        "dnspython",
        "NoNameservers timed out",
        "dns.resolver.NoNameservers: All nameservers failed to answer the query api.example.com. IN A: Server Do53:"
        "10.96.0.10@53 answered The DNS operation timed out.",
        "api.example.com",
        "timeout",
        False,
    ),
    (
        "hickory",
        "NoRecordsFound Display",
        "linkerd_dns: Failed to resolve error=no record found for Query { "
        'name: Name("web.emojivoto.svc.cluster.local."),'
        " query_type: A, query_class: IN }",
        "web.emojivoto.svc.cluster.local",
        "nxdomain",
        True,
    ),
    (
        "trust-dns",
        "0.1x NoRecordsFound",
        "no record found for name: api.example.com type: A class: IN",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "perl",
        "IO::Socket::INET",
        "cannot connect to checkip.example.com:80 socket: IO::Socket::INET: Bad hostname 'checkip.example.com'",
        "checkip.example.com",
        "other",
        True,
    ),
    (
        "varnish",
        "VCC backend host",
        "Backend host '\"api.example.com\"': could not be resolved to an IP address:",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "clickhouse",
        "DNSResolver",
        "Code: 198. DB::NetException: Not found address of host: clickhouse-01. (DNS_ERROR)",
        "clickhouse-01",
        "nxdomain",
        True,
    ),
    (
        "kong",
        "initial resolve",
        "[lua] init.lua:231: failed the initial dns/balancer resolve for 'orders.default.svc' "
        "with: dns server error: 3 name error",
        "orders.default.svc",
        "nxdomain",
        False,
    ),
    (
        "kong",
        "ring balancer",
        "queryDns(): [ringbalancer] querying dns for app_backend failed: dns server error: 3 name error",
        "app_backend",
        "nxdomain",
        False,
    ),
    (
        "kong",
        "balancer Tried list",
        '[lua] balancer.lua:900: execute(): DNS resolution failed: dns server error: 3 name error. Tried: ["(short)'
        'app-api:(na) - cache-miss","app-api:1 - cache-hit/dns server error: 3 name error"], client: 172.20.1.7',
        "app-api",
        "nxdomain",
        False,
    ),
    (
        "kong",
        "balancer Tried list, SERVFAIL",
        'execute(): DNS resolution failed: dns server error: 2 server failure. Tried: ["(short)payments:(na) - '
        'cache-miss"]',
        "payments",
        "servfail",
        False,
    ),
    (
        "chromium",
        "NAME_NOT_RESOLVED in the console",
        "GET https://api.example.com/v1/items net::ERR_NAME_NOT_RESOLVED",
        "api.example.com",
        "nxdomain",
        False,
    ),
    (
        "puppeteer",
        "NAME_NOT_RESOLVED",
        "Error: net::ERR_NAME_NOT_RESOLVED at https://staging.example.com/login",
        "staging.example.com",
        "nxdomain",
        False,
    ),
    (
        "lighthouse",
        "NAME_NOT_RESOLVED, the URL two lines above",
        "**Initial URL**: https://shop.example.com/en/\n**Chrome Version**: 62.0.3202.94\n"
        "**Error Message**: Unable to load the page: net::ERR_NAME_NOT_RESOLVED",
        "shop.example.com",
        "nxdomain",
        False,
    ),
    (
        "ruby",
        "Resolv getaddress",
        "Resolv::ResolvError: no address for redis-master",
        "redis-master",
        "nxdomain",
        False,
    ),
    (
        "ruby",
        "Resolv getresource, backtrace form",
        "resolv.rb:502:in 'Resolv::DNS#getresource': DNS result has no information for www.example.com "
        "(Resolv::ResolvError)",
        "www.example.com",
        "nxdomain",
        False,
    ),
    (
        "nslookup-windows-de",
        "rcode text in English",
        "*** db01 wurde von UnKnown nicht gefunden: Non-existent domain",
        "db01",
        "nxdomain",
        False,
    ),
    (
        "nslookup-windows-de",
        "no response, server named",
        "*** google.de wurde von fritz.box nicht gefunden: No response from server",
        "google.de",
        "timeout",
        False,
    ),
    (
        "nslookup-windows-es",
        "name last",
        "*** UnKnown no encuentra web01: Non-existent domain",
        "web01",
        "nxdomain",
        False,
    ),
    (
        "unbound",
        "log-servfail",
        "[46775:9] error: SERVFAIL <api.example.com. AAAA IN>: all the configured stub or "
        "forward servers failed, at zone example.com.",
        "api.example.com",
        "servfail",
        False,
    ),
    (
        "windows-dns-api",
        "9003 via Resolve-DnsName",
        "Resolve-DnsName : db01.corp.example.com : DNS name does not exist",
        "db01.corp.example.com",
        "nxdomain",
        True,
    ),
    (
        "windows-es",
        "WSAHOST_NOT_FOUND",
        "No se conoce ese host. (api.example.com:443)",
        "api.example.com",
        "nxdomain",
        True,
    ),
    (
        "apple-foundation",
        "NSURLErrorCannotFindHost",
        'Error Domain=NSURLErrorDomain Code=-1003 "A server with the specified hostname could not be found." '
        "UserInfo={NSErrorFailingURLKey=https://api.example.com/v1/login}",
        "api.example.com",
        "nxdomain",
        False,  # `{...=https://h/...}` reads as one `{placeholder}` token to the generic rule (hosts.HOST)
    ),
    (
        "windows-de",
        "WSAHOST_NOT_FOUND",
        "Der angegebene Host ist unbekannt. (plugins.gradle.org:443)",
        "plugins.gradle.org",
        "nxdomain",
        True,
    ),
    (
        "windows-es",
        "WSANO_DATA",
        "No se encontraron datos del tipo solicitado. (api.github.com:443)",
        "api.github.com",
        "nxdomain",
        True,
    ),
    ("windows-zh", "WSAHOST_NOT_FOUND", "不知道这样的主机。 (api.github.com:443)", "api.github.com", "nxdomain", True),
)


@pytest.mark.parametrize(
    ("text", "host", "kind", "generic"), [c[2:] for c in CASES], ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_each_surveyed_runtime_text_yields_its_name_and_kind(text: str, host: str, kind: str, generic: bool) -> None:
    assert [(f.host, f.kind) for f in parse_failures(text)] == [(host, kind)]
    if generic:
        assert [(f.host, f.kind) for f in parse_with(text, specific=False)] == [(host, kind)]


LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("refused connection", "dial tcp 10.0.0.5:5432: connect: connection refused"),
    ("refused connection, host", "Could not connect to Redis at redis.example.com:6379: Connection refused"),
    ("TLS", "x509: certificate is valid for ingress.local, not api.example.com"),
    ("HTTP 5xx", "GET https://api.example.com/v1/items 503 (Service Unavailable)"),
    ("HTTP 5xx, Chromium", "GET https://api.example.com/v1/items net::ERR_CONNECTION_REFUSED"),
    ("HTTP status 404 page", "<h1>404</h1> Host not found (non-authoritative) on this proxy"),
    ("application's own lookup", "No record found for id 42 in table customers.accounts"),
    ("application's own lookup, name", "no record found for user alice.example"),
    ("ssh known_hosts", "Host key not found from database."),
    ("inventory", "host web01.example.com not found in inventory"),
    ("prose with the words", "we get 'DNS server returned general failure' sometimes, but only on weekends"),
    ("prose, host not found", "Host not found handling was improved in this release."),
    (
        "JNDI unrelated response code",
        "LDAP bind failed [response code 49]; remaining name 'cn=admin,dc=example,dc=com'",
    ),
    ("Ruby resolv success", "Resolv.getaddress('redis-master') => \"10.96.12.7\""),
    ("dnspython success", "dns.resolver.resolve('api.example.com', 'A') -> 93.184.216.34"),
    (
        "Kong non-DNS",
        "[lua] balancer.lua:900: execute(): failed to get from node cache: could not acquire callback lock",
    ),
    ("nslookup answered", "*** UnKnown no encuentra respuesta: la consulta terminó"),
    ("unbound cache dump", "msg example.com. IN A 32896 1 3600 0 1 0 0\nSERVFAIL count: 0"),
    (
        "Apple, connection",
        'Error Domain=NSURLErrorDomain Code=-1004 "Could not connect to the server." '
        "UserInfo={NSErrorFailingURLKey=https://api.example.com/}",
    ),
    ("Windows DNS prose", "If a name is missing, Windows reports that the DNS name does not exist."),
    ("Chromium, no URL", "Error: Unable to load the page: net::ERR_NAME_NOT_RESOLVED"),
    (
        "Netty, no name",
        "io.netty.resolver.dns.DnsNameResolverTimeoutException: [/10.96.0.10:53] query via UDP timed out"
        " after 5000 milliseconds (no stack trace available)",
    ),
)


@pytest.mark.parametrize("text", [t for _, t in LOOKALIKES], ids=[n for n, _ in LOOKALIKES])
def test_surveyed_lookalikes_read_nothing(text: str) -> None:
    assert parse_failures(text) == []
    assert parse_with(text, specific=False) == []
