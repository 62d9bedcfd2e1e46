"""Every rule, and the literal triggers that decide which of them read a stretch of text.

One rule per way a program reports a failed name lookup: DNS tools (Go, CoreDNS, nslookup, dig,
host), command-line clients, language runtimes, database drivers, and proxies/RPC.
"""

from __future__ import annotations

from checks.parsing.rules import (
    agent_and_session_texts,
    appliance_and_directory_texts,
    application_texts,
    balancer_and_messaging_texts,
    bare_name_and_split_texts,
    broker_and_shipper_texts,
    broker_clients,
    browser_texts,
    build_tools,
    cache_and_cluster_texts,
    chain_nodes,
    check_and_pooler_texts,
    client_and_check_texts,
    client_error_texts,
    clients,
    cluster_daemons,
    cluster_products,
    cluster_services_texts,
    component_logs,
    connect_trace_texts,
    daemon_and_vpn_texts,
    daemon_resolvers,
    daemon_texts,
    database_client_texts,
    databases,
    device_and_runner_texts,
    dns_server_logs,
    dns_tool_forms,
    dns_tools,
    dotnet_windows,
    driver_and_tool_texts,
    edge_and_discovery_texts,
    erlang_texts,
    error_page_and_scheduler_texts,
    failure_statements,
    fetch_client_texts,
    go_lookups,
    integration_texts,
    jvm_clients,
    kubernetes_e2e,
    languages,
    libcurl,
    library_messages,
    library_sources,
    localized,
    loose_shapes,
    mail_client_texts,
    mail_delivery_texts,
    mail_servers,
    monitoring_daemons,
    more_clients,
    more_formats,
    more_runtimes,
    more_tools,
    netops_texts,
    network_admin_texts,
    node_auth_texts,
    node_daemon_texts,
    node_getaddrinfo,
    peer_connect_texts,
    peer_texts,
    php_network,
    platform_messages,
    printed_names,
    product_messages,
    product_sources,
    proxies,
    proxy_and_dns_server_texts,
    proxy_gateways,
    python_libs,
    rare_runtimes,
    remote_and_federation_texts,
    report_texts,
    research_computing,
    resolver_dumps,
    resolver_library_texts,
    resolver_log_rows,
    resolver_server_texts,
    runtime_and_package_texts,
    script_and_debug_texts,
    search_store_texts,
    server_texts,
    service_messages,
    setting_named,
    shell_tools,
    source_mined,
    sql_clients,
    storage_and_scanner_texts,
    survey,
    survey2,
    survey3,
    survey4,
    survey5,
    survey6,
    typed_masks,
    unstated_products,
)
from checks.parsing.rules.base import Hit, Rule

RULES: tuple[Rule, ...] = (
    dns_tools.RULES
    + clients.RULES
    + languages.RULES
    + databases.RULES
    + proxies.RULES
    + localized.RULES  # issue #17: localized Windows, .NET and wget messages
    + more_runtimes.RULES  # issue #17: librdkafka, Erlang/Elixir, Node dns, Netty, git, rsync, host, dnspython...
    + more_formats.RULES  # issue #17 (held-out B): WinSock texts, PowerShell, libcurl, mod_proxy, dug, drill...
    + more_tools.RULES  # issue #17 (held-out C): Windows nslookup timeouts, postfix's host/service
    + go_lookups.RULES  # issue #17 (held-out D..V): Go's lookup with a name as printed (paths, masks, keys), wrapped
    + jvm_clients.RULES  # issue #17 (held-out D..X): Kafka, ZooKeeper, Lettuce, Netty, AWS SDK, Maven, unresolved
    + dns_tool_forms.RULES  # issue #17 (held-out D..X): ping, CoreDNS old/headless, unbound, dnsproxy, dig/nslookup
    + dotnet_windows.RULES  # issue #17 (held-out D..V): WinHTTP, Mono, Npgsql, NuGet, gRPC C#/.NET, localized WinSock
    + proxy_gateways.RULES  # issue #17 (held-out D..S): squid, OpenResty, APISIX, gRPC, linkerd 1, Envoy, HAProxy
    + libcurl.RULES  # issue #17 (held-out F..W): curl's and libcurl's names as printed, wrapped, proxy, R's brackets
    + php_network.RULES  # issue #17 (held-out F..W): PHP's PDO reasons, DSN cut, gethostbyname, MongoDB PHP, ReactPHP
    + python_libs.RULES  # issue #17 (held-out F..W): Twisted, redis-py, urllib3, py-amqp, aiohttp forms
    + product_messages.RULES  # issue #17 (held-out D, M, R): fluent-bit, ACME, Asterisk
    + typed_masks.RULES  # issue #17 (held-out F, G): `###` and U+00D7 typed over a name
    + unstated_products.RULES  # issue #17 (held-out F, I): apiserver notresolvable, etcd, Logstash (no reason)
    + rare_runtimes.RULES  # issue #17 (held-out F..U): Godot, Qt, Zig, luvit, Julia, Nim, hickory, Ruby, hyper, Erlang
    + node_getaddrinfo.RULES  # issue #17 (held-out G..R): Node's getaddrinfo codes with names as printed, kafka-node
    + shell_tools.RULES  # issue #17 (held-out H..X): sudo zh, linkchecker, bundler, ssh, nc, bash, apt es, SSHKit
    + setting_named.RULES  # issue #17 (held-out I..V): host-less errors named by a setting (Kong, PDO, Tds, lettre)
    + sql_clients.RULES  # issue #17 (held-out J..V): libpq's and MySQL's names as printed, libpq's reason below
    + printed_names.RULES  # issue #17 (held-out K, P): wget, urllib3 host='false', PHP socket path, redis-cli
    + loose_shapes.RULES  # issue #17 (held-out P, S): a reason wrapped mid-word, `: h host not found`
    + survey.RULES  # issue #17 (from the runtimes' source): dnspython, Ruby Resolv, Kong, Chromium, Unbound, nslookup
    + survey2.RULES  # issue #17 (second survey): Crystal, mssql-jdbc, SwiftNIO, telnet, Logstash's Manticore
    + survey3.RULES  # issue #17 (products' own texts): RabbitMQ, Jenkins, Logstash 1.x, PgBouncer, cert-manager
    + survey4.RULES  # issue #17 (libraries' and tools' texts): Netty DNS, Feign, RestTemplate, MariaDB, Gradle
    + survey5.RULES  # issue #17 (the DNS tools' outputs): dig's server name, curl (28), kdig timeouts, Resolve-DnsName
    + library_messages.RULES  # issue #17 (held-out Y): folly, amphp/dns, Hazelcast, httplib2, Zabbix, nslookup read
    + survey6.RULES  # issue #17 (products in the path): Kong retries/pool, APISIX, Technitium, vpnkit, EMQX, PowerDNS
    + cluster_products.RULES  # issue #17 (held-out AA, AB): Akka bootstrap, resolveip, pgpool, StarRocks, YugabyteDB
    + cluster_daemons.RULES  # issue #17 (held-out AC, AD): Erlang epmd, mod_proxy, Salt, mesos-dns, APISIX etcd
    + service_messages.RULES  # issue #17 (held-out AH..AK): Netty search domain, Sentinel, Ceph, mount.nfs, Tailscale
    + resolver_dumps.RULES  # issue #17 (held-out AJ, AK): Netty's DatagramDnsResponse, getdns, tcpdump
    + more_clients.RULES  # issue #17 (held-out AP..AR): etcd URL Host, Chrome's page, `h:port getaddrinfo:`, gRPC
    + mail_servers.RULES  # issue #17 (held-out AS): Postfix, Exim, OpenSMTPD, freshclam
    + daemon_resolvers.RULES  # issue #17 (held-out AT..AY): dockerd's resolver, Kong's table, dnf's libcurl
    + failure_statements.RULES  # issue #17: a failure stated in plain words around the name, any program
    + build_tools.RULES  # issue #17 (survey 7): apk, GLib's resolver, libcurl's resolving timeout with its URL nearby
    + broker_clients.RULES  # issue #17 (survey 7): Redis replica, RabbitMQ shovel, MongoDB SRV, StackExchange, DataStax
    + daemon_texts.RULES  # issue #17 (survey 7): rsyslog, syslog-ng, squid, dovecot, strongSwan, mosquitto, CUPS...
    + platform_messages.RULES  # issue #17 (survey 7): cert-manager/lego, Telegraf, dskit, Tailscale, Boulder, linkerd
    + driver_and_tool_texts.RULES  # issue #17 (survey 8): Swoole, MongoDB, MySqlConnector, Poco, musl, ProFTPD, Xray
    + application_texts.RULES  # issue #17 (surveys 9-11): self-hosted applications, Python libraries, observability
    + server_texts.RULES  # issue #17 (held-out BR-BU): TDengine, BIND, gRPC's zero addresses, `Host did not resolve`
    + resolver_server_texts.RULES  # issue #17 (held-out CU-CX): BIND's query errors, dig over TCP, question mismatch
    + peer_texts.RULES  # issue #17 (held-out DE): ZooKeeper canonicalize, Neo4j initial host, RabbitMQ epmd monitor
    + library_sources.RULES  # issue #17 (libraries' source): .NET endpoints, gRPC .NET, Rails, EF Core, dnspython
    + chain_nodes.RULES  # issue #17 (held-out DV): bitcoind's RPC bind, litep2p
    + research_computing.RULES  # issue #17 (held-out DY): Torque/PBS, iRODS, glideinWMS
    + component_logs.RULES  # issue #17 (held-out ED-EK): VS Code SSH, YugabyteDB, Cilium's proxy, APIM, ssh under a CR
    + product_sources.RULES  # issue #17 (products' source): Python's chained gaierror, Erlang binaries, Istio, ztunnel
    + dns_server_logs.RULES  # issue #17 (held-out FA): dnsmasq, PowerDNS, Istio's DNS proxy, Technitium, gluetun
    + kubernetes_e2e.RULES  # issue #17 (corpus set ZB): Kubernetes' DNS e2e tests' list of names not resolved
    + monitoring_daemons.RULES  # issue #17 (held-out FG): Check_MK, Zabbix's front end
    + source_mined.RULES  # issue #17 (probes from source, session 51): Perl's LWP
    + peer_connect_texts.RULES  # issue #17 (held-out GH-GO): HBase, a Redis replica, Kong's Cassandra, Apollo
    + resolver_log_rows.RULES  # issue #17 (held-out GP-GW): systemd-resolved's transactions, Technitium, dnsproxy
    + client_error_texts.RULES  # issue #17 (held-out GP-GW): the JDK's getLocalHost, email_validator, Seata, Aliyun
    + connect_trace_texts.RULES  # issue #17 (held-out GX-HE): MySQL replica's 2005, NIO, Liqo, Ruby's MongoDB, Bitnami
    + node_daemon_texts.RULES  # issue #17 (probes, round 7): ntpd, ntpsec, resolvectl, cloud-init, aardvark-dns, pgconn
    + client_and_check_texts.RULES  # issue #17 (held-out HF-HM): Varnish, hitch, cluvfy, Mongo Java, fasthttp, Datadog
    + script_and_debug_texts.RULES  # issue #17 (held-out HN-HU): TiDB's PD script, JFrog's request line, hyper's debug
    + bare_name_and_split_texts.RULES  # issue #17 (held-out HV-IC): Ruby's Resolv, bare names, getent, mesos-dns
    + network_admin_texts.RULES  # issue #17 (held-out ID-IK): iptables, wg, WinRM, a gateway's page, gluetun DoT
    + integration_texts.RULES  # issue #17 (held-out IL-IS): Kerberos.NET's SRV, trippy, a script's getent status
    + report_texts.RULES  # issue #17 (held-out JB-JI): Firefox's error page, Akka's cause, Forge's hosts, nGrinder
    + cluster_services_texts.RULES  # issue #17 (probes, round 8): telecom, HPC, edge and federated servers' texts
    + mail_delivery_texts.RULES  # issue #17 (probes, round 8): Exim's debug, OpenDMARC, Stalwart, Mailu, Ruby's Resolv
    + erlang_texts.RULES  # issue #17 (held-out JR-JY, probes round 10): ejabberd, CouchDB, gun, RabbitMQ, libcluster
    + fetch_client_texts.RULES  # issue #17 (held-out JR-JY, probes round 10): MiniDNS, Zig's fetch, Haskell curl
    + search_store_texts.RULES  # issue #17 (probes, round 10): Quickwit, Typesense and Manticore's texts
    + netops_texts.RULES  # issue #17 (probes, round 10): Netmiko, PyEZ, Ansible's verbose lines, FRR
    + node_auth_texts.RULES  # issue #17 (probes, round 11): Kerberos' trace, realmd, OpenLDAP, SSSD
    + browser_texts.RULES  # issue #17 (probes, round 12): WebdriverIO, chromedriver, DevTools, Saleor, ES-PHP
    + device_and_runner_texts.RULES  # issue #17 (probes, round 13): ESPHome, Boost.Asio, mosquitto, Ethon, Puma
    + agent_and_session_texts.RULES  # issue #17 (held-out KH-KO): CFEngine, knife, roscpp, gopcua, a silent getent
    + database_client_texts.RULES  # issue #17 (probes, round 15): Oracle, Db2, SQL Server's ODBC, FreeTDS, Qt
    + appliance_and_directory_texts.RULES  # issue #17 (held-out KP-KW): libfetch, FreeIPA, Samba, SSSD, ACME, acme.sh
    + proxy_and_dns_server_texts.RULES  # issue #17 (probes, round 16): mihomo, sing-box, SRS, PowerDNS, Samba, kadmin
    + storage_and_scanner_texts.RULES  # issue #17 (held-out KX-LE): GlusterFS, cephadm, WPScan, mqttwarn, ClickHouse
    + cache_and_cluster_texts.RULES  # issue #17 (held-out LF-LM): Varnish's vmod-dynamic, `No IP found for h`
    + runtime_and_package_texts.RULES  # issue #17 (held-out LN-LU): Resolve-DnsName's record, Dapr's mDNS, Composer
    + edge_and_discovery_texts.RULES  # issue #17 (probes, round 19): Bun, WasmEdge, SmallRye Stork, px, Garage
    + error_page_and_scheduler_texts.RULES  # issue #17 (held-out LV-MC): Cloudflare's 1001 page, Slurm's node address
    + remote_and_federation_texts.RULES  # issue #17 (probes, round 20): Proton, Liqo, Lighthouse, Tart, AsyncSSH, mosh
    + check_and_pooler_texts.RULES  # issue #17 (held-out MD-MK, probes 21): checks, OSSEC, Wazuh, ProxySQL, Litmus
    + daemon_and_vpn_texts.RULES  # issue #17 (probes, round 22): libc, nslcd, keepalived, VPNs, Privoxy, rspamd
    + broker_and_shipper_texts.RULES  # issue #17 (held-out ML-MS): EMQX, HiveMQ, WSO2, Manticore, fluent-bit, libpq
    + balancer_and_messaging_texts.RULES  # issue #17 (probes, round 23): k8gb, NNG and NanoMQ
    + mail_client_texts.RULES  # issue #17 (probes, round 24): sSMTP, nullmailer, OpenSMTPD's delivery line
    + resolver_library_texts.RULES  # issue #17 (probes, round 24): c-ares' tools, evdns, Tor
)

TRIGGERS: tuple[str, ...] = tuple(sorted({t for rule in RULES for t in rule.triggers}))


def _by_trigger() -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for i, rule in enumerate(RULES):
        for t in rule.triggers:
            found.setdefault(t, []).append(i)
    return {t: tuple(found[t]) for t in TRIGGERS}


RULES_BY_TRIGGER: dict[str, tuple[int, ...]] = _by_trigger()
"""For each trigger, the positions in RULES of the rules it starts (run in that order)."""

__all__ = ["RULES", "RULES_BY_TRIGGER", "TRIGGERS", "Hit", "Rule"]
