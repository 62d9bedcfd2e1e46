"""Formats held-out sets ET to FA met that no rule read (issue #17, spent data: 303 pastes measured once on 556a1c6,
HELDOUT-et.md's Result); mostly DNS servers' and proxies' own logs (rules/dns_server_logs.py). Each test names the
program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import dns_server_logs
from tests.unit.parsing.rounds import flags, found, unfired
from tests.unit.parsing.speed import GUARD, best_of, parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # dnsmasq's query log: the reply's RCODE
        "dnsmasq: query[A] registry.lab.internal from 192.168.3.12\n"
        "dnsmasq: forwarded registry.lab.internal to 192.168.3.1\n"
        "dnsmasq: reply registry.lab.internal is NXDOMAIN",
        {("registry.lab.internal", "nxdomain")},
    ),
    (  # dnsdist's secpoll: the stub resolver's RCODE above its `Failed to retrieve ...`
        "dnsdist[603]: Response code 'NXDomain' received from the secpoll stub resolver 127.0.0.53:53 for "
        "'dnsdist-1.9.4.security-status.secpoll.powerdns.com.'\n"
        "dnsdist[603]: Failed to retrieve security status update for 'dnsdist-1.9.4' on "
        "dnsdist-1.9.4.security-status.secpoll.powerdns.com.",
        {("dnsdist-1.9.4.security-status.secpoll.powerdns.com", "nxdomain")},
    ),
    (  # PowerDNS Recursor's structured log: a query it gave up on, the server's own error
        'Dec 30 09:27:02 msg="startDoResolve problem" error="Resolver binding to local query client socket on 0.0.0.0: '
        'Invalid argument" subsystem="syncres" level="0" prio="Error" qname="ocsp.example.org" qtype="A"',
        {("ocsp.example.org", "other")},
    ),
    (  # dnsdist's security poll
        "Failed to retrieve security status update for '1.7.1' on dnsdist-1.7.1.security-status.secpoll.powerdns.com.",
        {("dnsdist-1.7.1.security-status.secpoll.powerdns.com", "other")},
    ),
    (  # Istio's DNS proxy: the upstream's RCODE
        'upstream response for hostname "api.partner.example.com." : ;; opcode: QUERY, status: SERVFAIL, id: 10321',
        {("api.partner.example.com", "servfail")},
    ),
    (  # Technitium's extended DNS errors in its JSON answer
        '"ExtraText": "ns1.lab.local (127.0.0.1) returned RCODE=ServerFailure for whitehouse.gov. A IN"',
        {("whitehouse.gov", "servfail")},
    ),
    (
        '"ExtraText": "Socket error for yahoo.com. A IN: NetworkUnreachable"',
        {("yahoo.com", "servfail")},
    ),
    (  # gluetun's DNS over TLS
        "2024-11-20T22:39:49Z WARN [dns] exchanging over tls connection for request IN AAAA tracker.example.org.: "
        "read tcp 10.5.0.2:34724->1.0.0.1:853: i/o timeout",
        {("tracker.example.org", "timeout")},
    ),
    (  # systemd-resolved's DNSSEC validation
        "Aug 10 05:55:41 node-1 systemd-resolved[636]: DNSSEC validation failed for question "
        "_http._tcp.us.archive.ubuntu.com IN SOA: incompatible-server",
        {("_http._tcp.us.archive.ubuntu.com", "other")},
    ),
    (  # Blocky's prefetch: a DNS-over-HTTPS upstream's deadline ending the chain
        "ERROR can't prefetch 'cdn.example.net' resolution failed: resolver: \"upstream 'https://cloudflare-dns.com/"
        'dns-query\'" error: can\'t perform https request: Post "https://104.16.248.249:443/dns-query": context '
        "deadline exceeded",
        {("cdn.example.net", "timeout")},
    ),
    (  # AdGuard Home's newer dnsproxy form: the root dot kept, its cause after `. Cause: `
        "[error] upstream https://dns.google:443/dns-query failed to exchange ;ptbtime3.ptb.de.\tIN\t A in "
        "10.001456727s. Cause: requesting https://dns.google:443/dns-query: net/http: request canceled while waiting "
        "for connection (Client.Timeout exceeded while awaiting headers)",
        {("ptbtime3.ptb.de", "timeout")},
    ),
    (  # CoreDNS's old proxy plugin with no upstream left: no answer, `other`
        "2019/07/25 07:49:51 [ERROR] 2 alertmanager-0.alertmanager-operated.monitoring.svc. ANY: unreachable backend: "
        "no upstream host",
        {("alertmanager-0.alertmanager-operated.monitoring.svc", "other")},
    ),
    (  # reqwest's URL turned into a Markdown link by the reporter
        "FetchError: error sending request for url ([https://abcd.supabase.co/rest/v1/customers?select=*]()): error "
        "trying to connect: dns error: failed to lookup address information: Name or service not known",
        {("abcd.supabase.co", "nxdomain")},
    ),
    (  # Deno's error with the script's location after it: the location's host is no failure
        "error: Import 'https://registry.example.com/x/meta.json' failed: error sending request for URL "
        "(https://registry.example.com/x/meta.json): error trying to connect: dns error: failed to lookup address "
        "information: nodename nor servname provided, or not known at https://deno.land/x/fresh@1.6.6/src/deps.ts:9:29",
        {("registry.example.com", "nxdomain")},
    ),
    (  # ssh handed `h.:port`: the string as printed, not its host part a second time
        "> ssh -i ~/.ssh/id.pub node12.example.io.:48787\n"
        "ssh: Could not resolve hostname node12.example.io:48787: Name or service not known",
        {("node12.example.io:48787", "nxdomain")},
    ),
    (  # sudo's bare message quoted in prose (LABELS.md: `other`)
        "commands terminate in `sudo: unable to resolve host test`",
        {("test", "other")},
    ),
    (
        'I got the error "sudo: unable to resolve host hassbian" every time I issued a sudo command',
        {("hassbian", "other")},
    ),
    (  # AdGuard Home's structured dnsproxy log (off-frame rows of FA)
        '[error] dnsproxy: exchange failed upstream=https://wikimedia-dns.org:443/dns-query question=";gh.example.xyz.'
        '\tIN\t AAAA" duration=30.44s err="requesting https://wikimedia-dns.org:443/dns-query: net/http: request '
        'canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"',
        {("gh.example.xyz", "timeout")},
    ),
]

MASKED = [
    (  # sudo's slot holding the word `hostname` (LABELS.md clause 2: a stand-in)
        "xxxxx@hostname:~$ sudo cpu\nsudo: unable to resolve host hostname",
        {("hostname", "other", True)},
    ),
    (  # gluetun with the names masked: stand-ins, as printed
        "WARN [dns] exchanging over tls connection for request IN A {TRACKER16}.: read tcp {IP}.123:41176->"
        "149.112.112.112:853: i/o timeout",
        {("{tracker16}", "timeout", True)},
    ),
]

LOOKALIKES = [
    # dnsmasq answering the name after a failed try (a search-path try, another server)
    "dnsmasq: reply api.lab.internal is NXDOMAIN\ndnsmasq: query[A] api.lab.internal from 10.0.0.9\n"
    "dnsmasq: reply api.lab.internal is 10.0.0.42",
    # dnsmasq: a search-path try's NXDOMAIN, then the name itself answered
    "dnsmasq[1871]: reply grafana.monitoring.svc.cluster.local.fritz.box is NXDOMAIN\n"
    "dnsmasq[1871]: query[A] grafana.monitoring.svc.cluster.local from 192.168.1.20\n"
    "dnsmasq[1871]: reply grafana.monitoring.svc.cluster.local is 10.96.12.7",
    # busybox nslookup: the A query answered through an alias, the AAAA query's SERVFAIL after it
    "/ # nslookup video.example.com 195.238.40.45\nServer:\t\t195.238.40.45\nAddress:\t195.238.40.45:53\n\n"
    "Non-authoritative answer:\nvideo.example.com\tcanonical name = router.example.net\nName:\trouter.example.net\n"
    "Address: 138.199.36.1\n\n** server can't find video.example.com: SERVFAIL",
    # Istio's DNS proxy with an answer
    'upstream response for hostname "api.partner.example.com." : ;; opcode: QUERY, status: NOERROR, id: 10321',
    # a JS stack frame's script location
    "TypeError: fetch failed\n    at https://esm.example.com/v135/undici@6/es2022/undici.mjs:12:5",
]


# Read from DNS servers' and proxies' own source the same day (fetch only, 319 probes): more of their logs' forms.
SERVER_ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # dnsmasq's negative cache and its own config
        "dnsmasq[812]: query[AAAA] smart-tv.fritz.box from 192.168.178.31\n"
        "dnsmasq[812]: cached smart-tv.fritz.box is NXDOMAIN",
        {("smart-tv.fritz.box", "nxdomain")},
    ),
    (  # BIND's query-errors log with the reason in words
        "query-errors: info: client @0x7f2b8c01b170 10.0.4.33#40218 (s3.eu-central-1.amazonaws.com): query failed "
        "(timed out) for s3.eu-central-1.amazonaws.com/IN/AAAA at query.c:7839",
        {("s3.eu-central-1.amazonaws.com", "timeout")},
    ),
    (  # BIND's resolver giving up
        "Dec  5 08:43:50 ns1 named[1187]: resolver: info: gave up on resolving 'license.vendor-saas.com/A'",
        {("license.vendor-saas.com", "other")},
    ),
    (  # dnsdist: a backend that did not answer in time
        "dnsdist[744]: Had a downstream timeout from 10.0.0.53:53 (unbound-1) for query for grafana.example.com.|A "
        "from 10.0.4.21:41234",
        {("grafana.example.com", "timeout")},
    ),
    (  # PowerDNS Recursor's system resolver
        'pdns-recursor[1311]: msg="Name did not resolve" subsystem="system-resolver" level="0" prio="Error" '
        'name="fwd1.corp.example.com"',
        {("fwd1.corp.example.com", "nxdomain")},
    ),
    (  # Unbound's and Knot Resolver's DNSSEC validation failures
        "unbound[812]: [812:0] info: validation failure <www.dnssec-failed.org. A IN>: no keys have a DS",
        {("www.dnssec-failed.org", "other")},
    ),
    (
        "kresd[912]: [dnssec] validation failure: www.dnssec-failed.org. A",
        {("www.dnssec-failed.org", "other")},
    ),
    (  # Blocky's query log: an upstream's NXDOMAIN
        "INFO queryLog: query resolved client_ip=10.8.0.14 client_names=build-agent-03 duration_ms=0 "
        'question_name=api.staging.corp.internal question_type=AAAA response_code=NXDOMAIN response_reason="CACHED '
        'NEGATIVE"',
        {("api.staging.corp.internal", "nxdomain")},
    ),
    (  # dnscrypt-proxy's query logs, tsv and ltsv
        "[2025-01-13 08:00:41]\t127.0.0.1\tapi.openai.com\tAAAA\tSERVER_TIMEOUT\t5000ms\tdoh.mullvad.net\t-",
        {("api.openai.com", "timeout")},
    ),
    (
        "time:1736762402\thost:192.168.1.44\tmessage:cdn.jsdelivr.net\ttype:AAAA\treturn:SERVFAIL\tcached:0\t"
        "duration:61\tserver:doh.ffmuc.net\trelay:-",
        {("cdn.jsdelivr.net", "servfail")},
    ),
]

SERVER_LOOKALIKES = [
    # dnsmasq: the client's search suffix tried first, then the name answered
    "dnsmasq[1123]: config updates.vendor.example.lan is NXDOMAIN\n"
    "dnsmasq[1123]: reply updates.vendor.example is 104.18.22.41",
    # named's zone check: a zone's data, no look-up
    "named[1187]: zone corp.example.com/IN: NS 'ns3.corp.example.com' has no address records (A or AAAA)",
    # AdGuard Home's rDNS of a client
    '[debug] rdns: resolving ip=192.168.1.57 err="received SERVFAIL response: failed to resolve ptr"',
    # an upstream test's contraction
    '{"[/home.arpa/]192.168.1.1":"couldn\'t communicate with upstream: exchanging with 192.168.1.1:53 over udp: read '
    'udp 192.168.1.10:40118->192.168.1.1:53: i/o timeout"}',
    # Blocky's query log: a block list's NXDOMAIN; search-path tries, then the name answered
    "INFO queryLog: query resolved question_name=telemetry.tracker.example question_type=A response_code=NXDOMAIN "
    'response_reason="BLOCKED (ads)"',
    "INFO queryLog: query resolved question_name=registry.npmjs.org.ci.svc.cluster.local question_type=A "
    "response_code=NXDOMAIN response_reason=CONDITIONAL\n"
    'INFO queryLog: query resolved answer="A (104.16.24.34)" question_name=registry.npmjs.org question_type=A '
    "response_code=NOERROR response_reason=RESOLVED",
    # dnscrypt-proxy: search-path tries, then the name passed
    "[2025-01-17 10:00:01]\t10.0.0.5\tapi.github.com.lan\tA\tNXDOMAIN\t1ms\tcloudflare\t-\n"
    "[2025-01-17 10:00:01]\t10.0.0.5\tapi.github.com\tA\tPASS\t22ms\tcloudflare\t-",
]

# A host-less resolver error among lines a paste often carries: none of their links is the name that failed.
NEIGHBOURS = [
    "See https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/ for more.",
    "Related: [DNS debugging](https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/)",
    "Same as https://github.com/coredns/coredns/issues/2087 I think.",
    # (a line of 55-80 characters whose next word would not fit reads as an 80-column terminal's word wrap and is
    # joined to the error: terminal_wraps.py; this one is longer)
    "GET https://api.github.com/repos/acme/app/releases/latest 200 OK (312ms) etag=W/1234 cache=miss",
    "    at https://deno.land/x/fresh@1.6.6/src/build/deps.ts:9:29",
]


@pytest.mark.parametrize("neighbour", NEIGHBOURS)
@pytest.mark.parametrize("above", [True, False])
def test_a_link_beside_a_host_less_error_is_not_its_name(neighbour: str, above: bool) -> None:
    error = "socket.gaierror: [Errno -3] Temporary failure in name resolution"
    assert parse_failures(f"{neighbour}\n{error}" if above else f"{error}\n{neighbour}") == []


@pytest.mark.parametrize(("text", "want"), [*ROUND, *SERVER_ROUND])
def test_each_format_is_read(text: str, want: set[tuple[str, str]]) -> None:
    assert found(text) == want


test_masked_names_are_stand_ins = flags(MASKED, None)


@pytest.mark.parametrize("text", [*LOOKALIKES, *SERVER_LOOKALIKES])
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []


def test_every_rule_of_the_module_fires() -> None:
    # the module's rules written since have their examples in the rounds that brought them
    from tests.unit.parsing.test_formats_heldout_frfy import ROUND as ROUND_FRFY
    from tests.unit.parsing.test_formats_sourcemined_dnsservers import FORMATS as MINED
    from tests.unit.parsing.test_formats_sourcemined_probes2 import FORMATS as MINED2

    texts = [text for text, _ in [*ROUND, *SERVER_ROUND, *ROUND_FRFY, *MINED, *MINED2]]
    assert unfired(dns_server_logs.RULES, texts) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "dnsmasq: reply a.b is NXDOMAIN ",
        "can't prefetch 'a.b' resolution failed: x: context deadline exceeded ",
        'msg="startDoResolve problem" qname="a.b" exchanging over tls connection for request IN A a.b.: x ',
        'upstream response for hostname "a." : ;; opcode: QUERY, status: SERVFAIL returned RCODE=ServerFailure for a. '
        "A IN Socket error for a. A IN: x ",
        "error sending request for url ([https://a.b/]()) at https://c.d/e.ts:1:2 ",
        "dnsmasq: reply a1.b is 10.0.0.1 dnsmasq: reply a1.b.c is NXDOMAIN ",
    ]
)


def test_a_day_of_dnsmasq_failures_is_read_once_for_its_answers() -> None:
    # each failed reply asks whether the log answers its name: the answers are read once per paste
    log = "".join(f"dnsmasq: reply host-{i}.lab.internal is NXDOMAIN\n" for i in range(20000))
    log += "dnsmasq: reply host-7.lab.internal is 10.0.0.7\n"
    hosts = {f.host for f in parse_failures(log)}
    assert "host-6.lab.internal" in hosts
    assert "host-7.lab.internal" not in hosts
    assert best_of(3, lambda: parse_failures(log)) < GUARD
