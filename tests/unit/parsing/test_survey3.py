"""The resolver texts of the third survey (issue #17): the cluster PRODUCTS' own log lines, each as the product prints
it (the format string in the source named in `checks/parsing/rules/survey3.py` and
`checks/parsing/generic_reasons_survey3.py`, filled with a realistic name), yield their name and kind; the products
whose lines wrap their runtime's error (read by earlier rules) are pinned here too, so a change cannot lose them.
Look-alikes (refused and timed-out connections, TLS, HTTP errors, `no healthy upstream`, prose with the same words)
yield nothing."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.parser import parse_with
from tests.unit.parsing.examples_survey3 import READ
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

# (product, format, message as printed, host, kind, read by the generic rule alone: else it reads no other name)
NEW: tuple[tuple[str, str, str, str, str, bool], ...] = (
    (
        "rabbitmq",
        "k8s peer discovery, httpc failed_connect nxdomain wrapped across lines",
        "2019-10-15 07:33:55.015 [debug] <0.238.0> Response: {error,{failed_connect,[{to_address,"
        '{"kubernetes.default.svc.cluster.local",443}},{inet,[inet]\n,nxdomain}]}}',
        "kubernetes.default.svc.cluster.local",
        "nxdomain",
        False,
    ),
    (
        "rabbitmq",
        "httpc failed_connect nxdomain over IPv6",
        'Response: {error,{failed_connect,[{to_address,{"kubernetes.default.svc",443}},{inet6,[inet6],nxdomain}]}}',
        "kubernetes.default.svc",
        "nxdomain",
        False,
    ),
    (
        "jenkins",
        "remoting JnlpAgentEndpointResolver, UnknownHostException's message",
        "SEVERE: Failed to connect to http://jenkins.jenkins.svc.cluster.local:8080/tcpSlaveAgentListener/: "
        "jenkins.jenkins.svc.cluster.local\njava.io.IOException: Failed to connect to "
        "http://jenkins.jenkins.svc.cluster.local:8080/tcpSlaveAgentListener/: jenkins.jenkins.svc.cluster.local",
        "jenkins.jenkins.svc.cluster.local",
        "other",
        False,
    ),
    (
        "logstash",
        "elasticsearch output 1.x, bulk error with UnknownHostException's message",
        "Got error to send bulk of actions to elasticsearch server at es00.logs.example.com : es00.logs.example.com "
        "{:level=>:error}",
        "es00.logs.example.com",
        "other",
        False,
    ),
    (
        "pgbouncer",
        "dnslookup.c, EAI_NONAME (a number, no reason in words: `other` by the sets' labels, S and HELDOUT-y.md)",
        "2024-01-01 10:00:00.000 UTC [12] WARNING DNS lookup failed: pgsql-primary: result=-2",
        "pgsql-primary",
        "other",
        False,
    ),
    (
        "pgbouncer",
        "dnslookup.c, EAI_AGAIN (a number: `other`, as -2)",
        "2024-01-01 10:00:00.000 UTC [12] WARNING DNS lookup failed: postgres.db.svc.cluster.local: result=-3",
        "postgres.db.svc.cluster.local",
        "other",
        False,
    ),
    (
        "pgbouncer",
        "dnslookup.c, c-ares backend (result=0, no reason)",
        "2024-01-01 10:00:00.000 UTC [12] WARNING DNS lookup failed: pgsql-primary: result=0",
        "pgsql-primary",
        "other",
        False,
    ),
    (
        "fluent-bit",
        "flb_network.c before 1.8, gai_strerror 'Unknown error'",
        "[2021/06/17 13:46:55] [ warn] [net] getaddrinfo(host='logs.eu-west-1.es.amazonaws.com'): Unknown error",
        "logs.eu-west-1.es.amazonaws.com",
        "other",
        False,
    ),
    (
        "patroni",
        "etcd DCS SRV discovery",
        "2024-01-01 10:00:00,000 WARNING: Can not resolve SRV for etcd.example.com",
        "etcd.example.com",
        "other",
        True,
    ),
    (
        "cert-manager",
        "DNS01 SOA self-check",
        "When querying the SOA record for the domain '_acme-challenge.example.com.' using nameservers "
        "[10.96.0.10:53], rcode was expected to be 'NOERROR' or 'NXDOMAIN', but got 'SERVFAIL'",
        "_acme-challenge.example.com",
        "servfail",
        False,
    ),
    (
        "cert-manager",
        "DNS01 SOA self-check, REFUSED",
        "When querying the SOA record for the domain '_acme-challenge.example.com.' using nameservers "
        "[10.96.0.10:53], rcode was expected to be 'NOERROR' or 'NXDOMAIN', but got 'REFUSED'",
        "_acme-challenge.example.com",
        "refused",
        False,
    ),
    (
        "kong",
        "PostgreSQL connector, LuaSocket's EAI_NONAME, host in KONG_PG_HOST (kong#5836)",
        'docker run --rm -e "KONG_DATABASE=postgres" -e "KONG_PG_HOST=kong-db" kong:latest kong migrations bootstrap\n'
        "\n"
        "Error : [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: host or service not provided, or "
        "not known",
        "kong-db",
        "nxdomain",
        False,
    ),
    (
        "kong",
        "PostgreSQL connector, LuaSocket's EAI_NONAME, host in kong.conf's pg_host",
        "pg_host = postgres.kong.svc.cluster.local\n"
        "Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: host or service not provided, or "
        "not known",
        "postgres.kong.svc.cluster.local",
        "nxdomain",
        False,
    ),
    (
        "scylladb",
        "Seastar C-Ares ENOTFOUND, seed (scylla-operator issue)",
        "ERROR 2023-08-03 08:35:54,663 [shard 0] init - Bad configuration: invalid value in 'seeds': "
        "'dummy.scylla.svc.cluster.local': std::system_error (error C-Ares:4, dummy.scylla.svc.cluster.local: "
        "Not found)",
        "dummy.scylla.svc.cluster.local",
        "nxdomain",
        False,
    ),
    (
        "redpanda",
        "Seastar C-Ares ENOTFOUND, cluster discovery",
        "WARN  2024-01-01 10:00:00,000 [shard 0] cluster - cluster_discovery.cc:262 - Error requesting cluster "
        "bootstrap info from {host: redpanda-1.redpanda, port: 33145}, retrying. (error C-Ares:4, "
        "redpanda-1.redpanda: Not found)",
        "redpanda-1.redpanda",
        "nxdomain",
        False,
    ),
    (
        "redpanda",
        "Seastar C-Ares ECONNREFUSED (redpanda's own test patterns)",
        "main - application.cc:363 - Failure during startup: std::__1::system_error (error C-Ares:11, "
        "redpanda-0.redpanda.redpanda.svc.cluster.local: Connection refused)",
        "redpanda-0.redpanda.redpanda.svc.cluster.local",
        "refused",
        False,
    ),
    (
        "scylladb",
        "Seastar C-Ares ETIMEOUT",
        "init - Bad configuration: invalid value in 'seeds': 'scylla-0.scylla': std::system_error (error C-Ares:12, "
        "scylla-0.scylla: Timeout)",
        "scylla-0.scylla",
        "timeout",
        False,
    ),
)


@pytest.mark.parametrize(("product", "fmt", "message", "host", "kind", "generic"), NEW, ids=[c[1] for c in NEW])
def test_surveyed_message_yields_its_name_and_kind(
    product: str, fmt: str, message: str, host: str, kind: str, generic: bool
) -> None:
    assert [(f.host, f.kind) for f in parse_failures(message)] == [(host, kind)], f"{product}: {fmt}"
    alone = [(f.host, f.kind) for f in parse_with(message, specific=False)]
    if generic:
        assert alone == [(host, kind)], f"{product}: {fmt} (generic rule alone)"
    else:
        assert {h for h, _ in alone} <= {host}, f"{product}: {fmt} (generic rule alone)"


@pytest.mark.parametrize(("product", "fmt", "message", "host", "kind"), READ, ids=[c[1] for c in READ])
def test_product_wrapping_its_runtime_is_read(product: str, fmt: str, message: str, host: str, kind: str) -> None:
    assert [(f.host, f.kind) for f in parse_failures(message)] == [(host, kind)], f"{product}: {fmt}"


NEGATIVES: tuple[tuple[str, str], ...] = (
    (
        "httpc refused",
        'Failed to fetch a list of nodes from Kubernetes API: {failed_connect,[{to_address,{"kubernetes.default.svc'
        '.cluster.local",443}},{inet,[inet],econnrefused}]}',
    ),
    (
        "httpc timeout wrapped",
        'Response: {error,{failed_connect,[{to_address,{"kubernetes.default.svc.cluster.local",443}},{inet,[inet]\n'
        ",timeout}]}}",
    ),
    ("jenkins refused", "SEVERE: Failed to connect to http://jenkins:8080/tcpSlaveAgentListener/: Connection refused"),
    ("jenkins read timeout", "SEVERE: Failed to connect to http://jenkins:8080/tcpSlaveAgentListener/: Read timed out"),
    (
        "jenkins http 503",
        "java.io.IOException: http://jenkins:8080/tcpSlaveAgentListener/ is invalid: 503 Service Unavailable",
    ),
    (
        "logstash cluster blocked",
        "Got error to send bulk of actions to elasticsearch server at 172.16.1.36 : blocked by: "
        "[SERVICE_UNAVAILABLE/2/no master]; {:level=>:error}",
    ),
    (
        "logstash another host",
        "Got error to send bulk of actions to elasticsearch server at es00.example.com : es01.example.com",
    ),
    (
        "cert-manager propagation",
        'Waiting for DNS-01 challenge propagation: DNS record for "example.com" not yet propagated',
    ),
    (
        "haproxy dns status",
        "[WARNING] (8) : Server be_app/app1 is going DOWN for maintenance (DNS NX status). 0 active and 0 backup "
        "servers left.",
    ),
    (
        "coredns api timeout",
        "[ERROR] plugin/kubernetes: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: Get "
        '"https://10.96.0.1:443/apis/discovery.k8s.io/v1/endpointslices": dial tcp 10.96.0.1:443: i/o timeout',
    ),
    (
        "coredns health",
        '[WARNING] plugin/health: Local health request to "http://:8080/health" failed: Get "http://:8080/health": '
        "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
    ),
    (
        "calico typha refused",
        "[ERROR][1] felix/sync_client.go 198: Failed to connect to Typha endpoint 10.0.0.1:5473. error=dial tcp "
        "10.0.0.1:5473: connect: connection refused",
    ),
    ("seastar not a name", "std::system_error (error C-Ares:11, ubuntu1,localhost: Connection refused)"),
    ("seastar posix error", "std::system_error (error system:111, Connection refused)"),
    (
        "kong refused",
        "KONG_PG_HOST=kong-db\nError: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: connection "
        "refused",
    ),
    (
        "kong no host setting",
        "Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: host or service not provided, or "
        "not known",
    ),
    ("pgbouncer no name", "closing because: server DNS lookup failed (age=0s)"),
    ("tls", "x509: certificate is valid for a.example.com, not api.example.com"),
    ("http 503", "HTTP/1.1 503 Service Unavailable from api.example.com: no healthy upstream"),
    ("envoy", "upstream connect error or disconnect/reset before headers. reset reason: connection failure"),
    ("patroni prose", "We can not resolve SRV records issues without the on-call DBA."),
    ("fluent-bit connect", "[error] [upstream] connection #52 to tcp://elasticsearch:9200 timed out after 10 seconds"),
    # the false names this survey's tests turned up in older rules: a component, a record type, a Rust path's last
    # part, `lookups`, an actor address's scheme and host, and Kong's query name when no KONG_PG_HOST is in sight
    (
        "linkerd control-plane timeout",
        "WARN linkerd_app_core::control: Failed to resolve control-plane component error=failed SRV and A record "
        "lookups: failed to resolve SRV record: request timed out; failed to resolve A record: request timed out",
    ),
    (
        "flink actor address",
        "INFO  org.apache.flink.runtime.registration.RetryingRegistration - Could not resolve ResourceManager address "
        "akka.tcp://flink@jm:6123/user/rpc/resourcemanager_*, retrying in 10000 ms: Could not connect to rpc endpoint "
        "under address akka.tcp://flink@jm:6123/user/rpc/resourcemanager_*.",
    ),
    (
        "kong eai_again without its setting",
        "Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: temporary failure in name "
        "resolution",
    ),
)


@pytest.mark.parametrize(("name", "message"), NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_look_alike_reads_nothing(name: str, message: str) -> None:
    assert parse_failures(message) == [], name


# The start of each new format with nothing valid after it, repeated on one 1 MB line.
NEAR_MATCHES = (
    '{failed_connect,[{to_address,{"',
    '{failed_connect,[{to_address,{"a",1}},{inet,[inet]',
    "Failed to connect to http://a/",
    "Got error to send bulk of actions to elasticsearch server at a : ",
    "DNS lookup failed: a",
    "[net] getaddrinfo(host='",
    "When querying the SOA record for the domain 'a' using nameservers [",
    "Can not resolve SRV for ",
    "(error C-Ares:4, a",
    "failed to retrieve PostgreSQL server_version_num: host or service not provided, or not known ",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(3, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{piece!r}: {elapsed:.3f} s"


def test_luasocket_noname_is_read_by_one_rule_per_shape() -> None:
    # Kong's connector line is the Kong rule's (kong.conf's `pg_host` too); the bare text under a `*_HOST=` setting
    # is the host-less rule's: never both on one line.
    from tests.unit.parsing.rounds import rules_that_fire

    noname = "host or service not provided, or not known"
    kong = f'-e "KONG_PG_HOST=kong-db"\nfailed to retrieve PostgreSQL server_version_num: {noname}'
    bare = f"DB_HOST=db\npsql: error: {noname}"
    assert rules_that_fire(kong) == {"kong-postgres-server-version"}
    assert rules_that_fire(bare) == {"hostless-resolver-error-with-setting"}
    assert rules_that_fire("pg_host = pg.internal\n" + kong.splitlines()[1]) == {"kong-postgres-server-version"}
