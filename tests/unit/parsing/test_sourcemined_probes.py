"""The source-mined probes (`tests/fixtures/probes/source-mined/`, 1,156 blocks from 78 programs' and libraries' own
format strings): the parser reads every block as labelled but the ones listed here, each with why. A block that starts
reading differently fails the test, either way: a regression, or a listed block now right (then take it off the
list)."""

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
    ("zookeeper.txt", 8): "`Unable to open socket to h/<unresolved>:2181` (an UnresolvedAddressException): unread",
}


def _blocks() -> list[tuple[str, int, set[tuple[str, str]], str]]:
    out = []
    for path in sorted(PROBES.glob("*.txt")):
        for n, block in enumerate(path.read_text().split("\n====\n"), 1):
            head, _, text = block.strip("\n").partition("\n")
            want = set() if head.strip() == "-" else {tuple(e.split(":")) for e in head.split()}
            out.append((path.name, n, {(h, k) for h, k in want}, text))
    return out


def test_the_probes_read_as_labelled_but_the_listed_ones() -> None:
    blocks = _blocks()
    otherwise = {
        (name, n) for name, n, want, text in blocks if {(f.host.lower(), f.kind) for f in parse_failures(text)} != want
    }
    print(f"\n[figure] source-mined probes: {len(blocks)} blocks, {len(blocks) - len(otherwise)} read as labelled")
    assert len(blocks) >= 1156
    assert otherwise == set(READ_OTHERWISE)
