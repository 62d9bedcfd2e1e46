# ruff: noqa: RUF001  (CockroachDB's redaction markers, U+2039 and U+203A, in its real log lines, on purpose)
"""Cluster products whose log lines wrap their runtime's resolver error (Go's `lookup`, Java's `UnknownHostException`,
glibc's and c-ares' texts), read before the third survey (issue #17): each message as the product prints it, with the
name and kind it must yield (`test_survey3.py` pins them, so a change cannot lose them)."""

from __future__ import annotations

# (product, format, message as printed, host, kind)
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
        # held-out BE: Prometheus counts NXDOMAIN as a valid answer; this says timeouts, SERVFAIL or REFUSED
        "other",
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
