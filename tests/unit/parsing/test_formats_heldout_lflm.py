"""Formats from held-out LF-LM's misses (issue #17, session 68; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md now names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags_stand_in, named_rules, reads, reads_nothing, stays_real, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Varnish's vmod-dynamic (varnishlog): getdns' response status for a service it could not resolve
        "0 Error          - vmod-dynamic boot d _http._tcp.api.shop.svc.cluster.local getdns 901 (Queries for the name "
        "yielded all negative responses)",
        {("_http._tcp.api.shop.svc.cluster.local", "nxdomain")},
    ),
    (  # ... a backend's `h:port`, getdns' time-out
        "0 Error          - vmod-dynamic boot.vcl d1 origin.shop.internal:8080 getdns 902 (All queries for the name "
        "timed out)",
        {("origin.shop.internal", "timeout")},
    ),
    (  # ... getaddrinfo's gai_strerror
        "- vmod-dynamic reload_20240101_101010 d1 api.shop.svc:80 getaddrinfo -3 (Temporary failure in name "
        "resolution)",
        {("api.shop.svc", "temporary")},
    ),
    (  # Envoy's c-ares resolver: an empty answer, then its `completed with status 0`
        "[2024-01-10 10:49:05.345][1][debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:154] dns "
        "resolution without records for payments.shop.svc.cluster.local\n"
        "[2024-01-10 10:49:05.345][1][debug][dns] [source/extensions/network/dns_resolver/cares/dns_impl.cc:283] dns "
        "resolution for payments.shop.svc.cluster.local completed with status 0",
        {("payments.shop.svc.cluster.local", "nxdomain")},
    ),
    (  # a discovery loop's `No IP found for h, skipping...` (no reason stated)
        '{"level":"warning","msg":"No IP found for etcd-2.cluster.example.net., skipping...","name":"srvFetch"}',
        {("etcd-2.cluster.example.net", "other")},
    ),
    (  # a URL as the statement's subject: its host
        "http://metadata.google.internal/computeMetadata/v1/ is not resolvable",
        {("metadata.google.internal", "nxdomain")},
    ),
    (
        "Error: https://charts.internal.example/index.yaml could not be resolved: Temporary failure in name resolution",
        {("charts.internal.example", "temporary")},
    ),
    (  # an older apk: `fetch <url>` lines, then libfetch's FETCH_TEMP for the URL at the line's start
        "fetch http://dl-cdn.alpinelinux.org/alpine/v3.8/main/x86_64/APKINDEX.tar.gz\n"
        "http://dl-cdn.alpinelinux.org/alpine/v3.8/main/x86_64/APKINDEX.tar.gz: temporary error (try again later)",
        {("dl-cdn.alpinelinux.org", "temporary")},
    ),
    (  # MongoDB's replication heartbeat: the connect on the error's own line, each line its own member
        '{"msg":"Heartbeat failed after max retries","attr":{"error":{"errmsg":"Error connecting to '
        "rs0-1.rs0.db.svc.cluster.local:27017 :: caused by :: Could not find address for "
        'rs0-1.rs0.db.svc.cluster.local:27017: SocketException: Host not found (authoritative)"}}}\n'
        '{"msg":"Heartbeat failed after max retries","attr":{"error":{"errmsg":"Error connecting to '
        "rs0-2.rs0.db.svc.cluster.local:27017 :: caused by :: Could not find address for "
        "rs0-2.rs0.db.svc.cluster.local:27017: SocketException: Host not found (non-authoritative), try again "
        'later"}}}',
        {("rs0-1.rs0.db.svc.cluster.local", "nxdomain"), ("rs0-2.rs0.db.svc.cluster.local", "temporary")},
    ),
    (  # opentelemetry-jaeger's ConfigError (Rust, re-raised by PyO3): its fields name settings; the address the
        # program was handed, quoted in the traceback's call, is the name
        "thread '<unnamed>' panicked at 'Failed to install Jaeger tracer globally: ExportFailed(ConfigError { "
        'pipeline_name: "agent", config_name: "endpoint", reason: "failed to lookup address information: Name or '
        "service not known\" })', src/telemetry.rs:19:10\n"
        "Traceback (most recent call last):\n"
        '  File "run.py", line 15, in <module>\n'
        "    init_jaeger_tracer('shop-client', 'jaeger-agent.tracing:6831')\n"
        "pyo3_runtime.PanicException: Failed to install Jaeger tracer globally: ExportFailed(ConfigError { "
        'pipeline_name: "agent", config_name: "endpoint", reason: "failed to lookup address information: Name or '
        'service not known" })',
        {("jaeger-agent.tracing", "nxdomain")},
    ),
    (  # dig could not parse the answer its header counts: no answer section printed under the warning
        "root@debug:/# dig headless.shop.svc.cluster.local\n"
        ";; Warning: Message parser reports malformed message packet.\n\n"
        "; <<>> DiG 9.16.1 <<>> headless.shop.svc.cluster.local\n"
        ";; global options: +cmd\n;; Got answer:\n"
        ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 8662\n"
        ";; flags: qr aa rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n\n"
        ";; QUESTION SECTION:\n;headless.shop.svc.cluster.local. IN A\n\n"
        ";; Query time: 1 msec\n;; SERVER: 10.96.0.10#53(10.96.0.10)",
        {("headless.shop.svc.cluster.local", "other")},
    ),
]

LOOKALIKES = [
    # vmod-dynamic's other lines: a look-up started, its results, a whitelist's mismatch
    "0 Timestamp      - vmod-dynamic boot.d(srv api.shop.svc.cluster.local) Lookup: 1724930480.177774 0.000000",
    "0 Error          - vmod-dynamic boot d1 api.shop.svc:80 whitelist mismatch 10.0.0.7:80",
    # Envoy: the name had no record of one family and the other answered (its refresh rate reset)
    "[debug][dns] dns resolution without records for api.shop.svc.cluster.local\n"
    "[debug][upstream] DNS refresh rate reset for api.shop.svc.cluster.local, refresh rate 5000 ms",
    # `No IP found for` a word or an interface: no host
    "No IP found for interface eth0, skipping...",
    "No IP address found for container, retrying",
    # a URL that resolved
    "http://metadata.google.internal/computeMetadata/v1/ is resolvable",
    # apk's FETCH_TEMP for a repository the paste shows answered (an HTTP 503's)
    "v3.18.4-123-gabcdef [https://mirror.shop.example/alpine/v3.18/main]\n"
    "https://mirror.shop.example/alpine/v3.18/main/x86_64/APKINDEX.tar.gz: temporary error (try again later)",
    # MongoDB: a refused connection to a resolved member
    '{"errmsg":"Error connecting to rs0-1.rs0.db.svc.cluster.local:27017 (10.1.2.3:27017) :: caused by :: '
    'Connection refused"}',
    # a Rust ConfigError without a resolver's reason
    'thread \'<unnamed>\' panicked at \'ExportFailed(ConfigError { pipeline_name: "agent", config_name: "endpoint", '
    'reason: "invalid socket address" })\'',
    # dig's warning over an answer it could print
    ";; Warning: Message parser reports malformed message packet.\n"
    ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n"
    ";; QUESTION SECTION:\n;api.shop.svc.cluster.local. IN A\n\n"
    ";; ANSWER SECTION:\napi.shop.svc.cluster.local. 5 IN A 10.96.4.2",
]

# LABELS.md (clauses 1 and 2, added after LF-LM): stand-ins
STAND_INS: list[tuple[str, str]] = [
    (  # `myid` as the first label: an EKS endpoint's id typed over
        "Error while proxying request: dial tcp: lookup myid.gr7.eu-west-1.eks.amazonaws.com on 192.168.1.1:53: read "
        "udp 192.168.1.2:51301->192.168.1.1:53: i/o timeout",
        "myid.gr7.eu-west-1.eks.amazonaws.com",
    ),
    (  # `omitted` typed into a label, misspelt too
        "dial tcp: lookup CD43ABOMMITTED256F.zl4.eu-west-1.eks.amazonaws.com on 127.0.0.53:53: no such host",
        "cd43abommitted256f.zl4.eu-west-1.eks.amazonaws.com",
    ),
    (
        "dial tcp: lookup xxommited.yy.eu-west-1.eks.amazonaws.com on 127.0.0.53:53: no such host",
        "xxommited.yy.eu-west-1.eks.amazonaws.com",
    ),
]

REAL_NAMES = [
    "dial tcp: lookup uncommitted.example.org on 127.0.0.53:53: no such host",
    "dial tcp: lookup myidp.example.org on 127.0.0.53:53: no such host",
    "dial tcp: lookup myid on 127.0.0.53:53: no such host",
]

test_the_rounds_formats_are_read = reads(ROUND, "lflm")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "lflm-lookalike")
test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)

NEW_RULES = named_rules(
    "vmod-dynamic-resolver-error",
    "no-ip-found-for",
    "envoy-without-records",
    "stated-url-unresolvable",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_megabyte_of_the_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "vmod-dynamic boot d h.example getdns 901 (x) ",
        "vmod-dynamic a b c d e f g h ",
        "dns resolution without records for a.b ",
        "No IP found for a.b, No IPs found for ",
        "http://a.b/c is not resolvable http://a.b/ ",
        "http://a.b/c d e f g could not be resolved ",
        "Error connecting to a.b:1 :: Host not found (authoritative) ",
        "{ pipeline_name: \"a\", 'a.b:1' failed to lookup address information: ",
    ]
)
