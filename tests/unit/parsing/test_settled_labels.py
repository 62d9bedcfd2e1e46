"""The readings LABELS.md settled after held-out sets BF to BI (issue #17), each by runtime and format: a reverse
look-up is no failure whatever its answer, a user and password before `@` are not part of the host, Go's refused
resolver port is `refused`, ClickHouse's DNS error texts are `nxdomain`."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


@pytest.mark.parametrize(
    "text",
    [
        # AdGuard dnsproxy: an upstream time-out on a PTR question
        "2024/02/08 03:44:11.483017 [error] dnsproxy: upstream 192.168.7.99:53 failed to exchange "
        ";99.7.168.192.in-addr.arpa.\tIN\t PTR in 2.00090522s: exchanging with 192.168.7.99:53 over udp: read udp "
        "172.17.0.7:33596->192.168.7.99:53: i/o timeout",
        # CoreDNS's errors plugin on a reverse name (IPv4 and IPv6)
        "[ERROR] plugin/errors: 2 34.0.42.10.in-addr.arpa. PTR: read udp 10.42.0.2:57772->10.10.251.101:53: i/o "
        "timeout",
        "[ERROR] plugin/errors: 2 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa. PTR: "
        "read udp 10.42.0.2:57772->10.10.251.101:53: i/o timeout",
        # nslookup of an address
        "** server can't find 24.1.0.10.in-addr.arpa: NXDOMAIN",
    ],
)
def test_a_reverse_look_up_is_no_failure(text: str) -> None:
    assert found(text) == set()


def test_a_forward_name_beside_a_reverse_one_is_still_read() -> None:
    text = (
        "[ERROR] plugin/errors: 2 34.0.42.10.in-addr.arpa. PTR: read udp 10.42.0.2:57772->10.10.251.101:53: i/o "
        "timeout\n"
        "[ERROR] plugin/errors: 2 minio.storage. A: read udp 10.42.0.2:57772->10.10.251.101:53: i/o timeout"
    )
    assert found(text) == {("minio.storage", "timeout", False)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # Java: a connection string's user and password handed to the resolver with the host
            "java.net.UnknownHostException: penpot:penpot@postgres (NioSocketImpl.java:567)",
            {("postgres", "nxdomain", False)},
        ),
        (
            "Caused by: java.net.UnknownHostException: admin:s3cr3t@db.internal: Name or service not known",
            {("db.internal", "nxdomain", False)},
        ),
        (  # Go: the same in a lookup
            "dial tcp: lookup app:pass@redis-master on 10.96.0.10:53: no such host",
            {("redis-master", "nxdomain", False)},
        ),
    ],
)
def test_a_user_and_password_before_the_name_are_not_the_host(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


def test_an_email_address_in_a_mail_servers_reject_keeps_its_domain() -> None:
    text = (
        "NOQUEUE: reject: RCPT from unknown[10.0.0.5]: 450 4.1.8 <bob@mail.internal>: Sender address rejected: "
        "Domain not found"
    )
    assert found(text) == {("mail.internal", "nxdomain", False)}


def test_go_refused_by_the_resolver_port_is_refused() -> None:
    text = (
        "dial tcp: lookup higress-controller.higress-system.svc on 169.254.25.10:53: read udp "
        "10.233.102.143:60127->169.254.25.10:53: read: connection refused"
    )
    assert found(text) == {("higress-controller.higress-system.svc", "refused", False)}


@pytest.mark.parametrize(
    "text",
    [
        "2024.03.28 07:26:37.626485 [ 1 ] {} <Warning> DNSResolver: Cannot resolve host (clickhouse-keeper-01), "
        "error 0: DNS error.",
        "<Error> DB::NetException: Not found address of host: clickhouse-keeper-01. (DNS_ERROR)",
    ],
)
def test_clickhouse_dns_errors_are_nxdomain(text: str) -> None:
    assert found(text) == {("clickhouse-keeper-01", "nxdomain", False)}
