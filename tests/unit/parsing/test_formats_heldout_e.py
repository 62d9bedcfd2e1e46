"""What the fifth held-out set missed (HELDOUT-e.md): its formats (now in proxy_gateways, jvm_clients,
dotnet_windows), GitHub Markdown undone by `normalize`, CoreDNS's HINFO probe answered SERVFAIL, `shoaib***` as a
redacted name, and `UnknownHostException: h: unknown error` as `other`. Each example yields its failure, the
look-alikes yield nothing, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import normalize, parse_failures
from checks.parsing.parser import parse_with
from tests.unit.parsing.rounds import named_rules, triples, unfired

# held-out E's rules, now in proxy_gateways, jvm_clients and dotnet_windows
HELDOUT_E_RULES = named_rules("openresty-lua-dns", "unknown-host-at-end", "dotnet-socket-connection-string")

# (id, source, text, (host, kind, redacted))
EXAMPLES_HELDOUT_E: tuple[tuple[str, str, str, tuple[str, str, bool]], ...] = (
    (
        "nslookup-refused-markdown-link",
        "https://github.com/dpkp/kafka-python/issues/2671",
        "nslookup foo.bar.ibm.com\n;; Got recursion not available from 10.255.255.254\nServer:         10.255.255.254\n"
        "Address:        10.255.255.254#53\n\n** server can't find [foo.bar.ibm.com](http://foo.bar.ibm.com/): REFUSED",
        ("foo.bar.ibm.com", "refused", False),
    ),
    (
        "ingress-nginx-lua-ip-name-error",
        "https://github.com/onedr0p/home-ops/issues/42",
        "2020/04/01 12:50:34 [error] 1693#1693: *27130539 [lua] dns.lua:150: dns_lookup(): failed to query the DNS "
        "server for 192.168.1.2: server returned error code: 3: name error,  server returned error code: 3: name error",
        ("192.168.1.2", "nxdomain", False),
    ),
    (
        "lua-resolver-servfail",
        "https://github.com/kubernetes/ingress-nginx/issues/3201",
        "[lua] dns.lua:61: resolve(): server returned error code: 2: server failure, failed to query the DNS server "
        "for my-svc.ns.svc.cluster.local: server returned error code: 2: server failure",
        ("my-svc.ns.svc.cluster.local", "servfail", False),
    ),
    (
        "npgsql-connection-string-above",
        "https://github.com/dgarage/NBXplorer/issues/498",
        'root@node:~/NBXplorer# dotnet run --no-build -c Release --postgres "User ID=postgres;Host=postgres;Port=5432;'
        'Database=nbxplorer"\ninfo: Configuration:  NBXplorer version 2.5.16\ninfo: Configuration:  Network: Mainnet\n'
        "info: NBXplorer.DatabaseSetup: Postgres services activated\n"
        "Unhandled exception. System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known\n"
        "   at System.Net.Dns.GetHostEntryOrAddressesCore(String hostName, Boolean justAddresses)",
        ("postgres", "nxdomain", False),
    ),
    (
        "eureka-unknown-error-other",
        "https://github.com/Netflix/eureka/issues/777",
        "com.sun.jersey.api.client.ClientHandlerException: java.net.UnknownHostException: http: unknown error",
        ("http", "other", False),
    ),
    (
        "tycho-p2-unknown-host",
        "https://github.com/ObeoNetwork/UML-Designer/issues/355",
        "[ERROR] Internal error: java.lang.RuntimeException: Failed to load p2 repository with ID 'sysml' from "
        "location http://update.obeo.fr/integration/sysml/repository/: Unknown Host: http://update.obeo.fr/integration/sysml/"
        "repository/content.xml: Unknown host update.obeo.fr -> [Help 1]",
        ("update.obeo.fr", "nxdomain", False),
    ),
    (
        "gradle-unknown-host-quoted",
        "https://github.com/gradle/gradle/issues/28093",
        "> Could not GET 'https://repo.maven.apache.org/maven2/x.pom'.\n   > Unknown host 'repo.maven.apache.org'",
        ("repo.maven.apache.org", "nxdomain", False),
    ),
    (
        "docker-login-stars-redacted",
        "https://github.com/distribution/distribution/issues/2978",
        "Error response from daemon: Get https://shoaib***/v2/: dial tcp: lookup shoaib***: no such host",
        ("shoaib***", "nxdomain", True),
    ),
    (
        "coredns-hinfo-probe-servfail",
        "https://github.com/coredns/coredns/issues/2444",
        '2019-01-11T05:35:31.442Z [INFO] 127.0.0.1:35714 - 33653 "HINFO IN 6943969105224694106.541383633054051657. '
        'udp 56 false 512" SERVFAIL qr,rd 56 20.009730188s',
        ("6943969105224694106.541383633054051657", "servfail", False),
    ),
    (
        "dig-bold-servfail",
        "https://github.com/nextdns/nextdns/issues/279",
        "pi@raspberrypiwatch:/var/log $ dig weatherlive.info -p 5335\n\n; <<>> DiG 9.11.5-P4 <<>> weatherlive.info -p "
        "5335\n;; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: **SERVFAIL**, id: 39283",
        ("weatherlive.info", "servfail", False),
    ),
)

LOOKALIKES_HELDOUT_E: tuple[str, ...] = (
    # the loop plugin's own HINFO probe answered NXDOMAIN is how CoreDNS checks for loops: no failure
    '[INFO] 127.0.0.1:35714 - 33653 "HINFO IN 6943969105224694106.541383633054051657. udp 56 false 512" NXDOMAIN '
    "qr,rd 56 0.0001s",
    # an ssh prompt's "unknown host key", and a sentence
    "Warning: unknown host key for server; continue?",
    "the build failed with unknown host (see the log)",
    # a .NET exception with neither a name nor a connection string near it
    "Unhandled exception. System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known",
    # Markdown links and bold that name no failure
    "see [coredns.io](https://coredns.io/plugins/log/) for the **log** plugin",
)


@pytest.mark.parametrize(
    ("source", "text", "want"), [e[1:] for e in EXAMPLES_HELDOUT_E], ids=[e[0] for e in EXAMPLES_HELDOUT_E]
)
def test_each_format_yields_the_failure(source: str, text: str, want: tuple[str, str, bool]) -> None:
    assert source.startswith("https://github.com/")
    assert triples(text) == [want]


@pytest.mark.parametrize("text", LOOKALIKES_HELDOUT_E)
def test_lookalikes_are_not_dns_failures(text: str) -> None:
    assert parse_failures(text) == []
    assert parse_with(text, specific=False) == []


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert unfired(HELDOUT_E_RULES, (e[2] for e in EXAMPLES_HELDOUT_E)) == set()


def test_normalize_reads_github_markdown_links_and_bold_but_not_stars_over_a_name() -> None:
    assert normalize("find [a.b.com](http://a.b.com/): REFUSED") == "find a.b.com: REFUSED"
    assert normalize("[docs](https://a.b.com/x)") == "[docs](https://a.b.com/x)"  # a label that is not the target
    assert normalize("status: **SERVFAIL**, id: 1") == "status: SERVFAIL, id: 1"
    assert normalize("lookup shoaib***: no such host") == "lookup shoaib***: no such host"
    assert normalize("** server can't find a.b: NXDOMAIN") == "** server can't find a.b: NXDOMAIN"
    assert normalize("*** UnKnown can't find a.b: Non-existent domain") == (
        "*** UnKnown can't find a.b: Non-existent domain"
    )


def test_normalize_leaves_a_wall_of_markdown_marks_alone() -> None:
    # not a person's Markdown: a log of rules or a hostile paste, left as is (and fast); no blank ends it (a
    # terminal's trailing blanks are removed)
    wall = "**x** " * 400 + "**x**"
    assert normalize(wall) == wall
