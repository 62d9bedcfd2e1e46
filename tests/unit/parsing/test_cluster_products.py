"""Held-out AA and AB (issue #17): clustered products' resolver messages (`checks/parsing/rules/cluster_products.py`),
a name a terminal cut at a line's end (`checks/parsing/cut_names.py`), Netty's search-domain message away from its
class name, Spring's bare UnknownHostException message, and a TLS failure after `lookup failed`; each with the
look-alikes that must not read as a failure. Messages are written from the products' formats, not copied from a set."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.cut_names import cut_fragments
from tests.unit.parsing.speed import GUARD, best_of

_H = "db-1.db-headless.shop.svc.cluster.local"


def _found(text: str) -> set[tuple[str, str]]:
    return {(f.host.lower(), f.kind) for f in parse_failures(text)}


# (product, message as printed, host, kind)
FORMATS: tuple[tuple[str, str, str, str], ...] = (
    (
        "Akka Management bootstrap (DNS ask timed out)",
        "[INFO] [akka.tcp://app@10.0.0.5:2552/system/bootstrapCoordinator] Looking up "
        "[Lookup(app-headless,Some(management),Some(tcp))]\n"
        "[WARN] [akka.tcp://app@10.0.0.5:2552/system/bootstrapCoordinator] Resolve attempt failed! Cause: "
        "akka.pattern.AskTimeoutException: Ask timed out on [Actor[akka://app/system/IO-DNS#1]] after [3000 ms]. "
        "Message of type [akka.io.dns.DnsProtocol$Resolve].",
        "app-headless",
        "timeout",
    ),
    (
        "MariaDB resolveip",
        f"resolveip: Unable to find hostid for '{_H}': host not found",
        _H,
        "nxdomain",
    ),
    (
        "pgpool-II (the host on the DETAIL line)",
        "2024-01-02 10:00:00: pid 9: WARNING:  failed to connect to PostgreSQL server, getaddrinfo() failed with error "
        '"Name or service not known"\n2024-01-02 10:00:00: pid 9: ERROR:  failed to make persistent db connection\n'
        f'2024-01-02 10:00:00: pid 9: DETAIL:  connection to host:"{_H}:5432" failed',
        _H,
        "nxdomain",
    ),
    (
        "pgpool-II, EAI_AGAIN's text",
        'WARNING:  failed to connect to PostgreSQL server, getaddrinfo() failed with error "Temporary failure in name '
        f'resolution"\nDETAIL:  connection to host:"{_H}:5432" failed',
        _H,
        "temporary",
    ),
    (
        "StarRocks FE (no reason)",
        "WARN (thrift-server-pool-5|180) [SystemInfoService.getBackendWithBePort():556] failed to get right ip by "
        f"fqdn {_H}",
        _H,
        "other",
    ),
    (
        "YugabyteDB net_util (EAI_NONAME)",
        "E0103 21:20:37.935828     1 main_util.cc:22] Network error (yb/util/net/net_util.cc:194): Couldn't resolve "
        f"master service address '{_H}:7100': Unable to resolve address {_H}, getaddrinfo returned -2 (EAI_NONAME): "
        "Name or service not known",
        _H,
        "nxdomain",
    ),
    (
        "YugabyteDB net_util (EAI_AGAIN)",
        f"Unable to resolve address {_H}, getaddrinfo returned -3 (EAI_AGAIN): Temporary failure in name resolution",
        _H,
        "temporary",
    ),
    (
        "ClickHouse DNSResolver (Poco's DNS error)",
        f"2025.01.01 00:00:00.1 [ 22 ] {{}} <Warning> DNSResolver: Cannot resolve host ({_H}), error 0: DNS error.",
        _H,
        "nxdomain",
    ),
    (
        "Netty SearchDomainUnknownHostException in a status YAML (the class on a line below)",
        f"      message: 'Failed to resolve ''{_H}''\n        [A(1)] and search domain query for configured domains "
        "failed as well: [ns.svc.cluster.local,\n        svc.cluster.local, cluster.local]'\n"
        "      reason: SearchDomainUnknownHostException",
        _H,
        "nxdomain",
    ),
    (
        "Spring RestTemplate (a bare UnknownHostException's message)",
        'ResourceAccessException: I/O error on POST request for "http://eureka-0.eureka-headless:8761/eureka/apps/A": '
        "eureka-0.eureka-headless",
        "eureka-0.eureka-headless",
        "nxdomain",
    ),
)


@pytest.mark.parametrize(("product", "text", "host", "kind"), FORMATS, ids=[f[0] for f in FORMATS])
def test_each_format_is_read_with_its_kind(product: str, text: str, host: str, kind: str) -> None:
    assert _found(text) == {(host, kind)}, product


LOOKALIKES: tuple[tuple[str, str], ...] = (
    (
        "Akka: another actor's ask timed out (not the DNS extension's)",
        "Looking up [Lookup(app-headless,Some(management),Some(tcp))]\nResolve attempt failed! Cause: "
        "akka.pattern.AskTimeoutException: Ask timed out on [Actor[akka://app/user/worker#1]] after [3000 ms].",
    ),
    (
        "Akka: the DNS ask timed out with no lookup logged above",
        "Resolve attempt failed! Cause: akka.pattern.AskTimeoutException: Ask timed out on "
        "[Actor[akka://app/system/IO-DNS#1]] after [3000 ms].",
    ),
    (
        "pgpool: connection refused, no getaddrinfo failure",
        f'WARNING:  failed to connect to PostgreSQL server, connect() failed with error "Connection refused"\n'
        f'DETAIL:  connection to host:"{_H}:5432" failed',
    ),
    (
        "pgpool: getaddrinfo failure with no DETAIL line below",
        'WARNING:  failed to connect to PostgreSQL server, getaddrinfo() failed with error "Name or service not known"',
    ),
    (
        "OpenShift image lookup: a TLS failure after `lookup failed`",
        "W1129 14:33:55.215696   26805 dockerimagelookup.go:233] Docker registry lookup failed: Get "
        "https://registry.example.internal/v2/: x509: certificate signed by unknown authority",
    ),
)


@pytest.mark.parametrize(("case", "text"), LOOKALIKES, ids=[c[0] for c in LOOKALIKES])
def test_lookalikes_read_no_failure(case: str, text: str) -> None:
    assert _found(text) == set(), case


def test_a_name_a_terminal_cut_is_the_whole_name_printed_further_on() -> None:
    text = (
        "msg: java.net.UnknownHostException: kube-starrocks-cn-0.kube\n"
        "-starrocks-cn-search.starrocks.svc.cluster.local\n"
        "WARNING: Failed to resolve name. status=Status{code=UNAVAILABLE, description=Unable to resolve host "
        "kube-starrocks"
        "\n-cn-0.kube-starrocks-cn-search.starrocks.svc.cluster.local, cause=java.lang.RuntimeException: "
        "java.net.UnknownHostException: kube-starrocks-cn-0.kube-starrocks-cn-search.starrocks.svc.cluster.local: Name "
        "or service not known"
    )
    assert _found(text) == {("kube-starrocks-cn-0.kube-starrocks-cn-search.starrocks.svc.cluster.local", "nxdomain")}


def test_a_name_that_only_prefixes_another_is_kept() -> None:
    # two real failures, one name a prefix of the other, neither cut at a line's end: both stay
    text = (
        "java.net.UnknownHostException: redis: Name or service not known\n"
        "java.net.UnknownHostException: redis-headless: Name or service not known"
    )
    assert _found(text) == {("redis", "nxdomain"), ("redis-headless", "nxdomain")}
    # a name ending a line whose next line completes it into a name NOT found: kept as found
    assert cut_fragments("lookup api\n-v2 is fine\n", ["api", "api-v3"]) == set()
    assert cut_fragments("lookup api\n-v2.ns failed\n", ["api", "api-v2.ns"]) == {"api"}


def test_cut_names_reads_a_megabyte_of_prefix_names_in_one_pass() -> None:
    """Review 4: each found name that prefixes another had the whole paste searched for it (5 000 such names in a
    megabyte took 7 s); the line ends are read once, and at most TRIGGER_LIMIT of them."""
    pairs = "".join(f"Error: getaddrinfo ENOTFOUND s{i}\nError: getaddrinfo ENOTFOUND s{i}-b\n" for i in range(20_000))
    names = [f"s{i}" for i in range(5_000)] + [f"s{i}-b" for i in range(5_000)]
    assert best_of(3, lambda: cut_fragments(pairs[:1_000_000].lower(), names)) < GUARD
    assert best_of(3, lambda: cut_fragments("x\n" * 500_000, ["x", "xy"])) < GUARD


@pytest.mark.parametrize(
    ("text", "want"),
    [  # review 4: each rule reads its own product's message only, and the TLS guard only an image lookup's
        (
            'WARNING: failed to connect to PostgreSQL server on "pg-a:5432", getaddrinfo() failed with error "Name or '
            'service not known"\nLOG: node 1 connect() failed with error "Connection refused"\n'
            'DETAIL:  connection to host:"pg-b:5432" failed',
            {("pg-a", "nxdomain")},
        ),
        ("The FE log says failed to get right ip by fqdn because DNS was not ready", set()),
        (
            "ERROR: could not resolve host reg.example.com, x509: certificate is valid for a.com",
            {("reg.example.com", "nxdomain")},
        ),
        (
            "unable to resolve host mirror.example.com: tls: first record does not look like a TLS handshake",
            {("mirror.example.com", "nxdomain")},
        ),
        (
            "Unable to resolve address yb-1.ns, getaddrinfo returned -5 (EAI_NODATA): "
            "No address associated with hostname",
            {("yb-1.ns", "nxdomain")},
        ),
        (
            "Looking up [Lookup(a.b.c,Some(management),Some(tcp))] Resolve attempt failed! Cause: "
            "akka.pattern.AskTimeoutException: Ask timed out on [Actor[akka://default/system/IO-DNS]]",
            {("a.b.c", "timeout")},
        ),
    ],
    ids=[
        "pgpool-host-on-its-line",
        "starrocks-prose",
        "tls-after-resolve",
        "tls-handshake",
        "yb-nodata",
        "akka-one-line",
    ],
)
def test_review_4_lookalikes_and_kinds(text: str, want: set[tuple[str, str]]) -> None:
    assert _found(text) == want
