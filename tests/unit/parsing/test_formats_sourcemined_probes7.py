"""Formats from the seventh round of probes rendered from programs' own source (issue #17, session 55, before held-out
HF-HM was registered: `tests/fixtures/probes/source-mined/`, round 7): each test names the program and the format,
with look-alikes of the same programs that must stay no failure; and the hostile shapes this session's speed work
found (lines of URLs glued together, each ending in a host-less reason)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import node_daemon_texts
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import GUARD, best_of, parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # ntpd: a reason no resolver's text names (EAI_SYSTEM and errno's text)
        "Dec  4 06:04:02 lb-01 ntpd[733]: retrying DNS ntp.mgmt.example.org: EAI_SYSTEM 5: Input/output error",
        {("ntp.mgmt.example.org", "other")},
    ),
    (  # ntpsec's debug lines: the dns_check line's reason above the name's status
        "Dec 04 06:10:02 node-4 ntpd[801]: DNS: dns_probe: 2.rhel.pool.ntp.org, cast_flags:8, flags:101\n"
        "Dec 04 06:10:02 node-4 ntpd[801]: DNS: dns_check: processing 2.rhel.pool.ntp.org, 8, 101\n"
        "Dec 04 06:10:02 node-4 ntpd[801]: DNS: dns_check: DNS error: -3, Temporary failure in name resolution\n"
        "Dec 04 06:10:02 node-4 ntpd[801]: DNS: dns_take_status: 2.rhel.pool.ntp.org=>temp, 3",
        {("2.rhel.pool.ntp.org", "temporary")},
    ),
    (
        "DNS: dns_check: processing time.nts.corp-infra.net, 1, 1101\n"
        "DNS: dns_check: DNS error: -2, Name or service not known\n"
        "DNS: dns_take_status: time.nts.corp-infra.net=>error, 10",
        {("time.nts.corp-infra.net", "nxdomain")},
    ),
    (  # ... a `temp` status with no reason line above it
        "DNS: dns_take_status: ntp2.corp.example=>temp, 3",
        {("ntp2.corp.example", "temporary")},
    ),
    (  # resolvectl (systemd 256): the name's own verdict
        "$ resolvectl query gitlab.corp-dev.lan\ngitlab.corp-dev.lan: Name 'gitlab.corp-dev.lan' not found",
        {("gitlab.corp-dev.lan", "nxdomain")},
    ),
    (  # systemd-resolved's debug log: the rcode on its own line above the transaction's `<rcode-failure>`
        "Dec 04 09:40:12 worker-3 systemd-resolved[612]: Server returned error: SERVFAIL\n"
        "Dec 04 09:40:12 worker-3 systemd-resolved[612]: Regular transaction 41235 for <orders.shop.svc.cluster.local "
        "IN A> on scope dns on eth0/* now complete with <rcode-failure> from network (unsigned; non-confidential).",
        {("orders.shop.svc.cluster.local", "servfail")},
    ),
    (  # cloud-init's CloudStack data source
        "2026-12-04 08:07:31,440 - DataSourceCloudStack.py[DEBUG]: DNS Entry data-server not found",
        {("data-server", "nxdomain")},
    ),
    (  # aardvark-dns: the request it forwarded for the name, then the failure
        "Dec 03 10:12:44 fedora-ws aardvark-dns[48211]: Forwarding dns request for api.github.com. type: A\n"
        "Dec 03 10:12:49 fedora-ws aardvark-dns[48211]: 31544 dns request failed: request timed out",
        {("api.github.com", "timeout")},
    ),
    (  # pgconn under GoTrue: the look-up returned no address
        '{"level":"fatal","msg":"running db migrations: Migrator: problem creating schema migrations: failed to '
        "connect to `host=auth-db.internal user=supabase_auth_admin database=auth`: hostname resolving error (ip addr "
        "wasn't found)\"}",
        {("auth-db.internal", "other")},
    ),
    (  # BIND's host: the server's name given by name, ISC_R_FAILURE
        "$ host -t A gitlab.corp-edge.io dns.corp-edge.io\nhost: couldn't get address for 'dns.corp-edge.io': failure",
        {("dns.corp-edge.io", "other")},
    ),
    (  # Twisted's twisted.names: the name not found, no reason after it
        "twisted.internet.error.DNSLookupError: DNS lookup failed: address 'ftp.mirror.example.net' not found.",
        {("ftp.mirror.example.net", "nxdomain")},
    ),
    (  # ... a reason after it: the reason's kind
        "twisted.internet.error.DNSLookupError: DNS lookup failed: address 'buildbot-worker.ci.internal' not found: "
        "[Errno -3] Temporary failure in name resolution.",
        {("buildbot-worker.ci.internal", "temporary")},
    ),
    (  # Ktor's curl engine: libcurl's constant is no name, the request's URL is
        "kotlin.IllegalStateException: Connection failed for request: CurlRequestData(url='https://api.partner."
        "example.net/v2/orders', method='GET', content: 0 bytes). Reason: Couldn't resolve host name "
        "(CURLE_COULDNT_RESOLVE_HOST)",
        {("api.partner.example.net", "nxdomain")},
    ),
    (  # the Nagios plugins' check_dns -v: nslookup's verdict above the summary says how
        "/usr/bin/nslookup -sil mail.partner-portal.de 192.168.10.1\nServer:\t\t192.168.10.1\n"
        "Address:\t192.168.10.1#53\n\n** server can't find mail.partner-portal.de: SERVFAIL\n\n"
        "Domain 'mail.partner-portal.de' was not found by the server",
        {("mail.partner-portal.de", "servfail")},
    ),
    (  # ... the summary alone
        "DNS CRITICAL - Domain 'mail.partner-portal.de' was not found by the server",
        {("mail.partner-portal.de", "nxdomain")},
    ),
    (  # httplib2 under the socket.gaierror it caught: that error's reason
        "Traceback (most recent call last):\n"
        '  File "/usr/local/lib/python3.10/socket.py", line 955, in getaddrinfo\n'
        "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
        "socket.gaierror: [Errno -3] Temporary failure in name resolution\n\n"
        "During handling of the above exception, another exception occurred:\n\n"
        "Traceback (most recent call last):\n"
        '  File "/app/export_sheets.py", line 40, in <module>\n    creds.refresh(Request())\n'
        "httplib2.error.ServerNotFoundError: Unable to find the server at oauth2.googleapis.com",
        {("oauth2.googleapis.com", "temporary")},
    ),
    (  # ... and without it: no reason
        "httplib2.ServerNotFoundError: Unable to find the server at bigquery.googleapis.com",
        {("bigquery.googleapis.com", "other")},
    ),
    (  # KeyDB's (and Redis') Sentinel: the known replica's address in the configuration line above
        "*** FATAL CONFIG FILE ERROR (Redis 6.3.4) ***\nReading the configuration file, at line 11\n"
        ">>> 'sentinel known-replica mymaster keydb-node-1.keydb.cache.svc.cluster.local 6379'\n"
        "Can't resolve instance hostname.",
        {("keydb-node-1.keydb.cache.svc.cluster.local", "other")},
    ),
    (  # Dragonfly: its resolver's errno after the port is no DNS reason
        "W20261206 07:51:02.301587    13 outgoing_slot_migration.cc:468] Could not resolve host DNS for outgoing "
        "migration to dfly-node-1.dfly-cluster.cache.svc.cluster.local:7000: No route to host",
        {("dfly-node-1.dfly-cluster.cache.svc.cluster.local", "other")},
    ),
    (
        "E20261206 08:05:31.044190     4 dfly_bench.cc:214] Could not resolve MOVED endpoint "
        "cache-node-7.internal.example.com:6379: generic:99",
        {("cache-node-7.internal.example.com", "other")},
    ),
    (  # Odoo: the SMTP server quoted on the failed line above a bare gaierror
        "2026-07-23 10:05:44,918 1 INFO acme_prod odoo.addons.base.models.ir_mail_server: Mail delivery failed via "
        "SMTP server 'smtp.gmail.com'.\ngaierror: [Errno -3] Temporary failure in name resolution",
        {("smtp.gmail.com", "temporary")},
    ),
    (  # aiodns: pycares' code and c-ares' text, the name in the call's frame
        "Traceback (most recent call last):\n"
        '  File "/app/probe.py", line 14, in main\n'
        '    result = await resolver.query("notifications.svc.example.com", "A")\n'
        "aiodns.error.DNSError: (4, 'Domain name not found')",
        {("notifications.svc.example.com", "nxdomain")},
    ),
    (  # dnspython's LifetimeTimeout, the name in the call's frame
        "Traceback (most recent call last):\n"
        '  File "/srv/registrar/health.py", line 64, in lookup\n'
        '    return dns.resolver.resolve("consul.service.dc1.consul", "SRV", lifetime=5.0)\n'
        '  File "/usr/local/lib/python3.11/site-packages/dns/resolver.py", line 1089, in _compute_timeout\n'
        "    raise LifetimeTimeout(timeout=duration, errors=errors)\n"
        "dns.resolver.LifetimeTimeout: The resolution lifetime expired after 5.003 seconds: Server Do53:10.0.0.2@8600 "
        "answered The DNS operation timed out.",
        {("consul.service.dc1.consul", "timeout")},
    ),
]

LOOKALIKES: list[str] = [
    # pg_auto_failover: the name resolved; its address failed a check (a local address, a reverse look-up)
    '08:06:15 17 WARN  Failed to resolve hostname "pg-node-a.example.com" to a local IP address, automated '
    "pg_hba.conf setup might fail.",
    '08:06:31 17 WARN  Failed to resolve hostname "node-c.pgaf.internal" to an IP address that resolves back to the '
    "hostname on a reverse DNS lookup.",
    '08:07:02 2210 FATAL Failed to find an IP address for hostname "node-c.pgaf.internal" that matches hostname again '
    "in a reverse-DNS lookup.",
    # ntpsec: a good status; aardvark-dns: a failure with no forwarded request above it
    "DNS: dns_take_status: 2.rhel.pool.ntp.org=>good, 8",
    "Dec 03 10:15:02 fedora-ws aardvark-dns[48211]: 7710 dns request failed: request timed out",
    # aiodns: the caller cancelled the query; a call whose name is an f-string (no literal)
    "Traceback (most recent call last):\n"
    '  File "/app/probe.py", line 14, in main\n'
    '    result = await resolver.query("notifications.svc.example.com", "A")\n'
    "aiodns.error.DNSError: (24, 'DNS query cancelled')",
    "Traceback (most recent call last):\n"
    '  File "/app/sip.py", line 9, in lookup\n'
    '    records = await self._resolver.query(f"_sip._udp.{domain}", "SRV")\n'
    "aiodns.error.DNSError: (12, 'Timeout while contacting DNS servers')",
    # systemd-resolved: the violation mitigation line is no failure, nor a successful transaction under it
    "Server returned error NXDOMAIN, mitigating potential DNS violation DVE-2018-0001, retrying transaction with "
    "reduced feature level UDP.",
    # Odoo: a quoted server on a line that says nothing failed
    "Connecting to SMTP server 'smtp.gmail.com'.\nINFO: mail queue flushed",
    # resolvectl: a name's answer; cloud-init: another datasource's words
    "redis.cache.svc.cluster.local: 10.109.12.4                   -- link: eth0",
    "DataSourceEc2.py[DEBUG]: Removed the following from metadata urls: ['http://instance-data.:8773']",
]


test_each_format_is_read = reads(FORMATS, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


def test_every_rule_of_the_round_fires() -> None:
    from tests.unit.parsing.test_formats_heldout_jzkg import ROUND as ROUND_JZKG  # the Supabase CLI's resolver

    assert unfired(node_daemon_texts.RULES, [text for text, _ in (*FORMATS, *ROUND_JZKG)]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "retrying DNS a.b: EAI_SYSTEM 5: ",
        "DNS: dns_take_status: a.b=>temp, 3\n",
        "a.b: Name 'a.b' not found\n",
        "DataSourceX.py[DEBUG]: DNS Entry a.b not ",
        "Forwarding dns request for a.b. type: A\n1 dns request failed: request timed out\n",
        "failed to connect to `host=a.b user=c`: hostname resolving error (ip addr wasn't found) ",
        "aiodns.error.DNSError: (4, 'Domain name not found')\n",
        '    q.query("a.b", "A")\n',
        'Failed to resolve hostname "a.b" to a local IP address, ',
        "Mail delivery failed via SMTP server 'a.b'.\ngaierror: [Errno -3] Temporary failure in name resolution\n",
    ]
)


@pytest.mark.parametrize(
    "unit",
    [
        # lines of URLs glued together, each ending in a host-less reason (session 55: 2 s, the neighbouring lines'
        # readers and a regex that read 2,048 characters after each `://`)
        "http://a.b.c:80/",
        "https://x.y/z?a=b ",
        "(tcp://10.0.0.1:5432)",
        "tcp://db:5432,",
        "$ ping a.b; ",
        "DB_HOST=a.b ",
        "db.x.svc:5432 ",
    ],
)
@pytest.mark.parametrize("reason", [" no such host", ": Host not found", " NXDOMAIN", " could not resolve"])
def test_a_hostile_megabyte_of_url_lines_parses_quickly(unit: str, reason: str) -> None:
    line = unit * (1600 // len(unit)) + reason
    text = (line + "\n") * (1_000_000 // (len(line) + 1))
    assert best_of(3, lambda: parse_failures(text)) < GUARD


def test_a_log_of_long_host_less_lines_is_read_in_part_not_slowly() -> None:
    """Past the look-around budget (LOOK_CHARS) the neighbours of the rest are not read, and the answer says the paste
    was read in part; a log of short lines does not reach it."""
    long_lines = "".join(f"{'x' * 3000} w{i}\n2024 w{i} Temporary failure in name resolution\n" for i in range(150))
    assert parse_failures(long_lines).partial
    short = "\n".join(f"2024-01-01 w{i} Temporary failure in name resolution" for i in range(150))
    tail = "\nRequesting https://api.internal:8443/v1/items\nerror: Temporary failure in name resolution"
    read = parse_failures(short + tail)
    assert ("api.internal", "temporary") in [(f.host, f.kind) for f in read] and not read.partial
