"""The paste parser's hand-made examples, one per format, grouped by the runtime or tool that prints it: Go,
JSON-wrapped logs, Python, Java, Node.js, curl/wget, nslookup/dig/host, CoreDNS, nginx, Envoy, gRPC, database
clients, Ruby/PHP/.NET, and Slack's own escaping of a paste. The formats added with the 2026-12 pastes are in
examples_2026_12.py."""

from __future__ import annotations

from typing import Any

# (id, paste, fields of the first failure found). Synthetic, to pin down every field per format.
EXAMPLES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "go-timeout",
        "dial tcp: lookup default-keystone.onecloud.svc.cluster.local on 10.96.0.10:53: "
        "read udp 10.40.1.2:53402->10.96.0.10:53: i/o timeout",
        {
            "host": "default-keystone.onecloud.svc.cluster.local",
            "kind": "timeout",
            "server": "10.96.0.10:53",
            "url": None,
            "port": None,
            "service": "default-keystone",
            "namespace": "onecloud",
        },
    ),
    (
        "go-no-such-host-with-url",
        'Get "http://api.payments:8080/healthz": dial tcp: lookup api.payments on 10.96.0.10:53: no such host',
        {
            "host": "api.payments",
            "kind": "nxdomain",
            "server": "10.96.0.10:53",
            "url": "http://api.payments:8080/healthz",
            "port": 8080,
            "service": "api",
            "namespace": "payments",
        },
    ),
    (
        "go-server-misbehaving",
        "Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io "
        "on 10.0.2.3:53: server misbehaving",
        {
            "host": "registry-1.docker.io",
            "kind": "servfail",
            "url": "https://registry-1.docker.io/v2/",
            "port": 443,
            "service": None,
            "namespace": None,
        },
    ),
    (
        "go-refused-ipv6-server",
        "lookup redis.cache.svc on [fd00::a]:53: read udp [fd00::5]:4000->[fd00::a]:53: read: connection refused",
        {"host": "redis.cache.svc", "kind": "refused", "server": "[fd00::a]:53", "service": "redis"},
    ),
    (
        "go-try-again",
        'Post "http://db:5432/x": dial tcp: lookup db: Try again',
        {"host": "db", "kind": "temporary", "server": None, "port": 5432, "service": "db", "namespace": None},
    ),
    (
        "go-unrecognised-error-is-other",
        "dns: A record lookup error: lookup orders.shop on 10.96.0.10:53: "
        "dial udp 10.96.0.10:53: operation was canceled",
        {"host": "orders.shop", "kind": "other", "server": "10.96.0.10:53"},
    ),
    (
        "json-wrapped-runbook",
        '{"error":{"class":"DNSError","code":499,"details":"Post \\"https://default-keystone:30357/v3/auth/tokens\\": '
        'dial tcp: lookup default-keystone: i/o timeout"}}',
        {
            "host": "default-keystone",
            "kind": "timeout",
            "url": "https://default-keystone:30357/v3/auth/tokens",
            "port": 30357,
            "service": "default-keystone",
            "namespace": None,
        },
    ),
    (
        "json-log-escaped-newlines",
        '{"level":"error","msg":"db down","stack":"Traceback:\\n  File \\"app.py\\"\\npsycopg2.OperationalError: '
        'could not translate host name \\"pg.data\\" to address: Temporary failure in name resolution\\n"}',
        {"host": "pg.data", "kind": "temporary", "service": "pg", "namespace": "data"},
    ),
    (
        "python-urllib3-errno-3",
        "urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='auth.identity.svc', port=5000): Max retries "
        "exceeded with url: /v3 (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at "
        "0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))",
        {"host": "auth.identity.svc", "kind": "temporary", "port": 5000, "service": "auth", "namespace": "identity"},
    ),
    (
        "python-requests-errno-2",
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='inventory', port=80): Max retries exceeded "
        "with url: /items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: "
        "Failed to establish a new connection: [Errno -2] Name or service not known'))",
        {"host": "inventory", "kind": "nxdomain", "port": 80, "service": "inventory"},
    ),
    (
        "python-urllib3-name-resolution-error",
        'NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to resolve '
        "'keycloak.auth.svc.cluster.local' ([Errno -3] Temporary failure in name resolution)\")",
        {"host": "keycloak.auth.svc.cluster.local", "kind": "temporary", "service": "keycloak", "namespace": "auth"},
    ),
    (
        "python-redis",
        "redis.exceptions.ConnectionError: Error -2 connecting to redis-master.cache:6379. Name or service not known.",
        {"host": "redis-master.cache", "kind": "nxdomain", "port": 6379, "service": "redis-master"},
    ),
    (
        "python-pymongo",
        "pymongo.errors.ServerSelectionTimeoutError: mongo-0.mongo.db.svc.cluster.local:27017: "
        "[Errno -3] Temporary failure in name resolution",
        {"host": "mongo-0.mongo.db.svc.cluster.local", "kind": "temporary", "port": 27017, "service": "mongo"},
    ),
    (
        "python-aiohttp",
        "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host search.es:9200 ssl:default "
        "[Name or service not known]",
        {"host": "search.es", "kind": "nxdomain", "port": 9200},
    ),
    (
        "java-unknown-host-temporary",
        "java.net.UnknownHostException: orders-db.shop.svc.cluster.local: Temporary failure in name resolution\n"
        "\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)",
        {"host": "orders-db.shop.svc.cluster.local", "kind": "temporary", "service": "orders-db", "namespace": "shop"},
    ),
    (
        "java-unknown-host",
        "Caused by: java.net.UnknownHostException: kafka-0.kafka-headless",
        {"host": "kafka-0.kafka-headless", "kind": "nxdomain"},
    ),
    (
        "node-enotfound",
        "Error: getaddrinfo ENOTFOUND mongo.db.svc.cluster.local\n    at GetAddrInfoReqWrap.onlookup [as oncomplete]",
        {"host": "mongo.db.svc.cluster.local", "kind": "nxdomain", "service": "mongo", "namespace": "db"},
    ),
    (
        "node-eai-again-port",
        "Error: getaddrinfo EAI_AGAIN rabbitmq:5672",
        {"host": "rabbitmq", "kind": "temporary", "port": 5672, "service": "rabbitmq"},
    ),
    (
        "node-error-object",
        "Error: getaddrinfo ENOTFOUND\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n"
        "  hostname: 'payments-api'\n}",
        {"host": "payments-api", "kind": "nxdomain"},
    ),
    (
        "curl",
        "curl: (6) Could not resolve host: grafana.monitoring",
        {"host": "grafana.monitoring", "kind": "nxdomain", "service": "grafana", "namespace": "monitoring"},
    ),
    (
        "wget-gnu",
        "Resolving charts.internal (charts.internal)... failed: Temporary failure in name resolution.\n"
        "wget: unable to resolve host address 'charts.internal'",
        {"host": "charts.internal", "kind": "temporary", "service": None},
    ),
    (
        "wget-busybox",
        "wget: bad address 'minio.storage:9000'",
        {"host": "minio.storage", "kind": "nxdomain", "port": 9000, "service": "minio", "namespace": "storage"},
    ),
    (
        "nslookup-nxdomain",
        "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find web.prod.svc.cluster.local: NXDOMAIN",
        {"host": "web.prod.svc.cluster.local", "kind": "nxdomain", "server": "10.96.0.10:53", "namespace": "prod"},
    ),
    (
        "nslookup-busybox-cant-resolve",
        "Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n"
        "nslookup: can't resolve 'kubernetes.default'",
        {"host": "kubernetes.default", "kind": "nxdomain", "server": "10.96.0.10:53", "service": "kubernetes"},
    ),
    (
        "dig-timeout",
        "$ dig @10.96.0.10 kubernetes.default.svc.cluster.local\n\n"
        "; <<>> DiG 9.18.1 <<>> @10.96.0.10 kubernetes.default.svc.cluster.local\n"
        "; (1 server found)\n;; global options: +cmd\n;; connection timed out; no servers could be reached",
        {"host": "kubernetes.default.svc.cluster.local", "kind": "timeout", "server": "10.96.0.10:53"},
    ),
    (
        "dig-servfail",
        ";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 6546\n;; QUESTION SECTION:\n"
        ";api.partner.example.   IN  A",
        {"host": "api.partner.example", "kind": "servfail"},
    ),
    (
        "host-command-refused",
        "Host ledger.finance.svc.cluster.local not found: 5(REFUSED)",
        {"host": "ledger.finance.svc.cluster.local", "kind": "refused", "service": "ledger", "namespace": "finance"},
    ),
    (
        "coredns-errors-plugin",
        "[ERROR] plugin/errors: 2 api.example.com. AAAA: read udp 10.244.0.5:52387->8.8.8.8:53: i/o timeout",
        {"host": "api.example.com", "kind": "timeout", "server": "8.8.8.8:53", "service": None},
    ),
    (
        "nginx-host-not-found",
        "2024/05/01 10:00:00 [error] 31#31: *12 upstream-svc.default.svc.cluster.local could not be resolved "
        "(3: Host not found), client: 10.0.0.1",
        {"host": "upstream-svc.default.svc.cluster.local", "kind": "nxdomain", "namespace": "default"},
    ),
    (
        "nginx-timed-out",
        "*7 backend.shop could not be resolved (110: Operation timed out), client: 10.1.2.3",
        {"host": "backend.shop", "kind": "timeout"},
    ),
    (
        "nginx-emerg-upstream",
        'nginx: [emerg] host not found in upstream "app.web:8080" in /etc/nginx/conf.d/default.conf:3',
        {"host": "app.web", "kind": "nxdomain", "port": 8080},
    ),
    (
        "envoy-c-ares",
        "[debug][dns] dns resolution for backend.mesh.svc.cluster.local failed with c-ares status 12",
        {"host": "backend.mesh.svc.cluster.local", "kind": "timeout", "service": "backend", "namespace": "mesh"},
    ),
    (
        "grpc-zero-addresses",
        'failed to dial "dns:///orders.shop.svc.cluster.local:50051": rpc error: code = Unavailable '
        "desc = name resolver error: produced zero addresses",
        {"host": "orders.shop.svc.cluster.local", "kind": "other", "port": 50051, "service": "orders"},
    ),
    (
        "grpc-a-record",
        "grpc: failed dns A record lookup due to lookup orders.shop on 10.96.0.10:53: no such host",
        {"host": "orders.shop", "kind": "nxdomain", "server": "10.96.0.10:53"},
    ),
    (
        "postgres-psycopg",
        'psycopg2.OperationalError: could not translate host name "postgres-primary.db" to address: '
        "Name or service not known",
        {"host": "postgres-primary.db", "kind": "nxdomain", "service": "postgres-primary", "namespace": "db"},
    ),
    (
        "mysql",
        "ERROR 2005 (HY000): Unknown MySQL server host 'mysql.db.svc' (-2)",
        {"host": "mysql.db.svc", "kind": "nxdomain", "service": "mysql", "namespace": "db"},
    ),
    (
        "ruby",
        "Failed to open TCP connection to billing.corp.internal:443 (getaddrinfo: Name or service not known)",
        {"host": "billing.corp.internal", "kind": "nxdomain", "port": 443, "service": None},
    ),
    (
        "php",
        "php_network_getaddresses: getaddrinfo failed: Name or service not known [tcp://redis.cache:6379]",
        {"host": "redis.cache", "kind": "nxdomain", "port": 6379},
    ),
    (
        "dotnet",
        "System.Net.Http.HttpRequestException: Name or service not known (catalog.shop:80)",
        {"host": "catalog.shop", "kind": "nxdomain", "port": 80},
    ),
    (
        "slack-link-backticks-entities",
        "still broken :( `Get <http://auth.identity.svc:5000/v3|auth.identity.svc:5000/v3>: dial tcp: lookup "
        "<http://auth.identity.svc|auth.identity.svc> on 10.96.0.10:53: read udp 10.1.1.1:1-&gt;10.96.0.10:53: "
        "i/o timeout` cc <mailto:oncall@example.com|oncall@example.com> &amp; <@U024BE7LH>",
        {"host": "auth.identity.svc", "kind": "timeout", "server": "10.96.0.10:53", "namespace": "identity"},
    ),
    (
        "slack-code-block",
        "```[ERROR] plugin/errors: 2 ledger.finance. A: read udp 10.244.1.9:41000-&gt;10.0.0.2:53: i/o timeout```",
        {"host": "ledger.finance", "kind": "timeout", "server": "10.0.0.2:53"},
    ),
    (
        "multiline-log-with-stack",
        "2024-05-01T10:00:00.123Z INFO  starting worker\n"
        "2024-05-01T10:00:01.456Z ERROR request failed\n"
        "Traceback (most recent call last):\n"
        '  File "/app/client.py", line 12, in fetch\n'
        "    return session.get(url)\n"
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pricing.shop.svc.cluster.local', "
        'port=8443): Max retries exceeded with url: /prices (Caused by NameResolutionError("<urllib3.connection'
        ".HTTPSConnection object at 0x7f>: Failed to resolve 'pricing.shop.svc.cluster.local' ([Errno -3] "
        'Temporary failure in name resolution)"))\n'
        "2024-05-01T10:00:02.000Z INFO  retrying in 5s",
        {"host": "pricing.shop.svc.cluster.local", "kind": "temporary", "port": 8443, "service": "pricing"},
    ),
]
