"""Formats read from programs' own sources by the eighth survey (issue #17): each case names its program and format,
with the look-alikes that must stay unread; no row of any held-out set was read to write them."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> list[tuple[str, str]]:
    return sorted((f.host, f.kind) for f in parse_failures(text))


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "swoole-getaddrinfo-for",
        "PHP Warning:  stream_socket_client(): getaddrinfo for 'redis' failed, error: DNS Lookup resolve "
        "failed in /var/www/app.php on line 12",
        [("redis", "other")],
    ),
    (
        "swoole-connect-to-server-timeout",
        "PHP Warning:  Swoole\\Client::connect(): connect to server[db.internal:3306] failed. Error: DNS L"
        "ookup resolve timeout[712] in /var/www/client.php on line 5",
        [("db.internal", "timeout")],
    ),
    (
        "swoole-php-stream-unable-to-connect",
        "PHP Warning:  stream_socket_client(): Unable to connect to tcp://redis:6379 (DNS Lookup resolve "
        "failed) in /app/index.php on line 3",
        [("redis", "other")],
    ),
    (
        "predis-dns-lookup-resolve-failed",
        "Predis\\Connection\\ConnectionException: DNS Lookup resolve failed [tcp://redis.internal:6379]",
        [("redis.internal", "other")],
    ),
    (
        "mongo-rust-srv-no-records",
        "Error: Kind: An error occurred during DNS resolution: SRV lookup for cluster0.abcde.mongodb.net "
        "returned no records, labels: {}",
        [("cluster0.abcde.mongodb.net", "nxdomain")],
    ),
    (
        "mongo-rust-no-dns-results",
        "Error: Kind: An error occurred during DNS resolution: No DNS results for domain mongo.internal:2"
        "7017, labels: {}",
        [("mongo.internal", "nxdomain")],
    ),
    (
        "mongo-ruby-no-srv-records",
        "Mongo::Error::NoSRVRecords: The DNS query returned no SRV records for 'cluster0.abcde.mongodb.net'",
        [("cluster0.abcde.mongodb.net", "nxdomain")],
    ),
    (
        "mysqlconnector-pool-dns-check",
        "Pool 1 DNS check failed; ignoring 'db.internal': Resource temporarily unavailable",
        [("db.internal", "temporary")],
    ),
    (
        "mysqlconnector-session-eagain",
        "Session 1.1 failed to resolve host name mysql-primary (1 of 2): Resource temporarily unavailable",
        [("mysql-primary", "temporary")],
    ),
    (
        "rabbitmq-dotnet-no-ip-address",
        "RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed, host amqp://rabbitmq:5672"
        " ---> System.ArgumentException: No ip address could be resolved for amqp://rabbitmq:5672",
        [("rabbitmq", "nxdomain")],
    ),
    (
        "dotnet-wsano-data-11004",
        "System.Net.Sockets.SocketException (11004): The requested name is valid, but no data of the requ"
        "ested type was found. (db.internal:5432)",
        [("db.internal", "nxdomain")],
    ),
    (
        "poco-temporary-dns-error",
        "DNS error: Temporary DNS error while resolving: db.internal",
        [("db.internal", "temporary")],
    ),
    (
        "poco-non-recoverable",
        "Poco::Net::DNSException: DNS error: Non recoverable DNS error while resolving: db.internal",
        [("db.internal", "other")],
    ),
    (
        "curl-doh-resolve",
        "curl: (6) Could not DoH-resolve: registry.example.org",
        [("registry.example.org", "nxdomain")],
    ),
    (
        "curl-socks-destination",
        "curl: (97) error 6 resolving SOCKS destination db.internal:5432",
        [("db.internal", "other")],
    ),
    (
        "testssl-ipv4-ipv6-addresses",
        'Fatal error: No IPv4/IPv6 address(es) for "registry.example.org" available',
        [("registry.example.org", "other")],
    ),
    (
        "socat-musl-try-again",
        '2024/05/02 10:11:12 socat[4121] E getaddrinfo("db.internal", "NULL", {1,2,1,6}, {}): Try again',
        [("db.internal", "temporary")],
    ),
    (
        "socat-musl-non-recoverable",
        '2024/05/02 10:11:12 socat[7] E getaddrinfo("db.internal", "NULL", {1,0,1,6}, {}): Non-recoverable error',
        [("db.internal", "other")],
    ),
    (
        "lftp-no-address-found",
        "get: sftp.lab.internal: No address found",
        [("sftp.lab.internal", "other")],
    ),
    (
        "lftp-dns-not-trusted",
        "ls: ftp.example.org: DNS resolution not trusted.",
        [("ftp.example.org", "other")],
    ),
    (
        "lftp-musl-try-again",
        "ls: ftp.example.org: Try again",
        [("ftp.example.org", "temporary")],
    ),
    (
        "proftpd-unable-to-determine",
        "2024-05-02 10:11:12,345 ftp01 proftpd[1234]: warning: unable to determine IP address of 'ftp01'",
        [("ftp01", "other")],
    ),
    (
        "proftpd-error-resolving-enoent",
        "2024-05-02 10:11:12,345 ftp01 proftpd[1234]: Fatal: <VirtualHost>: error resolving 'ftp.lab.inte"
        "rnal': No such file or directory on line 40 of '/etc/proftpd/proftpd.conf'",
        [("ftp.lab.internal", "nxdomain")],
    ),
    (
        "proftpd-trace-to-an-ipv4-address",
        "2024-05-02 10:11:12,345 [1234] <netaddr:7>: unable to resolve 'db.internal' to an IPv4 address: "
        "Name or service not known",
        [("db.internal", "nxdomain")],
    ),
    (
        "boost-asio-try-again",
        "[error] Failed to resolve db.internal: Host not found (non-authoritative), try again later",
        [("db.internal", "temporary")],
    ),
    (
        "uptime-kuma-invalid-resolver",
        "2024-05-02T10:11:12+00:00 [DNS] ERROR: Invalid resolver server dns1.lab.internal",
        [("dns1.lab.internal", "other")],
    ),
    (
        "check-tcp-invalid-hostname",
        "TCP CRITICAL - Invalid hostname, address or socket: db.internal",
        [("db.internal", "other")],
    ),
    (
        "check-curl-getaddrinfo-returned",
        "HTTP CRITICAL - Unable to lookup IP address for 'web.lab.internal': getaddrinfo returned -3 - Te"
        "mporary failure in name resolution",
        [("web.lab.internal", "temporary")],
    ),
    (
        "check-dns-domain-not-found",
        "DNS CRITICAL - Domain 'app.example.org' was not found by the server",
        [("app.example.org", "nxdomain")],
    ),
    (
        "nping-error-resolving",
        "Error resolving db.internal",
        [("db.internal", "other")],
    ),
    (
        "wireguard-musl-try-again",
        "Try again: `vpn.example.org:51820'. Trying again in 1.20 seconds...",
        [("vpn.example.org", "temporary")],
    ),
    (
        "nebula-static-map-host",
        'time=2026-05-02T10:11:12.345Z level=ERROR msg="DNS resolution failed for static_map host" hostna'
        'me=lighthouse.example.org network=ip4 error="lookup lighthouse.example.org: operation was cancel'
        'ed"',
        [("lighthouse.example.org", "other")],
    ),
    (
        "xray-rcode-3",
        "2024/05/02 10:11:12.123456 [Info] app/dns: failed to lookup ip for domain db.internal at server "
        "UDP:8.8.8.8:53 in serial query mode > rcode: 3",
        [("db.internal", "nxdomain")],
    ),
    (
        "xray-rcode-target",
        "2024/05/02 10:11:12.123456 [Info] [1848225730] app/proxyman/outbound: failed to resolve ip for t"
        "arget www.example.org > app/dns: rcode: 3",
        [("www.example.org", "nxdomain")],
    ),
    (
        "xray-deadline",
        "2024/05/02 10:11:12.123456 [Info] app/dns: failed to lookup ip for domain db.internal at server "
        "UDP:8.8.8.8:53 in serial query mode > context deadline exceeded",
        [("db.internal", "timeout")],
    ),
    (
        "netbird-upstream-timeout",
        "2024-05-02T10:11:12Z ERRO client/internal/dns/upstream.go:575: 1/1 upstreams failed for domain=d"
        "b.internal.: 10.0.0.53:53=timeout after 2s",
        [("db.internal", "timeout")],
    ),
    (
        "netbird-upstream-refused",
        "2024-05-02T10:11:12Z ERRO client/internal/dns/upstream.go:575: 1/1 upstreams failed for domain=d"
        "b.internal.: 10.0.0.53:53=REFUSED",
        [("db.internal", "refused")],
    ),
    (
        "netbird-no-a-aaaa",
        "2024-05-02T10:11:12Z WARN client/internal/dns/mgmt/mgmt.go:203: resolve api.netbird.io: no A/AAAA records",
        [("api.netbird.io", "nxdomain")],
    ),
    (
        "netdata-target-host",
        "2024-05-02 10:11:12: netdata ERROR : ACLK_MAIN : ACLK: SOCKS5 local DNS resolution failed for ta"
        "rget host 'app.netdata.cloud'",
        [("app.netdata.cloud", "other")],
    ),
    (
        "kong-tried-list-timeout",
        "2024/05/02 08:11:23 [error] 1288#0: *4021 [lua] init.lua:382: execute(): DNS resolution failed: "
        'failed to receive reply from UDP server 10.96.0.10:53: timeout. Tried: ["(short)httpbin.internal'
        ':(na) - cache-miss","httpbin.internal:33 - cache-miss/querying/failed to receive reply from UDP '
        'server 10.96.0.10:53: timeout"], client: 172.18.0.1, server: kong',
        [("httpbin.internal", "timeout")],
    ),
    (
        "kong38-json-name-error",
        "2024/05/02 08:11:23 [error] 1288#0: *4021 [lua] init.lua:382: execute(): DNS resolution failed: "
        'dns server error: 3 name error. Tried: [{"qname":"httpbin.internal","qtype":1,"cache_hit":false,'
        '"resolver":"10.96.0.10:53","error":["dns server error: 3 name error"]}], client: 172.18.0.1, ser'
        'ver: kong, request: "GET / HTTP/1.1"',
        [("httpbin.internal", "nxdomain")],
    ),
    (
        "kong38-json-timeout",
        "2024/05/02 08:11:23 [error] 1288#0: *4021 [lua] init.lua:382: execute(): DNS resolution failed: "
        "DNS server error: failed to receive reply from UDP server 10.96.0.10:53: timeout, took 2003 ms. "
        'Tried: [{"qname":"httpbin.internal","qtype":1,"cache_hit":false,"resolver":"10.96.0.10:53","erro'
        'r":["DNS server error: failed to receive reply from UDP server 10.96.0.10:53: timeout, took 2003'
        ' ms"]}], client: 172.18.0.1',
        [("httpbin.internal", "timeout")],
    ),
    (
        "kong38-cosocket-cp-timeout",
        "connection to control plane wss://kong-cp.kong.svc:8005/v1/outlet broken: failed to connect: [co"
        "socket] DNS resolution failed: DNS server error: failed to receive reply from UDP server 10.96.0"
        '.10:53: timeout, took 2001 ms. Tried: [{"qname":"kong-cp.kong.svc","qtype":1,"cache_hit":false}]'
        " (retrying after 9 seconds) [kong-cp.kong.svc:8005], context: ngx.timer",
        [("kong-cp.kong.svc", "timeout")],
    ),
    (
        "kong-initial-resolve-timeout",
        "2024/05/02 08:11:23 [error] 1288#0: *4021 [lua] handler.lua:1310: before(): failed the initial d"
        "ns/balancer resolve for 'httpbin.internal' with: failed to receive reply from UDP server 10.96.0"
        '.10:53: timeout, client: 172.18.0.1, server: kong, request: "GET /api HTTP/1.1", host: "localhos'
        't:8000"',
        [("httpbin.internal", "timeout")],
    ),
    (
        "kong-initial-name-resolution-failed",
        "2024/05/02 08:11:23 [error] 1288#0: *4021 [lua] handler.lua:1310: before(): failed the initial d"
        "ns/balancer resolve for 'httpbin.internal' with: name resolution failed, client: 172.18.0.1",
        [("httpbin.internal", "other")],
    ),
    (
        "apisix-srv-name-error",
        "2024/03/11 06:55:02 [error] 45#45: *3 [lua] client.lua:57: resolve_srv(): failed to resolve SRV "
        "record node1.consul.internal: dns server error: 3 name error, context: ngx.timer",
        [("node1.consul.internal", "nxdomain")],
    ),
    (
        "apisix-eureka-name-error",
        "2024/03/11 06:55:02 [error] 45#45: *3 [lua] init.lua:144: failed to resolve eureka-peer.internal"
        ": failed to query the DNS server: dns server error: 3 name error, context: ngx.timer",
        [("eureka-peer.internal", "nxdomain")],
    ),
    (
        "tyk-access-log-dns-not-found",
        'time="Dec 03 10:12:01" level=info prefix=access-log api_id=a1b2c3 api_name=httpbin client_ip=172'
        ".18.0.1 host=localhost:8080 method=GET path=/get status=500 upstream_addr=http://httpbin.interna"
        "l:8080/get response_flag=DNS response_code_details=dns_not_found error_source=ReverseProxy error"
        "_target=httpbin.internal:8080",
        [("httpbin.internal", "nxdomain")],
    ),
    (
        "tyk-access-log-dns-timeout",
        'time="Dec 03 10:12:01" level=info prefix=access-log api_id=a1b2c3 status=500 response_flag=DNS r'
        "esponse_code_details=dns_timeout error_source=ReverseProxy error_target=httpbin.internal:8080",
        [("httpbin.internal", "timeout")],
    ),
    (
        "kratos-url-in-failed-to-resolve",
        "key url validation is failing: failed to resolve https://hooks.example.org/signup: lookup hooks."
        "example.org: no such host",
        [("hooks.example.org", "nxdomain")],
    ),
    (
        "kratos-http-url-port",
        "failed to resolve http://db.internal:8080: lookup db.internal on 10.96.0.10:53: no such host",
        [("db.internal", "nxdomain")],
    ),
    (
        "exim-host-lookup-did-not-complete",
        "2024-06-01 10:00:00 1sDaBc-000123-AB == bob@example.org R=smarthost defer (-36): host lookup for"
        " smtp.relay.internal did not complete (DNS timeout?)",
        [("smtp.relay.internal", "temporary")],
    ),
    (
        "exim-lookup-of-host-failed",
        '2024-06-01 10:00:00 1sDaBc-000123-AB ** bob@example.org R=smarthost: lookup of host "smtp.relay.'
        'internal" failed in smarthost router',
        [("smtp.relay.internal", "nxdomain")],
    ),
    (
        "exim-no-ip-address-during",
        "2024-06-01 10:00:00 no IP address found for host mail.client.example (during SMTP connection fro"
        "m (helo.example) [203.0.113.7])",
        [("mail.client.example", "nxdomain")],
    ),
    (
        "exim-no-ip-address-defer",
        "2024-06-01 10:00:00 1sDaBc-000123-AB == bob@example.org R=smarthost T=remote_smtp defer (-32): n"
        "o IP address found for host smtp.relay.internal",
        [("smtp.relay.internal", "nxdomain")],
    ),
    (
        "exim-dns-lookup-deferred",
        "2024-06-01 10:00:00 H=(helo.example) [203.0.113.7] F=<a@b.example> temporarily rejected RCPT <bo"
        'b@example.org>: DNS lookup of "mail.client.example" deferred',
        [("mail.client.example", "temporary")],
    ),
    (
        "rspamd-map-server-fail",
        "2024-06-01 10:00:00 #1234(main) <7f8e2a>; map; rspamd_map_dns_callback: cannot resolve maps.rspa"
        "md.com: server fail",
        [("maps.rspamd.com", "servfail")],
    ),
    (
        "rspamd-rbl-query-timed-out",
        "2024-06-01 10:00:00 #1235(normal) <a1b2c3>; lua; rbl.lua:293: error looking up 5.113.0.203.zen.s"
        "pamhaus.org: query timed out",
        [("5.113.0.203.zen.spamhaus.org", "timeout")],
    ),
    (
        "rspamd-reputation-server-fail",
        "2024-06-01 10:00:00 #1235(normal) <a1b2c3>; lua; reputation.lua:944: error looking up example.or"
        "g.rep.example.net: server fail",
        [("example.org.rep.example.net", "servfail")],
    ),
    (
        "rspamd-spf-record-for",
        "2024-06-01 10:00:00 #1235(normal) <a1b2c3>; spf; spf_record_dns_callback: spf error for domain e"
        "xample.org: cannot resolve A record for mail.example.org: no records with this name",
        [("mail.example.org", "nxdomain")],
    ),
    (
        "rspamd-dkim-dns-request",
        "2024-06-01 10:00:00 #1235(normal) <a1b2c3>; dkim; dkim_module_key_handler: cannot get key for do"
        "main example.org: dns request to sel1._domainkey.example.org failed: query timed out",
        [("sel1._domainkey.example.org", "timeout")],
    ),
    (
        "rspamd-srv-resolution",
        "2024-06-01 10:00:00 #1235(normal) <a1b2c3>; upstream; rspamd_upstream_dns_srv_cb: SRV resolution"
        " for _redis._tcp.redis.internal returned no records with this name; keeping existing 1 member(s)",
        [("_redis._tcp.redis.internal", "nxdomain")],
    ),
    (
        "haraka-no-such-domain",
        "2024-06-01T10:00:00.000Z [INFO] [-] [outbound] [9F1A2B3C-1D2E-4F5A-8B9C-0D1E2F3A4B5C.1.1] bounci"
        "ng mail: No Such Domain: nosuch.example.org",
        [("nosuch.example.org", "nxdomain")],
    ),
    (
        "synapse-bytes-timeout",
        "2024-06-01 10:00:00,123 - synapse.http.federation.srv_resolver - 162 - WARNING - federation_tran"
        "saction_transmission_loop-4567 - Failed to resolve b'_matrix-fed._tcp.chat.example.org', falling"
        " back to cache. TimeoutError(b'_matrix-fed._tcp.chat.example.org')",
        [("_matrix-fed._tcp.chat.example.org", "timeout")],
    ),
    (
        "synapse-dns-server-error",
        "2024-06-01 10:00:00,123 - synapse.http.federation.srv_resolver - 162 - WARNING - f-4567 - Failed"
        " to resolve b'_matrix-fed._tcp.chat.example.org', falling back to cache. DNSServerError(<Message"
        " id=4711 rCode=2 maxSize=0 flags=answer,recDes,recAv queries=[Query(b'_matrix-fed._tcp.chat.exam"
        "ple.org', SRV, IN)]>)",
        [("_matrix-fed._tcp.chat.example.org", "servfail")],
    ),
    (
        "kuma-dataplane-possessive",
        "2024-06-01T10:00:00.000Z\tERROR\txds.context\tfailed to resolve dataplane's domain name, ignoring d"
        'ataplane\t{"mesh": "default", "name": "dp-1", "error": "lookup dp1.internal on 10.96.0.10:53: no '
        'such host"}',
        [("dp1.internal", "nxdomain")],
    ),
    (
        "hadoop-invalid-host-name",
        "java.net.UnknownHostException: Invalid host name: local host is: (unknown); destination host is:"
        ' "namenode.internal":8020; java.net.UnknownHostException; For more details see:  http://wiki.apa'
        "che.org/hadoop/UnknownHost",
        [("namenode.internal", "nxdomain")],
    ),
    (
        "mssql-jdbc-null-message",
        "com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host db.internal, "
        'port 1433 has failed. Error: "null. Verify the connection properties. Make sure that an instance'
        ' of SQL Server is running on the host and accepting TCP/IP connections at the port.".',
        [("db.internal", "other")],
    ),
    (
        "mssql-jdbc-unable-to-determine",
        "FINE: ConnectionID:1 ClientConnectionId: 7c1f Unable to determine IP address of host: sqlsrv.example.org",
        [("sqlsrv.example.org", "other")],
    ),
    (
        "mariadb-3x-host-twice",
        "java.sql.SQLNonTransientConnectionException: Socket fail to connect to db.internal:3307. db.internal",
        [("db.internal", "other")],
    ),
    (
        "mariadb-3x-bare-twice",
        "java.sql.SQLNonTransientConnectionException: Socket fail to connect to mariadb. mariadb",
        [("mariadb", "other")],
    ),
    (
        "mysql-cj-local-check",
        "WARN: Unable to determine if hostname 'mysql.internal' is local to this box because of exception"
        ", assuming it's not.",
        [("mysql.internal", "other")],
    ),
    (
        "mysql-cj-srv-no-hosts",
        "java.sql.SQLNonTransientConnectionException: Unable to locate any hosts for _mysql._tcp.db.example.org.",
        [("_mysql._tcp.db.example.org", "other")],
    ),
    (
        "graylog-txt-lookup-timeout",
        "2024-05-01 10:00:00,123 ERROR: org.graylog2.lookup.adapters.DnsLookupDataAdapter - Could not per"
        "form TXT DNS lookup for [example.org]. Cause [[/10.0.0.2:53] query via UDP timed out after 5000 "
        "milliseconds (no stack trace available).]",
        [("example.org", "timeout")],
    ),
    (
        "graylog-datanode-not-bound",
        "org.graylog.datanode.bootstrap.preflight.PreflightCheckException: Configured hostname datanode.i"
        "nternal is not bound to any address! Please configure your DNS so the hostname points to this ma"
        "chine",
        [("datanode.internal", "other")],
    ),
    (
        "xxl-job-remoting-error",
        "registryResult:ReturnT [code=500, msg=xxl-job remoting error(xxl-job-admin), for url : http://xx"
        "l-job-admin:8080/xxl-job-admin/api/registry, content=null]",
        [("xxl-job-admin", "other")],
    ),
    (
        "doris-unknown-domain-name",
        "2024-05-01 10:00:00,123 WARN (tablet checker|35) [DomainResolver.resolveWithDNS():106] unknown d"
        "omain name app.example.org with dns: app.example.org",
        [("app.example.org", "nxdomain")],
    ),
    (
        "hdfs-hosts-file",
        "2024-05-01 10:00:00,123 WARN org.apache.hadoop.hdfs.server.blockmanagement.DatanodeManager: Inva"
        "lid hostname dn9.internal in hosts file",
        [("dn9.internal", "other")],
    ),
    (
        "nifi-nar-dependency",
        "2024-05-01 10:00:00,123 WARN [main] org.apache.nifi.nar.NarClassLoaders Unable to resolve requir"
        "ed dependency 'nifi-standard-services-api-nar'. Skipping NAR '/opt/nifi/work/nar/extensions/nifi"
        "-foo-nar-1.0.nar-unpacked'",
        [],
    ),
    (
        "graylog-entity",
        "2024-05-01 10:00:00,123 WARN : org.graylog2.contentpacks.facades.UnsupportedEntityFacade - Could"
        "n't resolve entity EntityDescriptor{id=ModelId{id=5f1a}, type=ModelType{name=dashboard, version="
        "2}}",
        [],
    ),
    (
        "graylog-view",
        "javax.ws.rs.NotFoundException: Failed to resolve view:5f1a2b3c4d5e6f7a8b9c0d1e",
        [],
    ),
    (
        "pinot-auth-url-refused",
        "java.lang.IllegalArgumentException: Could not resolve auth url http://auth.example.org/token\nCau"
        "sed by: java.net.ConnectException: Connection refused (Connection refused)",
        [],
    ),
    (
        "yarn-rack-resolver",
        "2024-05-01 10:00:00,123 INFO org.apache.hadoop.yarn.util.RackResolver: Couldn't resolve node7.in"
        "ternal. Falling back to /default-rack",
        [],
    ),
    (
        "yarn-rack-for-node",
        "2024-05-01 10:00:00,123 WARN [RMCommunicator Allocator] org.apache.hadoop.yarn.client.api.impl.A"
        "MRMClientImpl: Failed to resolve rack for node node7.internal.",
        [],
    ),
    (
        "mssql-jdbc-refused",
        "com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host db.internal, "
        'port 1433 has failed. Error: "Connection refused. Verify the connection properties.".',
        [],
    ),
    (
        "pinot-auth-url-unknown-host",
        "java.lang.IllegalArgumentException: Could not resolve auth url http://auth.example.org/token\nCau"
        "sed by: java.net.UnknownHostException: auth.example.org",
        [("auth.example.org", "nxdomain")],
    ),
]


@pytest.mark.parametrize(("case", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_surveyed_format(case: str, text: str, want: list[tuple[str, str]]) -> None:
    assert found(text) == want, case


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "DNS Lookup resolve failed [tcp://",
        'getaddrinfo("a", ',
        "x.y: Try again ",
        "Socket fail to connect to a. ",
        "unknown domain name a with dns: ",
        "1/1 upstreams failed for domain=a.: 10.0.0.1:53=",
        'DNS resolution failed: x. Tried: [{"qname":"',
        'Tried: [{"qname":"a","x":"',
        "response_flag=DNS response_code_details=dns_timeout ",
        "failed to resolve https://",
        "error looking up a: ",
    ]
)
