"""Products' own wordings read from their source (issue #17, 2026-12-05; rules/product_sources.py and the rules they
extend): each test names the product and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing.rules import product_sources
from tests.unit.parsing.rounds import reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Dask: the gaierror that began the chain, the exception it caused naming the scheduler
        "socket.gaierror: [Errno -2] Name or service not known\n\n"
        "The above exception was the direct cause of the following exception:\n\n"
        "Traceback (most recent call last):\n"
        '  File "/opt/conda/lib/python3.11/site-packages/distributed/comm/core.py", line 342, in connect\n'
        "OSError: Timed out trying to connect to tcp://dask-scheduler.analytics.svc.cluster.local:8786 after 30 s",
        {("dask-scheduler.analytics.svc.cluster.local", "nxdomain")},
    ),
    (  # ... a driver's own wording below, the gaierror's kind winning over its bare `Cannot resolve`
        "socket.gaierror: [Errno -3] Temporary failure in name resolution\n\n"
        "During handling of the above exception, another exception occurred:\n\n"
        "ValueError: Cannot resolve address graph-db.internal:7687",
        {("graph-db.internal", "temporary")},
    ),
    (  # requests' InvalidURL over a gaierror (Airbyte's CDK)
        "requests.exceptions.InvalidURL: Invalid URL ParseResult(scheme='https', "
        "netloc='analytics.vendor-api.example', path='/v1/events', params='', query='', fragment=''): [Errno -3] "
        "Temporary failure in name resolution",
        {("analytics.vendor-api.example", "temporary")},
    ),
    (  # EMQX's Kafka consumer status: an Erlang binary and inet's atom, escaped in JSON
        '{"status": "disconnected", "status_reason": "{<<\\"kafka-0.kafka-headless.kafka.svc:9092\\">>,nxdomain}"}',
        {("kafka-0.kafka-headless.kafka.svc", "nxdomain")},
    ),
    (  # VerneMQ's bridge
        '2024-05-10T12:00:01.123+00:00 [error] <0.2931.0> connection to "mqtt-upstream.iot.example.net":8883 failed '
        "due to nxdomain",
        {("mqtt-upstream.iot.example.net", "nxdomain")},
    ),
    (  # Istio's network gateway resolver
        "2025-03-02T08:44:02.310411Z\tinfo\tmodel\tupstream dns failure: 10.96.0.10:53: [eastwest.mesh.example.net.]: "
        "<nil>",
        {("eastwest.mesh.example.net", "other")},
    ),
    (
        '{"level":"debug","scope":"model","msg":"upstream dns error: 10.96.0.10:53: [gw-west.mesh.internal.]: '
        'REFUSED"}',
        {("gw-west.mesh.internal", "refused")},
    ),
    (  # ztunnel
        "2025-03-04T10:11:12.123456Z\twarn\tstate\tdns lookup failed\terr=Timeout hostname=mysql.legacy.example.com",
        {("mysql.legacy.example.com", "timeout")},
    ),
    (
        "2025-03-04T10:16:02Z\twarn\tstate\tdns lookup failed\terr=Dns(ResponseCode(ServFail)) "
        "hostname=api.svc.example",
        {("api.svc.example", "servfail")},
    ),
    (  # calicoctl's IP autodetection
        "error executing command: cannot resolve address specified for IP autodetection: gw.lab.home.arpa",
        {("gw.lab.home.arpa", "nxdomain")},
    ),
    (  # Emissary's diagd
        "2024-05-10 08:12:33 diagd 3.9.1 [P17TAEW] ERROR: Unable to resolve statsd-sink to IP : [Errno -2] Name or "
        "service not known",
        {("statsd-sink", "nxdomain")},
    ),
    (  # MaxScale, TiDB Operator's start script
        "error  : (server3); Server server3 hostname maria-1.db.internal has not been resolved to a valid address",
        {("maria-1.db.internal", "other")},
    ),
    ("nslookup domain basic-pd-0.basic-pd-peer.tidb.svc failed", {("basic-pd-0.basic-pd-peer.tidb.svc", "other")}),
    (  # Telepresence's agent
        "2026-12-05 02:56:10.5534 debug   agent-lookup : LookupDNS on traffic-manager: orders-db. A -> NXDOMAIN",
        {("orders-db", "nxdomain")},
    ),
    (  # RocketMQ
        "WARN MQClientFactoryScheduledThread - connect to http://jmenv.tbsite.net:8080/rocketmq/nsaddr failed, maybe "
        "the domain name http://jmenv.tbsite.net:8080/rocketmq/nsaddr not bind in /etc/hosts",
        {("jmenv.tbsite.net", "other")},
    ),
    (  # ActiveMQ Artemis
        "DEBUG [org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnector] Remote destination: "
        "artemis-primary.mq.svc.cluster.local/<unresolved>:61616\n"
        "ERROR [org.apache.activemq.artemis.core.client] AMQ214016: Failed to create netty connection\n"
        "java.nio.channels.UnresolvedAddressException",
        {("artemis-primary.mq.svc.cluster.local", "other")},
    ),
    (  # RabbitMQ's DNS peer discovery, both families empty
        "[info] <0.230.0> Addresses discovered via A records of rabbitmq-seed.ops.internal: \n"
        "[info] <0.230.0> Addresses discovered via AAAA records of rabbitmq-seed.ops.internal: \n",
        {("rabbitmq-seed.ops.internal", "other")},
    ),
    (  # FoundationDB's trace event
        '<Event Severity="20" Type="DNSCacheRefreshFailed" ErrorDescription="DNS lookup failed" '
        'Host="fdb-coord-2.fdb.svc.cluster.local" Service="4501" />',
        {("fdb-coord-2.fdb.svc.cluster.local", "other")},
    ),
    ("failed to resolve endpoint host: infra1.example.com", {("infra1.example.com", "other")}),
    (  # lego 4.2x's question without its server; lua-resty-dns' code as ingress-nginx logs it
        " [wiki.example.org: time limit exceeded: last error: authoritative nameservers: could not find zone: "
        "unexpected response for '_acme-challenge.wiki.example.org.' [question='_acme-challenge.wiki.example.org. "
        "IN  SOA', "
        "code=REFUSED]]",
        {("_acme-challenge.wiki.example.org", "refused")},
    ),
    (
        "[lua] resolver.lua:83: parse_domain(): failed to parse domain: grpc-backend.apps.svc.cluster.local, error: "
        "server returned error code: 3: name error, context: ngx.timer",
        {("grpc-backend.apps.svc.cluster.local", "nxdomain")},
    ),
    (  # Kong 3's dns client: its Tried list as JSON
        '[lua] init.lua:382: execute(): DNS resolution failed: dns server error: 3 name error. Tried: [{"qname":'
        '"payments-api.default.svc","qtype":1,"error":"dns server error: 3 name error","errcode":3}]',
        {("payments-api.default.svc", "nxdomain")},
    ),
    (  # JGroups' DNS_PING names the query after its noun
        '"message":"failed to resolve query keycloak-headless.kc.svc.cluster.local, ex: keycloak-headless.kc.svc.'
        'cluster.local: Name or service not known"',
        {("keycloak-headless.kc.svc.cluster.local", "nxdomain")},
    ),
    (  # Patroni's own empty-answer words inside urllib3's error
        'ERROR: Request to server http://etcd-2.db.internal:2379 failed: MaxRetryError("HTTPConnectionPool(host='
        "'etcd-2.db.internal', port=2379): Max retries exceeded with url: /v2/keys (Caused by NewConnectionError('<x>: "
        "Failed to establish a new connection: getaddrinfo returns an empty list'))\")",
        {("etcd-2.db.internal", "other")},
    ),
    (  # Consul Connect's resolver (a Nomad job's Go client): a name of no supported Consul domain
        '2021/01/10 07:37:41 failed to reach upstream: Get "https://uuid-api.connect.consul/": unsupported Consul DNS'
        " domain: must be either <name>.service[.<datacenter>].consul or <name>.query[.<datacenter>].consul",
        {("uuid-api.connect.consul", "other")},
    ),
    (  # Gitness (Drone's successor): a webhook execution's stored error
        '{"id":2231,"webhook_id":14,"result":"fatal_error","error":"host \'hooks.slack-relay.acme.io\' was not found"}',
        {("hooks.slack-relay.acme.io", "nxdomain")},
    ),
    (  # Supavisor's DbHandler: inet's atom and an Erlang charlist
        '14:02:11.900 [error] DbHandler: Connection failed {:error, :nxdomain} to ~c"pg-replica-2.data.internal":6543',
        {("pg-replica-2.data.internal", "nxdomain")},
    ),
    (
        "[error] DbHandler: Connection failed {:error, :nxdomain} to 'db.qwmzkrtpdnvhxoyl.supabase.co':5432",
        {("db.qwmzkrtpdnvhxoyl.supabase.co", "nxdomain")},
    ),
    (  # Electron (Mattermost's desktop app): Chromium's code and the URL it loaded
        "[2025-06-10 09:12:44.120] [info] [MattermostWebContentsView] failed loading URL: Error: ERR_NAME_NOT_RESOLVED "
        "(-105) loading 'https://chat.ops-example.com/', retrying in 5 seconds",
        {("chat.ops-example.com", "nxdomain")},
    ),
    (  # ... Rocket.Chat's video window, the load failure's object on one line; -137 names no reason
        "[error] Video call window failed to load: { errorCode: -137, errorDescription: 'ERR_NAME_RESOLUTION_FAILED', "
        "validatedURL: 'https://conf.videohub.net/room/standup', isMainFrame: true }",
        {("conf.videohub.net", "other")},
    ),
    (  # Tinyproxy's opensock: gai_strerror after the name and port
        "ERROR     May 14 11:02:10.771 [1]: opensock: Could not retrieve address info for cdn.assets.example.org:80: "
        "Try again",
        {("cdn.assets.example.org", "temporary")},
    ),
    (  # node-problem-detector's DNS plugin, as `kubectl describe node` shows its condition
        "  DNSProblem  True  Thu, 05 Dec 2024 04:31:10 +0000  DNSUnreachable  DNS lookup to kubernetes.default is not "
        "working",
        {("kubernetes.default", "other")},
    ),
    (  # Penpot: the hint beside the request's `uri` field, JSON and Transit
        '{"type":"validation","code":"ssrf-blocked-target","hint":"uri host could not be resolved",'
        '"uri":"http://minio.storage.svc.cluster.local:9000/penpot/img.png"}',
        {("minio.storage.svc.cluster.local", "nxdomain")},
    ),
    (
        '["^ ","~:type","~:validation","~:hint","uri host could not be resolved","~:uri",'
        '"http://minio.objects.internal:9000/penpot/logo.png"]',
        {("minio.objects.internal", "nxdomain")},
    ),
    (  # .NET's service discovery resolver (its three messages; test_formats_lookalike_sources.py has their look-alikes)
        "      Query A orders-db.internal.contoso.net on 10.0.0.2:53 attempt 1: server indicates given name does not "
        "exist.",
        {("orders-db.internal.contoso.net", "nxdomain")},
    ),
    (
        "      Server 172.20.0.10:53 replied with Refused when querying AAAA basket.svc.contoso.net",
        {("basket.svc.contoso.net", "refused")},
    ),
    (
        "      System.InvalidOperationException: No DNS records were found for service 'redis-cache' (DNS name: "
        "'redis-cache.contoso.net').",
        {("redis-cache.contoso.net", "nxdomain")},
    ),
    (  # (probes, round 19) the system resolver's fallback: the SocketException it threw under the service's URL
        "      Error resolving endpoints for service 'https://basket.contoso.net'.\n"
        "      System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known\n"
        "         at Microsoft.Extensions.ServiceDiscovery.Dns.FallbackDnsResolver.ResolveIPAddressesAsync(String n)",
        {("basket.contoso.net", "nxdomain")},
    ),
    (  # Paperless: the gaierror re-raised as httpx's error naming the host; the chain's reason wins
        "socket.gaierror: [Errno -3] Temporary failure in name resolution\n\n"
        "The above exception was the direct cause of the following exception:\n"
        '  File "/usr/src/paperless/src/paperless/network.py", line 94, in _rewrite_request_to_pinned_ip\n'
        "    raise httpx.ConnectError(str(e)) from e\n"
        "httpx.ConnectError: Could not resolve hostname: ntfy.home.arpa",
        {("ntfy.home.arpa", "temporary")},
    ),
    (  # libcurl's threaded resolver as git prints it (Argo CD's repo-server)
        "fatal: unable to access 'https://github.com/argoproj/argocd-example-apps.git/': getaddrinfo() thread failed "
        "to start",
        {("github.com", "other")},
    ),
    (  # Blocky's bootstrap resolver: Go's reason with the name after it, under a component's own prefix
        "[2024-11-30 08:24:19] ERROR bootstrap: resolve error: no such host upstream-dns.example.net",
        {("upstream-dns.example.net", "nxdomain")},
    ),
    (  # Appwrite's health check: a bare `does not resolve` reads like a bare `cannot be resolved` (LABELS.md)
        "Error: Hostname appwrite-mariadb does not resolve.",
        {("appwrite-mariadb", "nxdomain")},
    ),
    (  # ... and with words after it that give no reason, the unstated kind (Oracle's installer)
        "[FATAL] [INS-40954] Local node db-0.containers.internal did not resolve to an IP address.",
        {("db-0.containers.internal", "other")},
    ),
]

LOOKALIKES = [
    # a chain whose caused exception names nothing dialled
    "socket.gaierror: [Errno -2] Name or service not known\n\n"
    "The above exception was the direct cause of the following exception:\n\nRuntimeError: worker failed to start",
    # a chain begun by a refused connection, no gaierror
    "ConnectionRefusedError: [Errno 111] Connection refused\n\n"
    "The above exception was the direct cause of the following exception:\n\n"
    "OSError: Timed out trying to connect to tcp://dask-scheduler:8786 after 30 s",
    '{"status_reason": "{<<\\"kafka-0.kafka:9092\\">>,econnrefused}"}',
    "upstream dns failure: 10.96.0.10:53: [gw.mesh.internal.]: 10.0.0.7",
    "LookupDNS on traffic-manager: orders-db. A -> 10.0.3.4",
    "Remote destination: artemis-0.mq.svc/<unresolved>:61616",
    "Addresses discovered via A records of rabbitmq-seed.ops.internal: \n"
    "Addresses discovered via AAAA records of rabbitmq-seed.ops.internal: fd00::12\n",
    # what these products resolve that is no host
    "WARN RestService - Failed to resolve current Doris timestamp through FE doris-fe.doris.svc:8030 on attempt 1/3",
    "FATA[0002] error resolving download URL 'http://mirror.colima.lan:8080/u.qcow2': resolve redirect failed for "
    "'http://mirror.colima.lan:8080/u.qcow2': connection refused.",
    "info : (15) [namedserverfilter] Failed to resolve hostname due to Name or service not known",
    # a review's look-alikes: a connect's timeout in Erlang's forms, a chain's exception naming a time, a wait loop
    # that resolved later, another connector's resolved address under Artemis' debug line, a bracketed answer
    '[{<<"kafka-1:9092">>,timeout}]',
    'connection to "broker.internal":1883 failed due to timeout',
    "socket.gaierror: [Errno -2] Name or service not known\n\n"
    "The above exception was the direct cause of the following exception:\n\n"
    "SchedulerError: job backup missed its window at 02:30",
    "nslookup domain basic-tikv-0.basic-tikv-peer.tidb.svc failed\n"
    "nslookup domain basic-tikv-0.basic-tikv-peer.tidb.svc success",
    "DEBUG Remote destination: artemis-0.artemis-headless/<unresolved>:61616\n"
    "DEBUG connector to artemis-1/10.0.0.7:61616 failed\n"
    "java.nio.channels.UnresolvedAddressException",
    "upstream dns failure: 10.96.0.10:53: [api.example.com.]: [2606:2800:220:1:248:1893:25c8:1946]",
    # git over another of curl's errors; Consul's words with no request
    "fatal: unable to access 'https://github.com/o/r.git/': Failed to connect to github.com port 443: Connection "
    "refused",
    "error: unsupported Consul DNS domain: must be either <name>.service[.<datacenter>].consul",
    # a name found; an address dialled; a load that worked; a hint with no uri field; the plugin's success
    "host 'hooks.example.com' was found in the cache",
    'DbHandler: Connection failed {:error, :econnrefused} to ~c"db.internal":5432',
    "failed loading URL: Error: ERR_CONNECTION_REFUSED (-102) loading 'https://chat.example.com/'",
    '{"hint":"uri host could not be resolved"}',
    "DNS lookup to kubernetes.default is working",
]


test_each_products_format_is_read = reads(ROUND, None)
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, None)


def test_every_rule_of_the_module_fires() -> None:
    from tests.unit.parsing.test_formats_heldout_jzkg import ROUND as ROUND_JZKG  # TiDB Operator's v1 scripts

    assert unfired(product_sources.RULES, [text for text, _ in (*ROUND, *ROUND_JZKG)]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "The above exception was the direct cause of the following exception: gaierror: [Errno -2] x ",
        "Invalid URL ParseResult(scheme='a', netloc='a' {<<\"a:1\">>,nxdomain} connection to \"a\":1 failed due to x ",
        "upstream dns failure: a: [a.]: dns lookup failed err=a hostname=a LookupDNS on traffic-manager: a. A -> ",
        "Remote destination: a/<unresolved>:1 Addresses discovered via A records of a: nslookup domain a failed ",
        "Get \"https://a/\": unsupported Consul DNS domain unable to access 'https://a': getaddrinfo() thread failed ",
        "host 'a' was not found {:error, :nxdomain} to ~c\"a\":1 ERR_NAME_NOT_RESOLVED (-105) loading 'h://a' ",
        '"hint":"uri host could not be resolved","uri":"a://a" Could not retrieve address info for a:1: x ',
    ]
)
