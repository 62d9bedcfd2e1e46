"""Formats mined from programs' own source in session 51 (issue #17, after held-out FR-FY): DNS servers' and
resolvers' logs (Technitium, dnscrypt-proxy, Blocky, hickory-dns's recursor, PowerDNS Recursor 5), reqwest's chain
over its hickory resolver, Perl's LWP, Symfony HttpClient's resolving time-out, git's TRY_AGAIN text, and a RabbitMQ
shovel's connect time-out that is no look-up's. Each test names the program and the format; the probes themselves are
in tests/fixtures/probes/source-mined/ (test_sourcemined_probes.py)."""

from __future__ import annotations

from tests.unit.parsing.rounds import reads, reads_nothing
from tests.unit.parsing.speed import parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Technitium: the request's name, a lame delegation's `no valid response` (no reason it names)
        "[2026-12-05 21:21:30 UTC] DNS Server failed to resolve the request 'vpn.branch.example.net. A IN'.\n"
        "TechnitiumLibrary.Net.Dns.DnsClientNoResponseException: DnsClient failed to recursively resolve the request "
        "'vpn.branch.example.net. A IN': no valid response from name servers [ns1.branch.example.net (203.0.113.10)] "
        "at delegation branch.example.net.",
        {("vpn.branch.example.net", "other")},
    ),
    (  # Technitium: its NXDOMAIN exception, in its own spelling
        "[2026-12-05 21:23:10 UTC] TechnitiumLibrary.Net.Dns.DnsClientNxDomainException: Domain does not exists: "
        "dns.home.example.net; Name server: a.iana-servers.net (199.43.135.53)",
        {("dns.home.example.net", "nxdomain")},
    ),
    (  # Technitium: a name server whose own name has no address
        "[2026-12-05 21:24:02 UTC] TechnitiumLibrary.Net.Dns.DnsClientException: No IP address was found for name "
        "server: resolver.lab.example.com",
        {("resolver.lab.example.com", "other")},
    ),
    (  # Technitium: a NOTIFY to a server it could not resolve
        "[2026-12-05 21:24:30 UTC] DNS Server failed to notify name server 'ns2.example.net' due to failure in "
        "resolving its IP address for zone: example.net",
        {("ns2.example.net", "other")},
    ),
    (  # dnscrypt-proxy -resolve: the report's NXDOMAIN
        "$ dnscrypt-proxy -resolve gitlab.corp.example.com\nResolving [gitlab.corp.example.com] using 127.0.0.1 port "
        "53\n\nResolver      : 9.9.9.11\n\nIPv4 addresses: -\n\nName servers  : name does not exist\n",
        {("gitlab.corp.example.com", "nxdomain")},
    ),
    (  # dnscrypt-proxy -resolve: its reason in brackets
        "Resolving [updates.example.net] using 127.0.0.1 port 53\n\nUnable to resolve: [Timeout]",
        {("updates.example.net", "timeout")},
    ),
    (
        "Resolving [example.org] using 127.0.0.1 port 53\n\n"
        "Unable to resolve: [read udp 127.0.0.1:51034->127.0.0.1:53: read: connection refused]",
        {("example.org", "refused")},
    ),
    (  # dnscrypt-proxy: its forwarder found no name server to ask
        "[2026-12-05 09:23:14] [WARNING] No valid nameservers in '/etc/resolv.conf.upstream' while resolving "
        "[nas.home.lan]",
        {("nas.home.lan", "other")},
    ),
    (  # Blocky: a failed query, its question after the reason
        "[2026-12-05 10:21:14] ERROR error on processing request:upstream resolution failed for group 'default': "
        "resolution was not successful, no resolver returned an answer in time client_ip=192.168.1.57 "
        'question="A (grafana.internal.example.net.)" req_id=3f0d8a52',
        {("grafana.internal.example.net", "timeout")},
    ),
    (  # Blocky's strict resolver's debug line: the question's name, not the resolver's
        "[2026-12-05 10:21:15] DEBUG strict: resolution failed from resolver, cause: upstream 'tcp+udp:10.0.0.1': "
        "read udp 172.18.0.4:39881->10.0.0.1:53: i/o timeout client_ip=192.168.1.57 "
        'question="AAAA (api.payments.example.com.)" req_id=7c1e2d49',
        {("api.payments.example.com", "timeout")},
    ),
    (  # Blocky: a block list's download whose host did not resolve
        '[2026-12-05 10:19:02]  WARN list_cache: Name resolution err: i/o timeout attempt=1/3 link="https://'
        'v.firebog.net/hosts/AdguardDNS.txt"',
        {("v.firebog.net", "timeout")},
    ),
    (  # hickory-dns's recursor: the query's name, the error's kind
        "2026-12-05T21:14:37.781002Z  WARN hickory_resolver::recursor::handle: lookup error query=Query { name: "
        'Name("status.example.com."), query_type: AAAA, query_class: IN } error=DNS error: error response: Server '
        "Failure",
        {("status.example.com", "servfail")},
    ),
    (  # PowerDNS Recursor 5: its answer line's rcode
        'Dec 05 10:40:11 msg="Answer" subsystem="syncres" level="0" prio="Info" answers="0" netms="24.118" '
        'proto="udp" qname="billing.shop.example.com." qtype="A" rcode="3" rd="1"',
        {("billing.shop.example.com", "nxdomain")},
    ),
    (  # PowerDNS Recursor 5: SERVFAIL sent for the query's name, never the name its error names
        'Dec 05 10:43:31 msg="Sending SERVFAIL during resolve" error="Unable to perform DNAME substitution(DNAME '
        "owner: 'example.com.', DNAME target: 'example.org.', substituted name: 'portal.example.org.' : name too "
        'long)" subsystem="syncres" proto="udp" qname="portal.example.com." qtype="A"',
        {("portal.example.com", "servfail")},
    ),
    (  # reqwest 0.12 over hickory: the chain's head URL, the resolver's reason below `error resolving DNS`
        "Error: error sending request for url (https://billing.example.com/v2/invoices)\n\nCaused by:\n"
        "    0: client error (Connect)\n    1: dns error\n    2: error resolving DNS\n    3: request timed out",
        {("billing.example.com", "timeout")},
    ),
    (  # Perl's LWP: IO::Socket::INET's `Bad hostname` (no reason stated)
        "500 Can't connect to proxy.corp.example.com:3128 (Bad hostname) at ./sync_feeds.pl line 42.",
        {("proxy.corp.example.com", "other")},
    ),
    (  # Perl's LWP over IO::Socket::IP: musl's EAI_AGAIN text
        "500 Can't connect to solr:8983 (Try again)",
        {("solr", "temporary")},
    ),
    (  # Symfony HttpClient: libcurl's resolving time-out with the URL it adds
        '[2026-12-05T03:41:09+00:00] app.ERROR: Resolving timed out after 10001 milliseconds for "https://registry.'
        'mirror.example.org/v2/_catalog".',
        {("registry.mirror.example.org", "timeout")},
    ),
    (  # git without getaddrinfo: hstrerror's TRY_AGAIN text
        'fatal: unable to look up scm.example.net (Non-authoritative "host not found", or SERVERFAIL)',
        {("scm.example.net", "temporary")},
    ),
]

LOOKALIKES = [
    # a RabbitMQ shovel whose connect timed out: the name resolved
    "2026-12-05 21:21:02.118390+00:00 [warning] <0.1873.0> Shovel 'orders-to-dr' in vhost 'prod' failed to connect "
    "(URI: amqp://rabbitmq-dr.example.net:5672/prod): connection to target host timed out (ETIMEDOUT)",
    # Haskell's network: EAI_SERVICE, the service name failed, not the host
    "api-server: Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = "
    '[AI_NUMERICSERV], addrFamily = AF_UNSPEC}, host name: Just "postgres", service name: Just "postgresql"): does '
    "not exist (Servname not supported for ai_socktype)",
    # Perl's LWP: the connect was refused, the name resolved
    "500 Can't connect to rt.example.org:443 (Connection refused)",
    # dnscrypt-proxy -resolve: an answer
    "Resolving [github.com] using 127.0.0.1 port 53\n\nResolver      : 162.158.101.2\n\nIPv4 addresses: 140.82.121.4\n"
    "\nName servers  : dns1.p08.nsone.net.\n",
    # PowerDNS Recursor 5: a NOERROR answer
    'msg="Answer" subsystem="syncres" answers="1" qname="github.com." qtype="A" rcode="0" rd="1"',
    # Blocky: an upstream's answer with the question
    '[2026-12-05 10:22:02] DEBUG upstream: received response from upstream answer="A (140.82.121.4)" '
    'question="A (github.com.)" return_code=NOERROR',
]


test_each_format_is_read = reads(FORMATS, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Resolving [a.b] using 1.1.1.1 port 53\n",
        "error on processing request:x y ",
        "resolution failed from resolver, cause: x ",
        'Name resolution err: x attempt=1/3 link="',
        'lookup error query=Query { name: Name("a.b."), query_type: A, query_class: IN } error=x ',
        'msg="Answer" qname="a.b." x ',
        'msg="Sending SERVFAIL during resolve" error="x" ',
        "    2: error resolving DNS\n",
        "Can't connect to a.b:1 (x) ",
        "Domain does not exists: a.b; ",
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
