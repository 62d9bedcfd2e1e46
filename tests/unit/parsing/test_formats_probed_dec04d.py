"""Formats found by probing on 2026-12-04 (fourth session) with messages of shell tools, proxies, Kubernetes'
components and clustered databases (issue #17): each test names the runtime and the format."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found


def test_nginx_connection_number_is_no_name() -> None:
    # nginx: `[error] 25#25: *5 could not be resolved (3: Host not found)`: `*5` numbers the connection; a line with
    # no name before `could not be resolved` names nothing (the name stands there when nginx prints it)
    text = "2024/01/02 03:04:05 [error] 25#25: *5 could not be resolved (3: Host not found) while sending to client"
    assert parse_failures(text) == []
    named = "2024/01/02 03:04:05 [error] 25#25: *5 api-upstream could not be resolved (3: Host not found), client: x"
    assert found(named) == {("api-upstream", "nxdomain")}
    # a mask typed over the name is still a redacted name
    assert {f.redacted for f in parse_failures("lookup ***** on 10.96.0.10:53: no such host")} == {True}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # MySQL group replication (GCS): `Unable to resolve peer address h`
        (
            "[Warning] [MY-011735] [Repl] Plugin group_replication reported: '[GCS] Unable to resolve peer address "
            "mysql-0.mysql. Ignoring.'",
            "mysql-0.mysql",
        ),
        ("could not resolve peer hostname node3.cluster.local", "node3.cluster.local"),
    ],
)
def test_a_peers_address_or_host_name_is_a_name(text: str, host: str) -> None:
    assert {f.host for f in parse_failures(text)} == {host}


@pytest.mark.parametrize(
    "text",
    [
        "npm ERR! Could not resolve peer dependency react@17",
        "npm ERR! ERESOLVE could not resolve peer deps",
        "npm ERR! Could not resolve peer address-parser@1.2.0",
    ],
)
def test_npms_peer_dependencies_stay_no_names(text: str) -> None:
    assert parse_failures(text) == []


def test_binds_security_log_reads_a_denied_query_as_refused() -> None:
    # BIND 9: `client @0x... C#P (h): query (cache) 'h/A/IN' denied` (outside allow-query-cache / allow-recursion)
    text = "client @0x7f 10.0.0.5#5353 (internal.example): query (cache) 'internal.example/A/IN' denied"
    assert found(text) == {("internal.example", "refused")}
    assert found("query 'db.corp.test/AAAA/IN' denied (allow-query did not match)") == {("db.corp.test", "refused")}
    # scanners' ANY queries and dynamic updates are no look-ups of a host
    assert parse_failures("client @0x7f 1.2.3.4#5353 (isc.org): query (cache) 'isc.org/ANY/IN' denied") == []
    assert parse_failures("client @0x7f 10.0.0.5#5353: update 'example.com/IN' denied") == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # ScyllaDB's seeds list: `could not resolve seed h`
        (
            "WARN  2024-03-04 10:10:10,000 [shard 0] init - Seeds list: could not resolve seed scylla-0.scylla",
            "scylla-0.scylla",
        ),
        ("unable to resolve broker kafka-2.kafka", "kafka-2.kafka"),
        ("could not resolve member etcd-2.etcd", "etcd-2.etcd"),
    ],
)
def test_a_clusters_own_noun_between_the_verb_and_the_name(text: str, host: str) -> None:
    assert {f.host for f in parse_failures(text)} == {host}


@pytest.mark.parametrize("text", ["could not resolve broker list", "failed to resolve member function foo"])
def test_the_noun_alone_names_nothing(text: str) -> None:
    assert parse_failures(text) == []
