# ruff: noqa: RUF001  (CockroachDB's redaction markers, U+2039 and U+203A, in its real log lines, on purpose)
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
from tests.unit.parsing.test_corpus_and_speed import best_of

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
        "dnslookup.c, EAI_NONAME",
        "2024-01-01 10:00:00.000 UTC [12] WARNING DNS lookup failed: pgsql-primary: result=-2",
        "pgsql-primary",
        "nxdomain",
        False,
    ),
    (
        "pgbouncer",
        "dnslookup.c, EAI_AGAIN",
        "2024-01-01 10:00:00.000 UTC [12] WARNING DNS lookup failed: postgres.db.svc.cluster.local: result=-3",
        "postgres.db.svc.cluster.local",
        "temporary",
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

# Products whose lines wrap their runtime's resolver error: read before this survey, pinned here.
READ: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "kong",
        "PostgreSQL connector over the nginx resolver",
        "Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: postgres could not be resolved "
        "(3: Host not found)",
        "postgres",
        "nxdomain",
    ),
    (
        "fluent-bit",
        "flb_network.c with err= (c-ares ENOTFOUND)",
        "[2024/01/01 10:00:00] [error] [net] getaddrinfo(host='elasticsearch-master', err=4): Domain name not found",
        "elasticsearch-master",
        "nxdomain",
    ),
    (
        "rabbitmq",
        "rabbitmqctl, epmd lookup",
        "** unable to connect to epmd (port 4369) on rabbitmq-1.rabbitmq-nodes: nxdomain (non-existing domain)",
        "rabbitmq-1.rabbitmq-nodes",
        "nxdomain",
    ),
    (
        "elasticsearch",
        "SeedHostsResolver",
        "[2024-01-01T10:00:00,000][WARN ][o.e.d.SeedHostsResolver  ] [es-0] failed to resolve host "
        "[elasticsearch-master-headless]",
        "elasticsearch-master-headless",
        "other",
    ),
    (
        "prometheus",
        "DNS service discovery",
        'level=error component="discovery manager scrape" discovery=dns msg="Unable to refresh target groups" '
        'err="could not resolve \\"_metrics._tcp.app.example.com\\": all servers responded with errors to at least '
        'one search domain"',
        "_metrics._tcp.app.example.com",
        "nxdomain",
    ),
    (
        "mongodb",
        "replica set member, getaddrinfo",
        '2024-01-01T10:00:00.000+0000 W NETWORK  [ReplicaSetMonitor] getaddrinfo("mongo-1.mongo") failed: Name or '
        "service not known",
        "mongo-1.mongo",
        "nxdomain",
    ),
    (
        "galera",
        "gcomm peer",
        "2024-01-01 10:00:00 2 [Warning] WSREP: Failed to resolve tcp://mariadb-galera-1.mariadb-galera-headless:4567",
        "mariadb-galera-1.mariadb-galera-headless",
        "other",
    ),
    (
        "clickhouse",
        "DNSResolver DNS_ERROR",
        "Code: 198. DB::Exception: Not found address of host: clickhouse-1.clickhouse-headless. (DNS_ERROR)",
        "clickhouse-1.clickhouse-headless",
        "nxdomain",
    ),
    (
        "redis-sentinel",
        "sentinel.c, announce hostname",
        "1:X 01 Jan 2024 10:00:00.000 # Failed to resolve hostname 'redis-node-0.redis-headless.default.svc.cluster"
        ".local'",
        "redis-node-0.redis-headless.default.svc.cluster.local",
        "other",
    ),
    (
        "mysql",
        "replica I/O thread",
        "[ERROR] [MY-010584] [Repl] Slave I/O for channel '': error connecting to master 'repl@mysql-0.mysql:3306' - "
        "retry-time: 60 retries: 1 message: Unknown MySQL server host 'mysql-0.mysql' (-2), Error_code: MY-002005",
        "mysql-0.mysql",
        "nxdomain",
    ),
    (
        "postgresql",
        "server, pg_hba host name",
        '2024-01-01 10:00:00.000 UTC [1] LOG:  could not translate host name "patroni-replica" to address: Name or '
        "service not known",
        "patroni-replica",
        "nxdomain",
    ),
    (
        "zookeeper",
        "StaticHostProvider",
        "WARN  [main:StaticHostProvider@146] - Unable to resolve address: zookeeper-headless:2181\n"
        "java.net.UnknownHostException: zookeeper-headless: Name or service not known",
        "zookeeper-headless",
        "nxdomain",
    ),
    (
        "kafka",
        "ClientUtils bootstrap",
        "WARN Couldn't resolve server kafka-bootstrap:9092 from bootstrap.servers as DNS resolution failed for "
        "kafka-bootstrap (org.apache.kafka.clients.ClientUtils)",
        "kafka-bootstrap",
        "other",
    ),
    (
        "linkerd",
        "proxy control-plane resolution, hickory Query debug form (linkerd2#11624)",
        "[     0.007283s]  WARN ThreadId(01) dst:controller{addr=linkerd-dst-headless.linkerd.svc.cluster.local:8086}: "
        "linkerd_app_core::control: Failed to resolve control-plane component error=failed SRV and A record lookups: "
        'failed to resolve SRV record: no record found for Query { name: Name("linkerd-dst-headless.linkerd.svc.'
        'cluster.local."), query_type: SRV, query_class: IN }; failed to resolve A record: no record found for Query '
        '{ name: Name("linkerd-dst-headless.linkerd.svc.cluster.local."), query_type: AAAA, query_class: IN }',
        "linkerd-dst-headless.linkerd.svc.cluster.local",
        "nxdomain",
    ),
    (
        "linkerd",
        "proxy control-plane resolution, trust-dns name form (linkerd2#7633)",
        "[     0.005878s]  WARN ThreadId(01) policy:watch{port=9990}:controller{addr=linkerd-policy.linkerd.svc.cluster"
        ".local:8090}: linkerd_app_core::control: Failed to resolve control-plane component error=no record found for "
        "name: linkerd-policy.linkerd.svc.cluster.local. type: SRV class: IN",
        "linkerd-policy.linkerd.svc.cluster.local",
        "nxdomain",
    ),
    (
        "cockroachdb",
        "join RPC with redaction markers",
        "W240101 10:00:00.000000 123 server/init.go:400 ⋮ [n?] 45  outgoing join rpc to ‹cockroachdb-1.cockroachdb:"
        '26257› unsuccessful: ‹rpc error: code = Unavailable desc = connection error: desc = "transport: Error while '
        'dialing dial tcp: lookup cockroachdb-1.cockroachdb on 10.96.0.10:53: no such host"›',
        "cockroachdb-1.cockroachdb",
        "nxdomain",
    ),
    (
        "thanos",
        "dnsprovider SRV",
        'level=error component=dnsprovider msg="dns resolution failed" addr=dnssrv+_grpc._tcp.thanos-store.monitoring'
        '.svc.cluster.local err="lookup SRV records \\"_grpc._tcp.thanos-store.monitoring.svc.cluster.local\\": lookup '
        '_grpc._tcp.thanos-store.monitoring.svc.cluster.local on 10.96.0.10:53: no such host"',
        "_grpc._tcp.thanos-store.monitoring.svc.cluster.local",
        "nxdomain",
    ),
    (
        "envoy",
        "c-ares resolver, ARES_ENOTFOUND",
        "[2024-01-01 10:00:00.000][1][debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:99] dns "
        "resolution for istiod.istio-system.svc failed with c-ares status 4",
        "istiod.istio-system.svc",
        "nxdomain",
    ),
    (
        "envoy",
        "c-ares resolver, ARES_ETIMEOUT",
        "[2024-01-01 10:00:00.000][1][debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:99] dns "
        "resolution for istiod.istio-system.svc failed with c-ares status 12",
        "istiod.istio-system.svc",
        "timeout",
    ),
    (
        "cilium",
        "FQDN DNS proxy forward",
        'level=warning msg="Cannot forward proxied DNS lookup" DNSRequestID=12345 dnsName=api.example.com. '
        'error="read udp 10.0.1.5:41234->10.96.0.10:53: i/o timeout" subsys=fqdn/dnsproxy',
        "api.example.com",
        "timeout",
    ),
    (
        "minio",
        "distributed endpoints",
        "Error: Unable to resolve DNS for http://minio-{0...3}.minio.default.svc.cluster.local/data: lookup minio-2."
        "minio.default.svc.cluster.local on 10.96.0.10:53: no such host (*fmt.wrapError)",
        "minio-2.minio.default.svc.cluster.local",
        "nxdomain",
    ),
    (
        "nats",
        "cluster route",
        '[ERR] Error trying to connect to route (attempt 1): lookup for host "nats-1.nats.default.svc.cluster.local": '
        "lookup nats-1.nats.default.svc.cluster.local on 10.96.0.10:53: no such host",
        "nats-1.nats.default.svc.cluster.local",
        "nxdomain",
    ),
    (
        "kubelet/containerd",
        "sandbox image pull",
        'E0101 10:00:00.000000 1 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = '
        'Unknown desc = failed to resolve reference \\"registry.k8s.io/pause:3.9\\": failed to do request: Head '
        '\\"https://registry.k8s.io/v2/pause/manifests/3.9\\": dial tcp: lookup registry.k8s.io on 8.8.8.8:53: read '
        'udp 10.0.0.2:33333->8.8.8.8:53: i/o timeout"',
        "registry.k8s.io",
        "timeout",
    ),
    (
        "kube-apiserver",
        "etcd client over grpc-go",
        "W0101 10:00:00.000000 1 logging.go:59] [core] grpc: addrConn.createTransport failed to connect to {Addr: "
        '"etcd-0.etcd:2379", ServerName: "etcd-0.etcd", }. Err: connection error: desc = "transport: Error while '
        'dialing: dial tcp: lookup etcd-0.etcd on 10.96.0.10:53: no such host"',
        "etcd-0.etcd",
        "nxdomain",
    ),
    (
        "kafka",
        "broker NetworkClient",
        "[2024-01-01 10:00:00,000] WARN [Controller id=0, targetBrokerId=1] Error connecting to node kafka-1.kafka-"
        "headless.kafka.svc.cluster.local:9092 (id: 1 rack: null) (org.apache.kafka.clients.NetworkClient)\n"
        "java.net.UnknownHostException: kafka-1.kafka-headless.kafka.svc.cluster.local",
        "kafka-1.kafka-headless.kafka.svc.cluster.local",
        "nxdomain",
    ),
    (
        "zookeeper",
        "QuorumCnxManager election address",
        "WARN  [QuorumConnectionThread-[myid=1]-2:QuorumCnxManager@401] - Cannot open channel to 2 at election "
        "address zk-1.zk-hs.default.svc.cluster.local/<unresolved>:3888\n"
        "java.net.UnknownHostException: zk-1.zk-hs.default.svc.cluster.local",
        "zk-1.zk-hs.default.svc.cluster.local",
        "nxdomain",
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
    ("pgbouncer no name", "closing because: server DNS lookup failed (age=0s)"),
    ("tls", "x509: certificate is valid for a.example.com, not api.example.com"),
    ("http 503", "HTTP/1.1 503 Service Unavailable from api.example.com: no healthy upstream"),
    ("envoy", "upstream connect error or disconnect/reset before headers. reset reason: connection failure"),
    ("patroni prose", "We can not resolve SRV records issues without the on-call DBA."),
    ("fluent-bit connect", "[error] [upstream] connection #52 to tcp://elasticsearch:9200 timed out after 10 seconds"),
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
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str) -> None:
    line = (piece * (1_000_000 // len(piece) + 1))[:1_000_000]
    elapsed = best_of(3, lambda: parse_failures(line))
    assert elapsed < 0.2, f"{piece!r}: {elapsed:.3f} s"
