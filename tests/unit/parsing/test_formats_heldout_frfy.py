"""Formats held-out sets FR to FY read wrong when they were measured (issue #17, 2026-12-05, session 50; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import reads
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Technitium DNS Server: the request's name, never its forwarders; the kind from the exception below
        "[2025-01-10 08:00:01 UTC] DNS Server failed to resolve the request 'shop.example.net. A IN' using forwarders: "
        "dns.google:853 (8.8.8.8), dns.quad9.net:853 (9.9.9.9).\n"
        "TechnitiumLibrary.Net.Dns.DnsClientNoResponseException: DnsClient failed to resolve the request "
        "'shop.example.net. A IN': request timed out.",
        {("shop.example.net", "timeout")},
    ),
    (  # Technitium, a forwarder that refused the connection
        "[2025-01-10 08:00:01 Local] DNS Server failed to resolve the request 'api.example.net. AAAA IN' using "
        "forwarders: 10.0.0.53.\nSystem.Net.Sockets.SocketException (111): Connection refused",
        {("api.example.net", "refused")},
    ),
    (  # Technitium, a DNSSEC validation failure: no RCODE, `other`
        "[2025-01-10 08:00:01 UTC] DNS Server failed to resolve the request 'signed.example.org. A IN' using "
        "forwarders: cloudflare-dns.com (1.1.1.1).\n"
        "TechnitiumLibrary.Net.Dns.DnsClientResponseDnssecValidationException: DNSSEC validation failed due to "
        "missing RRSIG for owner name: signed.example.org/A",
        {("signed.example.org", "other")},
    ),
    (  # Technitium's client resolving a DNS-over-HTTPS forwarder's own name: that name, its reason after it
        "DnsClient failed to recursively resolve the request 'doh.example.io. A IN': no response from name servers "
        "[ns1.example.io (192.0.2.1)] at delegation example.io.",
        {("doh.example.io", "timeout")},
    ),
    (  # PowerDNS Recursor: a SERVFAIL it sent because its own queries timed out (the stated reason wins)
        'msg="Sending SERVFAIL during resolve" error="Too much time waiting for cdn.example.org|A, timeouts: 5, '
        'throttles: 2, queries: 6, 7012msec" subsystem="syncres" level="0"',
        {("cdn.example.org", "timeout")},
    ),
    (  # Docker's embedded resolver (libnetwork before 23), debug: the query forwarded, then its read that failed
        "DEBU[0100] [resolver] query registry.example.com. (A) from 172.18.0.5:41234, forwarding to udp:10.0.2.3\n"
        "DEBU[0100] [resolver] query registry.example.com. (A) from 172.18.0.5:41240, forwarding to udp:10.0.2.3\n"
        "DEBU[0104] [resolver] read from DNS server failed, read udp 172.18.0.5:41234->10.0.2.3:53: i/o timeout",
        {("registry.example.com", "timeout")},
    ),
    (  # Blocky's debug log: an upstream's SERVFAIL, the question on the resolver's line above
        "DEBUG strict: using upstream 'tcp+udp:192.168.1.1' as resolver question=AAAA (files.example.com.)\n"
        "DEBUG upstream: received response from upstream answer= net=tcp+udp protocol=UDP response_time_ms=41 "
        "return_code=SERVFAIL upstream=tcp+udp:192.168.1.1",
        {("files.example.com", "servfail")},
    ),
    (  # an error type's name before the name (Rundeck's Docker plugin): a container id
        "Failed: HostNotFound: 3f2a9c81be40",
        {("3f2a9c81be40", "nxdomain")},
    ),
    (  # .NET's DnsEndPoint as it prints itself (MongoDB's C# driver), the resolver's reason on the line below
        '      Servers : [{ ServerId: "{ ClusterId : 1, EndPoint : "Unspecified/mongo.data.svc:27017" }", '
        'EndPoint: "Unspecified/mongo.data.svc:27017", State: "Disconnected"\n'
        "       ---> System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (00000005, 0xFFFDFFFF): "
        "Name does not resolve",
        {("mongo.data.svc", "nxdomain")},
    ),
    (  # Mono's host-less NameResolutionFailure, indented under the request kpm/dnu logged
        "  GET https://feed.example.org/api/v2/FindPackagesById()?Id='Acme.Core'.\n"
        "Warning: FindPackagesById: Acme.Core\n"
        "  Error: NameResolutionFailure",
        {("feed.example.org", "other")},
    ),
    (  # Technitium before 2023: `... the request with QNAME: h; QTYPE: A; ...`, WinSock's 10061 (refused) below
        "[2023-04-15 13:45:49 Local] DNS Server failed to resolve the request with QNAME: time.example.com; QTYPE: A; "
        "QCLASS: IN; Forwarders: 127.0.0.2;\nSystem.Net.Sockets.SocketException (10061): No connection could be made "
        "because the target machine actively refused it.",
        {("time.example.com", "refused")},
    ),
    (  # Technitium before 2023, its own recursion: `recursive resolution failed for QNAME: h; ...`, no response
        "[2020-05-01 23:58:01 UTC] DNS Server recursive resolution failed for QNAME: relay.example.com; QTYPE: A; "
        "QCLASS: IN;\nTechnitiumLibrary.Net.Dns.DnsClientException: DnsClient failed to resolve the request: no "
        "response from name servers.",
        {("relay.example.com", "timeout")},
    ),
    (  # Haskell's http-client (stack, cabal): the Request record's `host`, the exception below the record
        'HttpExceptionRequest Request {\n  host                 = "hackage.example.org"\n  port                 = 443\n'
        '  secure               = True\n  path                 = "/index.tar.gz"\n}\n'
        " (ConnectionFailure getAddrInfo: does not exist (Name or service not known))",
        {("hackage.example.org", "nxdomain")},
    ),
    (  # Ansible: the lookup plugin's name quoted before the URL that failed is no name
        'fatal: [localhost]: FAILED! => {"msg": "An unhandled exception occurred while running the lookup plugin '
        "'url'. Error was a <class 'ansible.errors.AnsibleError'>, original message: Error connecting to "
        "https://get.example.io/installer.sig: Failed to connect to get.example.io at port 443: [Errno -2] Name or "
        'service not known"}',
        {("get.example.io", "nxdomain")},
    ),
    (  # busybox's `bad address` retyped with a colon and no quotes, alone on its line
        "$ docker run --rm busybox ping mirror.example.cn\nbad address: mirror.example.cn",
        {("mirror.example.cn", "nxdomain")},
    ),
]


test_each_format_is_read = reads(ROUND)


@pytest.mark.parametrize(
    "text",
    [
        # Docker's resolver: a failed read from a client address no query line above names (another query's)
        "DEBU[0100] [resolver] query a.example.com. (A) from 172.18.0.5:41234, forwarding to udp:10.0.2.3\n"
        "DEBU[0104] [resolver] read from DNS server failed, read udp 172.18.0.5:50000->10.0.2.3:53: i/o timeout",
        # Node: an address in quotes handed to getaddrinfo is an address (LABELS.md), and a stack frame's file is no
        # name, whatever word it is named after
        'Error: getaddrinfo ENOTFOUND "10.0.0.7"\n    at Socket.EventEmitter.emit (domain.js:482:12)\n'
        "  errno: 'ENOTFOUND',\n  code: 'ENOTFOUND',",
        # Netty trying the search list for a name that had its namespace: the try failing is no failure
        '"message": "from /10.4.0.10:53 : DefaultDnsQuestion(api-0.api.shop.svc.shop.svc.cluster.local. IN CNAME) '
        'failure",',
        # MongoDB's DNSHostNotFound is its own error code, not the name's slot
        "DNSHostNotFound: Failed to look up service",
        # PowerDNS's words only with its `h|TYPE`: another program waiting too long for a host says no look-up failed
        "WARN worker spent too much time waiting for db.example.com to answer the health check",
    ],
)
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []


def test_a_quoted_package_id_is_no_name_beside_the_feeds_host() -> None:
    # NuGet: the package's id quoted in the message, the feed's URL after it (a .NET namespace, not a host)
    text = (
        "NuGet.Protocol.Core.Types.FatalProtocolException: Failed to retrieve information about "
        "'Acme.MessageQueue.Client' from remote source 'http://nuget.corp.example/nuget/FindPackagesById()"
        "?id='Acme.MessageQueue.Client''. ---> System.Net.Http.CurlException: Couldn't resolve host name"
    )
    assert {f.host for f in parse_failures(text)} == {"nuget.corp.example"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # gRPC's noun before a URL whose host is a stand-in: the stand-in, not the word `service`
        (
            "Error `DNS resolution failed for service https://<route to the service>`",
            ("<route to the service>", True),
        ),
        # grpc-js handing `hostname/namespace` whole to the resolver: the slot word first
        (
            "Error: 14 UNAVAILABLE: Name resolution failed for target dns:hostname/namespace",
            ("hostname/namespace", True),
        ),
        # the description of a name (`my_..._url`), as LABELS.md's `my.postgres.url`
        (
            "HTTPConnectionPool(host='my_registry_url', port=5000): Max retries exceeded with url: /v2/ "
            "(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish "
            "a new connection: [Errno -2] Name does not resolve'))",
            ("my_registry_url", True),
        ),
        # but a name ending in `_url` without `my`/`your` first is looked up as written
        (
            "HTTPConnectionPool(host='browser_download_url', port=443): Max retries exceeded with url: / "
            "(Caused by NewConnectionError('<x>: Failed to establish a new connection: [Errno -2] Name does not "
            "resolve'))",
            ("browser_download_url", False),
        ),
    ],
)
def test_stand_ins_of_this_round(text: str, want: tuple[str, bool]) -> None:
    assert [(f.host, f.redacted) for f in parse_failures(text)] == [want]


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "DNS Server failed to resolve the request 'a.b. A IN' using forwarders: c.d (1.1.1.1), ",
        "[resolver] query a.b. (A) from 1.2.3.4:5, forwarding to udp:1.1.1.1\n",
        "[resolver] read from DNS server failed, read udp 1.2.3.4:5->",
        "received response from upstream return_code=SERVFAIL ",
        "question=A (a.b.) ",
        "HostNotFound: ",
        '"Unspecified/a.b:1", ',
        "'Acme.MessageQueue.Client' ",
        "Too much time waiting for a.b|A, ",
        "DNS Server failed to resolve the request with QNAME: a.b; QTYPE: A; ",
        "(ConnectionFailure getAddrInfo: does not exist (Name or service not known))\n",
        "lookup plugin 'url'. ",
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
