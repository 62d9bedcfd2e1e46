"""Held-out AH to AK (issue #17): services' and clients' own words for a failed lookup
(`checks/parsing/rules/service_messages.py`: Netty's search-domain failure and its cause, docker-flow-proxy, Redis
Sentinel's config check, Ceph, the Python ClickHouse driver, PyTorch c10d, the mongo shell, mount.nfs, Tailscale),
resolver answers dumped with their question (`rules/resolver_dumps.py`: Netty's DatagramDnsResponse, getdns, tcpdump),
and the general forms these sets showed: Go's `lookup` slot as printed or holding a URL, a Go error chain broken after
a colon, an elided server, Kong's Tried list, interactive nslookup, a bracketed stand-in with a colon, curl's progress
meter between the URL and the error. Each with the look-alikes that must not read as a failure. Messages are written
from the products' formats, not copied from a set."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


def _found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host.lower(), f.kind, f.redacted) for f in parse_failures(text)}


# (runtime and format, message as printed, expected (host, kind, redacted) set)
FORMATS: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "Netty SearchDomainUnknownHostException alone: the original name, no reason",
        "Search domain query failed. Original hostname: 'orders.shop.svc.cluster.local' failed to resolve "
        "'orders.shop.svc.cluster.local.gateway.svc.cluster.local'",
        {("orders.shop.svc.cluster.local", "other", False)},
    ),
    (
        "Netty SearchDomainUnknownHostException with its class name: an UnknownHostException",
        "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Search domain query failed. "
        "Original hostname: 'auth.example.org' failed to resolve 'auth.example.org.default.svc.cluster.local' after "
        "4 queries",
        {("auth.example.org", "nxdomain", False)},
    ),
    (
        "Netty SearchDomainUnknownHostException with Netty's query timeout printed below it",
        "SearchDomainUnknownHostException: Search domain query failed. Original hostname: 'sqs.eu-west-1.amazonaws.com'"
        " failed to resolve 'sqs.eu-west-1.amazonaws.com.default.svc.cluster.local' after 2 queries\n"
        "    at io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1047)\n"
        "DnsNameResolverTimeoutException: [/10.96.0.10:53] query timed out after 5000 milliseconds",
        {("sqs.eu-west-1.amazonaws.com", "timeout", False)},
    ),
    (
        "Netty DatagramDnsResponse (Vert.x) with its question on the next line",
        "DatagramDnsResponse(from: /10.0.0.2:53, to: /0.0.0.0:40001, 1234, QUERY(0), NXDomain(3), RD)\n"
        "\tDefaultDnsQuestion(billing.corp.internal. IN AAAA)",
        {("billing.corp.internal", "nxdomain", False)},
    ),
    (
        "mongo shell DNSHostNotFound on a mongodb+srv URI's SRV name",
        'Error: DNSHostNotFound: Failed to look up service "_mongodb._tcp.db.data.svc.cluster.local"',
        {("_mongodb._tcp.db.data.svc.cluster.local", "nxdomain", False)},
    ),
    (
        "Netty's search-domain failure after another exception on the line: its own class name is not printed",
        "WARN retry after java.net.UnknownHostException: cache.internal (attempt 2); Search domain query failed. "
        "Original hostname: 'ledger.svc' failed to resolve 'ledger.svc.cluster.local'",
        {("cache.internal", "nxdomain", False), ("ledger.svc", "other", False)},
    ),
    (
        "mount.nfs (a CSI driver's Output:) with glibc's text wrapped onto the next line",
        "Output: mount.nfs: Failed to resolve server filer-01.storage: Name or\nservice not known",
        {("filer-01.storage", "nxdomain", False)},
    ),
    (
        "mount.nfs on one line, EAI_AGAIN",
        "mount.nfs: Failed to resolve server nfs.corp.internal: Temporary failure in name resolution",
        {("nfs.corp.internal", "temporary", False)},
    ),
    (
        "Tailscale: the name asked and the host with no addresses",
        "[unexpected] error resolving DNS name ctrl.acmeinc.net.: no IPv4 or IPv6 addresses found for host: "
        "ctrl.acmeinc.io.",
        {("ctrl.acmeinc.net", "nxdomain", False), ("ctrl.acmeinc.io", "nxdomain", False)},
    ),
    (
        "Ceph monitor address that did not resolve",
        "unable to parse addrs in 'rook-ceph-mon-b.rook-ceph.svc:6789'",
        {("rook-ceph-mon-b.rook-ceph.svc", "other", False)},
    ),
    (
        "getdns's response dict (Varnish vmod-dynamic): NO_NAME under its question",
        '- "vmod-dynamic resolver:         "qname": <bindata for metrics.service.consul.>,%00"\n'
        '- "vmod-dynamic resolver:         "qtype": GETDNS_RRTYPE_A%00"\n'
        '- "vmod-dynamic resolver:   "status": GETDNS_RESPSTATUS_NO_NAME%00"',
        {("metrics.service.consul", "nxdomain", False)},
    ),
    (
        "tcpdump's DNS answer line",
        "    10.0.0.10.domain > 10.0.0.5.40000: [udp sum ok] 7 NXDomain q: A? api.shop.svc. 0/1/0 (90)",
        {("api.shop.svc", "nxdomain", False)},
    ),
    (
        "Go's lookup slot holding a URL (filebeat): the URL's host",
        '"message":"Failed to connect to backoff(async(tcp://[http://logstash:5044]:5044)): lookup '
        'http://logstash:5044: no such host"',
        {("logstash", "nxdomain", False)},
    ),
    (
        "`address` misspelled in the reporter's sentence before ZooKeeper's own line",
        "still the failed to resolve adress, WARN Failed to resolve address: zk-1.zk (QuorumPeer)",
        {("zk-1.zk", "other", False)},
    ),
    (
        "docker-flow-proxy (Swarm) reconfigure answer",
        '{"Status":"NOK","Message":"Could not perform DNS tasks.web lookup","ServiceName":"web"}',
        {("tasks.web", "other", False)},
    ),
    (
        "Redis Sentinel config check under the monitor line it quotes",
        ">>> 'sentinel monitor mymaster cache-0.cache-headless.apps.svc.cluster.local 6379 2'\n"
        "Can't resolve master instance hostname.",
        {("cache-0.cache-headless.apps.svc.cluster.local", "other", False)},
    ),
    (
        "Ceph `server name not found`: the string handed to getaddrinfo, as printed",
        "2020-01-02 10:00:00.000000 I | exec: server name not found: mon-a.rook-ceph.svc (Name or service not known)",
        {("mon-a.rook-ceph.svc", "nxdomain", False)},
    ),
    (
        "Ceph `server name not found` on a msgr2 address list cut at a comma: an address and its port (LABELS.md)",
        "server name not found: [v2:10.1.2.3:3300 (Name or service not known)",
        set(),
    ),
    (
        "clickhouse-driver (Python) NetworkError 210 with glibc's EAI_AGAIN text",
        "clickhouse_driver.errors.NetworkError: Code: 210. Temporary failure in name resolution (chi-main-0:9000)",
        {("chi-main-0", "temporary", False)},
    ),
    (
        "PyTorch c10d rendezvous, gai error",
        "[W socket.cpp:601] [c10d] The IPv6 network addresses of (trainer-master-0.trainer, 29500) cannot be "
        "retrieved (gai error: -3 - Temporary failure in name resolution).",
        {("trainer-master-0.trainer", "temporary", False)},
    ),
    (
        "Go lookup slot as printed: a connection string cut in the wrong place",
        'error during connect: Get "http://%2Fbuilder%3Fns=/v1.24/info": dial tcp: lookup /builder?ns=&ctx=: no '
        "such host",
        {("/builder?ns=&ctx=", "nxdomain", False)},
    ),
    (
        "Go lookup with a port in the slot: the plain rule's, read once without the port",
        "dial tcp: lookup registry.corp.local:5000: no such host",
        {("registry.corp.local", "nxdomain", False)},
    ),
    (
        "Go error chain broken after a colon by the terminal",
        "Get https://index.docker.io/v1/: dial tcp: \n"
        "lookup index.docker.io on 10.0.2.3:53: read udp 10.0.2.15:40000->10.0.2.3:53: \n"
        "read: connection refused",
        {("index.docker.io", "refused", False)},
    ),
    (
        "a Go chain cut after a colon, another log record's reason on the next line: no reason read from it",
        "2024-01-01T10:00:00Z dial tcp: lookup db.internal on 10.0.0.10:53: read udp 10.0.0.5:1234->10.0.0.10:53:\n"
        "2024-01-01T10:00:01Z cache: i/o timeout",
        {("db.internal", "other", False)},
    ),
    (
        "Go lookup with the server and reason elided by the reporter",
        "`Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on "
        "...`",
        {("registry-1.docker.io", "other", False)},
    ),
    (
        "Kong balancer Tried list after a `[dns]` tag: the SRV target whose own entries failed",
        "execute(): [dns] dns server error: 3 name error. Tried: (short)api.service.consul:(na) - cache-hit\n"
        "api.service.consul:33 - cache-hit/dereferencing SRV\n"
        "(short)a1b2c3.node.dc1.consul:(na) - cache-hit\n"
        "a1b2c3.node.dc1.consul:33 - cache-hit/dns server error: 3 name error\n"
        "a1b2c3.node.dc1.consul:1 - cache-miss/querying/dns server error: 3 name error",
        {("a1b2c3.node.dc1.consul", "nxdomain", False)},
    ),
    (
        "Kong Tried list over lines: the name asked, not its search-path expansions",
        "balancer_execute(): DNS resolution failed: dns server error: 2 server failure. Tried: [\n"
        '\t"(short)pay.service.consul:(na) - cache-miss",\n'
        '\t"pay.service.consul:33 - cache-miss/querying/dns server error: 2 server failure",\n'
        '\t"pay.service.consul.ec2.internal:33 - cache-miss/querying/dns server error: 2 server failure",\n'
        '\t"pay.service.consul:1 - cache-miss/querying/dns server error: 2 server failure"',
        {("pay.service.consul", "servfail", False)},
    ),
    (
        "Kong Tried list on one line: the next name's entries (the first name its prefix) are not the first's",
        'Tried: ["(short)api:(na) - cache-miss","api:1 - cache-miss/querying","(short)api.node.consul:(na) - '
        'cache-miss","api.node.consul:1 - cache-miss/querying/dns server error: 3 name error"]',
        {("api.node.consul", "nxdomain", False)},
    ),
    (
        "Kong initial balancer resolve with no results",
        "[error] before(): failed the initial dns/balancer resolve for 'billing.internal' with: dns query returned "
        "no results, client: 10.0.0.1",
        {("billing.internal", "other", False)},
    ),
    (
        "interactive nslookup: the name typed at its prompt, then its timeout",
        "$ nslookup\n> server 10.96.0.10\nDefault server: 10.96.0.10\nAddress: 10.96.0.10#53\n> kube-dns-probe\n"
        ";; connection timed out; no servers could be reached",
        {("kube-dns-probe", "timeout", False)},
    ),
    (
        "Java UnknownHostException with a bracketed stand-in holding a colon",
        "Caused by: java.net.UnknownHostException: [Redacted:internal api fqdn]: Name or service not known",
        {("[redacted:internal api fqdn]", "nxdomain", True)},
    ),
    (
        "curl's progress meter between a script's URL and curl's resolver timeout",
        "Checking connection to http://etcd-0.etcd:2379\n"
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
        "                                 Dload  Upload   Total   Spent    Left  Speed\n"
        "  0     0    0     0    0     0      0      0 --:--:--  0:00:10 --:--:--     0\n"
        "curl: (28) Resolving timed out after 10000 milliseconds",
        {("etcd-0.etcd", "timeout", False)},
    ),
)


@pytest.mark.parametrize(("label", "text", "expected"), FORMATS, ids=[f[0] for f in FORMATS])
def test_each_format_reads_its_name_and_kind(label: str, text: str, expected: set[tuple[str, str, bool]]) -> None:
    assert _found(text) == expected, label


LOOKALIKES: tuple[tuple[str, str], ...] = (
    (
        "Kong Tried list whose only name resolved (an SRV answer dereferenced)",
        "execute(): [dns] dns server error: 3 name error. Tried: (short)api.service.consul:(na) - cache-hit\n"
        "api.service.consul:33 - cache-hit/dereferencing SRV",
    ),
    (
        "nslookup commands typed at the prompt are no names",
        "$ nslookup\n> server 10.96.0.10\n;; connection timed out; no servers could be reached",
    ),
    (
        "a name typed at nslookup's prompt and answered, then a `server` command that timed out: not the name's",
        "$ nslookup\n> google.com\nServer:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tgoogle.com\n"
        "Address: 142.250.1.1\n> server dns.corp.internal\n;; connection timed out; no servers could be reached",
    ),
    (
        "a bare name line with no interactive nslookup above it",
        "nslookup -type=A\nkube-dns-probe\n;; connection timed out; no servers could be reached",
    ),
    (
        "a bare `nslookup` line (a list of the tools tried) is no name typed at its own prompt",
        "I tried these tools:\ndig\nnslookup\nAll of them fail with\n"
        ";; connection timed out; no servers could be reached",
    ),
    (
        "a line above the interactive session's start was not typed at it",
        "kube-dns-probe\n$ nslookup\n;; connection timed out; no servers could be reached",
    ),
    (
        "a URL above curl's error with no progress meter between is not taken by the meter rule",
        "see http://docs.example.org/x for the setup\ncurl: (28) Resolving timed out after 10000 milliseconds",
    ),
    (
        "curl's meter of a transfer that received bytes (its lookup worked): the URL above it is not the failed name",
        "Downloading http://mirror.example.org/pkg.tgz\n"
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
        "                                 Dload  Upload   Total   Spent    Left  Speed\n"
        "100  5120  100  5120    0     0  10240      0 --:--:-- --:--:-- --:--:-- 10240\n"
        "curl: (28) Resolving timed out after 10000 milliseconds",
    ),
    (
        "Redis Sentinel's error with no monitor line above",
        "*** FATAL CONFIG FILE ERROR ***\nCan't resolve master instance hostname.",
    ),
    (
        "Netty DatagramDnsResponse answered NoError",
        "DatagramDnsResponse(from: /10.0.0.2:53, to: /0.0.0.0:40001, 1234, QUERY(0), NoError(0), RD)\n"
        "\tDefaultDnsQuestion(billing.corp.internal. IN A)",
    ),
    (
        "Ceph's address list that did not parse (IPs, no lookup)",
        "unable to parse addrs in '10.0.0.1:6789'",
    ),
    (
        "tcpdump's answer to a reverse lookup (tcpdump without -n asks them itself)",
        "    10.0.0.10.domain > 10.0.0.5.40000: 9 NXDomain q: PTR? 5.0.0.10.in-addr.arpa. 0/1/0 (90)",
    ),
    (
        "Netty's DatagramDnsResponse to a reverse lookup",
        "DatagramDnsResponse(from: /10.0.0.2:53, to: /0.0.0.0:40001, 1234, QUERY(0), NXDomain(3), RD)\n"
        "\tDefaultDnsQuestion(7.1.0.10.in-addr.arpa. IN PTR)",
    ),
    (
        "tcpdump's answer with no error",
        "    10.0.0.10.domain > 10.0.0.5.40000: 7 q: A? api.shop.svc. 1/0/0 A 10.1.2.3 (90)",
    ),
    (
        "`Failed to resolve server address:` (mount.nfs's words, a word in the name's slot)",
        "client: Failed to resolve server address: Name or service not known",
    ),
    (
        "getdns: a timeout's response (no question of its own) under an answered one",
        '{\n  "replies_tree":\n  [\n    {\n      "question":\n      {\n'
        '        "qname": <bindata for www.shop.example.>,\n'
        '        "qtype": GETDNS_RRTYPE_A\n      }\n    }\n  ],\n  "status": GETDNS_RESPSTATUS_GOOD\n}\n{\n'
        '  "replies_full": [],\n  "replies_tree": [],\n  "status": GETDNS_RESPSTATUS_ALL_TIMEOUT\n}',
    ),
    (
        "tcpdump -vv: a name's search-path expansions NXDOMAIN, then the name answered (ndots:5)",
        "10.0.0.5.40000 > 10.96.0.10.53: 1+ A? api.example.com.default.svc.cluster.local. (59)\n"
        "10.96.0.10.53 > 10.0.0.5.40000: 1 NXDomain*- q: A? api.example.com.default.svc.cluster.local. 0/1/0 (152)\n"
        "10.0.0.5.40001 > 10.96.0.10.53: 2+ A? api.example.com.svc.cluster.local. (51)\n"
        "10.96.0.10.53 > 10.0.0.5.40001: 2 NXDomain*- q: A? api.example.com.svc.cluster.local. 0/1/0 (144)\n"
        "10.0.0.5.40002 > 10.96.0.10.53: 3+ A? api.example.com. (33)\n"
        "10.96.0.10.53 > 10.0.0.5.40002: 3 q: A? api.example.com. 1/0/0 api.example.com. A 1.2.3.4 (64)",
    ),
    (
        "Netty DatagramDnsResponse: NXDomain for a search-path expansion of a dotted name",
        "DatagramDnsResponse(from: /10.96.0.10:53, to: /0.0.0.0:40001, 1, QUERY(0), NXDomain(3), RD)\n"
        "\tDefaultDnsQuestion(api.example.com.default.svc.cluster.local. IN A)",
    ),
    (
        "Ceph's reason that says the name was found",
        "server name not found: mon-a (Success)",
    ),
)


@pytest.mark.parametrize(("label", "text"), LOOKALIKES, ids=[f[0] for f in LOOKALIKES])
def test_lookalikes_read_no_failure(label: str, text: str) -> None:
    assert _found(text) == set(), label


def test_a_bracketed_ipv6_address_is_no_stand_in() -> None:
    """The bracketed stand-in may hold a colon before a letter (`[Censored:k8s-fqdn address]`), never an IPv6
    address's `::` or hex group."""
    from checks.parsing.hosts import is_placeholder

    assert is_placeholder("[Censored:k8s-fqdn address]")
    assert not any(f.redacted for f in parse_failures("java.net.UnknownHostException: [fd00::1]: Try again"))
    ipv6 = "java.net.UnknownHostException: [fdab:cdef:abcd:ef01:ab12:cd34:ef56:ab78]: Name or service not known"
    assert not any(f.redacted for f in parse_failures(ipv6))  # every group led by a hex letter


# (what the paste did to the printed slot, message, the slot's text, which must not be read as a name)
PASTED_SLOTS: tuple[tuple[str, str, str], ...] = (
    (
        "a quote closed after the name",
        'Get "https://x": dial tcp: lookup api.corp.local": no such host',
        'api.corp.local"',
    ),
    ("a closing bracket", "dial tcp: lookup api.corp.local]: no such host", "api.corp.local]"),
    ("a comma", "dial tcp: lookup api.corp.local,: no such host", "api.corp.local,"),
    ("Markdown strike-through", "dial tcp: lookup ~~api.corp.local~~: no such host", "~~api.corp.local~~"),
    ("an ellipsis", "dial tcp: lookup api.corp.local\u2026: no such host", "api.corp.local\u2026"),
    (
        "a chat's link",
        "dial tcp: lookup api.corp.local<http://api.corp.local>: no such host",
        "api.corp.local<http://api.corp.local>",
    ),
    ("the reporter's elision", "dial tcp: lookup ...: no such host", "..."),
    ("a template's printf verb", "dial tcp: lookup %s: no such host", "%s"),
    (
        "a URL, its scheme read by the go rule",
        "dial tcp: lookup https://api.corp.local/v1: no such host",
        "https://api.corp.local/v1",
    ),
    ("Ceph's slot with a comma", "server name not found: mon-a.rook, (Name or service not known)", "mon-a.rook,"),
    ("Ceph's slot elided", "server name not found: ... (Name or service not known)", "..."),
    ("Ceph's slot quoted", 'server name not found: "mon-a.rook" (Name or service not known)', '"mon-a.rook"'),
)


@pytest.mark.parametrize(("label", "text", "slot"), PASTED_SLOTS, ids=[s[0] for s in PASTED_SLOTS])
def test_a_slot_the_paste_changed_is_not_read_as_printed(label: str, text: str, slot: str) -> None:
    """Go's and Ceph's slots are read as printed only where the program printed them: the paste's quotes, brackets,
    markup, links and elisions are no part of a name (`hosts.printed_as_is`); the plain rules read what is left."""
    assert slot.lower() not in {f.host.lower() for f in parse_failures(text)}, label


def test_a_quoted_or_bracketed_go_slot_still_names_the_host() -> None:
    assert {f.host for f in parse_failures("dial tcp: lookup api.corp.local]: no such host")} == {"api.corp.local"}
