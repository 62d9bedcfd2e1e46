"""Formats held-out sets GP to GW read wrong when they were measured (issue #17, 2026-12-06, session 53; spent data):
each test names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import client_error_texts, resolver_log_rows
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # systemd-resolved's debug log: an errno's name as the transaction's end state
        "Regular transaction 18705 for <ping.archlinux.org IN AAAA> on scope dns on */* now complete with "
        "<ECONNREFUSED> from none (unsigned; non-confidential).",
        {("ping.archlinux.org", "refused")},
    ),
    (  # ... its retries spent (LLMNR), no reason
        "systemd-resolved[10186]: Transaction 38609 for <ryan IN A> on scope llmnr on vlan.mgmt0/INET now complete "
        "with <attempts-max-reached> from none (unsigned).",
        {("ryan", "other")},
    ),
    (  # ... an rcode failure prints the rcode's name
        "Transaction 4102 for <db.corp.internal IN A> on scope dns on eth0/* now complete with <SERVFAIL> from "
        "network (unsigned).",
        {("db.corp.internal", "servfail")},
    ),
    (  # ... as another version prints it, upper case and padded (review)
        "| 2024-01-01 10:00:00 |  192.168.1.5  | Udp | Cache |  NXDOMAIN  |  nosuch.example.com  | A | IN |",
        {("nosuch.example.com", "nxdomain")},
    ),
    (  # Technitium's query log row: the rcode column before the name
        "2023-03-27 10:39:26 | 192.168.1.52 | Udp | Authoritative | NxDomain | lb._dns-sd._udp.farm.lan | PTR | IN",
        {("lb._dns-sd._udp.farm.lan", "nxdomain")},
    ),
    (  # AdGuard dnsproxy's structured `exchange failed`: the upstream's HTTP error states no resolver's reason
        "2025/01/30 14:44:11.553266 [error] dnsproxy: exchange failed upstream=https://dns10.quad9.net:443/dns-query "
        'question=";tk42.duckdns.org.\\tIN\\t A" duration=4.038520279s err="expected status 200, got 502 from '
        'https://dns10.quad9.net:443/dns-query"',
        {("tk42.duckdns.org", "other")},
    ),
    (  # ... and a time-out from the upstream
        'dnsproxy: exchange failed upstream=tls://1.1.1.1:853 question=";api.github.com.\\tIN\\t AAAA" '
        'duration=10s err="reading response: read tcp 10.0.0.2:53412->1.1.1.1:853: i/o timeout"',
        {("api.github.com", "timeout")},
    ),
    (  # the JDK's getLocalHost: the machine's name twice, then the resolver's text (musl's EAI_AGAIN)
        "java.lang.RuntimeException: computer: computer: Try again\n"
        "\tat com.thoughtworks.go.util.ExceptionUtils.bomb(ExceptionUtils.java:36)",
        {("computer", "temporary")},
    ),
    (
        "java.net.UnknownHostException: buildkitsandbox: buildkitsandbox: Name or service not known",
        {("buildkitsandbox", "nxdomain")},
    ),
    (  # email_validator: the domain's NXDOMAIN in its own words
        "email_validator.exceptions_types.EmailUndeliverableError: The domain name openstudiolandscapes.com does not "
        "exist.",
        {("openstudiolandscapes.com", "nxdomain")},
    ),
    (  # Seata's Raft registry: the bare UnknownHostException's message after `fail:`
        "ERROR 1 --- [eshMetadata_1_1] o.a.s.d.r.raft.RaftRegistryServiceImpl : watch cluster node: "
        "seata-server-0.seata-server-cluster:7091, fail: seata-server-0.seata-server-cluster",
        {("seata-server-0.seata-server-cluster", "other")},
    ),
    (  # Alibaba Cloud's .NET SDK on Mono: EAGAIN's text for the failed look-up
        "Aliyun.Acs.Core.Exceptions.ClientException: SDK.WebException : HttpWebRequest WebException occured, the "
        "request url is alidns.aliyuncs.com System.Net.WebException: Resource temporarily unavailable Resource "
        "temporarily unavailable",
        {("alidns.aliyuncs.com", "temporary")},
    ),
    (  # httplib2 inside a Markdown code span
        "`httplib2.ServerNotFoundError: Unable to find the server at accounts.google.com`",
        {("accounts.google.com", "other")},
    ),
    (  # aiohttp: the reason wrapped inside its brackets by the paste; c-ares' time-out text
        "error: `ClientConnectorDNSError: Cannot connect to host cveb.in:443 ssl:default [Timeout\n"
        "while contacting DNS servers]\n`",
        {("cveb.in", "timeout")},
    ),
    (  # the MongoDB Java driver under Quarkus: its own DNS client's Mutiny TimeoutException as the cause
        "com.mongodb.MongoConfigurationException: Failed looking up SRV record for "
        "'_mongodb._tcp.cluster-1.dzkfd.mongodb.net'.\n"
        "Caused by: com.mongodb.MongoConfigurationException: Unable to look up SRV record for host "
        "_mongodb._tcp.cluster-1.dzkfd.mongodb.net\n"
        "\tat io.quarkus.mongodb.runtime.dns.MongoDnsClient.resolveSrvRequest(MongoDnsClient.java:152)\n"
        "Caused by: io.smallrye.mutiny.TimeoutException",
        {("_mongodb._tcp.cluster-1.dzkfd.mongodb.net", "timeout")},
    ),
    (  # iputils' `unknown host` states no reason: nslookup's rcode for the same name wins
        "$ ping jenkins.jsk.imi.i.u-tokyo.ac.jp\nping: unknown host jenkins.jsk.imi.i.u-tokyo.ac.jp\n\n"
        "$ nslookup jenkins.jsk.imi.i.u-tokyo.ac.jp\nServer:         127.0.0.1\nAddress:        127.0.0.1#53\n\n"
        "** server can't find jenkins.jsk.imi.i.u-tokyo.ac.jp: SERVFAIL",
        {("jenkins.jsk.imi.i.u-tokyo.ac.jp", "servfail")},
    ),
    (  # ... alone, still nxdomain
        "ping: unknown host registry.corp.example",
        {("registry.corp.example", "nxdomain")},
    ),
    (  # delv: the chain of trust's DS and DNSKEY steps are the zones' keys, not the name asked
        "# delv  signed.test\n;; broken trust chain resolving 'test/DS/IN': 127.0.0.53#53\n"
        ";; broken trust chain resolving 'signed.test/DNSKEY/IN': 127.0.0.53#53\n"
        ";; broken trust chain resolving 'signed.test/A/IN': 127.0.0.53#53\n;; resolution failed: broken trust chain",
        {("signed.test", "other")},
    ),
    (  # tcpdump -vv: the checksum's state before the id, the answer's `[0q]`, paired with the query by id
        "12:46:50.881654 IP (tos 0x0, ttl 64, id 53425, offset 0, flags [DF], proto UDP (17), length 55)\n"
        "    10.1.1.2.56121 >  10.1.1.60.53: [udp sum ok] 12024 A? cisco.com. (27)\n"
        "12:46:50.882005 IP (tos 0x0, ttl 64, id 47423, offset 0, flags [none], proto UDP (17), length 40)\n"
        "    10.1.1.60.53 >  10.1.1.2.56121: [bad udp cksum 0x98a1 -> 0xdcdd!] 12024 Refused- [0q] 0/0/0 (12)",
        {("cisco.com", "refused")},
    ),
]

LOOKALIKES = [
    # busybox nslookup: one record type's NXDOMAIN beside the other's answer for the same name
    "/ # nslookup router.lan.homenetwork.com\nServer:         127.0.0.1\nAddress:        127.0.0.1:53\n\n"
    "** server can't find router.lan.homenetwork.com: NXDOMAIN\n\nName:   router.lan.homenetwork.com\n"
    "Address: 172.16.0.1",
    # systemd-resolved: a transaction that succeeded, and one still running
    "Transaction 18705 for <ping.archlinux.org IN A> on scope dns on eth0/* now complete with <success> from network "
    "(unsigned).",
    # systemd-resolved: one scope timed out, another answered the same name (review)
    "Transaction 17 for <git.example.com IN A> on scope dns on tun0/* now complete with <timeout> from none\n"
    "Transaction 18 for <git.example.com IN A> on scope dns on eth0/* now complete with <success> from network",
    # ... a cancelled transaction, and the chain of trust's own look-ups
    "Transaction 21 for <example.com IN AAAA> on scope dns on eth0/* now complete with <aborted> from none",
    "Transaction 22 for <example.com IN DS> on scope dns on eth0/* now complete with <rr-type-unsupported> from none",
    # Technitium: an answered row
    "2023-03-27 10:39:26 | 192.168.1.52 | Udp | Recursive | NoError | github.com | A | IN",
    # the JDK's format with a name that is not repeated
    "java.lang.RuntimeException: computer: build-agent: Try again",
    # Kafka's log4j line: the logger in parentheses after a .NET-like text is no name
    "[2025-03-04 05:06:07,891] WARN [Consumer clientId=c1] Connection to node -1 (kafka:9092) could not be "
    "established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)",
]


test_each_format_is_read = reads(ROUND, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # LABELS.md clause 1: capital X's typed over the end of a mixed-case label, read from a URL as printed
        (
            "page.goto: net::ERR_NAME_NOT_RESOLVED at http://AuroraVXXXXX.AuroraVXXXXXdom.extest.microsoft.com/apps",
            [("auroravxxxxx.auroravxxxxxdom.extest.microsoft.com", True)],
        ),
        # ... the alphabet typed for an id, to `g`
        (
            "** server can't find nosuch-nosuch-nosuch-1234567890abcdefg.cn: NXDOMAIN",
            [("nosuch-nosuch-nosuch-1234567890abcdefg.cn", True)],
        ),
        # ... not a whole label of it (a test's made-up name), nor a real mixed-case name
        ("curl: (6) Could not resolve host: abcdefg", [("abcdefg", False)]),
        ("curl: (6) Could not resolve host: MyServer.corp.local", [("myserver.corp.local", False)]),
    ],
)
def test_stand_ins_of_this_round(text: str, want: list[tuple[str, bool]]) -> None:
    assert [(f.host, f.redacted) for f in parse_failures(text)] == want


def test_every_rule_of_the_new_modules_fires() -> None:
    from tests.unit.parsing.test_formats_sourcemined_probes4 import FORMATS

    texts = [text for text, _ in [*ROUND, *FORMATS]]
    assert unfired(resolver_log_rows.RULES + client_error_texts.RULES, texts) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Transaction 1 for <a.b IN A> now complete with <",
        "| NxDomain | a.b | A | ",
        'exchange failed upstream=x question=";a.b.\\tIN\\t A" ',
        "a: a: Try again",
        "The domain name a.b does not ",
        "watch cluster node: a.b:1, fail: ",
        "the request url is a.b System.Net.WebException: ",
        "Cannot connect to host a.b:1 ssl:default [x",
        "a.b >  c.d: [udp sum ok] 1 A? ",
        "broken trust chain resolving 'a/DS/IN' ",
        "Lookup of a failed",
        "getaddrinfo(a) ",
        "connecting to a on port 1",
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
