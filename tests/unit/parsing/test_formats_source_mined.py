"""Formats read from the libraries' and tools' own source on 2026-12-04 (issue #17): probes written from the message
templates in their code (Java/Kotlin/Scala, Go, Python/Node/Ruby/PHP/.NET, C/Rust/Erlang and command-line tools),
not from pastes. Each test names the library and the format."""

from __future__ import annotations

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found
from tests.unit.parsing.speed import parses_quickly

# --- .NET -------------------------------------------------------------------------------------------------------------


def test_mqttnet_dns_endpoint_with_the_socket_error_under_it() -> None:
    # MQTTnet's `Error while connecting host '{DnsEndPoint}'.`: the endpoint prints its address family first
    linux = (
        "MQTTnet.Exceptions.MqttCommunicationException: Error while connecting host "
        "'Unspecified/mqtt.broker.iot.svc:1883'.\n"
        " ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n"
        "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error)"
    )
    assert found(linux) == {("mqtt.broker.iot.svc", "nxdomain")}
    windows = (
        "MQTTnet.Exceptions.MqttCommunicationException: Error while connecting host "
        "'Unspecified/broker.emqx.io:8883'.\n"
        " ---> System.Net.Sockets.SocketException (11001): No such host is known."
    )
    assert found(windows) == {("broker.emqx.io", "nxdomain")}
    again = (
        "MQTTnet.Exceptions.MqttCommunicationException: Error while connecting host "
        "'Unspecified/broker.hivemq.com:1883'.\n"
        " ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable"
    )
    assert found(again) == {("broker.hivemq.com", "temporary")}


def test_a_dns_endpoint_refused_by_the_broker_is_no_failure() -> None:
    refused = (
        "MQTTnet.Exceptions.MqttCommunicationException: Error while connecting host "
        "'Unspecified/mqtt:1883'.\n"
        " ---> System.Net.Sockets.SocketException (111): Connection refused"
    )
    assert parse_failures(refused) == []


def test_grpc_dotnet_balancer_dns_resolver() -> None:
    # Grpc.Net.Client.Balancer.DnsResolver: its log line, the SocketException under it; its status detail
    logged = (
        "fail: Grpc.Net.Client.Balancer.DnsResolver[4]\n"
        "      Error querying DNS hosts for 'orders-grpc-headless.default.svc.cluster.local'.\n"
        "      System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n"
    )
    assert found(logged) == {("orders-grpc-headless.default.svc.cluster.local", "nxdomain")}
    status = (
        'Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error getting DNS hosts for address '
        '\'inventory-grpc\'.", DebugException="System.Net.Sockets.SocketException: Resource temporarily unavailable")'
    )
    assert found(status) == {("inventory-grpc", "temporary")}


def test_stackexchange_redis_announces_its_dns_lookup() -> None:
    failed = (
        "info: StackExchange.Redis.ConnectionMultiplexer[106]\n"
        "      Using DNS to resolve 'redis'...\n"
        "fail: StackExchange.Redis.ConnectionMultiplexer[108]\n"
        "      Resource temporarily unavailable\n"
    )
    assert found(failed) == {("redis", "temporary")}
    resolved = "info: StackExchange.Redis.ConnectionMultiplexer[106]\n      Using DNS to resolve 'redis'...\n"
    assert parse_failures(resolved) == []


def test_mqttnet_socks5_local_dns_resolution() -> None:
    text = (
        "MQTTnet.Extensions.Socks5.MqttProxyException: Local DNS resolution failed for 'socks.corp-proxy.lan:1080': "
        "Resource temporarily unavailable"
    )
    assert found(text) == {("socks.corp-proxy.lan", "temporary")}


def test_ef_core_names_the_server_above_sqlclients_hostless_error() -> None:
    text = (
        "fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]\n"
        "      An error occurred using the connection to database 'Orders' on server 'tcp:sql-prod-01,1433'.\n"
        "      Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error "
        "occurred while establishing a connection to SQL Server. (provider: TCP Provider, error: 0 - No such host is "
        "known.)\n"
    )
    assert found(text) == {("sql-prod-01", "nxdomain")}
    refused = text.replace("No such host is known.", "Connection refused")
    assert parse_failures(refused) == []


# --- Ruby, PHP, Python ----------------------------------------------------------------------------------------------


def test_rails_hostname_error_reads_the_drivers_reason() -> None:
    # ActiveRecord's DatabaseConnectionError.hostname_error: raised for any driver error naming the host
    trilogy = (
        "ActiveRecord::DatabaseConnectionError: There is an issue connecting with your hostname: db.\n"
        "\n"
        "Please check your database configuration and ensure there is a valid connection to your database.\n"
        "Caused by:\n"
        "Trilogy::BaseConnectionError: trilogy_connect - unable to connect to db:3306: TRILOGY_DNS_ERROR\n"
    )
    assert found(trilogy) == {("db", "other")}
    pg = (
        "ActiveRecord::DatabaseConnectionError: There is an issue connecting with your hostname: postgres.\n"
        "Caused by:\n"
        'PG::ConnectionBad: could not translate host name "postgres" to address: Temporary failure in name resolution\n'
    )
    assert found(pg) == {("postgres", "temporary")}


def test_rails_hostname_error_alone_says_no_lookup_failed() -> None:
    text = (
        "ActiveRecord::DatabaseConnectionError: There is an issue connecting with your hostname: db.\n"
        "\n"
        "Please check your database configuration and ensure there is a valid connection to your database."
    )
    assert parse_failures(text) == []


def test_redis_client_url_after_the_reason_in_a_json_log() -> None:
    # redis-client's `#{message} (#{server_url})` inside a Rails JSON log with other name-like fields
    text = (
        '{"host":"web-6c9f7d8b7-2xkqp","application":"Rails","level":"error","name":"Sidekiq","message":"Error '
        'fetching job","exception":{"name":"RedisClient::CannotConnectError","message":"getaddrinfo: Name or service '
        'not known (redis://redis-queue:6379/1)"}}'
    )
    assert found(text) == {("redis-queue", "nxdomain")}


def test_phpredis_hostless_error_over_laravels_connect_frame() -> None:
    text = (
        "[2025-02-11 07:30:12] production.ERROR: php_network_getaddresses: getaddrinfo failed: Name or service not "
        'known {"exception":"[object] (RedisException(code: 0): php_network_getaddresses: getaddrinfo failed: Name '
        "or service not known at /var/www/vendor/laravel/framework/src/Illuminate/Redis/Connectors/"
        "PhpRedisConnector.php:159)\n"
        "[stacktrace]\n"
        "#0 /var/www/vendor/laravel/framework/src/Illuminate/Redis/Connectors/PhpRedisConnector.php(159): "
        "Redis->connect('redis-master', '6379', 0.0, NULL, 0, 0.0, Array)\n"
    )
    assert found(text) == {("redis-master", "nxdomain")}


def test_requests_proxy_error_names_the_proxy_not_the_pool() -> None:
    text = (
        "requests.exceptions.ProxyError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with "
        "url: /simple/requests/ (Caused by ProxyError('Unable to connect to proxy', NameResolutionError(\"<urllib3."
        "connection.HTTPConnection object at 0x7f4e2a1b3c10>: Failed to resolve 'proxy.corp.local' ([Errno -2] Name "
        'or service not known)")))'
    )
    assert found(text) == {("proxy.corp.local", "nxdomain")}


def test_dnspython_search_list_reports_the_name_asked() -> None:
    text = (
        "dns.resolver.NXDOMAIN: None of DNS query names exist: kafka.default.svc.cluster.local., "
        "kafka.svc.cluster.local., kafka.cluster.local., kafka."
    )
    assert found(text) == {("kafka", "nxdomain")}
    one = "dns.resolver.NXDOMAIN: The DNS query name does not exist: _mongodb._tcp.cluster0.abcde.mongodb.net."
    assert found(one) == {("_mongodb._tcp.cluster0.abcde.mongodb.net", "nxdomain")}


def test_aiohttps_netrc_home_directory_is_no_name() -> None:
    text = "WARNING:aiohttp.client:Could not resolve home directory when trying to look for .netrc file."
    assert parse_failures(text) == []


# --- JVM ------------------------------------------------------------------------------------------------------------


def test_kafka_cant_resolve_address_is_one_failure() -> None:
    # the Selector's `Can't resolve address: h:port` over UnresolvedAddressException (an old JDK prints no
    # `/<unresolved>`): both say only that the name failed; one failure, not two kinds of it
    text = (
        "java.io.IOException: Can't resolve address: kafka-1.kafka-headless.kafka.svc.cluster.local:9092\n"
        "\tat org.apache.kafka.common.network.Selector.doConnect(Selector.java:280)\n"
        "Caused by: java.nio.channels.UnresolvedAddressException\n"
    )
    assert len(parse_failures(text)) == 1


def test_netty_couldnt_setup_transport_states_no_reason() -> None:
    text = (
        "java.net.UnknownHostException: Failed to resolve 'mongo-rs0-1.mongo', couldn't setup transport: [id: 0x8f2c]\n"
        "\tat io.netty.resolver.dns.DnsNameResolver.toException(DnsNameResolver.java:941)\n"
        "Caused by: java.net.SocketException: Network is unreachable"
    )
    assert found(text) == {("mongo-rs0-1.mongo", "other")}


def test_ktor_cio_dns_timeout_and_logging_line() -> None:
    timed_out = "java.io.IOException: DNS resolution of 'api.openai.com' via /192.168.65.7:53 timed out after 5s"
    assert found(timed_out) == {("api.openai.com", "timeout")}
    logged = (
        "INFO  io.ktor.client.HttpClient - REQUEST https://api.github.com/repos/ktorio/ktor/releases failed with "
        "exception: java.nio.channels.UnresolvedAddressException"
    )
    assert found(logged) == {("api.github.com", "other")}


def test_http4s_and_finagle_unresolved_addresses() -> None:
    http4s = (
        "ERROR o.h.b.c.BlazeClient - Error connecting to http://users-api.internal:8080 using address "
        "users-api.internal:8080 (unresolved: true)"
    )
    assert {h for h, _ in found(http4s)} == {"users-api.internal"}
    finagle = (
        "com.twitter.finagle.ConnectionFailedException: null at remote address: search/<unresolved>:9200. Remote "
        "Info: Not Available\nCaused by: java.nio.channels.UnresolvedAddressException"
    )
    assert {h for h, _ in found(finagle)} == {"search"}


def test_dnsjava_timeout_and_lookup_failures() -> None:
    timed_out = "java.io.IOException: Timed out while trying to resolve schema-registry.confluent.svc./A, id=48213"
    assert found(timed_out) == {("schema-registry.confluent.svc", "timeout")}
    servfail = "org.xbill.DNS.lookup.ServerFailedException: Lookup for ldap.corp.example.net./AAAA failed"
    assert found(servfail) == {("ldap.corp.example.net", "servfail")}
    nxdomain = "org.xbill.DNS.lookup.NoSuchDomainException: Lookup for ldap.corp.example.net./A failed"
    assert found(nxdomain) == {("ldap.corp.example.net", "nxdomain")}
    assert (
        parse_failures("org.xbill.DNS.lookup.NoSuchDomainException: Lookup for 5.0.0.10.in-addr.arpa./PTR failed") == []
    )


def test_zookeeper_address_unresolved_and_clickhouse_java_host_unknown() -> None:
    zk = "QuorumPeerConfig$ConfigException: Address unresolved: zk-1.zk-hs:2888 "
    assert found(zk) == {("zk-1.zk-hs", "other")}
    ch = "DEBUG c.c.c.a.internal.HttpAPIClientHelper : Host 'clickhouse-prod.analytics.internal:8443' unknown"
    assert found(ch) == {("clickhouse-prod.analytics.internal", "nxdomain")}


# --- Go -------------------------------------------------------------------------------------------------------------


def test_dapr_wrapper_lookup_noun_is_no_name() -> None:
    text = (
        'level=error msg="Failed to connect to placement service: failed to lookup addresses: lookup '
        'dapr-placement-server.dapr-system.svc.cluster.local on 10.96.0.10:53: no such host. Retrying..."'
    )
    assert found(text) == {("dapr-placement-server.dapr-system.svc.cluster.local", "nxdomain")}


def test_memberlist_tcp_first_lookup_falling_back_is_no_failure() -> None:
    text = (
        "[DEBUG] memberlist: TCP-first lookup failed for 'mimir-gossip-ring.mimir.svc.cluster.local:7946', falling "
        "back to UDP: read tcp 10.244.1.8:39212->10.96.0.10:53: read: connection reset by peer"
    )
    assert parse_failures(text) == []


def test_consul_dns_question_takes_the_recursors_reason() -> None:
    text = (
        '[ERROR] agent.dns: recurse failed: error="read udp 127.0.0.1:41882->8.8.8.8:53: i/o timeout"\n'
        '[ERROR] agent.dns: all resolvers failed for question from client: question="{api.github.com. 1 1}" '
        "client=127.0.0.1:52184 client_network=udp"
    )
    assert found(text) == {("api.github.com", "timeout")}


def test_go_on_windows_dnsquery_is_no_name() -> None:
    text = "error parsing uri: lookup _mongodb._tcp.cluster0.q7zfp.mongodb.net: dnsquery: DNS name does not exist."
    assert found(text) == {("_mongodb._tcp.cluster0.q7zfp.mongodb.net", "nxdomain")}


def test_tailscale_dns_query_response_code() -> None:
    text = (
        "$ tailscale dns query nas.corp.lan\n"
        'DNS query for "nas.corp.lan" (A) using internal resolver:\n'
        "\n"
        "Forwarding to resolver: 192.168.1.1\n"
        "\n"
        "Response code: RCodeNameError\n"
    )
    assert found(text) == {("nas.corp.lan", "nxdomain")}
    answered = text.replace("RCodeNameError", "RCodeSuccess")
    assert parse_failures(answered) == []


# --- C, Erlang, servers and tools -------------------------------------------------------------------------------------


def test_nginx_resolver_dns_error_by_rcode() -> None:
    refused = '2024/12/04 22:18:30 [error] 30#30: DNS error (5: Operation refused), query id:1203, name:"cdn.example"'
    assert found(refused) == {("cdn.example", "refused")}
    servfail = '[error] 30#30: DNS error (2: Server failure), query id:77, name:"api.upstream.example"'
    assert found(servfail) == {("api.upstream.example", "servfail")}


def test_paho_c_and_pgbouncer_getaddrinfo_codes() -> None:
    assert found("getaddrinfo failed for addr mqtt.plant.local with rc -3") == {("mqtt.plant.local", "temporary")}
    assert found("WARNING dns: getaddrinfo_a(pg-main)=-2") == {("pg-main", "nxdomain")}
    assert parse_failures("WARNING dns: getaddrinfo_a(pg-main)=0") == []


def test_rabbitmq_invalid_host_and_erlang_address_terms() -> None:
    assert found('[error] <0.230.0> invalid host "amqp-broker.internal" - nxdomain') == {
        ("amqp-broker.internal", "nxdomain")
    }
    term = '{error,[{{"kafka-0.kafka-headless",9092},\n         {nxdomain,[{kpro_connection,connect,4,\n'
    assert found(term) == {("kafka-0.kafka-headless", "nxdomain")}


def test_mosquitto_client_lookup_error_under_its_command() -> None:
    text = "$ mosquitto_pub -h mqtt.broker.local -p 1883 -t sensors/test -m hello\nUnable to connect (Lookup error.)."
    assert found(text) == {("mqtt.broker.local", "other")}


def test_adig_header_is_no_name_and_its_command_names_the_query() -> None:
    text = (
        "$ adig payments.internal.example\n"
        ";; Got answer: Domain name not found\n"
        ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 40112\n"
    )
    assert found(text) == {("payments.internal.example", "nxdomain")}


def test_a_gateways_503_body_after_curl_is_no_failure_of_the_curl_target() -> None:
    # Kong's `{"message":"name resolution failed"}`: its upstream failed; the name curl asked for resolved
    text = (
        "$ curl -i https://api.shop.example/orders\n"
        "HTTP/2 503\n"
        "server: kong/3.6.1\n"
        "\n"
        "{\n"
        '  "message":"name resolution failed",\n'
        "}\n"
    )
    assert parse_failures(text) == []


def test_lookalikes_from_container_and_cluster_tools() -> None:
    for text in (
        "ctr: failed to resolve rootfs: content digest sha256:3f57d9401f8d42f986df300f0c69192fc41da28: not found",
        "Error: failed to pull image: unable to resolve snapshotter: snapshotter not loaded: overlayfs: invalid arg",
        'level=error msg="failed to resolve server address for block" block=9d6d4a1e:0000019a7b4f1c00 err="empty ring"',
        '"error":"failed to resolve https://etcd-0.etcd.kube-system.svc:2380 to match --initial-cluster=etcd-0=https'
        '://etcd-0.etcd.kube-system.svc:2380 (resolved urls: \\"https://10.244.1.5:2380\\" != \\"https://10.244.1.9:'
        '2380\\")"',
    ):
        assert parse_failures(text) == [], text


# --- servers', components' and containers' own messages (the second reading, 2026-12-04 23:45) -------------------


def test_varnish_vcc_backend_host_with_the_reason_on_the_next_line() -> None:
    text = (
        "varnish-1  | Message from VCC-compiler:\n"
        "varnish-1  | Backend host '\"app\"' could not be resolved to an IP address:\n"
        "varnish-1  | \tTemporary failure in name resolution\n"
        "varnish-1  | (Sorry if that error message is gibberish.)\n"
    )
    assert found(text) == {("app", "temporary")}


def test_jgroups_tcpping_lists_every_unresolved_member() -> None:
    text = (
        "WARN  [org.jgroups.protocols.TCPPING] (keycloak-cache-init) unable to resolve the following hostnames: "
        "[keycloak-1.keycloak-headless, keycloak-2.keycloak-headless]"
    )
    assert found(text) == {("keycloak-1.keycloak-headless", "other"), ("keycloak-2.keycloak-headless", "other")}


def test_a_reason_after_curls_words_in_another_programs_sentence() -> None:
    # MaxScale's `Could not resolve host 'h'. getaddrinfo() failed: '<reason>'.`; ncat's `Could not resolve proxy "h":`
    maxscale = (
        "error  : (MariaDB-Monitor); Could not resolve host 'mariadb-2.mariadb.db.svc'. getaddrinfo() failed: "
        "'Temporary failure in name resolution'."
    )
    assert found(maxscale) == {("mariadb-2.mariadb.db.svc", "temporary")}
    ncat = 'Ncat: Could not resolve proxy "squid.proxy.svc": Temporary failure in name resolution.'
    assert found(ncat) == {("squid.proxy.svc", "temporary")}
    assert found("curl: (6) Could not resolve host: github.com") == {("github.com", "nxdomain")}


def test_bitnami_libnet_no_ip_for_hostname() -> None:
    text = (
        "redis 10:00:01.15 INFO  ==> ** Starting Redis setup **\n"
        "redis 10:00:06.31 ERROR ==> Could not find any IP address associated to hostname redis-node-0.redis-headless"
    )
    assert found(text) == {("redis-node-0.redis-headless", "other")}


def test_apk3_non_recoverable_dns_failure() -> None:
    text = (
        "#7 1.203 WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.21/main: DNS: "
        "non-recoverable failure"
    )
    assert found(text) == {("dl-cdn.alpinelinux.org", "other")}


def test_lookalikes_from_operators_and_agents() -> None:
    # Rook's node selector, Grafana Alloy's quoted record type, Linkerd's namespaced Service
    assert parse_failures('2024-05-01 10:00:01.123456 W | op-osd: node "worker-3.lab.internal" did not resolve') == []
    alloy = (
        'err="failed to find any valid join addresses: failed to resolve \\"AAAA\\" records: lookup '
        'alloy-cluster.monitoring.svc on 10.96.0.10:53: no such host"'
    )
    assert found(alloy) == {("alloy-cluster.monitoring.svc", "nxdomain")}
    linkerd = (
        'level=warning msg="could not resolve gateway addresses for default/web-svc-east; setting endpoint subsets to '
        'not ready" apiAddress="https://east-api.example.com:6443" cluster=remote:east'
    )
    assert parse_failures(linkerd) == []
    # a node named in words that did not resolve is still a failure (Oracle's installer)
    oracle = "[FATAL] [INS-40954] Local node db-0.containers.internal did not resolve to an IP address."
    assert {h for h, _ in found(oracle)} == {"db-0.containers.internal"}


# --- a review's look-alikes (2026-12-05): each rule reads its own message's reason, not a nearby one ----------------


def test_review_each_rule_reads_only_its_own_messages_reason() -> None:
    tailscale = (
        'DNS query for "good.ts.net" (A) using internal resolver:\n'
        "Response code: RCodeSuccess\n"
        'DNS query for "bad.ts.net" (A) using internal resolver:\n'
        "Response code: RCodeNameError\n"
    )
    assert found(tailscale) == {("bad.ts.net", "nxdomain")}
    se_redis = (
        "Using DNS to resolve 'redis-prod'...\n'redis-prod' => 10.1.2.3\nError: lookup analytics.internal: no such host"
    )
    assert found(se_redis) == {("analytics.internal", "nxdomain")}
    rails = (
        "ActiveRecord::DatabaseConnectionError: There is an issue connecting with your hostname: db.\n"
        'PG::ConnectionBad: connection to server at "db" (172.18.0.2), port 5432 failed: password authentication\n'
        "Sidekiq: getaddrinfo: Temporary failure in name resolution (redis://redis:6379)\n"
    )
    assert found(rails) == {("redis", "temporary")}
    endpoint = (
        "Connecting to 'Unspecified/broker.lan:1883'\nConnected.\n"
        "Resolving telemetry.example.com failed: No such host is known."
    )
    assert "broker.lan" not in {h for h, _ in found(endpoint)}
    mosquitto = (
        "$ mosquitto_pub -h broker.lan -t test -m hi\n"
        "$ mosquitto_pub -t test -m hi -L mqtt://bad.lan/test\n"
        "Unable to connect (Lookup error.)."
    )
    assert found(mosquitto) == {("bad.lan", "other")}


def test_review_lookalikes_of_the_new_rules() -> None:
    for text in (
        "Lookup for user/ADMIN failed because the LDAP bind was rejected",
        "WARN: Lookup for com.example/LIB failed in cache, fetching from remote",
        "ssh: Host 'backup.example.com' unknown to known_hosts; adding key",
        "Host 'app.example.com' unknown or not allowed to connect to this MySQL server",
        "DEBUG Finagle client connected at remote address: api.example.com/<unresolved>:443 (lazy resolution)",
        '400 Bad Request: invalid host "api.example.com" - timeout waiting for upstream header',
        '{"error":"Address unresolved: zk-0:2181 is not in the allowed list"}',
        '$ curl -i https://api.shop.example/orders\nHTTP/2 503\n{"message":"name resolution failed"}',
        'curl -v https://api.shop.example/x\n< HTTP/1.1 503 Service Unavailable\n{"message":"name resolution failed"}',
    ):
        assert parse_failures(text) == [], text


def test_review_the_url_after_the_reason_beats_a_json_host_field_before_it() -> None:
    text = '{"level":"error","host":"web-1","msg":"getaddrinfo: Name or service not known (redis://redis:6379/1)"}'
    assert found(text) == {("redis", "nxdomain")}


def test_review_substrate_repeats_the_multiaddr_in_its_transport_error() -> None:
    text = (
        "Error while dialing /dns/boot.example.io/tcp/443/x-parity-wss/%2F/p2p/12D3KooWabc: Transport([(/dns/boot."
        'example.io/tcp/443, Other(Custom { kind: Other, error: "failed to lookup address information: Temporary '
        'failure in name resolution" }))])'
    )
    assert found(text) == {("boot.example.io", "temporary")}


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Unspecified/" + "a" * 40 + ":1 ",
        "Error querying DNS hosts for '" + "a." * 40 + "' ",
        "Using DNS to resolve '" + "a" * 40 + "'.. ",
        "DNS resolution failed for '" + "a" * 40 + ":1' ",
        "There is an issue connecting with your hostname: " + "a" * 40 + " ",
        "using the connection to database '" + "a" * 40 + "' on server '" + "a" * 40 + " ",
        'DNS error (5: x), query id:1, name:"' + "a" * 40 + " ",
        "None of DNS query names exist: " + "a., " * 40,
        "getaddrinfo failed for addr " + "a" * 40 + " with rc x ",
        'invalid host "' + "a" * 40 + '" - ',
        "DNS resolution of '" + "a" * 40 + "' via x ",
        "using address " + "a" * 40 + ":1 (unresolved: false) ",
        "https://" + "a" * 40 + "/x failed with exception: java.nio ",
        "unable to connect to " + "a" * 40 + ":1: TRILOGY_DNS ",
        "(Lookup error.) mosquitto_pub -h ",
        "getaddrinfo_a(" + "a" * 40 + ")=x ",
        '{{"' + "a" * 40 + '",1},',
        "Timed out while trying to resolve " + "a." * 40 + " ",
        "Lookup for " + "a." * 40 + "/ ",
        "Address unresolved: " + "a" * 40 + " ",
        "Host '" + "a" * 40 + "' unknow ",
        "at remote address: " + "a" * 40 + "/<unresolved> ",
        'all resolvers failed for question from client: question="{' + "a" * 40 + " ",
        'DNS query for "' + "a" * 40 + '" (A) using internal resolver: ',
        "php_network_getaddresses: getaddrinfo failed: x\n->connect('" + "a" * 40 + "', ",
        "Name or s" + " " * 40 + "\n  ervice" + "x" * 40 + "\n",
        "Binding RPC on address " + "a" * 40 + " port 1 failed libevent: getaddrinfo: ",
        'DnsError(ResolveError("' + "a" * 40 + " ",
        "/dns4/" + "a" * 40 + "/tcp/1/x failed to lookup address information: x ",
    ]
)
