"""Formats from held-out JZ-KG's misses (issue #17, session 64; spent data: the sets were measured before these rules
were written) and from the twelfth and thirteenth rounds of probes rendered from programs' own source: each case names
the program and the format, with look-alikes that must stay no failure, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, named_rules, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # PHP 8's named getaddrinfo error with nothing after `failed` (a quote's line ends there): no reason, `other`
        "> SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mariadb.orb.local failed",
        {("mariadb.orb.local", "other")},
    ),
    (  # Xdebug's step debugger: its getaddrinfo failure with strerror's text (no resolver's words)
        "[Step Debug] Creating socket for 'host.docker.internal:9003', getaddrinfo: Invalid argument.",
        {("host.docker.internal", "other")},
    ),
    (  # ... and a resolver's words, where errno held one
        "[Step Debug] Creating socket for 'xdebug-client.dev.svc:9003', getaddrinfo: Name or service not known.",
        {("xdebug-client.dev.svc", "nxdomain")},
    ),
    (  # wkhtmltopdf (Qt): network status code 3, HostNotFoundError, the name as Qt printed it (any word)
        "Error: Failed to load http://docs-web/build/TOC.html, with network status code 3 and http status code 0 - "
        "Host docs-web not found",
        {("docs-web", "nxdomain")},
    ),
    (  # ... in Markdown bold, an IDN's ASCII form
        "Error: Failed to load **http://xn--c-ndam4q/**build/tools/pdf/TOC.html, with network status code 3 and http "
        "status code 0 - **Host xn--c-ndam4q not found**",
        {("xn--c-ndam4q", "nxdomain")},
    ),
    (  # ... older builds print no name: the URL's host is the one
        "Error: Failed to load https://maxcdn.bootstrapcdn.com/bootstrap/3.3.5/css/bootstrap.min.css, with network "
        "status code 3 and http status code 0 - Host not found",
        {("maxcdn.bootstrapcdn.com", "nxdomain")},
    ),
    (  # librdkafka's `Bad address` with `h:port` turned into a Markdown link by the tracker: the link's text
        "Local: Host resolution failure: sasl_plaintext://kafka-0.kafka.svc:9092/bootstrap: Failed to resolve "
        "'[kafka-0.kafka.svc:9092](http://kafka-0.kafka.svc:9092/)': Bad address (after 0ms in state CONNECT)",
        {("kafka-0.kafka.svc", "nxdomain")},
    ),
    (  # KafkaEx: a broker's advertised name the client cannot resolve, inet's atom
        '[error] Could not connect to broker "2bb92465aad1":9092 because of error {:error, :nxdomain}',
        {("2bb92465aad1", "nxdomain")},
    ),
    (  # nginx: digits and dots it could not parse as an IPv4 address went to the resolver, as printed
        '2018/03/10 20:33:07 [emerg] 21065#21065: host not found in upstream "192.168.2.236192.168.199.135" in '
        "/etc/bigbluebutton/nginx/sip.nginx:2",
        {("192.168.2.236192.168.199.135", "nxdomain")},
    ),
    (  # the Supabase CLI's own DNS-over-HTTPS resolver under pgconn's words: an empty answer
        "failed to connect to postgres: failed to connect to `host=db.abcdefghijkl.supabase.co user=postgres "
        "database=postgres`: hostname resolving error (failed to locate valid IP for db.abcdefghijkl.supabase.co; "
        "resolves to []utils.dnsAnswer(nil))",
        {("db.abcdefghijkl.supabase.co", "nxdomain")},
    ),
    # the twelfth round of probes (programs' own source)
    (  # WebdriverIO: the quoted word is the WebDriver command; the name is the request line's URL above
        "[0-0] 2026-08-24T12:05:09.451Z INFO webdriver: [GET] https://appium-node-14.devicefarm.lan/wd/hub/session/0d7e/"
        "context\n[0-0] 2026-08-24T12:05:09.470Z WARN webdriver: WebDriverError: Request failed with error code "
        'ENOTFOUND when running "context" with method "GET"',
        {("appium-node-14.devicefarm.lan", "nxdomain")},
    ),
    (  # ... its COMMAND and DATA lines between, Node's EAI_AGAIN
        "INFO webdriver: [POST] https://hub-cloud.browserstack.com/wd/hub/session/3f9e/element\n"
        "INFO webdriver: DATA { using: 'css selector', value: 'button' }\n"
        'WARN webdriver: WebDriverError: Request failed with error code EAI_AGAIN when running "element" with method '
        '"POST"',
        {("hub-cloud.browserstack.com", "temporary")},
    ),
    (  # chromedriver's host-less error under the traceback frame that opened the page
        "Traceback (most recent call last):\n"
        '  File "/home/qa/checks/login_check.py", line 21, in <module>\n'
        '    driver.get("https://staging.portal-lakeside.com/login")\n'
        '  File "/venv/lib/python3.11/site-packages/selenium/webdriver/remote/webdriver.py", line 356, in get\n'
        '    self.execute(Command.GET, {"url": url})\n'
        "selenium.common.exceptions.WebDriverException: Message: unknown error: net::ERR_NAME_NOT_RESOLVED\n"
        "  (Session info: chrome=121.0.6167.85)",
        {("staging.portal-lakeside.com", "nxdomain")},
    ),
    (  # Chrome's DevTools console: the resource's URL without its scheme starts the line, then the line number
        "sso.intranet.example.com/auth/realms/main/protocol/openid-connect/3p-cookies/step1.html:1   Failed to load "
        "resource: net::ERR_NAME_NOT_RESOLVED",
        {("sso.intranet.example.com", "nxdomain")},
    ),
    (  # Puppeteer under Node's warning prefix: `(node:18)` is the process, not a name
        "e2e_1  | (node:18) UnhandledPromiseRejectionWarning: Error: net::ERR_NAME_NOT_RESOLVED at http://frontend:8080/"
        "login",
        {("frontend", "nxdomain")},
    ),
    (  # Saleor's webhook transport: the URL's host, not the event quoted after the client's words
        "INFO saleor.webhook.transport.utils.celery [Webhook ID: 17] Failed request to "
        "'https://hooks.acme-shop-app.io/api/saleor/webhooks': 'Failed to resolve domain' for event: 'order_created'. "
        "Delivery attempt id: 2231",
        {("hooks.acme-shop-app.io", "other")},
    ),
    (  # elasticsearch-php's request failure: libcurl's error in the object, the name its `uri`
        '[2024-10-24T22:02:10.551260+00:00] elasticsearch.WARNING: Request Failure: {"method":"HEAD","uri":'
        '"http://opensearch-cluster-master.shop.svc.cluster.local:9200/","port":9200,"HTTP code":null,"duration":'
        '5.001377,"error":"Resolving timed out after 5001 milliseconds"} []',
        {("opensearch-cluster-master.shop.svc.cluster.local", "timeout")},
    ),
    (  # TiDB Operator's v1 start script: an empty `dig +short` for the peer's name
        "domain resolve basic-pd-1.basic-pd-peer.tidb-cluster.svc no record return",
        {("basic-pd-1.basic-pd-peer.tidb-cluster.svc", "nxdomain")},
    ),
    (  # ... DM's script: no reason
        "dig domain basic-dm-master-0.basic-dm-master-peer failed\nwaiting for dm-master cluster ready timeout",
        {("basic-dm-master-0.basic-dm-master-peer", "other")},
    ),
    (  # held-out JZ-KG's off-frame rows: Chromium's WebRTC socket manager, net's -105 (ERR_NAME_NOT_RESOLVED)
        "[19268:23244:0220/122212.124:ERROR:socket_manager.cc(128)] Failed to resolve address for "
        "b61e8cb6-1616-485e-8ff4-278ce4d32d1e.local., errorcode: -105",
        {("b61e8cb6-1616-485e-8ff4-278ce4d32d1e.local", "nxdomain")},
    ),
    (  # ... a bare statement, then a sentence of advice (no reason): read as the bare one (LABELS.md)
        "Error: The hostname api.vercel.com could not be resolved. Please verify your internet connectivity and DNS "
        "configuration.",
        {("api.vercel.com", "nxdomain")},
    ),
    (  # Collabora Online's WOPI error: Poco's `No address found`, its log's source file and line after it
        "wsd-00012-00078 2026-03-18 16:30:44.120906 [ docbroker_004 ] ERR  Cannot WOPI::Lock uri "
        "[https://files.northwind-docs.com/wopi/files/10044]. Error: No address found: files.northwind-docs.com| "
        "wsd/Storage.cpp:841",
        {("files.northwind-docs.com", "nxdomain")},
    ),
    (  # Appwrite's API error: a bare `does not resolve.` ending the JSON string's value (LABELS.md: nxdomain)
        '{"message":"Hostname cdn.shopfront-assets.net does not resolve.","code":404,"type":"avatar_url_failed"}',
        {("cdn.shopfront-assets.net", "nxdomain")},
    ),
]

LOOKALIKES = [
    # Xdebug: a connection refused, a poll timeout, the client it could not reach (no look-up failed)
    "[Step Debug] Creating socket for 'host.docker.internal:9003', connect: Connection refused.",
    "[Step Debug] Creating socket for 'host.docker.internal:9003', poll success, but error: Operation now in progress "
    "(29).",
    "[Step Debug] Could not connect to debugging client. Tried: host.docker.internal:9003 (through "
    "xdebug.client_host/xdebug.client_port).",
    # wkhtmltopdf: another network status (5: operation canceled, 1: connection refused)
    "Error: Failed to load http://docs-web/TOC.html, with network status code 5 and http status code 0 - Operation "
    "canceled",
    "Error: Failed to load http://docs-web/TOC.html, with network status code 1 and http status code 0 - Connection "
    "refused",
    # ssh-keygen's known_hosts search: no look-up
    "Host docs-web not found in /root/.ssh/known_hosts",
    # KafkaEx: a refused connection, a connection's timeout
    '[error] Could not connect to broker "kafka-0":9092 because of error {:error, :econnrefused}',
    '[error] Could not connect to broker "kafka-0":9092 because of error {:error, :timeout}',
    # nginx: a port in the slot that is no number
    '[emerg] 1#1: invalid port in upstream "10.0.0.3:http" in /etc/nginx/conf.d/default.conf:3',
    # WebdriverIO: a refused connection; chromedriver's error with no page opened above; Saleor's HTTP error
    "INFO webdriver: [GET] https://hub.example.com/wd/hub/status\nWARN webdriver: WebDriverError: Request failed with "
    'error code ECONNREFUSED when running "status" with method "GET"',
    "selenium.common.exceptions.WebDriverException: Message: unknown error: net::ERR_NAME_NOT_RESOLVED",
    "[Webhook ID: 17] Failed request to 'https://hooks.example.io/hook': 'HTTP 503' for event: 'order_created'.",
    # Chrome's console: a resource that loaded, one refused
    "app.example.com/static/main.js:1   Failed to load resource: net::ERR_CONNECTION_REFUSED",
    # TiDB Operator: the wait loop's later success for the same name
    "dig domain basic-dm-master-0.basic-dm-master-peer failed\ndig domain basic-dm-master-0.basic-dm-master-peer "
    "success",
    # Chromium's socket manager: another net error (-102, ERR_CONNECTION_REFUSED)
    "[1:2:0220/122212.124:ERROR:socket_manager.cc(128)] Failed to resolve address for a.local., errorcode: -102",
    # PHP: the reason on the same line is read by its own rule (the no-reason rule must not add `other`)
    "PDOException: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Name or service not "
    "known",
]

ROUND_13: list[tuple[str, set[tuple[str, str]]]] = [
    (  # the ESPHome CLI: its statement, the help line's link, then the resolver's reason below
        "INFO Resolving IP address of garage-door.local\n"
        "ERROR Error resolving IP address of garage-door.local. Is it connected to WiFi?\n"
        "ERROR (If this error persists, please set a static IP address: https://esphome.io/components/wifi.html#manual-ips)\n"
        "ERROR Error resolving IP address: Error resolving address with mDNS: Did not respond. Maybe the device is "
        "offline., [Errno -2] Name or service not known",
        {("garage-door.local", "nxdomain")},
    ),
    (  # ... its API client's resolve timeout
        "WARNING Can't connect to ESPHome API for livingroom-sensor.local: Timeout while resolving IP address for "
        "['livingroom-sensor.local'] (ResolveTimeoutAPIError)",
        {("livingroom-sensor.local", "timeout")},
    ),
    (  # Boost.Asio (Domoticz): the program's connect line above; its own label before the colon is no name
        "2026-12-07 08:41:02.118  Status: P1 Smart Meter: attempt connect to p1-dongle.lan:8088\n"
        "2026-12-07 08:41:02.140  Error: P1 Smart Meter: Host not found (authoritative)",
        {("p1-dongle.lan", "nxdomain")},
    ),
    (  # libmosquitto's MOSQ_ERR_EAI under Domoticz' connect line
        "2026-12-07 09:10:00.301  Status: MQTT Broker: Connecting to mosquitto.home.lan:1883\n"
        "2026-12-07 09:10:00.322  Error: MQTT Broker: Failed to start, return code: 15/Lookup error. (Check IP/Port)",
        {("mosquitto.home.lan", "other")},
    ),
    (  # Ethon's (Typhoeus') debug line: libcurl's code 6 for the effective URL
        "D, [2025-03-18T09:14:02.534118 #1] DEBUG -- : ETHON: performed EASY effective_url=http://search-api:9200/"
        "_cluster/health response_code=0 return_code=couldnt_resolve_host total_time=0.004123",
        {("search-api", "nxdomain")},
    ),
    (  # Puma's bind under Ruby 3.4's `getaddrinfo(3)`, the name in the command's `-b`
        "$ bundle exec puma -b tcp://app.internal:3000\nPuma starting in single mode...\n* Puma version: 8.0.2\n"
        "/usr/local/bundle/gems/puma-8.0.2/lib/puma/binder.rb:344:in 'TCPServer#initialize': getaddrinfo(3): Name or "
        "service not known (SocketError)",
        {("app.internal", "nxdomain")},
    ),
    (  # Capistrano/SSHKit under Ruby 3.4
        "Exception while executing as deploy@worker-3.jobs.acme-shop.com: getaddrinfo(3): Name or service not known "
        "(SSHKit::Runner::ExecuteError)",
        {("worker-3.jobs.acme-shop.com", "nxdomain")},
    ),
    (  # Ruby 3.4's Socket::ResolutionError under the call that named the host
        'TCPSocket.new("db.internal", 5432)\n'
        "socket.rb:1:in 'TCPSocket#initialize': getaddrinfo(3): Temporary failure in name resolution "
        "(Socket::ResolutionError)",
        {("db.internal", "temporary")},
    ),
    (  # Phorge's Arcanist: libcurl's code and constant
        "[cURL/6] (https://phorge.acme-eng.io/api/user.whoami) <CURLE_COULDNT_RESOLVE_HOST> There was an error "
        "resolving the server hostname.",
        {("phorge.acme-eng.io", "nxdomain")},
    ),
    (  # Helidon's web client
        "Caused by: java.lang.IllegalArgumentException: Failed to get address for host inventory",
        {("inventory", "other")},
    ),
    (  # Undertow's proxy (WildFly): the backend its line above names, over the request's UnresolvedAddressException
        "ERROR [io.undertow.proxy] (default I/O-4) UT005031: Proxy request to /api/orders could not connect to backend "
        "server http://orders-svc:8080\nERROR [io.undertow.request] (default I/O-4) UT005071: Undertow request failed "
        "HttpServerExchange{ GET /api/orders}: java.nio.channels.UnresolvedAddressException",
        {("orders-svc", "other")},
    ),
    (  # the Jenkins Kubernetes plugin: its cause's message is the URL host's bare name
        "WARNING o.c.j.p.k.KubernetesCloud#provision: Failed to connect to Kubernetes at "
        "https://rancher.internal.lan/k8s/clusters/c-m-7x2kq: rancher.internal.lan",
        {("rancher.internal.lan", "other")},
    ),
    (  # Boost.Asio's no-data text (Icinga 2's API listener)
        "critical/ApiListener: Cannot connect to host 'zone-b-sat.icinga.example.org' on port '5665': The query is "
        "valid but does not have associated address data",
        {("zone-b-sat.icinga.example.org", "nxdomain")},
    ),
    (  # dehydrated's bare curl code 6 (read as a script's `curl exited with code 6`)
        "ERROR: Problem connecting to server (get for https://step-ca.pki.svc.cluster.local/acme/acme/directory; curl "
        "returned with 6)",
        {("step-ca.pki.svc.cluster.local", "nxdomain")},
    ),
    (  # acme.sh: curl's code under its CA line, over its `Can not init api for:` (the libcurl page is no name)
        "[Sat Mar  9 00:41:07 UTC 2024] Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error "
        "code: 6\n[Sat Mar  9 00:41:07 UTC 2024] Can not init api for: https://acme.zerossl.com/v2/DV90.",
        {("acme.zerossl.com", "nxdomain")},
    ),
    (  # the url crate's `host: Some(Domain("h"))` (OpenObserve's NATS client): not the word `Some`
        'Error# NATS connect failed for address(es): [ServerAddr(Url { scheme: "nats", host: '
        'Some(Domain("openobserve-nats.openobserve.svc.cluster.local")), port: Some(4222) })], err: DNS error: failed '
        "to lookup address information: Name or service not known",
        {("openobserve-nats.openobserve.svc.cluster.local", "nxdomain")},
    ),
]

REVIEW_3: list[tuple[str, set[tuple[str, str]]]] = [
    (  # a dotted name before Boost.Asio's text is the one looked up
        "Failed to connect to broker.example.com: Host not found (authoritative)",
        {("broker.example.com", "nxdomain")},
    ),
    (
        "myapp[123]: upstream cache.internal: Host not found (non-authoritative), try again later",
        {("cache.internal", "temporary")},
    ),
    (  # Domoticz: the connect line of the device the error names, not the nearest one
        "Status: P1 Meter: attempt connect to p1.lan:8088\nStatus: MQTT: Connecting to broker.lan:1883\n"
        "Error: P1 Meter: Host not found (authoritative)",
        {("p1.lan", "nxdomain")},
    ),
    (
        "Status: MQTT: Connecting to broker.lan:1883\nStatus: P1 Meter: attempt connect to 192.168.1.5:8088\n"
        "Error: MQTT: Failed to start, return code: 15/Lookup error. (Check IP/Port)",
        {("broker.lan", "other")},
    ),
    (  # ... its `Trying to connect to` wording
        "Status: RFLink: Trying to connect to rflink.lan:1234\nStatus: MQTT: Connecting to broker.lan:1883\n"
        "Error: RFLink: Host not found (authoritative)",
        {("rflink.lan", "nxdomain")},
    ),
    (  # older Undertow: the exchange's headers in UT005071's line (their `Host=` is no name)
        "UT005031: Proxy request to /app/ could not connect to backend server http://backend.internal:8080\n"
        "UT005071: Undertow request failed HttpServerExchange{ GET /app/ request {Accept=[" + "text/html," * 40 + "], "
        "Host=[localhost:8080]} response {}}: java.nio.channels.UnresolvedAddressException",
        {("backend.internal", "other")},
    ),
    (  # Puma under older Rubies (`in `initialize'`, no `(3)`), an SSL bind
        "$ bundle exec puma -b tcp://app.internal:3000\n/gems/puma-6.4.0/lib/puma/binder.rb:334:in `initialize': "
        "getaddrinfo: Name or service not known (Socket::ResolutionError)",
        {("app.internal", "nxdomain")},
    ),
    (
        "$ puma -b 'ssl://app.internal:3000?key=k'\n/gems/puma-5/lib/puma/binder.rb:334:in `initialize': getaddrinfo: "
        "Name or service not known (SocketError)",
        {("app.internal", "nxdomain")},
    ),
    (  # aioesphomeapi 2023-11 to 2025-02: the bare name
        "WARNING Can't connect to ESPHome API for livingroom.local: Timeout while resolving IP address for "
        "livingroom.local",
        {("livingroom.local", "timeout")},
    ),
    (  # YugabyteDB: the line says what it resolved
        "Network error (yb/util/net/dns_resolver.cc:137): Resolve failed ip-10-2-0-243.us-west-1.compute.internal: "
        "Host not found (authoritative)",
        {("ip-10-2-0-243.us-west-1.compute.internal", "nxdomain")},
    ),
]

ROUND_13_LOOKALIKES = [
    # ACME clients: another curl code (7, couldn't connect)
    "ERROR: Problem connecting to server (get for https://acme-v02.api.letsencrypt.org/directory; curl returned with "
    "7)",
    "Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 7\nCan not init api for: "
    "https://acme.zerossl.com/v2/DV90.",
    # Boost.Asio's error with no connect line above: its label is no name
    "2026-12-07 08:41:02.140  Error: P1 Smart Meter: Host not found (authoritative)",
    # Ethon: a request that worked, one refused
    "ETHON: performed EASY effective_url=http://catalog:3000/products/42 response_code=200 return_code=ok",
    "ETHON: performed EASY effective_url=http://catalog:3000/ response_code=0 return_code=couldnt_connect",
    # Puma: a refused bind, not a look-up
    "$ puma -b tcp://app.internal:3000\nbinder.rb:344:in 'TCPServer#initialize': Address already in use - bind(2) for "
    '"app.internal" port 3000 (Errno::EADDRINUSE)',
    # Jenkins: another message after the URL
    "KubernetesCloud#provision: Failed to connect to Kubernetes at https://rancher.internal.lan/k8s: Unauthorized",
    # Python's repr of a class before `[Errno -2]`: a class path, no name
    "Unexpected exception using tool <class 'reviewboard.scmtools.git.GitTool'>: [Errno -2] Name or service not known",
    # the url crate's address, no name
    "err: host: Some(Ipv4(10.0.0.5)), port: Some(4222) DNS error: failed to lookup address information: Name or "
    "service not known",
]

REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # wkhtmltopdf: a URL with commas in it (Google Fonts' `family=Open+Sans:400,700`)
        "Warning: Failed to load https://fonts.googleapis.com/css?family=Open+Sans:400,700, with network status code 3 "
        "and http status code 0 - Host fonts.googleapis.com not found",
        {("fonts.googleapis.com", "nxdomain")},
    ),
    (  # KafkaEx 1.0: the bare atom
        '[error] Could not connect to broker "kafka":9092 because of error :nxdomain',
        {("kafka", "nxdomain")},
    ),
    (  # Xdebug on Windows: WSAGetLastError()'s number
        "[Step Debug] Creating socket for 'host.docker.internal:9003', getaddrinfo: 11001.",
        {("host.docker.internal", "nxdomain")},
    ),
    (  # PHP 8: the reason wrapped onto the next line wins over the no-reason reading
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed\n: Temporary failure in name "
        "resolution",
        {("mysql", "temporary")},
    ),
    (
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed\nName or service not known",
        {("mysql", "nxdomain")},
    ),
]

REVIEW_LOOKALIKES = [
    # KafkaEx 1.0: a connection's errors
    '[error] Could not connect to broker "kafka":9092 because of error :econnrefused',
    '[error] Could not connect to broker "kafka":9092 because of error :timeout',
    # nginx: an address with its root's dot
    'nginx: [emerg] host not found in upstream "10.0.0.5." in /etc/nginx/conf.d/app.conf:5',
    # the Supabase CLI: a CNAME-only answer is no empty one
    'failed to locate valid IP for db.x.supabase.co; resolves to []utils.dnsAnswer{utils.dnsAnswer{Type:5, Data:"x"}}',
]


def test_nginx_keeps_the_upstreams_port() -> None:
    from checks.parsing import parse_failures

    found = parse_failures('nginx: [emerg] host not found in upstream "app.web:8080" in /etc/nginx/conf.d/x.conf:3')
    assert [(f.host, f.kind, f.port) for f in found] == [("app.web", "nxdomain", 8080)]


REVIEW_2: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Saleor: words about resolving in the slot (not requests-hardened's fixed ones): the URL's, not the event's
        "[Webhook ID: 17] Failed request to 'https://hooks.acme-shop-app.io/api/saleor/webhooks': 'DNS resolution "
        "failed' for event: 'order_created'.",
        {("hooks.acme-shop-app.io", "other")},
    ),
    (  # Chrome's console: no path piece beside the name (a `.json`, a query's `family=Roboto:400`)
        "api.staging.acme.io/v1/config.json:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED\n"
        "fonts.googleapis.com/css?family=Roboto:400,700:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED\n"
        "    cdn.acme-assets.net/img/logo.svg:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED",
        {
            ("api.staging.acme.io", "nxdomain"),
            ("fonts.googleapis.com", "nxdomain"),
            ("cdn.acme-assets.net", "nxdomain"),
        },
    ),
    (  # ... a Compose service with a port
        "backend:8080/api/users:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED",
        {("backend", "nxdomain")},
    ),
    (  # a bare statement, advice, then the resolver's reason below: the stated reason wins
        "Host 'db.internal' cannot be resolved. Please check your network.\n  caused by: lookup db.internal on "
        "10.96.0.10:53: server misbehaving",
        {("db.internal", "servfail")},
    ),
    (  # ... and after a JSON message's bare `does not resolve.`
        '{"message":"Hostname cdn.shopfront-assets.net does not resolve.","code":404}\nError: getaddrinfo EAI_AGAIN '
        "cdn.shopfront-assets.net",
        {("cdn.shopfront-assets.net", "temporary")},
    ),
    (  # a JSON array of bare statements: each one's value ends there
        '["api.acme.io does not resolve", "mail.acme.io does not resolve"]',
        {("api.acme.io", "nxdomain"), ("mail.acme.io", "nxdomain")},
    ),
    (  # WebdriverIO: the request whose path ends in the command, not the nearest of the same method
        "INFO webdriver: [POST] http://grid-a.example:4444/session/1/url\n"
        "INFO webdriver: [POST] http://grid-b.example:4444/session/2/element\n"
        'WARN webdriver: WebDriverError: Request failed with error code ENOTFOUND when running "url" with method '
        '"POST"',
        {("grid-a.example", "nxdomain")},
    ),
    (  # TiDB Operator's `domain resolve h failed`: no reason
        ";; connection timed out; no servers could be reached\n"
        "domain resolve basic-pd-0.basic-pd-peer.tidb-cluster.svc failed",
        {("basic-pd-0.basic-pd-peer.tidb-cluster.svc", "other")},
    ),
    (  # elasticsearch-php: the name curl printed wins over the object's `uri`
        '"uri":"http://es01.search.internal:9200/x","error":"Could not resolve host: squid.corp"',
        {("squid.corp", "nxdomain")},
    ),
    (  # a Compose service named like a web file's suffix is still a name
        "proxying astro:4321 -> net::ERR_NAME_NOT_RESOLVED",
        {("astro", "nxdomain")},
    ),
]

REVIEW_2_LOOKALIKES = [
    # Saleor: an HTTP reply's body in the slot (a proxy's 504), async and sync transports
    "[Webhook ID: 17] Failed request to 'https://hooks.acme-shop-app.io/api/saleor/webhooks': 'upstream request "
    "timeout' for event: 'order_created'. Delivery attempt id: 2231",
    "[Webhook] Failed request to 'http://payment-app:3000/api/webhooks/x': 'upstream request timeout'. ID of failed "
    "DeliveryAttempt: 77 .",
    # Chrome's console: an address, no name
    "192.168.1.50:8000/api/x:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED",
    # WebdriverIO with no request line: the command and its arguments are no names
    'WebDriverError: Request failed with error code ENOTFOUND when running "url" with method "POST" and args '
    '"{"url":"https://staging.myshop.io/login"}"',
    'WebDriverError: Request failed with error code ENOTFOUND when running "title" with method "GET"',
    # TiDB Operator's words in prose, and its script's source
    "My dig domain lookup failed when I tried it from the pod.",
    "The domain resolve step no record return issue again",
    'echo "domain resolve ${domain} no record return"',
    # chromedriver: the nearest frame hands the driver a variable; a `requests.get` above fetched another page
    'links = requests.get("https://api.acme.io/v1/pages").json()\ndriver.get(links[0])\n  File "x.py", line 3, in get\n'
    '    self.execute(Command.GET, {"url": url})\n'
    "selenium.common.exceptions.WebDriverException: Message: unknown error: net::ERR_NAME_NOT_RESOLVED",
    # elasticsearch-php: an IPv6 literal is no name
    '"uri":"http://[fd00::5]:9200/x","error":"Resolving timed out after 5000 milliseconds"',
]

test_the_rounds_formats_are_read = reads(ROUND)
test_the_thirteenth_rounds_formats_are_read = reads(ROUND_13, "round13")
test_the_thirteenth_rounds_lookalikes_name_no_failure = reads_nothing(ROUND_13_LOOKALIKES, "round13-lookalike")
test_what_the_third_review_found_is_read_right = reads(REVIEW_3, "review3")
test_what_the_review_found_is_read_right = reads(REVIEW, "review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "review-lookalike")
test_what_the_second_review_found_is_read_right = reads(REVIEW_2, "review2")
test_the_second_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_2_LOOKALIKES, "review2-lookalike")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES[:-1])


def test_a_stated_reason_wins_over_the_no_reason_reading() -> None:
    from checks.parsing import parse_failures

    found = parse_failures(LOOKALIKES[-1])
    assert [(f.host, f.kind) for f in found] == [("mysql", "nxdomain")]


STAND_INS = [
    (  # LABELS.md clause 2 (after JZ-KG): a machine's role run together with `name`
        "java.net.UnknownHostException: agentname: agentname: Name or service not known",
        {("agentname", "nxdomain", True)},
    ),
    (  # the Supabase CLI's project ref masked by CI
        "hostname resolving error (failed to locate valid IP for db.***.supabase.co; resolves to "
        "[]utils.dnsAnswer(nil))",
        {("db.***.supabase.co", "nxdomain", True)},
    ),
]

test_the_stand_ins_are_flagged = flags(STAND_INS)

NEW_RULES = named_rules(
    "php8-getaddrinfo-no-reason",
    "xdebug-creating-socket-getaddrinfo",
    "wkhtmltopdf-network-status-3",
    "librdkafka-bad-address",
    "kafka-ex-broker-connect-error",
    "nginx-emerg",
    "supabase-cli-no-valid-ip",
    "webdriverio-request-failed-code",
    "chromedriver-unknown-error-name-not-resolved",
    "devtools-console-failed-to-load",
    "saleor-webhook-failed-request",
    "elasticsearch-php-request-failure",
    "stated-did-not-resolve",
    "tidb-operator-no-record-return",
    "tidb-operator-nslookup",
    "chromium-socket-manager-errorcode",
    "stated-cannot-be-resolved",
    "poco-no-address-found",
)


NEW_RULES_13 = named_rules(
    "esphome-error-resolving-ip-of",
    "esphome-error-resolving-ip-reason",
    "esphome-api-resolve-timeout",
    "asio-host-not-found-connect-above",
    "mosquitto-lookup-error-connect-above",
    "ethon-couldnt-resolve-host",
    "puma-bind-getaddrinfo",
    "arcanist-curl-couldnt-resolve-host",
    "helidon-failed-to-get-address",
    "undertow-proxy-unresolved-address",
    "jenkins-kubernetes-cloud-bare-name",
    "dehydrated-curl-returned-6",
    "acme-sh-curl-error-code-6",
    "ruby-socket-error-call",
    "sshkit-executing-as",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


def test_every_new_rule_of_the_thirteenth_round_fires() -> None:
    assert unfired(NEW_RULES_13, [text for text, _ in ROUND_13]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "php_network_getaddresses: getaddrinfo for a failed\n",
        "php_network_getaddresses: getaddrinfo for a failed ",
        "Creating socket for 'a:1', getaddrinfo: x ",
        "Failed to load http://a/b, with network status code 3 and http status code 0 - Host a not found ",
        "Failed to load http://" + "a" * 300 + ", with network status code 3 and http status code 0 - Host ",
        "Failed to load http://a/" + "b," * 300 + " with network status code 3 ",
        'Could not connect to broker "a":1 because of error :nxdomain ',
        "Failed to resolve '[a:1](http://a:1/)': Bad address ",
        "Failed to resolve '[a:1](" + "b" * 300,
        'Could not connect to broker "a":1 because of error {:error, :nxdomain} ',
        'host not found in upstream "1.2.3.4.5" ',
        "failed to locate valid IP for a; resolves to [] ",
        'webdriver: [GET] https://a/\nRequest failed with error code ENOTFOUND when running "a" with method "GET" ',
        'Request failed with error code ENOTFOUND when running "a" with method "GET"\n',
        '    driver.get("https://a/")\nWebDriverException: Message: unknown error: net::ERR_NAME_NOT_RESOLVED\n',
        "WebDriverException: Message: unknown error: net::ERR_NAME_NOT_RESOLVED ",
        "a/b.html:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED\n",
        "a" * 200 + "/b.html:1   Failed to load resource: net::ERR_NAME_NOT_RESOLVED ",
        "Failed request to 'https://a/': 'Failed to resolve domain' ",
        '"uri":"http://a/","error":"Resolving timed out ',
        '"uri":"http://a/",' + '"x":1,' * 120,
        '{"message":"Hostname a.b does not resolve.","code":1} ',
        "(node:1) a:1 net::ERR_NAME_NOT_RESOLVED ",
        "domain resolve a no record return ",
        "dig domain a failed\n",
        "Failed to resolve address for a., errorcode: -105 ",
        "The hostname a could not be resolved. Please verify ",
        "No address found: a| wsd/a.cpp:1\n",
        "No address found: a| " + "a/" * 100,
        "Error resolving IP address of a. Is it connected to WiFi?\nError resolving IP address: x, [Errno -2] y\n",
        "Error resolving IP address: x\n",
        "Timeout while resolving IP address for ['a' ",
        "connect to a:1\nHost not found (authoritative)\n",
        "Host not found (non-authoritative) ",
        "Connecting to a:1\nreturn code: 15/Lookup error. ",
        "effective_url=http://a/ response_code=0 return_code=couldnt_resolve_host ",
        "effective_url=http://" + "a" * 300 + " response_code=0 ",
        "-b tcp://a:1\nTCPServer#initialize': getaddrinfo(3): Name or service not known (SocketError)\n",
        "[cURL/6] (http://a/) <CURLE_COULDNT_RESOLVE_HOST> ",
        "IllegalArgumentException: Failed to get address for host a\n",
        "UT005031: Proxy request to /a could not connect to backend server http://a\nUT005071: x: "
        "java.nio.channels.UnresolvedAddressException\n",
        "Failed to connect to Kubernetes at https://a/b: a\n",
        "Failed to connect to Kubernetes at https://a/" + "b" * 300,
        'host: Some(Domain("a")) DNS error: failed to lookup address information: x ',
        "Problem connecting to server (get for https://a/; curl returned with 6) ",
        "libcurl-errors.html for error code: 6\nCan not init api for: https://a/.\n",
        "libcurl-errors.html for error code: 6 ",
        "java.nio.channels.UnresolvedAddressException\n",
        "UT005071: " + "a" * 300 + " java.nio.channels.UnresolvedAddressException ",
        "Error: a: Host not found (authoritative)\n",
        "Status: a: Trying to connect to a:1\nError: b: Host not found (authoritative)\n",
        "Timeout while resolving IP address for a ",
        "-b ssl://a?\npuma/binder.rb:1:in `initialize': getaddrinfo: Name or service not known (SocketError)\n",
    ]
)
