"""Formats held-out sets DB to DE (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flagged, reads
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # nginx-rtmp: ngx_parse_url's `host not found` for a push URL (`in url "h/app/key"`)
        'nginx: [emerg] host not found in url "live.twitch.tv/app/live_123" in /etc/nginx/nginx.conf:16',
        {("live.twitch.tv", "nxdomain")},
    ),
    (  # nginx: the same error for a directive's address (`in "h:port" of the "listen" directive`)
        'nginx: [emerg] host not found in "rtmp.corp.test:1935" of the "listen" directive in /etc/nginx/nginx.conf:5',
        {("rtmp.corp.test", "nxdomain")},
    ),
    (  # Go (etcd 0.x): an address and port handed to the resolver as one name
        "[etcd] Nov 25 18:23:09.834 CRITICAL  | lookup 0.0.0.0:7001: no such host",
        {("0.0.0.0", "nxdomain")},
    ),
    (
        "dial tcp: lookup 10.0.0.5:5432 on 10.96.0.10:53: no such host",
        {("10.0.0.5", "nxdomain")},
    ),
    (  # Go: `listen tcp: lookup h: <reason Go no longer prints>` (an old Go's `no DNS servers`)
        "2015/07/06 13:20:39 etcd: listen tcp: lookup localhost: no DNS servers",
        {("localhost", "other")},
    ),
    (  # Java: UnknownHostException for a mangled address (a space before it): Java parses a bare address
        "java.net.UnknownHostException:  10.201.13.54: Name or service not known",
        {("10.201.13.54", "nxdomain")},
    ),
    (  # ClickHouse 23+: Poco's text with its code name after it, a URL handed over as the name
        "Code: 1000. DB::Exception: Received from 100.65.0.112:9440. DB::Exception: Host not found: "
        "secure://100.65.0.116. (POCO_EXCEPTION)",
        {("100.65.0.116", "nxdomain")},
    ),
    (
        "Code: 198. DB::Exception: Host not found: ch-2.ch.svc. (DNS_ERROR)",
        {("ch-2.ch.svc", "nxdomain")},
    ),
    (  # ZooKeeper 3.4's SaslServerPrincipal: the address left unresolved, its name before `/<unresolved>`
        "java.lang.IllegalArgumentException: Unable to canonicalize address zk-0.zk-hs/<unresolved>:2181 because "
        "it's not resolvable",
        {("zk-0.zk-hs", "nxdomain")},
    ),
    (  # Neo4j causal clustering's discovery: a name answered with no address
        "2018-10-26 22:06:57.188+0000 INFO  Resolved initial host 'neo4j-core-0.neo4j.svc:5000' to []",
        {("neo4j-core-0.neo4j.svc", "other")},
    ),
    (  # RabbitMQ's epmd monitor: its state names the host, the crash says nxdomain
        '** When Server state == {state,{erlang,#Ref<0.9.3.2>},erl_epmd,"rabbitmq","rabbitmq3",25672}\n'
        "** Reason for termination ==\n"
        '** {{case_clause,{error,nxdomain}},[{rabbit_epmd_monitor,check_epmd,1,[{file,"src/rabbit_epmd.erl"}]}]}',
        {("rabbitmq3", "nxdomain")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


@pytest.mark.parametrize(
    "text",
    [
        # an address dialled, not looked up
        "dial tcp 10.0.0.5:5432: i/o timeout",
        # Go's reverse look-up names the address it asked about: no failure by LABELS.md
        "lookup 10.0.0.5: no such host",
        # a bare address after Poco's words: parsed, not looked up
        "DB::Exception: Host not found: 100.65.0.116. (POCO_EXCEPTION)",
        # nginx's words about something else than an address
        'host not found in "the cache"',
        # Neo4j's discovery that found an address
        "INFO  Resolved initial host 'neo4j-core-2.neo4j.svc:5000' to [100.96.2.51:5000]",
        # the epmd monitor's state printed without the crash on nxdomain
        '** When Server state == {state,{erlang,#Ref<0.9.3.2>},erl_epmd,"rabbitmq","rabbitmq3",25672}\n'
        "** {{case_clause,{error,address}},[]}",
        # socat handed a whole option as the name: the option's value is not what was looked up
        '2019/05/08 11:46:21 socat[1549] E getaddrinfo("--wsrep_cluster_name=galera-testing", "NULL", {1,0,1,6}, {}): '
        "Name or service not known",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


def test_a_reporter_saying_the_domains_were_replaced_flags_the_example_name() -> None:
    # LABELS.md clause 3: "Note: ips and domains are replaced"; the name with an `example` label is the stand-in
    text = "Note: ips and domains are replaced\ncurl: (6) Could not resolve host: example.domain"
    assert flagged(text) == {("example.domain", "nxdomain", True)}
    assert flagged("I replaced the real domain.\ncurl: (6) Could not resolve host: api.example.io") == {
        ("api.example.io", "nxdomain", True)
    }
    # without the saying, or for a name with no `example` label, the name is real
    assert flagged("curl: (6) Could not resolve host: example.domain") == {("example.domain", "nxdomain", False)}
    assert flagged("Note: domains are replaced\ncurl: (6) Could not resolve host: google.de") == {
        ("google.de", "nxdomain", False)
    }


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        'host not found in url "' + "a/" * 40,
        "Unable to canonicalize address " + "a." * 40 + "/<unresolved>:1 because ",
        "Resolved initial host '" + "a" * 80,
        'erl_epmd,"r","' + "h." * 40,
        "Host not found: secure://" + "1." * 40,
        "lookup 0.0.0.0:" + "1" * 20,
    ]
)
