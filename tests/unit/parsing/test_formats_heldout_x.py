"""What held-out X missed (HELDOUT-x.md, pastes from pods, nodes and controllers): apt's Spanish message with
guillemets, Capistrano/SSHKit's `executing as user@h`, Netty's message folded by a Strimzi status, nslookup's TCP reset
and last SERVFAIL (its formats, now in shell_tools, jvm_clients, dns_tool_forms); busybox's search-path NXDOMAINs
far below the answer and a second name's `can't find` (answered_block.py); a name with `svc` twice (doubled_search.py);
`your-` and `domain.tld` stand-ins (hosts.py); the AWS SDK's endpoint resolver (generic_lookalikes.py). Each example
(runtime and format in its id) yields its failure, the look-alikes yield nothing or the real name, every new rule
fires."""

from __future__ import annotations

import pytest

from checks.parsing.class_path_head import class_path_head
from checks.parsing.doubled_search import doubled_search_name
from checks.parsing.hosts import is_placeholder
from checks.parsing.parser import parse_failures, parse_with
from tests.unit.parsing.rounds import named_rules, triples, unfired
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

# held-out X's rules, now in shell_tools, jvm_clients and dns_tool_forms
HELDOUT_X_RULES = named_rules(
    "apt-es-not-resolved",
    "sshkit-executing-as",
    "netty-folded-after-queries",
    "nslookup-communications-error",
    "coredns-errors-headless",
    "nslookup-last-servfail",
)

_APT_ES = "Err:17 https://baltocdn.com/helm/stable/debian all InRelease\n  No se pudo resolver «baltocdn.com»"
_SSHKIT = (
    "SSHKit::Runner::ExecuteError: Exception while executing as deploy@catalog-indexer-staging2.princeton.edu: "
    "getaddrinfo: Name or service not known (SSHKit::Runner::ExecuteError)"
)
_STRIMZI_STATUS = (
    'status:\n  conditions:\n  - lastTransitionTime: "2020-01-17T13:43:41.276Z"\n'
    "    message: 'failed to resolve ''kafka-connect-internal-cluster-connect-api'' after\n"
    '      2 queries \'\n    reason: UnknownHostException\n    status: "True"\n    type: NotReady'
)
# survey 7: the status above is now read by `checks.parsing.wrapped_lines` (the folded scalar joined); the message's
# lines copied without their key stay folded, this rule's case
_STRIMZI_MESSAGE_LINES = "failed to resolve ''kafka-connect-internal-cluster-connect-api'' after\n      2 queries '"
_NSLOOKUP_TCP_RESET = (
    "/ # nslookup -type=srv istio-example-long.reecemath.com\n;; Truncated, retrying in TCP mode.\n"
    ";; communications error to 10.96.0.10#53: connection reset"
)
_NSLOOKUP_LAST_SERVFAIL = (
    "nslookup kubernetes\n;; Got recursion not available from 10.3.0.10, trying next server\n"
    ";; Got SERVFAIL reply from 10.3.0.10, trying next server\n..."
)
_SUFFIXES = ("svc.cluster.local", "cluster.local")
_BUSYBOX_FAR_BELOW = (
    "bash-5.1# nslookup nextcloud-phpfpm\nServer:         10.152.183.10\nAddress:        10.152.183.10:53\n\n"
    "Name:   nextcloud-phpfpm.default.svc.cluster.local\nAddress: 10.152.183.165\n\n"
    "*** Can't find nextcloud-phpfpm.default.svc.cluster.local: No answer\n\n"
    + "".join(f"** server can't find nextcloud-phpfpm.{s}: NXDOMAIN\n\n" for s in _SUFFIXES)
    * 2
    + "** server can't find nextcloud-phpfpm.digrouz.com: NXDOMAIN\n\n"
    "*** Can't find nextcloud-phpfpm.digrouz.com: No answer"
)
_WINDOWS_SECOND_NAME = (
    "nslookup application.test 127.0.0.1\nServer:  localhost\nAddress:  127.0.0.1\n\nName:    application.test\n\n"
    "Ping request could not find host application.test. Please check the name and try again.\n\n"
    "*** localhost can't find application.test1: Non-existent domain"
)
_NODE_YOUR_SERVICE = "Error: getaddrinfo EAI_AGAIN your-service"
_GO_DOMAIN_TLD = "proxyconnect tcp: dial tcp: lookup proxy.is.domain.tld: no such host"

_URLLIB3_EAI_FAIL_WRAPPED = (
    "ConnectionError: HTTPSConnectionPool(host='<hostname redacted>', port=8443): Max retries exceed\n"
    "ed with url: /api/v1/namespaces (Caused by NewConnectionError('<requests.packages.urllib3.connection.\n"
    "VerifiedHTTPSConnection object at 0x7f5dfb0e5290>: Failed to establish a new connection: [Errno -4] N\n"
    "on-recoverable error',))"
)
_COREDNS_HEADLESS = (
    "<some domain>. A: dial tcp <kube-dns-upstream IP>:53: i/o timeout\n"
    "<another domain>. AAAA: dial tcp <kube-dns-upstream IP>:53: i/o timeout"
)

EXAMPLES_HELDOUT_X = (
    ("apt-es-guillemets", "helm/helm#31691", _APT_ES, {("baltocdn.com", "nxdomain", False)}),
    ("ruby-sshkit-executing-as-user-at-host", "pulibrary/orangelight#5175", _SSHKIT,
     {("catalog-indexer-staging2.princeton.edu", "nxdomain", False)}),
    ("java-netty-folded-by-strimzi-status-yaml", "strimzi/strimzi-kafka-operator#2417", _STRIMZI_STATUS,
     {("kafka-connect-internal-cluster-connect-api", "nxdomain", False)}),
    ("java-netty-folded-message-lines-without-key", "strimzi/strimzi-kafka-operator#2417", _STRIMZI_MESSAGE_LINES,
     {("kafka-connect-internal-cluster-connect-api", "nxdomain", False)}),
    ("bind-nslookup-tcp-connection-reset", "istio/istio#19968", _NSLOOKUP_TCP_RESET,
     {("istio-example-long.reecemath.com", "other", False)}),
    ("bind-nslookup-last-servfail-notice", "skynetservices/skydns#243", _NSLOOKUP_LAST_SERVFAIL,
     {("kubernetes", "servfail", False)}),
    ("busybox-nslookup-search-nxdomains-far-below-answer", "canonical/microk8s#2288", _BUSYBOX_FAR_BELOW, set()),
    ("windows-nslookup-second-name-after-ping", "microsoft/service-fabric#705", _WINDOWS_SECOND_NAME,
     {("application.test", "nxdomain", False), ("application.test1", "nxdomain", False)}),
    ("node-getaddrinfo-your-service-stand-in", "gracefullight/gracefullight.github.io#14", _NODE_YOUR_SERVICE,
     {("your-service", "temporary", True)}),
    ("go-proxyconnect-domain-tld-stand-in", "k3s-io/k3s#3030", _GO_DOMAIN_TLD,
     {("proxy.is.domain.tld", "nxdomain", True)}),
    ("dig-doubled-search-path-nxdomain", "kubernetes/kubernetes#90403",
     ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 7856\n;; QUESTION SECTION:\n"
     ";qlik-tenants.default.svc.default.svc.cluster.local. IN A", set()),
    ("go-aws-sdk-endpoint-resolver", "crossplane-contrib/provider-jet-aws#176",
     'message: >-\n  account: unknown endpoint, could not resolve endpoint, partition: "aws",\n  service: "sts"',
     set()),
    ("go-dial-and-colon-lost-placeholder", "kyverno/kyverno#11518",
     "it gives an error saying 'tcp: lookup <registry> i/o timeout' when the **ignoreSCT** is enabled",
     {("<registry>", "timeout", True)}),
    ("coredns-errors-line-without-head", "kubernetes/dns#443", _COREDNS_HEADLESS,
     {("<some domain>", "timeout", True), ("<another domain>", "timeout", True)}),
    ("coredns-errors-line-without-head-real-upstream", "kubernetes/dns#443 (unmasked)",
     "api.example.org. A: read udp 10.0.0.5:41234->10.0.0.2:53: i/o timeout", {("api.example.org", "timeout", False)}),
    ("python-urllib3-eai-fail-wrapped-mid-word", "psf/requests#3910", _URLLIB3_EAI_FAIL_WRAPPED,
     {("<hostname redacted>", "other", True)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_X, ids=[e[0] for e in EXAMPLES_HELDOUT_X])
def test_heldout_x_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_X_RULES, (e[2] for e in EXAMPLES_HELDOUT_X)) == set()


# --- guards on look-alikes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the notice with another server's answer after it: the lookup worked
        "nslookup kubernetes\n;; Got SERVFAIL reply from 10.3.0.10, trying next server\nServer:  10.3.0.11\n"
        "Address: 10.3.0.11#53\n\nName: kubernetes.default.svc.cluster.local\nAddress: 10.96.0.1",
        # a communications error with no command in sight: no name
        ";; communications error to 10.96.0.10#53: connection reset",
        # `udp: lookup` with no reason after the name: not Go's message
        "tcp: lookup table rebuilt for 3 backends",
        # a name and type at a line's start with no dial/read error after it (a zone file, a dig answer)
        "example.org. A: 93.184.216.34",
        # the headless CoreDNS line with no known reason
        "api.example.org. A: dial tcp 10.0.0.2:53: something odd",
        # the AWS SDK v1's endpoint resolver on one line
        'UnknownEndpointError: could not resolve endpoint, partition: "aws", service: "s3", region: ""',
    ],
)
def test_look_alikes_report_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # `my-` names are the charts' real release names (my-nginx, my-cluster-kafka-0...), never stand-ins
        ("ping: my-nginx: Name or service not known", [("my-nginx", "nxdomain", False)]),
        # a name that only contains `your` is real
        ("dial tcp: lookup yourls.example.org: no such host", [("yourls.example.org", "nxdomain", False)]),
        # `svc` twice with a timeout is the resolver failing, still a failure
        (
            "dial tcp: lookup a.default.svc.default.svc.cluster.local on 10.96.0.10:53: i/o timeout",
            [("a.default.svc.default.svc.cluster.local", "timeout", False)],
        ),
        # a folded `failed to resolve ... after` with no `N queries` below: not Netty's message, read as the quoted
        # `failed to resolve 'h'` always was (`other`), never the folded rule's NXDOMAIN
        (
            "message: 'failed to resolve ''kafka-connect'' after\n      the restart'",
            [("kafka-connect", "other", False)],
        ),
        # a real name after `could not resolve` stays read
        ("curl: (6) Could not resolve host: endpoint.example.org", [("endpoint.example.org", "nxdomain", False)]),
        # an SSH failure naming the class only still reads the host after `user@`
        (
            "Exception while executing as deploy@web-01.example.net: getaddrinfo: Temporary failure in name resolution",
            [("web-01.example.net", "temporary", False)],
        ),
    ],
)
def test_look_alikes_read_the_real_name(text: str, want: list[tuple[str, str, bool]]) -> None:
    assert triples(text) == want


def test_stand_in_and_doubled_guards() -> None:
    assert is_placeholder("your-service") and is_placeholder("proxy.is.domain.tld")
    assert not is_placeholder("my-harbor-redis") and not is_placeholder("yourls.org") and not is_placeholder("core.tld")
    assert doubled_search_name("x.default.svc.default.svc.cluster.local", "nxdomain")
    assert not doubled_search_name("x.default.svc.default.svc.cluster.local", "timeout")
    assert not doubled_search_name("x.default.svc.cluster.local", "nxdomain")


# The start of each new format with nothing valid after it.
NEAR_MATCHES_X = (
    "No se pudo resolver «a ",
    "executing as a@b: getaddrinfo: ",
    "failed to resolve 'a' after x\n",
    ";; communications error to 1.2.3.4#53: x\n",
    ";; Got SERVFAIL reply from 1.2.3.4, trying next server x\n",
    "a. A: dial tcp x\n",
    "tcp: lookup <a b> x ",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES_X, ids=range(len(NEAR_MATCHES_X)))
def test_a_hostile_megabyte_of_each_new_format_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    parse_failures(line[:10_000])
    assert best_of(3, lambda: parse_failures(line)) < GUARD


def test_a_class_paths_first_word_is_no_generic_candidate() -> None:
    sshkit = (
        "SSHKit::Runner::ExecuteError: Exception while executing as deploy@h.example.edu: getaddrinfo: Name or "
        "service not known (SSHKit::Runner::ExecuteError)"
    )
    assert ("sshkit", "nxdomain", False) not in triples(sshkit, lambda t: parse_with(t, specific=False))
    assert class_path_head("SSHKit::Runner", "SSHKit", 6)
    assert class_path_head("tokio::net::lookup_host", "tokio", 5)
    assert not class_path_head("fd00::abcd", "fd00", 4)  # an IPv6 address's group
    assert not class_path_head("db.example.org: no such host", "db.example.org", 14)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Go's resolver could not send its query: the dial to the DNS server's port 53 failed (etcd, new-api, XrayR)
        (
            "dial tcp: lookup mysql on 183.60.82.98:53: dial udp 183.60.82.98:53: connect: network is unreachable",
            [("mysql", "other", False)],
        ),
        # a TCP connect to a resolved address that fails: no lookup failed
        ("dial tcp 10.0.0.5:5432: connect: network is unreachable", []),
    ],
)
def test_the_generic_rule_reads_the_resolvers_unreachable_dial(text: str, want: list[tuple[str, str, bool]]) -> None:
    assert triples(text, lambda t: parse_with(t, specific=False)) == want
