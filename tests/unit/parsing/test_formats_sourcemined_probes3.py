"""Formats from the third round of probes rendered from programs' own source (issue #17, session 52, after held-out
GH-GO: `tests/fixtures/probes/source-mined/`, round 3): each test names the program and the format, with look-alikes
of the same programs that must stay no failure."""

from __future__ import annotations

from tests.unit.parsing.rounds import reads, reads_nothing

FORMATS: list[tuple[str, set[tuple[str, str]]]] = [
    (  # CRC's public query from the cluster: the curl it ran below it
        "WARN Failed public DNS query from the cluster: ssh command error:\ncommand : curl --head https://quay.io\n"
        "err     : Process exited with status 6",
        {("quay.io", "other")},
    ),
    (  # CRC's check from the host
        "WARN Wildcard DNS resolution for apps-crc.testing does not appear to be working",
        {("apps-crc.testing", "other")},
    ),
    (  # Pekko's async DNS: a name server's time-out
        "[INFO] [12/06/2026 05:01:17.004] [default-pekko.actor.default-dispatcher-3] "
        "[pekko://default/system/IO-DNS/async-dns/$a] Resolve of db.internal.example.net timed out after 5.000 s. "
        "Trying next name server",
        {("db.internal.example.net", "timeout")},
    ),
    (  # ... and its failure with no resolver's reason
        "[pekko://default/system/IO-DNS/async-dns/$a] Resolve of vault.security.svc.cluster.local failed. Trying next "
        "name server. Exception: Send failed to nameserver",
        {("vault.security.svc.cluster.local", "other")},
    ),
    (  # twemproxy: the node's name and getaddrinfo's text
        "[2024-03-11 09:16:01.113] nc_util.c:519 address resolution of node 'redis-1' service '6379' failed: Try again",
        {("redis-1", "temporary")},
    ),
    (  # gevent: a greenlet that died of a gaierror, its first argument the name
        "socket.gaierror: [Errno -2] Name or service not known\n2026-12-06T01:09:30Z <Greenlet at 0x7f3a1c2e5b80: "
        "fetch('api.payments.example.net')> failed with gaierror",
        {("api.payments.example.net", "nxdomain")},
    ),
    (  # ... c-ares' status name before its text is no name
        "socket.gaierror: [Errno 12] ARES_ETIMEOUT: Timeout while contacting DNS servers\n2026-12-06T02:20:51Z "
        "<Greenlet at 0x7f5e2a1c3d00: push('search.prod.example.org', [{'id': 1}, {'id')> failed with gaierror",
        {("search.prod.example.org", "timeout")},
    ),
    (  # PgBouncer built with c-ares: the debug line's reason over the warning's bare code
        "2024-05-02 14:41:03.777 UTC [7] DEBUG DNS lookup failed: postgres - Timeout while contacting DNS servers\n"
        "2024-05-02 14:41:03.777 UTC [7] WARNING DNS lookup failed: postgres: result=0",
        {("postgres", "timeout")},
    ),
    (  # Squid's ipcache: an answer with no address records
        "2024/03/11 09:18:44.009 kid1| 14,3| ipcache.cc(475) latestError: ERROR: DNS failure while resolving "
        "cdn.static.example.com: No DNS records",
        {("cdn.static.example.com", "nxdomain")},
    ),
    (  # Squid's debug log: `Query result:` is no name
        "dns_internal.cc(1268) idnsGrokReply: Query result: NXDOMAIN - redis-cache\nipcache.cc(460) latestError: "
        "ERROR: DNS failure while resolving redis-cache: Name Error: The domain name does not exist.",
        {("redis-cache", "nxdomain")},
    ),
    (  # Finch (Mint's text) under a JSON formatter: Elixir's logger `domain` metadata is no host
        '{"message":"Failed to connect to https://fcm.internal.example.net:443: non-existing domain","metadata":'
        '{"domain":["elixir"],"application":"finch"}}',
        {("fcm.internal.example.net", "nxdomain")},
    ),
    (  # the Elasticsearch output of Fluentd: a Ruby hash's `:host=>`, its `:password=>` value no name
        'error="could not push logs to Elasticsearch cluster ({:host=>\\"es-logging.db.internal.example.net\\", '
        ':port=>9243, :password=>\\"obfuscated\\"}): getaddrinfo: Temporary failure in name resolution (SocketError)"',
        {("es-logging.db.internal.example.net", "temporary")},
    ),
    (  # the DataStax Python driver: Python logging's default format, the logger's name no host
        "ERROR:cassandra.datastax.cloud:<urlopen error [Errno -2] Name or service not known>\n"
        "cassandra.DriverException: Unable to connect to the metadata service at "
        "https://astra-db-1.db.astra.datastax.com:29080/metadata.",
        {("astra-db-1.db.astra.datastax.com", "nxdomain")},
    ),
    (  # lua-cassandra over LuaSocket: getaddrinfo's text in the brackets
        "could not create cluster: all hosts tried for query failed. cassandra: host seems unhealthy, considering it "
        "down (host or service not provided, or not known), context: init_worker_by_lua*",
        {("cassandra", "nxdomain")},
    ),
    (  # Jaeger: `failed to resolve backend version` is no name's look-up; Go's error after it is
        "cannot start pipelines: failed to create Elasticsearch data client: failed to resolve backend version: dial "
        "tcp: lookup elasticsearch on 10.96.0.10:53: no such host",
        {("elasticsearch", "nxdomain")},
    ),
    (  # Pgpool-II's PCP client: getaddrinfo's text in quotes, the `pcp_*` command above it
        '$ pcp_node_info -h pgpool.db.svc.cluster.local -p 9898 -U pgpool -n 0\nERROR: getaddrinfo failed "Name or '
        'service not known"',
        {("pgpool.db.svc.cluster.local", "nxdomain")},
    ),
    (  # DDEV: a bare "not currently resolvable" (LABELS.md's bare `not resolvable`)
        "The hostname shop.ddev.site is not currently resolvable, trying to add it to the hosts file",
        {("shop.ddev.site", "nxdomain")},
    ),
]

LOOKALIKES = [
    # Jaeger: the same words over an HTTP error
    'cannot start pipelines: failed to start "jaeger_storage_exporter" exporter: failed to resolve backend version: '
    "request failed, status code: 503",
    # kind: a version resolved from a URL that answered 403
    "ERROR: error building node image: error resolving CI version from https://dl.k8s.io/ci/latest.txt: error "
    "status: 403 Forbidden",
    # twemproxy's node resolved, its connect refused
    "nc_util.c:519 address resolution of node 'redis-1' service '6379' failed: Connection refused",
    # Pekko's TCP connect timing out after its name resolved
    "Resolve of db.internal.example.net succeeded. Connecting to 10.0.0.5:5432",
    # lua-cassandra: a refused connect
    "all hosts tried for query failed. cassandra: host seems unhealthy, considering it down (connection refused)",
]


test_each_format_is_read = reads(FORMATS, "format")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
