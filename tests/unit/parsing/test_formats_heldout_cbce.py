"""Formats held-out sets CB to CE (issue #17) met that no rule read, each by program and format, with the look-alikes
that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import flagged, found, named_rules, reads, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND = [
    (  # Go's lookup broken by hand before its server: the server and reason on the next line
        "Kubelet logs on the node:\n\nlookup ABC123.gr7.eu-west-1.eks.amazonaws.com\n  on 172.18.0.2:53: no such host",
        {("abc123.gr7.eu-west-1.eks.amazonaws.com", "nxdomain")},
    ),
    (  # Go's line in a log's quoted message cut after its server: no reason (`other`), not prose's words above
        "argocd image updater couldn't resolve it.\n"
        'level=error msg="Could not get tags from registry: Get \\"https://harbor.lab.local/v2/\\": dial tcp: lookup '
        'harbor.lab.local on 10.96.0.10:53" .',
        {("harbor.lab.local", "other")},
    ),
    (  # APISIX's resolver: the name with its port
        "failed to set peer name: consul1:8600 could not be resolved (2: Server failure)",
        {("consul1", "servfail")},
    ),
    (  # Cilium's test helper: the name after `error looking up`, the pod it ran in after `from`
        "FAIL: Error reaching kube-dns before test: error looking up kube-dns.kube-system.svc.cluster.local from "
        "default/app2-58757b7dd5-cjvcp: ;; connection timed out; no servers could be reached",
        {("kube-dns.kube-system.svc.cluster.local", "timeout")},
    ),
    (  # Kong's dns-client debug lines: a server's failure per record type
        "2017/06/02 13:25:38 [debug] 22464#0: *504 [lua] client.lua:533: lookup(): [dns-client] querying: "
        "'hub.example.com' for type 1 error: failed to receive reply from UDP server 10.135.9.15:53: timeout",
        {("hub.example.com", "timeout")},
    ),
    (  # a URL whose password holds `@`: the host after the last one
        "RabbitMqConnection.GetConnection Endpoint: amqp://guest:P@$$w0rd@rabbitmq/guest BrokerUnreachableException! "
        "None of the specified endpoints were reachable Name or service not known",
        {("rabbitmq", "nxdomain")},
    ),
    (  # Node's getaddrinfo handed a URL: its host (LABELS.md)
        "Error: getaddrinfo ENOTFOUND redis://cache:6379\n    at GetAddrInfoReqWrap.onlookup [as oncomplete]",
        {("cache", "nxdomain")},
    ),
    (  # Oracle's JDBC: its words, then the name and the resolver's reason
        "io.vertx.oracleclient.OracleException: ORA-17868: Unknown host specified.: oracle-db: Temporary failure in "
        "name resolution",
        {("oracle-db", "temporary")},
    ),
    (  # Netty gave up on a name: an UnknownHostException (LABELS.md: nxdomain)
        "java.net.UnknownHostException: failed to resolve 'snippets.example.io'. Exceeded max queries per resolve 4 \n"
        "\tat io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:925)",
        {("snippets.example.io", "nxdomain")},
    ),
    (  # Hazelcast's `Cause => <exception class> {message}`: its braces are the format's
        "WARNING: [172.28.1.4]:5701 [dev] [5.0] Removing connection to endpoint [member-2.internal]:5701 Cause => "
        "java.net.UnknownHostException {member-2.internal}, Error-Count: 5",
        {("member-2.internal", "nxdomain")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


def test_every_rule_of_the_round_fires() -> None:
    rules = named_rules("stated-error-looking-up", "kong-dns-client-query-error")
    assert unfired(rules, [text for text, _ in ROUND]) == set()


def test_two_whole_x_labels_are_a_mask_and_one_is_a_name() -> None:
    assert flagged("Unexpected response code 'SERVFAIL' for swissarmy.x.x.com.") == {
        ("swissarmy.x.x.com", "servfail", True)
    }
    assert flagged("dial tcp: lookup api.x.com on 10.0.0.2:53: no such host") == {("api.x.com", "nxdomain", False)}


@pytest.mark.parametrize(
    "text",
    [
        # MongoDB's server selection
        '"error":"FailedToSatisfyReadPreference: Could not find host matching read preference { mode: \\"nearest\\" } '
        'for set rs0"',
        # Envoy: the AAAA query came back empty, then the name's refresh succeeded
        "[debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:223] dns resolution without records "
        'for ext-auth c-ares status 0x0001: "DNS server returned answer with no data"\n'
        "[debug][upstream] [source/common/upstream/upstream_impl.cc:520] transport socket match, socket default "
        "selected for host with address 172.18.0.2:50051\n"
        "[debug][upstream] [source/extensions/clusters/strict_dns/strict_dns_cluster.cc:218] DNS refresh rate reset "
        "for ext-auth, refresh rate 5000 ms",
        # tcpdump: a search-path expansion of a name nslookup answered above
        "nslookup vault.service.consul.int\nServer:\t\t10.0.0.10\nAddress:\t10.0.0.10#53\n\n"
        "Name:\tvault.service.consul.int\nAddress: 10.1.2.3\n\n"
        "    10.4.20.126.53 > 10.4.20.97.47783: [bad udp cksum 0x3dac -> 0x3081!] 53855 NXDomain q: A? "
        "vault.service.consul.int.default.svc.cluster.local. 0/1/0 ns: cluster.local. SOA ns.dns.cluster.local. "
        "hostmaster.cluster.local. 1532469600 28800 7200 604800 60 (172)",
        # Kong's dns-client: one record type's NXDOMAIN (SRV) is no failure of the name
        "[lua] client.lua:533: lookup(): [dns-client] querying: 'orders' for type 33 error: dns server error: 3 name "
        "error",
        # Go's word `lookup` ending a line of prose, no server below
        "we use a lookup\ntable for the routes",
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "lookup a.b\n  on 1.2.3.4:5",
        "error looking up a.b from c/d",
        "[dns-client] querying: 'a' for type 1 error: ",
        "amqp://a:b@c@",
        "Cause => java.net.UnknownHostException {",
        "Unknown host specified.: ",
    ]
)
