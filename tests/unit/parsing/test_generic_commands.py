"""The generic rule's reach widened by general causes of its misses on the five spent held-out sets (branch h-rules5):
the name on the command above a host-less reason (`generic_commands.py`), dig's `status:` line, Go's `lookup h: i/o
timeout` with no server, a query log's SERVFAIL, the name right after a reason ending on a quote, Erlang's `:nxdomain`
and Dart's `Failed host lookup`. Each is measured with the generic rule alone; the look-alikes yield nothing."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.parser import parse_with

# (id, text, [(host, kind)]) — shapes of real pastes in the spent sets (ids there in the comments)
GENERIC_EXAMPLES: tuple[tuple[str, str, list[tuple[str, str]]], ...] = (
    # nslookup-nagios-503-timed-out
    (
        "nslookup-no-servers",
        "$ nslookup foo.com 1.2.3.4\n;; connection timed out; no servers could be reached",
        [("foo.com", "timeout")],
    ),
    # hd-opsnull-162-ping-unknown-host
    (
        "ping-unknown-host-two-commands",
        "root@nginx2:/# ping my-nginx1\nping: unknown host\nroot@nginx2:/# ping my-nginx \nping: unknown host",
        [("my-nginx1", "nxdomain"), ("my-nginx", "nxdomain")],
    ),
    # he-kuar-examples-4-sentinel-bad-address: a reason ending on a quote, the name right after it
    ("busybox-bad-address", "Waiting for server\nping: bad address 'redis-0.redis'", [("redis-0.redis", "nxdomain")]),
    # hc-nalgebra-1530-dig
    (
        "dig-header-nxdomain",
        "; <<>> DiG 9.10.6 <<>> nalgebra.org\n;; global options: +cmd\n;; Got answer:\n"
        ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 45686",
        [("nalgebra.org", "nxdomain")],
    ),
    # hb-mailinabox-1607-dig-mx-servfail: a record type before the name
    (
        "dig-command-type-first",
        "felipe@mail:~$ dig MX fontarboleas.es +tcp\n\n; <<>> DiG 9.11.3 <<>> MX fontarboleas.es +tcp\n"
        ";; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 43117",
        [("fontarboleas.es", "servfail")],
    ),
    # hb-pdns-4009-dig-servfail: the question section below
    (
        "dig-question-below",
        ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 49866\n;; flags: qr rd ra; QUERY: 1, ANSWER: 0\n\n"
        ";; QUESTION SECTION:\n;www.dnssec-failed.org.         IN      A",
        [("www.dnssec-failed.org", "servfail")],
    ),
    # cf-minikube-3414-nslookup-no-servers: the command inside kubectl's `[exec POD ...]`
    (
        "kubectl-exec-bracket-no-servers",
        "util.go:194: Temporary Error: error running command [exec busybox-btz8c nslookup localhost]: exit status 1. "
        "Stdout: \n;; connection timed out; no servers could be reached",
        [("localhost", "timeout")],
    ),
    # cf-hickory-1137-dig-refused
    (
        "dig-status-refused",
        "% dig @ns1.google.com example.com\n\n; <<>> DiG 9.10.6 <<>> @ns1.google.com example.com\n;; Got answer:\n"
        ";; ->>HEADER<<- opcode: QUERY, status: REFUSED, id: 10372",
        [("example.com", "refused")],
    ),
    # he-prom-helm-5978-grafana-io-timeout
    (
        "go-lookup-io-timeout-no-server",
        'Post "http://prometheus-k.default:9090/api/v1/query": dial tcp: lookup prometheus-k.default: i/o timeout',
        [("prometheus-k.default", "timeout")],
    ),
    # he-coredns-3927-salsify-servfail
    (
        "coredns-log-servfail",
        '[INFO] 100.96.8.202:60310 - 33855 "A IN images.salsify.com. udp 36 false 512" SERVFAIL qr,rd,ra 36 0.002s',
        [("images.salsify.com", "servfail")],
    ),
    # he-elixir-11971-local-hex-nxdomain
    (
        "erlang-nxdomain-atom",
        "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], "
        ":nxdomain}]}",
        [("repo.hex.pm", "nxdomain")],
    ),
    # he-kafka-python-2671-nslookup-refused (its Markdown auto-link undone by normalize)
    (
        "nslookup-server-cant-find-refused",
        "nslookup foo.bar.ibm.com\nServer:         10.255.255.254\n\n"
        "** server can't find [foo.bar.ibm.com](http://foo.bar.ibm.com/): REFUSED",
        [("foo.bar.ibm.com", "refused")],
    ),
    # he-eureka-777-http-unknown-error, hb-sheepit-64-unknown-error: a reason, but not "no such name"
    (
        "java-unknown-error-other",
        "com.sun.jersey.api.client.ClientHandlerException: java.net.UnknownHostException: api.corp.net: unknown error",
        [("api.corp.net", "other")],
    ),
    (
        "java-local-host-unknown-error-other",
        "java.net.UnknownHostException: linux-g5up: linux-g5up: unknown error",
        [("linux-g5up", "other")],
    ),
    # he-flutter-27883-ios-locallhost
    ("dart-failed-host-lookup", "SocketException: Failed host lookup: 'locallhost'", [("locallhost", "other")]),
)

GENERIC_LOOKALIKES: tuple[str, ...] = (
    # a command aimed at an address: the failed lookup was not of a name
    "$ nslookup 10.0.0.5\n;; connection timed out; no servers could be reached",
    "/ # ping 8.8.8.8\nping: unknown host",
    # busybox prints `(null)` for its server; the name it was asked for answered (neg-ish-560-busybox-null)
    "iPad-Pro-:~# nslookup www.google.fr\nnslookup: can't resolve '(null)': Name does not resolve\n\n"
    "Name:      www.google.fr\nAddress 1: 216.58.213.131 par21s03-in-f131.1e100.net",
    # prose, not a command (neg-ce-rancher-6105-unknown-host-prose)
    "**Results: When I ping containers by their hostname, I am getting an unknown host exception,",
    # a query log's NXDOMAIN on a search-path try, and its NOERROR
    '[INFO] 10.0.0.3:52643 - 1234 "A IN api.ns.svc.cluster.local.ns.svc.cluster.local. udp 50 false 512" NXDOMAIN '
    "qr,aa,rd 143 0.0001s",
    '[INFO] 10.0.0.3:52643 - 1234 "A IN api.example.org. udp 50 false 512" NOERROR qr,rd,ra 143 0.0001s',
    # Go dialing an address, not looking a name up
    'Get "https://10.0.0.1:443/healthz": dial tcp 10.0.0.1:443: i/o timeout',
    # nslookup that found the name; prose that cannot find a file
    "** server can't find the config file: /etc/resolv.conf",
    # dig's status NOERROR
    "; <<>> DiG 9.16 <<>> example.org\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1",
)


@pytest.mark.parametrize(("text", "want"), [e[1:] for e in GENERIC_EXAMPLES], ids=[e[0] for e in GENERIC_EXAMPLES])
def test_the_generic_rule_alone_reads_the_name(text: str, want: list[tuple[str, str]]) -> None:
    assert [(f.host, f.kind) for f in parse_with(text, specific=False)] == want
    assert {(f.host, f.kind) for f in parse_failures(text)} >= set(want)  # and the whole parser still does


@pytest.mark.parametrize("text", GENERIC_LOOKALIKES)
def test_generic_lookalikes_name_nothing(text: str) -> None:
    assert parse_with(text, specific=False) == []
    assert parse_failures(text) == []
