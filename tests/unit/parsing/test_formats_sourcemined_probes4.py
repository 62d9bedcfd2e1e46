"""Formats from the fourth and fifth rounds of probes rendered from programs' own source (issue #17, session 53, after
held-out GP-GW: `tests/fixtures/probes/source-mined/`, rounds 4 and 5): each test names the program and the format,
with look-alikes of the same programs that must stay no failure."""

from __future__ import annotations

from tests.unit.parsing.rounds import reads, reads_nothing
from tests.unit.parsing.speed import parses_quickly

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # brod (Erlang Kafka client): the address on one line, the reason's term below
        "client ingest_client failed to connect to kafka-1.kafka-headless.kafka.svc.cluster.local:9092\n"
        'reason:{nxdomain,[{kpro_connection,connect,4,[{file,"kpro_connection.erl"},{line,241}]}]}',
        {("kafka-1.kafka-headless.kafka.svc.cluster.local", "nxdomain")},
    ),
    (  # epgsql in the shell: `{error,nxdomain}` under the call
        '2> epgsql:connect("db", "postgres", "postgres", #{database => "test"}).\n{error,nxdomain}',
        {("db", "nxdomain")},
    ),
    (  # Erlang's httpc / Ekka: failed_connect's address and its inet reason, pretty-printed over lines
        "[error] Ekka(AutoCluster): Discovery error: "
        '{failed_connect,[{to_address,{"etcd-client.infra.svc.cluster.local",\n'
        "                                                              2379}},\n"
        "                                                 {inet,[inet],nxdomain}]}",
        {("etcd-client.infra.svc.cluster.local", "nxdomain")},
    ),
    (  # pika: its workflow's debug line names the address the failed resolution was for
        "DEBUG:pika.adapters.utils.connection_workflow:_try_next_config_async: 'rabbitmq':5672\n"
        "ERROR:pika.adapters.utils.selector_ioloop_adapter:Address resolution failed: gaierror(-3, 'Try again')",
        {("rabbitmq", "temporary")},
    ),
    (  # MassTransit over RabbitMQ.Client: `Connection failed, host h:port` above .NET's host-less SocketException
        "       ---> RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed, host rabbitmq:5672\n"
        "       ---> System.Net.Sockets.SocketException (00000005, 0xFFFFFFFF): Name or service not known",
        {("rabbitmq", "nxdomain")},
    ),
    (  # Ruby on musl: `getaddrinfo: Try again` (Bunny, Dalli, the MongoDB driver)
        "Bunny::TCPConnectionFailed: Could not establish TCP connection to rabbitmq-broker:5672: "
        "getaddrinfo: Try again",
        {("rabbitmq-broker", "temporary")},
    ),
    (  # ... Bunny's session object names a vhost: `vhost=orders` is no name
        "WARN -- #<Bunny::Session:0x7fa0d81c3e20 orders@rabbitmq.messaging.svc.cluster.local:5672, vhost=orders>: "
        "Could not establish TCP connection to rabbitmq.messaging.svc.cluster.local:5672: getaddrinfo: "
        "Temporary failure in name resolution",
        {("rabbitmq.messaging.svc.cluster.local", "temporary")},
    ),
    (  # got: its DNS phase's own time-out, the URL on the line
        "warn: GET https://geo.partner-api.net/v2/lookup?ip=203.0.113.7 failed: Timeout awaiting 'lookup' for 1500ms "
        "(TimeoutError, code ETIMEDOUT)",
        {("geo.partner-api.net", "timeout")},
    ),
    (  # chronyd: a configured source whose name did not resolve
        "Dec 06 03:14:10 k8s-node-3 chronyd[701]: Invalid host ntp1.dc-west.lan\n"
        "Dec 06 03:14:10 k8s-node-3 chronyd[701]: Invalid host ntp2.dc-west.lan",
        {("ntp1.dc-west.lan", "other"), ("ntp2.dc-west.lan", "other")},
    ),
    (  # Hazelcast's Kubernetes plugin: the line ends at `failed`, its cause below
        "[c.h.k.DnsEndpointResolver]: [10.244.0.33]:5701 [dev] [4.2.2] DNS lookup for serviceDns "
        "'hazelcast.session-store.svc.cluster.local' failed\njava.lang.InterruptedException: null",
        {("hazelcast.session-store.svc.cluster.local", "other")},
    ),
    (  # Dubbo 3: `Failed to connect to server: h/<unresolved>:port`
        "[DUBBO] Failed to connect to server: inventory-provider/<unresolved>:50051, dubbo version: 3.3.1",
        {("inventory-provider", "other")},
    ),
    (  # Rust: anyhow's context above its `Caused by:` chain
        "Error: resolving clickhouse-shard-1:9000\n\nCaused by:\n    failed to lookup address information: Try again",
        {("clickhouse-shard-1", "temporary")},
    ),
    (  # redis-rs: its own text for an empty answer, the `host=` field the name
        "ERROR worker::queue: redis connect failed host=memorystore-prod.redis.internal port=6379 error=No address "
        "found for host - InvalidClientConfig",
        {("memorystore-prod.redis.internal", "nxdomain")},
    ),
    (  # ... its `Io:` kind before the text is no name
        "ERROR session_store: cannot build cluster connection error=Failed to create initial connections - Io: "
        "failed to lookup address information: Temporary failure in name resolution\n"
        "WARN redis::cluster_handling::async_connection: Failed to connect to node: "
        "redis-cluster-0.redis-cluster.cache:6379, due to: failed to lookup address information: Temporary failure "
        "in name resolution",
        {("redis-cluster-0.redis-cluster.cache", "temporary")},
    ),
    (  # node-redis hands getaddrinfo `h:port`: the error object's `hostname` says so; pino's own `hostname` is no name
        '{"level":"error","pid":1,"hostname":"web-6f5d8b7c4-9qmxs","err":{"message":"getaddrinfo ENOTFOUND redis:6379",'
        '"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"redis:6379"},"msg":"Redis Client Error"}',
        {("redis", "nxdomain")},
    ),
    (  # SqlClient's trace: `Server = tcp:h,1433` after the host-less EAGAIN
        "Exception =System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable, Server = "
        "tcp:mssql-0.mssql.db.svc.cluster.local,1433",
        {("mssql-0.mssql.db.svc.cluster.local", "temporary")},
    ),
    (  # pnpm's request-retry log: undici's cause holds the code alone, the request's `url` names the host; its
        # pino-style `hostname` is the runner's own
        '{"time":1796526847123,"hostname":"runner-7f9c2","pid":4211,"level":"debug","name":"pnpm:request-retry",'
        '"error":{"name":"TypeError","message":"fetch failed","cause":{"code":"ENOTFOUND","errno":-3008}},'
        '"url":"https://registry.npmmirror.com/lodash-es"}',
        {("registry.npmmirror.com", "nxdomain")},
    ),
    (  # Liquibase's exception summary: the class on one line, the name on the next
        "ERROR: Exception Primary Class:  UnknownHostException\nERROR: Exception Primary Reason:  pg-main.db.svc\n"
        "ERROR: Exception Primary Source:  4.31.1",
        {("pg-main.db.svc", "nxdomain")},
    ),
    (  # Maven's bare exception message after the repository URL: the `Caused by` reason below wins
        "[ERROR] Could not transfer artifact org.codehaus.plexus:plexus-java:jar:1.2.0 from/to central "
        "(https://repo.maven.apache.org/maven2): repo.maven.apache.org\n"
        "[ERROR] Caused by: java.net.UnknownHostException: repo.maven.apache.org: Temporary failure in name resolution",
        {("repo.maven.apache.org", "temporary")},
    ),
    (  # oras: a tag resolved by an HTTP request is no name; the request's own look-up is
        'Error: failed to resolve v1: Head "http://registry:5000/v2/demo/app/manifests/v1": dial tcp: lookup registry '
        "on 127.0.0.11:53: no such host",
        {("registry", "nxdomain")},
    ),
    (  # tonic over hyper-util: Rust's Option around the traced host
        'TRACE hyper_util::client::legacy::connect::http: Http::connect; scheme=Some("http"), '
        'host=Some("feature-store"), port=Some(Port(6566))\nDEBUG tonic::transport::channel::service::reconnect: '
        'ConnectError(ConnectError("dns error", Custom { kind: Uncategorized, error: "failed to lookup address '
        'information: Name does not resolve" }))',
        {("feature-store", "nxdomain")},
    ),
]

LOOKALIKES = [
    # rsyslog's pointer to its documentation after a message
    "rsyslogd: omfwd: error 2027 forwarding [v8.2412.0 try https://www.rsyslog.com/e/2027 ]: Name or service not known",
    # the JDK's getByAddress error: no name
    "Caused by: java.net.UnknownHostException: addr is of illegal length\n"
    "\tat java.base/java.net.InetAddress.getByAddress(InetAddress.java:1185)",
    # a web server's `Invalid Host header`
    "Invalid Host header",
    # Erlang's failed_connect refused: no look-up failed
    '{failed_connect,[{to_address,{"api.example.org",443}},{inet,[inet],econnrefused}]}',
    # got behind a proxy: the proxy named above its time-out is no name it looked up (review)
    "Using proxy http://proxy.corp:3128\nRequestError: Timeout awaiting 'lookup' for 1500ms",
    # Liquibase's summary with no name
    "ERROR: Exception Primary Class:  UnknownHostException\nERROR: Exception Primary Reason:  null",
    # chronyd starting, a name that resolved
    "chronyd[612]: Selected source 10.0.0.5 (ntp1.dc-west.lan)",
]


test_each_format_is_read = reads(FORMATS, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "reason:{nxdomain,",
        "{error,nxdomain}",
        '{to_address,{"a.b",1}},',
        "_try_next_config_async: 'a':1\n",
        "Address resolution failed: gaierror(-3, 'x') ",
        "Connection failed, host a:1\n",
        "getaddrinfo: Try again ",
        "vhost=a ",
        "Timeout awaiting 'lookup' for 1ms ",
        "Invalid host a.b\n",
        "DNS lookup for serviceDns 'a' failed\n",
        "Failed to connect to server: a/<unresolved>:1 ",
        "resolving a:1\n",
        "No address found for host ",
        '"hostname":"a:1"',
        "Server = tcp:a,1 ",
        'host=Some("a") ',
        "[v8 try https://a.b/e/1 ]",
        '"url":"https://a.b/x","code":"ENOTFOUND"',
        "Exception Primary Class:  UnknownHostException\n",
        'failed to resolve v1: Head "http://a',
    ],
    tail="\nsocket.gaierror: [Errno -2] Name or service not known",
)
