"""The source-mined probes (`tests/fixtures/probes/source-mined/`, 2,700 blocks in 175 files from programs' and
libraries' own format strings, in three rounds: sessions 50, 51 and 52): the parser reads every block as labelled but
the ones listed here, each with why. A block that starts reading differently fails the test, either way: a regression,
or a listed block now right (then take it off the list)."""

from __future__ import annotations

from pathlib import Path

from checks.parsing import parse_failures

PROBES = Path(__file__).resolve().parents[2] / "fixtures" / "probes" / "source-mined"

# (file, block number from 1): why the parser reads it otherwise than the helper labelled it
READ_OTHERWISE: dict[tuple[str, int], str] = {
    (
        "adguard.txt",
        3,
    ): "the query's name failed because its DNS-over-HTTPS upstream's did; read with the upstream's kind",
    ("adguard.txt", 4): "as block 3, a DNS-over-TLS upstream",
    ("adguard.txt", 8): "Go's `no addresses for host`: labelled other, read nxdomain (LABELS.md silent)",
    (
        "apisix.txt",
        7,
    ): "lua-resty-dns's `connection refused` from the resolver after `failed to parse domain: h`: unread",
    ("apisix.txt", 10): "`dns resolver resolves domain: h error: ...` (proxy-mirror): unread",
    ("apisix.txt", 12): "the name only on an info line above `no valid upstream node: ... 3 name error`: unread",
    ("eureka.txt", 9): "`Cannot resolve to any endpoints for the given dnsName: h`: labelled other, read nxdomain",
    (
        "linkerd-proxy.txt",
        7,
    ): "the JSON form's `request timed out` for both records: read other (the plain form reads it)",
    ("linkerd-proxy.txt", 12): "a SRV record's absence before a fallback to A/AAAA that resolved: read as a failure",
    ("mint.txt", 6): "`:nxdomain` through a tunnel proxy is the proxy's name's: read the target's",
    ("netty-dns.txt", 10): "UnknownHostException `Failed to resolve 'h' [A(1), AAAA(28)]`: LABELS.md says nxdomain",
    ("okhttp.txt", 7): "the name only on the EventListener's `dnsStart:` line above `DNS server failure`: unread",
    ("okhttp.txt", 8): "UnknownHostException from DNS over HTTPS: LABELS.md says nxdomain",
    ("okhttp.txt", 9): "`private hosts not resolved` under `dnsStart: h`: unread",
    ("okhttp.txt", 12): "UnknownHostException `Broken system behaviour for dns lookup of h`: LABELS.md says nxdomain",
    ("pgx.txt", 13): "pgx 4's `hostname resolving error (ip addr wasn't found)`: unread",
    ("prometheus.txt", 4): "`DNS resolution failed` with `read udp ...:53: i/o timeout`: read other (the next line's)",
    ("pymongo.txt", 9): "an SRV look-up's lifetime timeout naming no name; the URI above: unread",
    (
        "unbound.txt",
        7,
    ): "`db.internal.example.net` NXDOMAIN in a query log: `internal` inside reads as a search-path try",
    (
        "vaultwarden.txt",
        8,
    ): "`Unable to resolve h to any valid IP address`: labelled other, read nxdomain (a bare verb)",
    (
        "bind9.txt",
        24,
    ): "BIND's `lame server resolving 'h'` (a lame delegation, no failure stated for the client): unread",
    ("bind9.txt", 26): "BIND's responses log (`response: h IN A NXDOMAIN`): unread",
    ("coredns.txt", 14): 'forward\'s `no addresses found for "h"`: labelled nxdomain, read other (LABELS.md silent)',
    (
        "curl.txt",
        16,
    ): 'curl (97) `Failed to resolve "h" for SOCKS5 connect`: labelled nxdomain, read other (a bare verb)',
    ("curl.txt", 17): "as block 16, SOCKS4",
    ("curl.txt", 18): "curl (43) `Error 43 resolving h:443` (an internal error): unread",
    (
        "dnscrypt-proxy.txt",
        19,
    ): "the NX log's tab-separated line states no rcode (the file's name says NXDOMAIN): unread",
    ("dnscrypt-proxy.txt", 20): "as block 19, its ltsv form",
    ("dnscrypt-proxy.txt", 21): "`DHCP didn't provide any DNS server to forward [h]`: unread",
    ("dnsmasq.txt", 12): "dnsmasq's `validation h is BOGUS` (DNSSEC): unread",
    (
        "hickory-dns.txt",
        6,
    ): "the `resolve` tool's `NoRecordsFound for query h. IN A` under its `Querying for` line: unread",
    ("hickory-dns.txt", 7): "the `resolve` tool's `ResolveError { kind: Timeout }` naming no name: unread",
    ("hickory-dns.txt", 9): "a debug line: one of the A/AAAA look-ups failed, the other answered; read as a failure",
    ("hickory-dns.txt", 15): "hickory's server: `response:ServFail` with the query's name on the next line: unread",
    ("hickory-dns.txt", 20): "the recursor's `no response to lookup for h. IN A`: unread",
    ("io-socket-ip.txt", 4): "the module's example script's `Cannot connect to h:port - Try again`: unread",
    ("io-socket-ip.txt", 7): "the name only in the `perl -e` command above the error: unread",
    ("istio.txt", 4): "`upstream failure: ... i/o timeout` above the proxy's SERVFAIL for the name: read servfail",
    ("istio.txt", 6): "search-path NXDOMAINs of a name whose own answer is not in the block: read as failures",
    ("knot-resolver.txt", 1): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 2): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 3): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 4): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 5): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 8): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 9): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    (
        "knot-resolver.txt",
        10,
    ): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    (
        "knot-resolver.txt",
        11,
    ): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    (
        "knot-resolver.txt",
        12,
    ): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    (
        "knot-resolver.txt",
        17,
    ): "Knot Resolver's verbose trace (the query's name and the verdict on lines apart): unread",
    ("knot-resolver.txt", 15): "Knot Resolver's verbose trace: the zone cut's name read as the failing one",
    ("nim.txt", 7): "Nim's `Couldn't resolve address: h`: unread",
    ("nim.txt", 13): "`Additional info:` with the reason under an application's line that names the host: unread",
    (
        "nodelocaldns.txt",
        15,
    ): 'kube-dns\'s `Name "h" does not resolve to any IPs`: labelled nxdomain, read other (no reason)',
    ("openresty.txt", 5): '`no resolver defined to resolve "h"`: labelled no failure; held-out AN labels it one',
    ("openresty.txt", 10): "as block 5",
    ("openssh.txt", 16): "ssh's canonicalization trying a suffix before the name resolved: read as a failure",
    ("pdns-recursor.txt", 3): "`Sending SERVFAIL during resolve` for a throttled query: labelled other, read servfail",
    ("pdns-recursor.txt", 4): "as block 3; the zone its DS records came from is labelled too, not read",
    ("pdns-recursor.txt", 6): "as block 3",
    ("pdns-recursor.txt", 7): "as block 3",
    ("pdns-recursor.txt", 13): "as block 3",
    ("perl-lwp.txt", 4): "LWP's `(Bad hostname)`: labelled nxdomain, read other as corpus set D labels it",
    ("perl-lwp.txt", 5): "as block 4",
    ("rabbitmq.txt", 5): "epmd's `timeout (timed out)`: labelled no failure; held-out AC labels it a time-out",
    (
        "rabbitmq.txt",
        7,
    ): "`can't establish TCP connection ..., reason: nxdomain` under a node whose epmd answered: unread",
    # round 3 (session 52, after held-out GH-GO): 735 blocks from 50 programs
    (
        "datastax-python-driver.txt",
        3,
    ): "`UnresolvableContactPoints: {}`, the name only in the traceback's code line: unread",
    (
        "gevent.txt",
        1,
    ): 'a bare gaierror, the name only in the traceback\'s code line (`create_connection(("h", 6379))`): unread',
    ("gevent.txt", 7): "c-ares' ARES_ECONNREFUSED (`Could not contact DNS servers`): labelled other, read refused",
    (
        "gocql.txt",
        9,
    ): "gocql's `no IP's returned from DNS lookup for \"h:port\"`: labelled nxdomain, read other (LABELS.md silent)",
    (
        "hackney.txt",
        5,
    ): '`{error,nxdomain}` under hackney\'s trace report, the name in its `{hostname,"h"}` tuple: unread',
    ("hackney.txt", 6): "as block 5, under the shell's `hackney:request(...)` call",
    (
        "httpoison.txt",
        12,
    ): "`** (HTTPoison.Error) :nxdomain`, the URL only in the crash report's `State:` seven lines below: unread",
    ("k3d.txt", 9): "Go's `server misbehaving`: labelled temporary, LABELS.md says servfail",
    (
        "mariadb-connector-c.txt",
        12,
    ): "the `Bind to local interface '-.<padding>h'` misprint, its name after 30 spaces: unread",
    ("memberlist.txt", 9): (
        "memberlist's TCP-first look-up refused before its UDP retry: labelled no failure, read refused as held-out AJ "
        "labels its time-out"
    ),
    (
        "minikube.txt",
        9,
    ): "curl's (28) `Resolving timed out` in a stderr block, the URL in the command four lines above: unread",
    (
        "nginx.txt",
        15,
    ): "nginx's `no resolver defined to resolve h`: labelled no failure (lua-cassandra's helper labels it other)",
    ("pgbouncer.txt", 14): '`LDAP authentication could not find DNS SRV records for "domain"`: unread',
    ("pgbouncer.txt", 18): "`failure to get zone 'h' serial` (a debug line of its c-ares zone check): unread",
    ("pgcat.txt", 9): 'trust-dns\' `ResolveError { kind: Message("No resolver available") }`: unread',
    (
        "pgpool2.txt",
        5,
    ): 'the health check\'s `getaddrinfo() failed with error "<reason>"`, the host on the line above: unread',
    (
        "proxysql.txt",
        1,
    ): "ProxySQL's `[-2]` (getaddrinfo's code): labelled other like PgBouncer's `result=N`, read as MySQL's codes are",
    ("proxysql.txt", 2): "as block 1, `[-3]`",
    ("proxysql.txt", 13): "as block 1",
    (
        "redis-server.txt",
        6,
    ): "Sentinel's `ERR Invalid IP address or hostname specified` under the `SENTINEL MONITOR` typed: unread",
    ("redis-server.txt", 7): "as block 6",
    ("squid.txt", 6): "`X-Squid-Error: ERR_DNS_FAIL` in curl's verbose headers, the request's `Host:` above: unread",
    ("squid.txt", 16): "peer_select's `Unknown host: h` after ipcache's `Timeout`: read nxdomain beside timeout",
    ("sttp.txt", 9): "an OpenTelemetry span's `server.address=h ... error.type=unknown_host`: unread",
    ("thanos.txt", 10): "an SRV query's name (`_memcache._tcp.h`): labelled by its service's host, read as asked",
    ("tornado.txt", 6): "curl's `HTTP 599: Resolving timed out`, the URL in the `fetch(...)` typed above: unread",
}


def _blocks() -> list[tuple[str, int, set[tuple[str, str]], str]]:
    out = []
    for path in sorted(PROBES.glob("*.txt")):
        for n, block in enumerate(path.read_text().split("\n====\n"), 1):
            head, _, text = block.strip("\n").partition("\n")
            want = set() if head.strip() == "-" else {tuple(e.rsplit(":", 1)) for e in head.split()}
            out.append((path.name, n, {(h, k) for h, k in want}, text))
    return out


def test_the_probes_read_as_labelled_but_the_listed_ones() -> None:
    blocks = _blocks()
    otherwise = {
        (name, n) for name, n, want, text in blocks if {(f.host.lower(), f.kind) for f in parse_failures(text)} != want
    }
    print(f"\n[figure] source-mined probes: {len(blocks)} blocks, {len(blocks) - len(otherwise)} read as labelled")
    assert len(blocks) >= 2700
    assert otherwise == set(READ_OTHERWISE)
