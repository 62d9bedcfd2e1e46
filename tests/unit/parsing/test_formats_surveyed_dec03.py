"""Formats read from programs' own sources (issue #17, survey 7: HTTP clients, runtimes, daemons, databases and
platforms), each by runtime and format, with the look-alikes those sources print (the texts quoted are the programs'
format strings filled in as they print them)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of, parses_quickly


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


_REQWEST = (
    "Error: error sending request for url (https://registry.example.org/v2/): client error (Connect): dns error: "
)


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        (
            'no records found for Query { name: Name("registry.example.org."), query_type: A, query_class: IN }',
            "nxdomain",
        ),
        ("error response: Server Failure", "servfail"),
        ("error response: Query Refused", "refused"),
        ("request timed out", "timeout"),
        ("proto error: request timed out", "timeout"),
    ],
)
def test_reqwest_over_hickory_reads_hickorys_own_reasons(reason: str, kind: str) -> None:
    assert found(_REQWEST + reason) == {("registry.example.org", kind, False)}


def test_deno_resolve_dns_not_found_names_the_querys_name() -> None:
    text = (
        "error: Uncaught (in promise) NotFound: "
        'no records found for Query { name: Name("db.internal."), query_type: A, query_class: IN }'
    )
    assert found(text) == {("db.internal", "nxdomain", False)}


def test_rust_anyhow_chain_takes_the_heads_url_for_a_cause_line() -> None:
    text = (
        "Error: error sending request for url (https://registry.example.org/v2/)\n\nCaused by:\n"
        "    0: client error (Connect)\n    1: dns error\n    2: error resolving DNS\n"
        "    3: failed to lookup address information: Temporary failure in name resolution\n"
    )
    assert found(text) == {("registry.example.org", "temporary", False)}
    unchained = "fetching https://registry.example.org/v2/ ...\nsome other line\n    2: bad things happened\n"
    assert found(unchained) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("OSError: C-Ares returned error 6: DNS server refused query while resolving db.internal", "refused"),
        ("OSError: C-Ares returned error 10: Misformatted DNS reply while resolving db.internal", "other"),
        ("OSError: C-Ares returned error 4: Domain name not found while resolving db.internal", "nxdomain"),
        (
            "aiohttp.client_exceptions.ClientConnectorDNSError: Cannot connect to host db.internal:443 ssl:default "
            "[DNS server refused query]",
            "refused",
        ),
        (
            "aiohttp.client_exceptions.ClientConnectorDNSError: Cannot connect to host db.internal:443 ssl:default "
            "[No DNS servers were configured]",
            "other",
        ),
    ],
)
def test_c_ares_texts_through_tornado_and_aiohttp(text: str, want: str) -> None:
    assert found(text) == {("db.internal", want, False)}


@pytest.mark.parametrize(
    "text",
    [
        "java.net.UnknownHostException: okhttp3.Dns$Companion$DnsSystem@5e9f23b4 returned no addresses for db.internal",
        "java.net.UnknownHostException: Dns.SYSTEM returned no addresses for db.internal",
        "java.net.UnknownHostException: Broken system behaviour for dns lookup of db.internal",
        "java.net.UnknownHostException: BootstrapDns called for db.internal instead of dns.google",
    ],
)
def test_okhttp_own_unknown_host_sentences_name_the_host_not_their_first_word(text: str) -> None:
    assert found(text) == {("db.internal", "nxdomain", False)}


def test_okhttp_doh_hosts_not_resolved_names_nothing() -> None:
    assert found("java.net.UnknownHostException: private hosts not resolved") == set()


def test_swift_nio_unknown_host_description_and_the_bare_case() -> None:
    described = (
        "[ ERROR ] Connection failed: DNS error: SocketAddressError.UnknownHost: Temporary failure in name resolution "
        "(error -3) for host db.internal, port 5432"
    )
    assert found(described) == {("db.internal", "temporary", False)}
    assert found('DNS error: unknown(host: "db.internal", port: 5432)') == {("db.internal", "nxdomain", False)}


def test_netty_timeout_cause_with_the_servers_own_name_before_its_address() -> None:
    text = (
        "java.net.UnknownHostException: Failed to resolve 'db.internal' [A(1)] after 2 queries \n"
        "\tat io.netty.resolver.dns.DnsResolveContext.finishResolve(DnsResolveContext.java:1097)\n"
        "Caused by: io.netty.resolver.dns.DnsNameResolverTimeoutException: [10.96.0.10/10.96.0.10:53] "
        "DefaultDnsQuestion(db.internal. IN A) query via UDP timed out after 5000 milliseconds "
        "(no stack trace available)"
    )
    assert found(text) == {("db.internal", "timeout", False)}


@pytest.mark.parametrize(
    "text",
    [
        "io.vertx.core.dns.DnsException: DNS query error occurred: NXDOMAIN",
        'error: Could not resolve "npm:express@4"',
        'error: Could not resolve "jsr:@std/path"',
        "Failed to resolve: com.squareup.okhttp3:okhttp:4.12.0",
        "Failed to resolve 'com.example:lib:1.0.0' for configuration ':app:debugRuntimeClasspath'",
    ],
)
def test_lookalikes_of_http_clients_and_build_tools_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_a_real_failed_to_resolve_with_a_port_still_reads() -> None:
    assert found("Failed to resolve 'db.internal:5432': Name or service not known") == {
        ("db.internal", "nxdomain", False)
    }


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "    2: failed to lookup address information: x\n",
        "C-Ares returned error 6: DNS server refused query while resolving ",
        "UnknownHostException: a returned no addresses for UnknownHostException: ",
        "SocketAddressError.UnknownHost: x (error -2) for host a, port ",
        'Failed to resolve: a.b:c:d Failed to resolve "npm:',
    ]
)


# --- platform components (survey 7, d) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # flannel's wireguard backend (net.ResolveUDPAddr's idiom): the noun phrase is no name
            "E0501 10:00:00.000000       1 main.go:330] Error registering network: failed to configure interface "
            "flannel-wg: failed to resolve UDP address: lookup node2.example.internal: no such host",
            {("node2.example.internal", "nxdomain", False)},
        ),
        (  # fluentd's out_forward
            "2024-05-01 10:00:00 +0000 [warn]: #0 failed to resolve node name when configured "
            'server="aggregator.example.internal" error=#<SocketError: getaddrinfo: Name or service not known>',
            {("aggregator.example.internal", "nxdomain", False)},
        ),
        (  # jaeger's Elasticsearch client
            "failed to resolve backend version: failed to ping ES at http://elasticsearch:9200: Head "
            '"http://elasticsearch:9200": dial tcp: lookup elasticsearch on 127.0.0.11:53: no such host',
            {("elasticsearch", "nxdomain", False)},
        ),
        (  # cert-manager's and lego's DNS-01 propagation check
            "Waiting for DNS-01 challenge propagation: NS ns2.example.org.:53 returned REFUSED for "
            "_acme-challenge.app.example.org.",
            {("_acme-challenge.app.example.org", "refused", False)},
        ),
        (
            "Waiting for DNS-01 challenge propagation: Could not find the SOA record in the DNS tree for the domain "
            "'_acme-challenge.app.example.internal.' using nameservers [10.96.0.10:53]",
            {("_acme-challenge.app.example.internal", "other", False)},
        ),
        (  # Telegraf's dns_query input
            "2024-05-01T10:00:00Z E! [inputs.dns_query] Error in plugin: invalid answer (REFUSED) from 10.0.0.2 after "
            "MX query for example.org",
            {("example.org", "refused", False)},
        ),
        (  # Grafana dskit (Loki, Mimir) and Thanos
            'level=warn caller=resolver.go:134 msg="IP address lookup yielded no results. No host found or no '
            'addresses found" host=loki-memberlist.loki.svc.cluster.local',
            {("loki-memberlist.loki.svc.cluster.local", "nxdomain", False)},
        ),
        (  # Tailscale's dnscache
            '2024/05/01 10:00:00 dnscache: context done while resolving "log.tailscale.io": context deadline exceeded',
            {("log.tailscale.io", "timeout", False)},
        ),
        (  # Boulder's details as cert-manager, Caddy and Traefik print them
            "acme: authorization error for app.example.org: 400 urn:ietf:params:acme:error:dns: DNS problem: looking "
            "up A for app.example.org: DNSSEC: Bogus",
            {("app.example.org", "other", False)},
        ),
        (
            # an empty answer: `nxdomain` since held-out EE (spent) labelled it so
            "urn:ietf:params:acme:error:dns: no valid A records found for app.example.org; no valid AAAA records "
            "found for app.example.org",
            {("app.example.org", "nxdomain", False)},
        ),
        (  # linkerd2-proxy's control-plane client: the name in its tracing span
            "WARN ThreadId(01) identity:controller{addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}: "
            "linkerd_app_core::control: Failed to resolve control-plane component error=failed SRV and A record "
            "lookups: failed to resolve SRV record: request timed out; failed to resolve A record: request timed out",
            {("linkerd-identity-headless.linkerd.svc.cluster.local", "timeout", False)},
        ),
        (  # Thanos' miekgdns resolver lists the errors it met
            'err="could not resolve \\"thanos-store\\": all servers responded with errors to at least one search '
            "domain. Errs ;resolution against server 10.96.0.10 for thanos-store.monitoring.svc.cluster.local.: "
            'exchange: read udp 10.244.1.3:51000->10.96.0.10:53: i/o timeout"',
            {("thanos-store", "timeout", False)},
        ),
    ],
)
def test_platform_components_own_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Error registering network: failed to resolve UDP address: address node2.example.internal: missing port in "
        "address",
        'msg="failed to resolve addresses for endpoints" err="missing port in address given for dns lookup: '
        'thanos-store.monitoring.svc"',
        'level=error caller=dataobj_tee.go:221 msg="failed to resolve partition" err="no partitions available"',
        "2024-05-01T10:00:00Z [ERROR] [/jobservice/main.go:80]: failed to resolve local host&ip",
        '2024-05-01T10:00:00Z E! [inputs.intel_pmu] Error in plugin: failed to resolve core event "INST_RETIRED.ANY": '
        "event not found",
        "2024-05-01T10:00:00Z E! [inputs.redis_sentinel] Error in plugin: unable to resolve master name",
        'Error: cannot start pipelines: cannot resolve query interceptors: extension "tenant_filter" does not '
        "implement queryinterceptor.Interceptor",
        'Error: cannot start pipelines: failed to resolve authenticator "oauth2client": authenticator not found',
        "failed to resolve shortcut: googleapi: Error 404: File not found: 1AbCdEf., notFound",
        'Failed to create file system for "doi:10.5281/zenodo.1234": could not resolve DOI (error code 100)',
        "Fatal: could not resolve the Invenio API endpoint for 'https://zenodo.org/records/1234'",
        "Failed to serve: failed to resolve interface name 'eth1': route ip+net: no such network interface",
        'ERR Cannot resolve passthrough backend for host "app.example.org" error="service default/app not found"',
        '[ERROR][1234] cni-plugin/k8s.go 600: Error setting up networking: failed to lookup "cali12345abcde": Link not '
        "found",
    ],
)
def test_platform_components_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_calicoctl_names_the_autodetection_address_not_the_word_command() -> None:
    text = (
        "Error executing command: error executing command: cannot resolve address specified for IP autodetection: "
        "www.example.org"
    )
    assert found(text) == {("www.example.org", "nxdomain", False)}


# --- database and broker clients (survey 7, c) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the Redis replica: the master's name on its Connecting line above
            "1:S 03 Dec 2026 11:00:01.120 * Connecting to MASTER redis-master.internal:6379\n"
            "1:S 03 Dec 2026 11:00:01.121 * MASTER <-> REPLICA sync started\n"
            "1:S 03 Dec 2026 11:00:01.123 # Unable to connect to MASTER: Name or service not known\n",
            {("redis-master.internal", "nxdomain", False)},
        ),
        ("1:S 03 Dec 2026 11:00:01.123 # Unable to connect to MASTER: Temporary failure in name resolution", set()),
        (  # a RabbitMQ shovel: the URI's host, not the shovel's name
            "[warning] <0.1234.0> Shovel 'orders' in vhost '/' failed to connect (URI: amqp://rabbit-dst.internal:5672):"
            " target hostname cannot be resolved (NXDOMAIN)",
            {("rabbit-dst.internal", "nxdomain", False)},
        ),
        (  # the MongoDB Java driver, the JNDI cause below
            "com.mongodb.MongoConfigurationException: Failed looking up SRV record for "
            "'_mongodb._tcp.cluster0.ab1cd.mongodb.net'.\n"
            "\tat com.mongodb.internal.dns.DefaultDnsResolver.resolveHostFromSrvRecords(DefaultDnsResolver.java:108)\n"
            "Caused by: javax.naming.ServiceUnavailableException: DNS server failure [response code 2]; remaining name "
            "'_mongodb._tcp.cluster0.ab1cd.mongodb.net'\n",
            {("_mongodb._tcp.cluster0.ab1cd.mongodb.net", "servfail", False)},
        ),
        (
            "com.mongodb.MongoConfigurationException: Failed looking up SRV record for "
            "'_mongodb._tcp.cluster0.ab1cd.mongodb.net'.\nCaused by: javax.naming.CommunicationException: DNS error "
            "[Root exception is java.net.SocketTimeoutException: Receive timed out]",
            {("_mongodb._tcp.cluster0.ab1cd.mongodb.net", "timeout", False)},
        ),
        (
            "com.mongodb.MongoConfigurationException: No SRV records available for "
            "'_mongodb._tcp.cluster0.ab1cd.mongodb.net'.",
            {("_mongodb._tcp.cluster0.ab1cd.mongodb.net", "nxdomain", False)},
        ),
        (  # the MongoDB C# driver
            "MongoDB.Driver.MongoConfigurationException: No hosts were found in the SRV record for "
            "cluster0.ab1cd.mongodb.net.",
            {("cluster0.ab1cd.mongodb.net", "nxdomain", False)},
        ),
        (  # StackExchange.Redis: the socket error on the next line
            "Using DNS to resolve 'redis.internal'...\nName or service not known\n",
            {("redis.internal", "nxdomain", False)},
        ),
        (  # the DataStax Python driver: every endpoint of the dict
            "cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', {'cassandra-0.cassandra:9042': "
            "gaierror(-2, 'Name or service not known'), 'cassandra-1.cassandra:9042': gaierror(-3, 'Temporary failure "
            "in name resolution')})",
            {("cassandra-0.cassandra", "nxdomain", False), ("cassandra-1.cassandra", "temporary", False)},
        ),
        ('no IP\'s returned from DNS lookup for "cassandra.internal:9042"', {("cassandra.internal", "other", False)}),
        (  # Patroni's --validate-config: the address, not the word before the reason
            "postgresql.listen pg-node1.internal:5432 didn't pass validation: [Errno -3] Temporary failure in name "
            "resolution",
            {("pg-node1.internal", "temporary", False)},
        ),
        (  # CouchDB's replicator
            '"info": {"error": "nxdomain: could not resolve http://couch-b.internal:5984/target/"}',
            {("couch-b.internal", "nxdomain", False)},
        ),
        (  # etcd's SRV discovery
            "dns lookup errors: lookup _etcd-client-ssl._tcp.example.org on 10.0.0.2:53: no such host and lookup "
            "_etcd-client._tcp.example.org on 10.0.0.2:53: no such host",
            {
                ("_etcd-client-ssl._tcp.example.org", "nxdomain", False),
                ("_etcd-client._tcp.example.org", "nxdomain", False),
            },
        ),
    ],
)
def test_database_and_broker_clients_own_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "gocql: unable to create session: failed to resolve any of the provided hostnames",
        "gocql: unable to create session: control: unable to connect to initial hosts: resolve contact points' "
        "hostnames: failed to resolve any of the provided hostnames",
        'level=warning msg="Failed to lookup topic" error=ServiceNotReady topic="persistent://public/default/orders"',
        'java.lang.IllegalStateException: Cannot resolve Replica State for "wait_bgsave"',
        '[WARN]  client.acl: failed to resolve ACL roles, using expired cached value: error="No cluster leader"',
        '[WARN]  client.acl: failed to resolve policies, using expired cached value: error="No cluster leader"',
        "s3api_object_handlers.go:1102] streamFromVolumeServers: failed to resolve chunks: volume 7 not found",
    ],
)
def test_database_and_broker_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


def test_the_hostnames_service_of_the_dns_debugging_guide_is_still_a_name() -> None:
    text = "$ nslookup hostnames\n;; connection timed out; no servers could be reached\n"
    assert ("hostnames", "timeout", False) in found(text)


@pytest.mark.parametrize(
    "piece",
    [
        "Unable to connect to MASTER: Name or service not known\n",
        "Shovel 'a' failed to connect (URI: amqp://",
        "Failed looking up SRV record for 'a'.\n",
        "Using DNS to resolve 'a'...\n",
        "'a:1': gaierror(-2, 'x'), ",
        "NS a returned REFUSED for NS a returned REFUSED for ",
        "controller{addr=a:1}: linkerd_app_core::control: Failed to resolve control-plane component error=",
    ],
)
def test_a_hostile_megabyte_of_the_survey_formats_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(2, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of {piece!r}"


# --- self-hosted daemons (survey 7, b) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # OpenSMTPD: the relay's name, its options after it
            "smtpd[4242]: smtp-out: Failed to resolve MX for [relay:smtp.internal,port=587,smtp+tls,mx]: Host not "
            "found",
            {("smtp.internal", "nxdomain", False)},
        ),
        ("charon: 05[IKE] unable to resolve vpn.example.org, initiate aborted", {("vpn.example.org", "other", False)}),
        (  # OpenSSH: the reason in parentheses says how
            "sshd[4242]: error: connect_to db.internal: unknown host (Temporary failure in name resolution)",
            {("db.internal", "temporary", False)},
        ),
        (
            'collectd[812]: Looking up "web1.internal" failed. You have set the "FQDNLookup" option, but I cannot '
            "resolve my hostname to a fully qualified domain name.",
            {("web1.internal", "other", False)},
        ),
        (  # mosquitto: the bridge's address on the line above
            "1764756721: Connecting bridge (step 1) b1 (broker.internal:1883)\n"
            "1764756721: Error creating bridge: Name or service not known.\n",
            {("broker.internal", "nxdomain", False)},
        ),
        ("1764756721: Error creating bridge: Name or service not known.", set()),
        (
            "rsyslogd: omfwd: failed to resolve SRV records for '_syslog._tcp.example.org': temporary resolver failure "
            "[v8.2604.0 try https://www.rsyslog.com/e/2007 ]",
            {("_syslog._tcp.example.org", "temporary", False)},
        ),
        (
            "syslog-ng[812]: Failed to resolve hostname in stomp driver; hostname='mq.internal'",
            {("mq.internal", "other", False)},
        ),
        ("kid1| FATAL: http_port: failed to resolve Host/IP: proxy.internal", {("proxy.internal", "other", False)}),
        (
            "kid1| 14,3| ipcache.cc(460) fail: ERROR: DNS failure while resolving intranet.internal: Server Failure: "
            "The name server was unable to process this query.",
            {("intranet.internal", "servfail", False)},
        ),
        (  # dovecot: the name in the event prefix when dns_lookup() prints none
            "dovecot: pop3(alice): Error: pop3c(pop.example.org:995): dns_lookup() failed: Lookup timed out in 10.000 "
            "secs",
            {("pop.example.org", "timeout", False)},
        ),
        (
            "charon: 05[CFG] resolving RADIUS server address 'radius.internal' failed",
            {("radius.internal", "other", False)},
        ),
        (
            'Failed resolving "home.example.org": No records matching requested address family returned',
            {("home.example.org", "nxdomain", False)},
        ),
        ('[Job 12] Unable to locate printer "printer.internal".', {("printer.internal", "other", False)}),
        ("AH00557: apache2: apr_sockaddr_info_get() failed for web1", {("web1", "other", False)}),
        (
            "ERROR     Dec 03 10:12:01.123 [812]: Unable to getaddrinfo() for proxy.internal:8080 because of Temporary "
            "failure in name resolution",
            {("proxy.internal", "temporary", False)},
        ),
        ('Could not find the host "imap.example.org"', {("imap.example.org", "nxdomain", False)}),
        (  # polipo's EDNS_TRY_AGAIN text
            "Host www.example.org lookup failed: Temporary name server failure (1028).",
            {("www.example.org", "temporary", False)},
        ),
        (  # Icinga 2: Boost.Asio's texts, on the line or the next
            "critical/ApiListener: Cannot connect to host 'master.internal' on port '5665': The query is valid, but it "
            "does not have associated data",
            {("master.internal", "nxdomain", False)},
        ),
        (
            "critical/pki: Cannot connect to host 'master.internal' on port '5665':\n"
            "Error: resolve: Host not found (authoritative)\n",
            {("master.internal", "nxdomain", False)},
        ),
        (
            '10:12:01 =!= | irc: address "irc.example.org" not found\n10:12:01 =!= | irc: error: Temporary failure in '
            "name resolution\n",
            {("irc.example.org", "temporary", False)},
        ),
    ],
)
def test_self_hosted_daemons_own_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "2026/12/03 10:12:01 [error] 29#29: *5 10.0.0.2 could not be resolved (3: Host not found) while in resolving "
        "client address, client: 10.0.0.2, server: 0.0.0.0:25",
        "debug2: resolve_addr: could not resolve name bastion.internal as address: Name or service not known",
        "ntpq: numeric-mode lookup of ntp1.internal failed, Name or service not known",
        "Keepalived[812]: Unable to resolve script username 'keepalived_script' - ignoring",
        "Keepalived_vrrp[812]: Unable to resolve script group name 'keepalived' - ignoring",
        "1764756721: Error: Error resolving bind_address: Temporary failure in name resolution.",
        "critical/pki: Cannot connect to host 'master.internal' on port '5665': Connection refused",
    ],
)
def test_self_hosted_daemons_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


# --- package managers and build tools (survey 7, a) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # apk 3.x: its words for getaddrinfo's codes, the repository's host
            "WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz: DNS: transient "
            "error (try again later)",
            {("dl-cdn.alpinelinux.org", "temporary", False)},
        ),
        (
            "WARNING: updating and opening https://mirror.internal/alpine/v3.21/community: DNS: no address for host",
            {("mirror.internal", "nxdomain", False)},
        ),
        (  # apk 2.x's FETCH_TEMP (getaddrinfo's EAI_AGAIN; LABELS.md after KH-KO: sets P and V said no failure)
            "ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.6/main: temporary error (try again later)",
            {("dl-cdn.alpinelinux.org", "temporary", False)},
        ),
        (  # NuGet's diagnostic code is no name
            "/src/App/App.csproj : error NU1301:   Temporary failure in name resolution (api.nuget.org:443)",
            {("api.nuget.org", "temporary", False)},
        ),
        ("/src/App/App.csproj : error NU1301:   Name or service not known", set()),
        (  # flatpak: only the proxy's look-up failed, and its name is not printed
            "error: Unable to load summary from remote flathub: While fetching "
            "https://dl.flathub.org/repo/summary.idx: [5] Couldn't resolve proxy name",
            set(),
        ),
        (  # GLib's record look-ups
            "error: Unable to load summary from remote flathub: Temporarily unable to resolve "
            "\u201cdl.flathub.org\u201d",
            {("dl.flathub.org", "temporary", False)},
        ),
        (
            "error: Unable to load summary from remote flathub: No DNS record of the requested type for "
            "\u201cdl.flathub.org\u201d",
            {("dl.flathub.org", "nxdomain", False)},
        ),
        (  # libcurl's resolving timeout, the URL above it or before it on its line
            "error: failed to download from `https://static.crates.io/crates/serde/1.0.200/download`\n\nCaused by:\n"
            "  [28] Timeout was reached (Resolving timed out after 30001 milliseconds)\n",
            {("static.crates.io", "timeout", False)},
        ),
        (
            "==> Downloading https://formulae.brew.sh/api/formula.jws.json\n"
            "curl: (28) Resolving timed out after 10001 milliseconds\n",
            {("formulae.brew.sh", "timeout", False)},
        ),
        (
            "error: unable to download 'https://cache.nixos.org/nix-cache-info': Timeout was reached (28) Resolving "
            "timed out after 5001 milliseconds; retrying in 320 ms (attempt 1/5)",
            {("cache.nixos.org", "timeout", False)},
        ),
        (  # git's hstrerror texts (NO_IPV6 builds): TRY_AGAIN and NO_DATA
            "fatal: unable to look up git.internal.example.org (Host name lookup failure)",
            {("git.internal.example.org", "temporary", False)},
        ),
        (
            "fatal: unable to look up git.internal.example.org (No address associated with name)",
            {("git.internal.example.org", "nxdomain", False)},
        ),
    ],
)
def test_package_managers_and_build_tools_own_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        'Error: could not resolve cloudplugin version for host "app.terraform.io": 404 Not Found',
        'Error: short-name "myapp" did not resolve to an alias and no unqualified-search registries are defined in '
        '"/etc/containers/registries.conf"',
        'Error: name "myapp" did not resolve to any candidate',
    ],
)
def test_package_managers_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "piece",
    [
        "Resolving timed out after 1 milliseconds https://a/ ",
        "Resolving timed out after 1 milliseconds\n",
        "WARNING: fetching https://a: DNS: name does not exist ",
        "Error resolving \u201ca\u201d\n",
    ],
)
def test_a_hostile_megabyte_of_the_build_tools_formats_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    elapsed = best_of(2, lambda: parse_failures(line))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of {piece!r}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the JDK's text for EAI_SYSTEM is no "no such name" (ping's and libpq's `System error` rows say `other`)
            "java.net.UnknownHostException: db.internal: System error",
            {("db.internal", "other", False)},
        ),
        (  # pgx's words before Go's error
            "failed to connect to `user=app database=appdb`: hostname resolving error: lookup pg.internal: operation "
            "was canceled",
            {("pg.internal", "other", False)},
        ),
        (  # ZooKeeper's quorum connect to an unresolved election address (Java's `<unresolved>`: `other`, LABELS.md)
            "WARN  [QuorumConnectionThreadManager-myid=1-1:o.a.z.s.q.QuorumCnxManager@401] - Cannot open channel to 2 "
            "at election address zk-2.zk-hs.default.svc.cluster.local/<unresolved>:3888",
            {("zk-2.zk-hs.default.svc.cluster.local", "other", False)},
        ),
        (  # HAProxy's DNS status, the server's configuration line above
            "backend be_app\n    server app1 app.internal:8080 check resolvers mydns init-addr none\n\n"
            "[WARNING]  (8) : Server be_app/app1 is going DOWN for maintenance (DNS NX status). 0 active and 0 backup "
            "servers left.\n",
            {("app.internal", "nxdomain", False)},
        ),
        ("[WARNING]  (8) : Server be_app/app1 is going DOWN for maintenance (DNS timeout status).", set()),
    ],
)
def test_more_runtime_and_daemon_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # JNDI's DNS provider (Eureka's DnsResolver, grpc-java's grpclb)
            "javax.naming.ServiceUnavailableException: DNS server failure [response code 2]; remaining name "
            "'eureka.example.org'",
            {("eureka.example.org", "servfail", False)},
        ),
        (
            "javax.naming.CommunicationException: DNS error [Root exception is java.net.SocketTimeoutException: "
            "Receive timed out]; remaining name 'eureka.example.org'",
            {("eureka.example.org", "timeout", False)},
        ),
        (  # the GitHub Actions runner's connectivity check
            "##[error]Resolved DNS for pipelines.actions.githubusercontent.com failed with error: "
            "System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable",
            {("pipelines.actions.githubusercontent.com", "temporary", False)},
        ),
        (  # dskit's memberlist: the name is in its error, not the word after the verb
            'level=warn msg="failed to resolve members" err="could not resolve memberlist.loki.svc: no such host"',
            {("memberlist.loki.svc", "nxdomain", False)},
        ),
        (
            "failed to resolve endpoint, error: SDK.ServerUnreachable lookup ess.aliyuncs.com: no such host",
            {("ess.aliyuncs.com", "nxdomain", False)},
        ),
    ],
)
def test_jvm_ci_and_platform_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # Laravel 10+'s connection name and SQL
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name or service not known (Connection: "
        "mysql, SQL: select * from `users`)",
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: nodename nor servname provided, or not "
        "known (Connection: mysql, SQL: select * from `users`)",
        'time="2024-05-01T10:00:00Z" level=error msg="failed to resolve {{inputs.parameters.message}}"',
        'level=error msg="failed to resolve target" err="no such file or directory"',
        "Could not resolve 'foo.bar' as system property",
        "java.lang.IllegalArgumentException: Could not resolve key 'app.host' in application.properties",
        "Could not resolve KMS driver for aws-kms://arn:aws:kms:us-east-1:123:key/abc",
        "Unable to resolve target table name 'inventory.customers'",
        "Failed to resolve $ref: #/components/schemas/Foo",
    ],
)
def test_jvm_ci_and_platform_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # dnsmasq / Pi-hole: the name on the query lines above its `reply error is ...`
            "dnsmasq[812]: query[A] db.example.org from 192.168.1.10\n"
            "dnsmasq[812]: forwarded db.example.org to 8.8.8.8\ndnsmasq[812]: reply error is SERVFAIL\n",
            {("db.example.org", "servfail", False)},
        ),
        ("dnsmasq[812]: reply error is SERVFAIL", set()),
        (  # kube-dns' sidecar probe and VictoriaMetrics: an empty answer
            "I1203 10:15:02.123456       1 dnsprobe.go:141] DNS resolution error for kubedns: no RRs for domain "
            '"kubernetes.default.svc.cluster.local."',
            {("kubernetes.default.svc.cluster.local", "other", False)},
        ),
        (
            'warn\tcannot dial storageNode "srv+vmstorage.example.org": missing SRV records for vmstorage.example.org',
            {("vmstorage.example.org", "other", False)},
        ),
        (  # PostgreSQL's objects are no names
            'msg="could not sync users: could not resolve owner membership for \\"app_user\\": pq: role '
            '\\"app_owner\\" does not exist"',
            set(),
        ),
    ],
)
def test_dns_servers_probes_and_database_objects(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # Kafka's canonical bootstrap: the canonical name failed, no reason
            "WARN Couldn't resolve server kafka.example.org:9092 from bootstrap.servers as DNS resolution of the "
            "canonical hostname ip-10-0-0-5.ec2.internal failed for kafka.example.org",
            {("ip-10-0-0-5.ec2.internal", "other", False)},
        ),
        (
            "org.apache.kafka.common.errors.InvalidRequestException: client-host.internal is not a valid IP or "
            "resolvable host.",
            {("client-host.internal", "other", False)},
        ),
        (  # Dubbo's connect to an unresolved address
            "RemotingException: client(url: dubbo://provider.internal:20880/x) failed to connect to server "
            "provider.internal/<unresolved>:20880, error message is:null",
            {("provider.internal", "other", False)},  # Java's `<unresolved>` (LABELS.md; held-out DJ's row)
        ),
        (
            "ERROR brokerOutApi_thread_1 - dns lookup address by domain error, domain=rmqnamesrv.internal:9876",
            {("rmqnamesrv.internal", "other", False)},
        ),
        (  # Debezium's Oracle connector: the setting's value, never its key
            '{"name":"database.hostname","value":"oracle.internal","errors":["Unable to connect (primary): IO Error: '
            'Unknown host specified  (CONNECTION_ID=abc123)"]}',
            {("oracle.internal", "nxdomain", False)},
        ),
        ("java.sql.SQLRecoverableException: IO Error: Unknown host specified  (CONNECTION_ID=abc123)", set()),
    ],
)
def test_jvm_brokers_own_texts(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


def test_a_refused_dns_update_is_no_failed_lookup() -> None:
    update = (  # external-dns' RFC 2136 provider logging the server's answer to its update
        ";; opcode: UPDATE, status: REFUSED, id: 41213\n;; flags: qr; ZONE: 1, PREREQ: 0, UPDATE: 0, ADDITIONAL: 0\n\n"
        ";; ZONE SECTION:\n;k8s.example.org.\tIN\t SOA\n"
    )
    assert found(update) == set()
    query = ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1\n;; QUESTION SECTION:\n;db.example.org.\tIN\tA\n"
    assert found(query) == {("db.example.org", "nxdomain", False)}
