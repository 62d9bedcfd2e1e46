"""What the sixth held-out set missed (HELDOUT-f.md): its formats (Mono, Twisted, Go on Windows'
`getaddrinfow`, the apiserver's `notresolvable`, trust-dns under reqwest, curl's `null`, `###` masks, PDO's wrapped
reason) and `redacted.io`-style names as placeholders. Each example (runtime and format in its id) yields its failure,
the look-alikes yield nothing, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import clean_host, is_placeholder
from checks.parsing.parser import parse_with
from tests.unit.parsing.rounds import named_rules, reads_nothing, triples, unfired

# held-out F's rules, now in the modules named by what they read
HELDOUT_F_RULES = named_rules(
    "mono-dns-name-resolution-failure",
    "twisted-dns-lookup-error",
    "go-windows-getaddrinfow",
    "apiserver-notresolvable",
    "hyper-dns-error",
    "curl-6-word",
    "hash-masked-name",
    "pdo-wrapped-reason",
)

# (id: runtime and format, source, text, (host, kind, redacted))
EXAMPLES_HELDOUT_F: tuple[tuple[str, str, str, tuple[str, str, bool]], ...] = (
    (
        "mono-webexception-dns-name-resolution-failure-word",
        "https://github.com/linuxserver/docker-radarr/issues/175",
        "[v3.0.10.1567] System.Net.WebException: DNS Name Resolution Failure: 'prowlarr'",
        ("prowlarr", "other", False),
    ),
    (
        "mono-webexception-dns-name-resolution-failure-dotted",
        "https://github.com/Sonarr/Sonarr/issues/3874",
        "System.Net.WebException: DNS Name Resolution Failure: 'services.sonarr.tv'\n  at System.Net.HttpWebRequest",
        ("services.sonarr.tv", "other", False),
    ),
    (
        "twisted-dnslookuperror-couldnt-find-the-hostname",
        "https://github.com/matrix-org/synapse/issues/5831",
        "Request failed: POST matrix://matrix.org/_matrix/key/v2/query: "
        "DNSLookupError(\"Couldn't find the hostname 'matrix.org.cdn.cloudflare.net'\",)",
        ("matrix.org.cdn.cloudflare.net", "nxdomain", False),
    ),
    (
        "twisted-dnslookuperror-ip-literal",
        "https://github.com/matrix-org/synapse/issues/9865",
        "Error sending request to  POST http://10.103.0.1:8135/_synapse/replication/x: DNSLookupError Couldn't find "
        "the hostname '10.103.0.1'",
        ("10.103.0.1", "nxdomain", False),
    ),
    (
        "twisted-no-results-for-hostname-lookup",
        "https://github.com/matrix-org/synapse/issues/7113",
        "Error sending request to  POST https://matrix.org/_matrix/push/v1/notify: DNSLookupError no results for "
        "hostname lookup: matrix.org",
        ("matrix.org", "nxdomain", False),
    ),
    (
        "go-windows-getaddrinfow-unrecoverable-at-localhost",
        "https://github.com/denisenkom/go-mssqldb/issues/465",
        "> lookup @localhost: getaddrinfow: An unrecoverable error during a database search.",
        ("@localhost", "other", False),
    ),
    (
        "go-windows-getaddrinfow-no-data",
        "https://github.com/golang/go/issues/38302",
        "dial tcp: lookup db.internal.corp: getaddrinfow: The requested name is valid, but no data of the requested "
        "type was found.",
        ("db.internal.corp", "nxdomain", False),
    ),
    (
        "kubectl-apiserver-webhook-notresolvable",
        "https://github.com/cert-manager/cert-manager/issues/4606",
        "Internal error occurred: conversion webhook for cert-manager.io/v1alpha2, Kind=Certificate failed: Post "
        '"https://cert-manager-webhook.cert-manager.svc:443/convert?timeout=30s": notresolvable',
        ("cert-manager-webhook.cert-manager.svc", "other", False),
    ),
    (
        "rust-reqwest-trust-dns-no-connections",
        "https://github.com/dani-garcia/vaultwarden/issues/3940",
        "[vaultwarden::api::push][ERROR] Error getting push token from bitwarden server: error sending request for url "
        "(https://identity.bitwarden.com/connect/token): error trying to connect: dns error: No connections available",
        ("identity.bitwarden.com", "other", False),
    ),
    (
        "curl-6-null-word",
        "https://github.com/WireGuard/wireguard-vyatta-ubnt/issues/17",
        "Checking latest release for v2.0-e300...\nDownloading null...\ncurl: (6) Could not resolve host: null",
        ("null", "nxdomain", False),
    ),
    (
        "java-kafka-hash-masked-bootstrap",
        "https://github.com/strimzi/strimzi-kafka-operator/issues/2466",
        "WARN Removing server #######-kafka-cluster-bootstrap.#######--kafka:9093 from bootstrap.servers as DNS "
        "resolution failed for #######--kafka-cluster-bootstrap.#######- (org.apache.kafka.clients.ClientUtils)",
        ("#######--kafka-cluster-bootstrap.#######-", "other", True),
    ),
    (
        "php-pdo-reason-wrapped-by-symfony-console",
        "https://github.com/alexjustesen/speedtest-tracker/issues/997",
        "In Connector.php line 65:\n\n  SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for db "
        "failed:  \n\n   Temporary failure in name resolution                                        ",
        ("db", "temporary", False),
    ),
    (
        "node-uptime-kuma-redacted-io-domain",
        "https://github.com/louislam/uptime-kuma/issues/3992",
        "[MONITOR] WARN: Monitor #5 'Dashy': Pending: getaddrinfo ENOTFOUND dashy.k8s.redacted.io | Max retries: 5",
        ("dashy.k8s.redacted.io", "nxdomain", True),
    ),
)

LOOKALIKES_HELDOUT_F: tuple[str, ...] = (
    # prose about the messages, no name in the place the runtime puts it
    "Mono says DNS Name Resolution Failure when the container cannot reach its resolver",
    "the Twisted docs explain what happens when it couldn't find the hostname in the cache",
    # an apiserver error that resolved the name (a refused connection), and `notresolvable` in prose
    'failed calling webhook: Post "https://webhook.ns.svc:443/validate": dial tcp 10.96.3.4:443: connect: connection '
    "refused",
    "the apiserver marks the endpoint notresolvable in its cache",
    # reqwest's dns error with a Windows text in another language: left to the generic rule (here no name at all)
    "dns error: proto error: io error: timed out",
    # curl's (6) with a message after the word, and curl's (7) with a word
    "curl: (7) Failed to connect to null port 80: Connection refused",
    # Markdown headings and a nslookup server's `#53`
    "unable to resolve ### Steps to reproduce",
    "Server:  10.96.0.10\nAddress: 10.96.0.10#53\n\nName: kubernetes.default.svc.cluster.local",
)


@pytest.mark.parametrize(
    ("source", "text", "want"), [e[1:] for e in EXAMPLES_HELDOUT_F], ids=[e[0] for e in EXAMPLES_HELDOUT_F]
)
def test_each_format_yields_the_failure(source: str, text: str, want: tuple[str, str, bool]) -> None:
    assert source.startswith("https://github.com/")
    assert triples(text) == [want]


test_lookalikes_are_not_dns_failures = reads_nothing(LOOKALIKES_HELDOUT_F, None)


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert unfired(HELDOUT_F_RULES, (e[2] for e in EXAMPLES_HELDOUT_F)) == set()


def test_reqwest_dns_error_with_a_localized_windows_text_is_left_to_the_generic_rule() -> None:
    paste = "error sending request for url (https://raw.githubusercontent.com/x): error trying to connect: dns error: "
    paste += "\u4e0d\u77e5\u9053\u8fd9\u6837\u7684\u4e3b\u673a\u3002 (os error 11001)"
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("raw.githubusercontent.com", "nxdomain")]


def test_pdo_reads_a_wrapped_reason_only_when_the_next_text_is_one() -> None:
    # the php8 rule still reports the name with no reason (`other`); the wrapped-reason rule adds nothing
    assert [(f.host, f.kind) for f in parse_failures("getaddrinfo for db failed:\n\n   see the log above")] == [
        ("db", "other")
    ]


def test_masks_and_at_names_are_placeholders_only_in_their_shapes() -> None:
    assert is_placeholder("api.redacted.io") and is_placeholder("x.censored.com")
    # a whole `redacted` label is a stand-in (LABELS.md clause 1; held-out FZ-GG's row), a namespace once read as real
    assert is_placeholder("redis.redacted.svc.cluster.local")
    assert is_placeholder("#######-kafka") and not is_placeholder("10.0.0.10#53")
    assert clean_host("@localhost", exact=True) == "@localhost"
    assert clean_host("@localhost") is None and clean_host("@a@b", exact=True) is None
    assert parse_with("lookup @localhost: no such host", specific=False) == []
