"""The paste parser's examples for the formats added with the 2026-12 pastes (nginx's resolver, Redis,
Envoy/gRPC c-ares, Rust, PHP, Dart, MySQL, Windows ping/nslookup, .NET, sudo, Haskell, dig, busybox,
CoreDNS's errors/loop/log plugins), each id naming the runtime and the format, and placeholder (redacted)
names. The older formats are in examples.py."""

from __future__ import annotations

from typing import Any

# (id, paste, fields of the first failure found)
EXAMPLES_2026_12: list[tuple[str, str, dict[str, Any]]] = [
    # --- formats added with the 2026-12 pastes: (runtime)-(format), each the format's general shape -----------
    (
        "nginx-resolver-quoted-name-timed-out",
        "[error] 16#0: upstream-dynamic-servers: 'billing_upstream' could not be resolved (110: Operation timed out)",
        {"host": "billing_upstream", "kind": "timeout", "redacted": False},
    ),
    (
        "nginx-jdomain-resolver-failed",
        '[error] 205#0: ngx_http_upstream_jdomain_module: resolver failed, "api.shop.svc" (110: Operation timed out)',
        {"host": "api.shop.svc", "kind": "timeout", "service": "api", "namespace": "shop"},
    ),
    (
        "nginx-unexpected-dns-response",
        "2025/02/11 17:33:42 [error] 207#0: unexpected DNS response for cart.shop.svc.cluster.local",
        {"host": "cart.shop.svc.cluster.local", "kind": "other", "service": "cart"},
    ),
    (
        "nginx-unexpected-response",
        "2016/05/25 21:34:35 [error] 170#170: unexpected response for orders.default.svc.cluster.local",
        {"host": "orders.default.svc.cluster.local", "kind": "other"},
    ),
    (
        "nginx-lua-no-resolver-defined",
        'sock connected failed no resolver defined to resolve "graph.partner.net"',
        {"host": "graph.partner.net", "kind": "other"},
    ),
    (
        "redis-cli-name-or-service-not-known",
        "Could not connect to Redis at redis-master.cache:6379: Name or service not known",
        {"host": "redis-master.cache", "kind": "nxdomain", "port": 6379, "service": "redis-master"},
    ),
    (
        "redis-cli-musl-name-does-not-resolve",
        "Could not connect to Redis at sessions:6380: Name does not resolve",
        {"host": "sessions", "kind": "nxdomain", "port": 6380},
    ),
    (
        "redis-sentinel-failed-to-resolve-hostname",
        "1:X 10 Oct 2022 12:05:33.700 # Failed to resolve hostname 'redis-node-2.redis-headless'",
        {"host": "redis-node-2.redis-headless", "kind": "other"},
    ),
    (
        "ruby-redis-rb-socketerror-next-line",
        "Redis::CannotConnectError: Error connecting to Redis on cache.prod.internal:6379 (SocketError)\n\n"
        "SocketError: getaddrinfo: Temporary failure in name resolution",
        {"host": "cache.prod.internal", "kind": "temporary", "port": 6379},
    ),
    (
        "envoy-cares-failure-timeout",
        "upstream (trace): async DNS resolution complete for vault.ops.svc details cares_failure:Timeout while "
        "contacting DNS servers",
        {"host": "vault.ops.svc", "kind": "timeout", "service": "vault", "namespace": "ops"},
    ),
    (
        "envoy-c-ares-hex-status-no-data",
        '[debug][dns] dns resolution without records for ledger.bank.svc.cluster.local c-ares status 0x0001: "DNS '
        'server returned answer with no data"',
        {"host": "ledger.bank.svc.cluster.local", "kind": "nxdomain"},
    ),
    (
        "grpc-c-ares-not-ares-success",
        "(c-ares resolver) request:0x6000 on_hostbyname_done_locked: C-ares status is not ARES_SUCCESS qtype=AAAA "
        "name=search.internal.example is_balancer=0: Domain name not found",
        {"host": "search.internal.example", "kind": "nxdomain"},  # `.example`: a name (LABELS.md)
    ),
    (
        "rust-reqwest-url-after-the-error",
        'Error(Hyper(Error(Connect, Custom { kind: Other, error: "failed to lookup address information: Temporary '
        'failure in name resolution" })), "https://api.weather.io/v1/now")',
        {"host": "api.weather.io", "kind": "temporary"},
    ),
    (
        "rust-reqwest-url-field-before-the-error",
        'reqwest::Error { kind: Request, url: "http://inventory:8080/items", source: ConnectError("dns error", '
        'Custom { kind: Uncategorized, error: "failed to lookup address information: Name or service not known" }) }',
        {"host": "inventory", "kind": "nxdomain", "service": "inventory"},
    ),
    (
        "php8-getaddrinfo-for-name-failed",
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mariadb.data failed: "
        "Name or service not known",
        {"host": "mariadb.data", "kind": "nxdomain", "namespace": "data"},
    ),
    (
        "php-getaddrinfo-failed-url-on-the-line",
        "stream_socket_client(): unable to connect to ssl://news.feeds.org:563 (php_network_getaddresses: "
        "getaddrinfo failed: Temporary failure in name resolution",
        {"host": "news.feeds.org", "kind": "temporary", "port": 563},
    ),
    (
        "php-getaddrinfo-failed-address-on-the-line-above",
        'INFO  Connect to TS3 Server (Address: "voice.guild.de" Voice-Port: "9987").\n'
        "ERROR  Error 0: php_network_getaddresses: getaddrinfo failed: Name or service not known",
        {"host": "voice.guild.de", "kind": "nxdomain"},
    ),
    (
        "dart-failed-host-lookup-errno-7",
        "SocketException: Failed host lookup: 'api.tracker.app' (OS Error: No address associated with hostname, "
        "errno = 7)",
        {"host": "api.tracker.app", "kind": "nxdomain"},
    ),
    (
        "dart-failed-host-lookup-macos-errno-8",
        "SocketException: Failed host lookup: 'pub.mirror.cn' (OS Error: nodename nor servname provided, or not "
        "known, errno = 8)",
        {"host": "pub.mirror.cn", "kind": "nxdomain"},
    ),
    (
        "mysql-client-host-with-port-code-0",
        "ERROR 2005 (HY000): Unknown MySQL server host 'db.prod:3307' (0)",
        {"host": "db.prod", "kind": "other", "port": 3307},
    ),
    (
        "mysql-client-ip-with-port-is-a-lookup",
        "2005: SQLSTATE[HY000] [2005] Unknown MySQL server host '10.20.30.40:3306' (0)",
        {"host": "10.20.30.40", "kind": "other", "port": 3306},
    ),
    (
        "windows-ping-could-not-find-host",
        "C:\\>ping files.corp.local\nPing request could not find host files.corp.local. Please check the name and "
        "try again.",
        {"host": "files.corp.local", "kind": "nxdomain"},
    ),
    (
        "windows-nslookup-non-existent-domain",
        "Server:  UnKnown\nAddress:  192.168.1.1\n\n*** UnKnown can't find intranet.lan: Non-existent domain",
        {"host": "intranet.lan", "kind": "nxdomain", "server": "192.168.1.1:53"},
    ),
    (
        "windows-nslookup-debug-rcode",
        "C:\\>nslookup -debug portal.shop.net 1.1.1.1\n------------\nGot answer:\n    HEADER:\n"
        "        opcode = QUERY, id = 2, rcode = NXDOMAIN\n\n    QUESTIONS:\n        portal.shop.net, type = A, "
        "class = IN",
        {"host": "portal.shop.net", "kind": "nxdomain"},
    ),
    (
        "dotnet-socketexception-host-on-the-line-above",
        "System.Net.Http.HttpRequestException: Name or service not known (catalog.api:443)\n"
        " ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known",
        {"host": "catalog.api", "kind": "nxdomain", "port": 443},
    ),
    (
        "dotnet-resource-temporarily-unavailable",
        "System.Net.Http.HttpRequestException: Resource temporarily unavailable (identity.auth:8443)",
        {"host": "identity.auth", "kind": "temporary", "port": 8443},
    ),
    (
        "dotnet-dnsclient-query-timed-out",
        'Exception calling "QueryServer": "Query 4211 => mail.shop.com IN MX on 10.0.0.2:53 timed out or is a '
        'transient error."',
        {"host": "mail.shop.com", "kind": "timeout", "server": "10.0.0.2:53"},
    ),
    (
        "glibc-sudo-unable-to-resolve-host",
        "sudo: unable to resolve host build-agent-7: Name or service not known",
        {"host": "build-agent-7", "kind": "nxdomain"},
    ),
    (
        "haskell-getaddrinfo-does-not-exist",
        "Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {}, host name: Just "
        '"queue.jobs", service name: Just "5672"): does not exist (Name or service not known)',
        {"host": "queue.jobs", "kind": "nxdomain", "port": 5672},
    ),
    (
        "dig-communications-error-refused",
        "$ dig @10.0.0.53 -p 5335 status.page.io\n;; communications error to 10.0.0.53#5335: connection refused\n"
        ";; no servers could be reached",
        {"host": "status.page.io", "kind": "refused"},
    ),
    (
        "busybox-nslookup-no-answer-only",
        "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n*** Can't find metrics.monitoring.svc.cluster.local: "
        "No answer",
        {"host": "metrics.monitoring.svc.cluster.local", "kind": "nxdomain", "service": "metrics"},
    ),
    (
        "coredns-errors-plugin-hinfo-probe",
        "[ERROR] plugin/errors: 2 5577006791947779410.8674665223082153551. HINFO: read udp 10.244.0.2:45662->"
        "10.0.0.2:53: i/o timeout",
        {"host": "5577006791947779410.8674665223082153551", "kind": "timeout", "server": "10.0.0.2:53"},
    ),
    (
        "coredns-loop-plugin-fatal",
        '[FATAL] plugin/loop: Loop (127.0.0.1:55953 -> :53) detected for zone ".", see '
        'https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO 4547991504243258144.3688648895315093531."',
        {"host": "4547991504243258144.3688648895315093531", "kind": "other"},
    ),
    (
        "coredns-log-plugin-nxdomain",
        '[INFO] 10.244.0.3:52643 - 1234 "A IN payments.shop.svc.cluster.local. udp 50 false 512" NXDOMAIN '
        "qr,aa,rd 143 0.000106s",
        {"host": "payments.shop.svc.cluster.local", "kind": "nxdomain", "service": "payments", "namespace": "shop"},
    ),
    # --- placeholder (redacted) names: recognised, flagged, no Service -------------------------------------
    (
        "redacted-stars-curl",
        "curl: (6) Could not resolve host: *****",
        {"host": "*****", "kind": "nxdomain", "redacted": True, "service": None, "namespace": None},
    ),
    (
        "redacted-angle-brackets-go",
        "dial tcp: lookup <node>.cluster.local on 10.96.0.10:53: no such host",
        {"host": "<node>.cluster.local", "kind": "nxdomain", "redacted": True, "service": None},
    ),
    (
        "redacted-braces-php",
        "php_network_getaddresses: getaddrinfo for {db_host} failed: Name or service not known",
        {"host": "{db_host}", "kind": "nxdomain", "redacted": True},
    ),
    (
        "redacted-shell-variable-curl",
        "curl: (6) Could not resolve host: $(NODE_IP)",
        {"host": "$(node_ip)", "kind": "nxdomain", "redacted": True},
    ),
    (
        "redacted-env-variable-java",
        "java.net.UnknownHostException: ${DB_HOST}: Name or service not known",
        {"host": "${db_host}", "kind": "nxdomain", "redacted": True},
    ),
    (
        "redacted-windows-variable-ping",
        "Ping request could not find host %SERVER%. Please check the name and try again.",
        {"host": "%server%", "kind": "nxdomain", "redacted": True},
    ),
    (
        "redacted-xxx-labels-nginx",
        "*426 www.XXX.es could not be resolved (3: Host not found), client: 85.25.210.41",
        {"host": "www.xxx.es", "kind": "nxdomain", "redacted": True, "service": None},
    ),
    (
        "redacted-capitals-variable-go",
        "dial tcp: lookup MASTER_NODE_IP: getaddrinfow: No such host is known.",
        {"host": "master_node_ip", "kind": "nxdomain", "redacted": True},
    ),
]
