"""DNS servers' and resolvers' own failure lines, mined from their source (issue #17, session 50, after held-out FY:
DNS servers' logs are the theme every measure reads worst). Each test names the program and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import reads
from tests.unit.parsing.speed import parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Unbound's log-servfail: the reason at its end says the forwarder timed out (the stated reason wins)
        "[1764929662] unbound[812:0] error: SERVFAIL <ci.build.example.org. A IN>: all the configured stub or forward "
        "servers failed, at zone . from 10.0.0.53 upstream server timeout",
        {("ci.build.example.org", "timeout")},
    ),
    (  # Unbound's log-servfail: the authority refused
        "Dec 05 10:14:22 ns1 unbound[812]: [812:1] error: SERVFAIL <wiki.corp.example.org. AAAA IN>: all servers for "
        "this domain failed, at zone corp.example.org. from 10.20.0.2 got REFUSED",
        {("wiki.corp.example.org", "refused")},
    ),
    (  # Unbound's log-servfail with no reason it names: SERVFAIL
        "unbound[812:0] error: SERVFAIL <shop.example.com. A IN>: exceeded the maximum number of sends",
        {("shop.example.com", "servfail")},
    ),
    (  # Unbound's verbose log: the iterator's `resolving h. A IN`, then its verdict
        "Dec 05 10:22:10 unbound[1290:0] info: resolving registry.lab.example.net. A IN\n"
        "Dec 05 10:22:15 unbound[1290:0] debug: configured stub or forward servers failed -- returning SERVFAIL",
        {("registry.lab.example.net", "servfail")},
    ),
    (  # Unbound's verbose log: an authority's NXDOMAIN for the name the iterator resolves
        "[1764929801] unbound[812:0] info: resolving nope.example.com. A IN\n"
        "[1764929801] unbound[812:0] info: response for nope.example.com. A IN\n"
        "[1764929801] unbound[812:0] info: reply from <example.com.> 199.43.135.53#53\n"
        "[1764929801] unbound[812:0] info: query response was NXDOMAIN ANSWER",
        {("nope.example.com", "nxdomain")},
    ),
    (  # Unbound's verbose log: the error response first, the validator's line with the query's name below it
        "Jul 22 08:57:44 unbound[653:0] debug: return error response SERVFAIL\n"
        "Jul 22 08:57:44 unbound[653:0] debug: validator[module 1] operate: extstate:module_wait_module\n"
        "Jul 22 08:57:44 unbound[653:0] info: validator operate: query campus.example.edu.\nA IN",
        {("campus.example.edu", "servfail")},
    ),
    (  # AdGuard Home's query log as its API returns it: the question's name and the status, not the client's name
        '{"answer_dnssec":false,"cached":false,"client":"192.168.1.23","client_info":{"whois":{},"name":"laptop"},'
        '"elapsedMs":"18.4","question":{"class":"IN","name":"nas.home.example.net","type":"A"},'
        '"reason":"NotFilteredNotFound","rules":[],"status":"SERVFAIL","upstream":"https://dns10.quad9.net:443/dns-query"}',
        {("nas.home.example.net", "servfail")},
    ),
    (  # Pi-hole FTL's debug log of dnsmasq's error reply
        "2026-12-05 10:19:12.300 CET [812/T840] DEBUG_QUERIES: **** got error reply from 9.9.9.9#53: "
        "mail.example.org is REFUSED (ID 3341, src/dnsmasq/forward.c:815)",
        {("mail.example.org", "refused")},
    ),
    (  # NextDNS CLI's query line, logged on an error: a DNS-over-HTTPS query that ran out of time
        "Dec 05 10:15:31 router nextdns[812]: Query 192.168.1.40:53901 UDP/53 192.168.1.40 A cloud.example.com. "
        "4a1b2c (qry=53/res=53) 5001ms : context deadline exceeded",
        {("cloud.example.com", "timeout")},
    ),
    (  # Tailscale's backend DNS query (the exit node's forwarder)
        '2026/12/05 10:14:22 DNSQuery: failed to query "grafana.tail.example.net": waiting for response or error from '
        "[10.0.0.53]: context deadline exceeded",
        {("grafana.tail.example.net", "timeout")},
    ),
    (  # `tailscale dns query --json`: the name asked and the response code, lines apart
        '{\n  "Name": "printer.home.arpa",\n  "QueryType": "A",\n  "Resolvers": [\n    {\n      "Addr": "192.168.1.1"\n'
        '    }\n  ],\n  "ResponseCode": "RCodeNameError"\n}',
        {("printer.home.arpa", "nxdomain")},
    ),
]


test_each_format_is_read = reads(FORMATS, "format")


@pytest.mark.parametrize(
    "text",
    [
        # AdGuard Home: a block list's answer, and an answer
        '{"question":{"class":"IN","name":"ads.example.com","type":"A"},"reason":"FilteredBlackList","rules":[],'
        '"status":"NXDOMAIN"}',
        '{"answer":[{"type":"A","value":"93.184.215.14"}],"question":{"class":"IN","name":"www.example.com","type":'
        '"A"},"reason":"NotFilteredNotFound","status":"NOERROR"}',
        # Unbound's verbose log: a reverse look-up that failed is no failure (LABELS.md)
        "unbound[812:0] info: resolving 4.3.2.1.in-addr.arpa. PTR IN\n"
        "unbound[812:0] debug: out of query targets -- returning SERVFAIL",
        # the same words without Unbound's prefix are no verdict on anything named
        "resolving the conflict -- returning SERVFAIL to the caller",
        # `tailscale dns query`: an answer
        '{\n  "Name": "printer.home.arpa",\n  "QueryType": "A",\n  "ResponseCode": "RCodeSuccess"\n}',
    ],
)
def test_lookalikes_name_no_failure(text: str) -> None:
    assert parse_failures(text) == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "unbound[1:0] debug: x -- returning SERVFAIL\n",
        "unbound[1:0] info: resolving a.b. A IN\n",
        '"question":{"class":"IN","name":"a.b","type":"A"},"reason":"x",',
        "got error reply from 1.1.1.1#53: a.b is ",
        "Query 1.2.3.4:5 UDP/53 1.2.3.4 A a.b. x (qry=1/res=1) 1ms ",
        '"ResponseCode": "RCodeNameError"\n',
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
