"""Formats from held-out LN-LU's misses (issue #17, session 69; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md now names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags_stand_in, named_rules, reads, reads_nothing, stays_real, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # dockerd 23-25's embedded resolver (rootless, behind slirp4netns): a forward that failed, its logfmt error
        'Jul 02 20:09:41 host dockerd-rootless.sh[892]: time="2024-07-02T20:09:41.414248514+08:00" level=error '
        'msg="[resolver] failed to query DNS server: 10.0.2.3:53, query: ;registry.shop.internal.\\tIN\\t A" '
        'error="read udp 10.0.2.100:40513->10.0.2.3:53: i/o timeout"',
        {("registry.shop.internal", "timeout")},
    ),
    (  # ... the line cut before its error field: no reason
        'level=error msg="[resolver] failed to query DNS server: 192.168.65.7:53, query: ;api.shop.internal.\\tIN\\t '
        'AAAA" error>',
        {("api.shop.internal", "other")},
    ),
    (  # PowerShell's error record of Resolve-DnsName, its first line not pasted, both lines wrapped by the console
        '+ Resolve-DnsName -Name "rabbitmq"\n'
        "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "    + CategoryInfo          : ResourceUnavailable: (rabbitmq:String) [Resolve-\n"
        "   DnsName], Win32Exception\n"
        "    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.C\n"
        "   ommands.ResolveDnsName",
        {("rabbitmq", "nxdomain")},
    ),
    (  # ... unwrapped, the time-out's id
        "    + CategoryInfo          : OperationTimeout: (db.shop.corp:String) [Resolve-DnsName], Win32Exception\n"
        "    + FullyQualifiedErrorId : ERROR_TIMEOUT,Microsoft.DnsClient.Commands.ResolveDnsName",
        {("db.shop.corp", "timeout")},
    ),
    (  # Dapr's mDNS name resolution: the app id it found no address for
        '{"errorCode":"ERR_DIRECT_INVOKE","message":"fail to invoke, id: orders, err: couldn\'t find service: orders"}',
        {("orders", "other")},
    ),
    (  # docker-icloudpd's start-up check
        "2024-01-03 12:02:33 ERROR    Cannot find icloud.com.cn IP address. Please check your DNS/Firewall settings.",
        {("icloud.com.cn", "other")},
    ),
    (  # Composer: a repository's metadata fell back to the cache, libcurl's resolving time-out
        " https://repo.packagist.org could not be fully loaded (Resolving timed out after 10000 milliseconds), package "
        "information was loaded from the local cache and may be out of date",
        {("repo.packagist.org", "timeout")},
    ),
    (  # ... libcurl's CURLE_COULDNT_RESOLVE_HOST
        "https://satis.shop.internal could not be fully loaded (Could not resolve host: satis.shop.internal), "
        "package information was loaded from the local cache and may be out of date",
        {("satis.shop.internal", "nxdomain")},
    ),
    (  # Kong's `DNS resolution failed` whose Tried list was cut before the name's own entries: the stated reason
        "[error] 1315#0: *3507 [lua] init.lua:371: execute(): DNS resolution failed: failed to receive reply from UDP "
        'server 10.96.0.10:53: timeout. Tried: ["(short)web.dashboard.svc.cluster.local:(na) - cache-miss"',
        {("web.dashboard.svc.cluster.local", "timeout")},
    ),
]

LOOKALIKES = [
    # dockerd: a reverse look-up's forward that failed
    'msg="[resolver] failed to query DNS server: 10.0.2.3:53, query: ;4.3.2.1.in-addr.arpa.\\tIN\\t PTR" '
    'error="read udp 10.0.2.100:40513->10.0.2.3:53: i/o timeout"',
    # PowerShell: another cmdlet's record, and Resolve-DnsName's record for a non-DNS error
    "    + CategoryInfo          : ObjectNotFound: (web01:String) [Get-Service], ServiceCommandException\n"
    "    + FullyQualifiedErrorId : NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.GetServiceCommand",
    "    + CategoryInfo          : InvalidArgument: (db:String) [Resolve-DnsName], ArgumentException\n"
    "    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.DnsClient.Commands.ResolveDnsName",
    # `cannot find` without an address's words, or with a file
    "Cannot find module.config.js in /app",
    "Cannot find icloud.com.cn certificate",
    # Composer: a connect's time-out and an HTTP error, no look-up
    "https://repo.packagist.org could not be fully loaded (Connection timed out after 10001 milliseconds), package "
    "information was loaded from the local cache",
    "https://repo.packagist.org could not be fully loaded (HTTP/2 503 Service Unavailable), package information was "
    "loaded from the local cache",
]

# LABELS.md (clause 2, added after LN-LU): stand-ins
STAND_INS: list[tuple[str, str]] = [
    ("curl: (6) Could not resolve host: PRIVATEDOMAINHERE", "privatedomainhere"),  # the slot's word, then `here`
    ("curl: (6) Could not resolve host: your-host-here.com", "your-host-here.com"),
    ("curl: (6) Could not resolve host: server_ip_here", "server_ip_here"),
    ("curl: (6) Could not resolve host: redis-host-here", "redis-host-here"),  # (review) pieces before the slot
    ("curl: (6) Could not resolve host: enter-your-domain-here.com", "enter-your-domain-here.com"),
    ("curl: (6) Could not resolve host: hostnamegoeshere.com", "hostnamegoeshere.com"),
    # (third review) a possessive run into the slot's word before `-here`, the docs' slot words after a possessive
    ("curl: (6) Could not resolve host: yourdomain-here.com", "yourdomain-here.com"),
    (
        "getaddrinfo ENOTFOUND youraccounthere.blob.core.windows.net",
        "youraccounthere.blob.core.windows.net",
    ),
    (  # `my`, a word and `domain` as the whole name
        "Error: dial tcp: lookup my.private.domain on 192.168.1.1:53: no such host",
        "my.private.domain",
    ),
]

REAL_NAMES = [
    "dial tcp: lookup shiphere.com on 127.0.0.53:53: no such host",  # `ip` run into a word
    "dial tcp: lookup victoriametrics.my.domain on 127.0.0.53:53: no such host",  # LABELS.md: real
    "dial tcp: lookup my.domain on 127.0.0.53:53: no such host",
    "dial tcp: lookup nowhere.example.org on 127.0.0.53:53: no such host",
    # (review) a word that merely ends in the slot's word, and `ip` alone
    "dial tcp: lookup ghosthere.com on 127.0.0.53:53: no such host",
    "dial tcp: lookup webhosthere.com on 127.0.0.53:53: no such host",
    "dial tcp: lookup iphere.com on 127.0.0.53:53: no such host",
    "dial tcp: lookup ip-here.net on 127.0.0.53:53: no such host",
    # (third review) a lone slot word run into `here`, or a weak one before `-here`
    "dial tcp: lookup hosthere.com on 127.0.0.53:53: no such host",
    "dial tcp: lookup domainhere.com on 127.0.0.53:53: no such host",
    "dial tcp: lookup site-here.de on 127.0.0.53:53: no such host",
    "dial tcp: lookup cohere.ai on 127.0.0.53:53: no such host",
]

# what the reviews of these rules found (each a case; session 69)
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # dockerd 25's `--log-format json`: logrus sorts the keys, the error before the message
        '{"error":"read udp 172.17.0.2:41234-\\u003e8.8.8.8:53: i/o timeout","level":"error","msg":"[resolver] failed '
        'to query DNS server: 8.8.8.8:53, query: ;api.shop.example.\\tIN\\t A","time":"2024-02-01T10:00:00Z"}',
        {("api.shop.example", "timeout")},
    ),
    (  # dockerd 23's warning
        'level=warning msg="[resolver] failed to read from DNS server: 192.168.1.1:53, query: ;postgres.\\tIN\\t A" '
        'error="read udp 172.18.0.2:41000->192.168.1.1:53: i/o timeout"',
        {("postgres", "timeout")},
    ),
    (  # PowerShell: the rcode's id without `DNS_ERROR_`, as Microsoft's DNS documents print it
        "    + CategoryInfo          : OperationTimeout: (contoso.com:String) [Resolve-DnsName], Win32Exception\n"
        "    + FullyQualifiedErrorId : RCODE_SERVER_FAILURE,Microsoft.DnsClient.Commands.ResolveDnsName",
        {("contoso.com", "servfail")},
    ),
    (  # ... wrapped inside the cmdlet's name, and inside a longer target
        "    + CategoryInfo          : ResourceUnavailable: (db:String) [Resolve-DnsNam\n"
        "   e], Win32Exception\n"
        "    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.C\n"
        "   ommands.ResolveDnsName",
        {("db", "nxdomain")},
    ),
    (
        "    + CategoryInfo          : ResourceUnavailable: (api.shop.inter\n"
        "   nal:String) [Resolve-DnsName], Win32Exception\n"
        "    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName",
        {("api.shop.internal", "nxdomain")},
    ),
    (  # Kong's balancer: `querying dns for h failed: <err>. Tried` (no colon), its list cut
        "[warn] 1#0: *5 [lua] base.lua:659: querying dns for web.shop.internal failed: failed to receive reply from "
        'UDP server 10.96.0.10:53: timeout. Tried ["(short)web.shop.internal:(na) - cache-miss"',
        {("web.shop.internal", "timeout")},
    ),
    (  # Dapr's mDNS resolver timing out, in the invoke error
        '{"errorCode":"ERR_DIRECT_INVOKE","message":"failed to invoke, id: cart, err: timeout waiting for address for '
        'app id cart"}',
        {("cart", "timeout")},
    ),
]
REVIEW_LOOKALIKES = [
    # `Couldn't find service:` outside Dapr's invoke error: Windows' service manager, getservbyname, systemd, BLE
    "[ERROR] Couldn't find service: The specified service does not exist as an installed service.",
    "Error: sock_ConnectService couldn't find service: smtp, with tcp protocol",
    "Failed to restart: couldn't find service: docker.service",
    "Couldn't find service: 0000180d-0000-1000-8000-00805f9b34fb",
    # `Cannot find ... IP address` without docker-icloudpd's endings: interfaces, files
    "Cannot find eth0.100 IP address",
    "Error: Cannot find config.json IP address field",
    # Composer: the message names what it fetched (the curl and PHP rules read that name, not the repository's)
    'https://packagist.org could not be fully loaded (The "https://repo.packagist.org/packages.json" file could not '
    "be downloaded: Failed to open stream: HTTP request failed! HTTP/1.1 404 Not Found), package information was "
    "loaded from the local cache",
]

# what the third review found (session 69)
REVIEW_2: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Windows 10's console copy: the formatter's 4-space indent left mid-word, on one line
        "    + CategoryInfo          : ResourceUnavailable: (myapp-prod.privatelink.database.wind    ows.net:String) "
        "[Resolve-DnsName], Win32Exception\n"
        "    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName",
        {("myapp-prod.privatelink.database.windows.net", "nxdomain")},
    ),
    (  # a record flattened onto one line by a chat client
        "+ CategoryInfo          : ResourceUnavailable: (db.corp.example:String) [Resolve-DnsName], Win32Exception     "
        "+ FullyQualifiedErrorId : DNS_ERROR_RCODE_NA    ME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName",
        {("db.corp.example", "nxdomain")},
    ),
    (  # a record cut short: a prompt and another record's first line are no continuation of it
        "    + CategoryInfo          : ResourceUnavailable: (old.corp:String) [Resolve-DnsName], Win32Exception\n"
        "PS C:\\> Resolve-DnsName new.corp -Type MX\n"
        "Resolve-DnsName : new.corp : DNS server failure\n"
        "    + FullyQualifiedErrorId : RCODE_SERVER_FAILURE,Microsoft.DnsClient.Commands.ResolveDnsName",
        {("new.corp", "servfail")},
    ),
]
REVIEW_2_LOOKALIKES = [
    # docker-icloudpd: its retry loop found the address
    "2024-01-03 12:02:33 WARNING  Cannot find icloud.com IP address - retrying\n"
    "2024-01-03 12:02:53 DEBUG    IP address for icloud.com: 17.253.144.10",
]

test_the_rounds_formats_are_read = reads(ROUND, "lnlu")
test_what_the_third_review_found_is_read_right = reads(REVIEW_2, "lnlu-review-2")
test_the_third_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_2_LOOKALIKES, "lnlu-review-2-lookalike")
test_what_the_reviews_found_is_read_right = reads(REVIEW, "lnlu-review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "lnlu-review-lookalike")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "lnlu-lookalike")
test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)

NEW_RULES = named_rules(
    "dockerd-query-dns-server",
    "powershell-resolve-dnsname-record",
    "dapr-mdns-couldnt-find-service",
    "icloudpd-cannot-find-ip",
    "composer-not-fully-loaded",
    "kong-tried-list",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_megabyte_of_the_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "[resolver] failed to query DNS server: a:53, query: ;a.b.\\tIN\\t A ",
        "CategoryInfo : X: (a:String) [Resolve- [Resolve-DnsName] ",
        "couldn't find service: a couldn't find service: ",
        "Cannot find a.b IP address Cannot find ",
        "https://a.b could not be fully loaded (Resolving timed out) ",
        'DNS resolution failed: a. Tried: ["(short)a.b:(na) ',
    ]
)


# the nineteenth round of probes from programs' own source (session 69), each rule's format
ROUND_19: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Bun 0.1.x: Zig's getaddrinfo error under fetch(), the URL on the next line
        'error: fetch() failed UnknownHostName\nurl: "https://api.vendor.example/v1/items?page=1"',
        {("api.vendor.example", "nxdomain")},
    ),
    (
        'error: fetch() failed TemporaryNameServerFailure\nurl: "http://pocketbase:8090/api/collections"',
        {("pocketbase", "temporary")},
    ),
    (  # WasmEdge's socket library: dns-parser's response code
        "$ wasmedge try_dns.wasm kafka.data.svc.cluster.local\nresolve kafka.data.svc.cluster.local\nError resolving "
        '"kafka.data.svc.cluster.local": NameError',
        {("kafka.data.svc.cluster.local", "nxdomain")},
    ),
    (
        'Error resolving "updates.edge.example": ServerFailure',
        {("updates.edge.example", "servfail")},
    ),
    (  # SmallRye Stork: Vert.x's DnsException rcode
        "2026-03-04 10:27:33,540 WARN  [io.sma.sto.ser.dns.DnsServiceDiscovery] (vert.x-eventloop-thread-2) Failure "
        "resolving name pricing-service with 192.168.1.53:53: io.vertx.core.dns.DnsException: DNS query error "
        "occurred: REFUSED: type 5, operation refused",
        {("pricing-service", "refused")},
    ),
    (  # px: its PAC URL, libcurl's code 6
        "Serving at 127.0.0.1:3128 proc MainProcess\n"
        "Failed to load PAC url: http://pac.intranet.example/proxy.pac: 6, ",
        {("pac.intranet.example", "nxdomain")},
    ),
    (  # ... code 28 with libcurl's resolving time-out in its debug lines
        "1764153350: /_load_pac/_load_url/perform: 94283745091424: Curl info: Resolving timed out after 30000 "
        "milliseconds\nFailed to load PAC url: http://wpad.corp.example/wpad.dat: 28, ",
        {("wpad.corp.example", "timeout")},
    ),
    (  # Garage: a peer's node id and address, the resolver's error dropped
        "WARN garage_rpc::system: Unable to parse and/or resolve peer hostname "
        "5cfe36520300628f757600b002d77cbaeba3269067695790e64db24f0c9aba3c@garage-2.garage-headless.garage.svc:3901",
        {("garage-2.garage-headless.garage.svc", "other")},
    ),
    (  # .NET's service discovery: a network error's SocketException (the DNS server's port refused)
        "warn: Microsoft.Extensions.ServiceDiscovery.Dns.Resolver.DnsResolver[8]\n"
        "      Query A redis-cache on 127.0.0.11:53 attempt 1 failed due to a network error.\n"
        "      System.Net.Sockets.SocketException (111): Connection refused",
        {("redis-cache", "refused")},
    ),
    (  # ... the provider's `No DNS records` left to the query lines above it
        "warn: Microsoft.Extensions.ServiceDiscovery.Dns.Resolver.DnsResolver[7]\n"
        "      Query A ledger.finance.svc.cluster.local on 10.96.0.10:53 attempt 1 failed to return a valid DNS "
        "response.\nfail: Microsoft.Extensions.ServiceDiscovery.ServiceEndpointWatcher[4]\n"
        "      System.InvalidOperationException: No DNS records were found for service "
        "'http://ledger.finance.svc.cluster.local' (DNS name: 'ledger.finance.svc.cluster.local').",
        {("ledger.finance.svc.cluster.local", "other")},
    ),
    (  # ... the system resolver's fallback: the SocketException it threw under the service's URL
        "fail: Microsoft.Extensions.ServiceDiscovery.ServiceEndpointWatcher[4]\n"
        "      Error resolving endpoints for service 'https://notifications.eu.example.io'.\n"
        "      System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Resource temporarily unavailable\n"
        "         at Microsoft.Extensions.ServiceDiscovery.Dns.FallbackDnsResolver.ResolveIPAddressesAsync(String "
        "name, CancellationToken cancellationToken)",
        {("notifications.eu.example.io", "temporary")},
    ),
]
LOOKALIKES_19 = [
    # Bun: a refused connection to a resolved name
    'error: fetch() failed ConnectionRefused\nurl: "http://api:8080/health"',
    # px: an HTTP error page (`<p>Message: 7; Could not resolve or connect ...`), no name; a connect's time-out
    "<html><body><h1>Error response</h1><p>Error code: 502</p><p>Message: 7; Could not resolve or connect to proxy or "
    "host</p></body></html>",
    "Failed to load PAC url: http://wpad.corp.example/wpad.dat: 28, ",
    # Garage: a node id that is no id (a typo) and a malformed specification
    "Unable to parse or resolve node specification: garage-2:3901",
    # Stork: instances found
    "DEBUG [io.sma.sto.ser.dns.DnsServiceDiscovery] Resolved name pricing-service with 192.168.1.53:53: 2 records",
]

test_the_nineteenth_rounds_formats_are_read = reads(ROUND_19, "lnlu-round19")
test_the_nineteenth_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_19, "lnlu-round19-lookalike")

NEW_RULES_19 = named_rules(
    "bun-fetch-zig-dns-error",
    "wasmedge-dns-parser-rcode",
    "stork-failure-resolving-name",
    "px-pac-url-curl-code",
    "garage-unable-to-resolve-peer",
    "dotnet-service-discovery-query",
    "dotnet-service-discovery-endpoints",
)


def test_every_new_rule_of_the_nineteenth_round_fires() -> None:
    assert unfired(NEW_RULES_19, [text for text, _ in ROUND_19]) == set()


test_a_megabyte_of_the_nineteenth_rounds_near_matches_parses_quickly = parses_quickly(
    [
        'fetch() failed UnknownHostName url: "http://a.b" ',
        'Error resolving "a.b": NameError Error resolving "',
        "Failure resolving name a.b with c: DNS query error occurred: ",
        "Failed to load PAC url: http://a.b/c: 6, Failed to load PAC url: ",
        "Unable to parse and/or resolve peer hostname 0@a:1 ",
        "Error resolving endpoints for service 'http://a.b'. SocketException (1): x ",
    ]
)
