"""What the tenth held-out set missed (HELDOUT-j.md): a host-less error with the host in a setting of another shape
(WordPress's `WP_REDIS_HOST: "h"`, redis-py/aiohttp's `('h', port)` tuple), phrase words taken for names (`inside
application:`, `publish address`), typed masks (`-xxxxxxx.amazonaws.com`, `mongo.host.com`, libpq's `"@db"`) and
its formats (PgBouncer's `lookup failed: h: result=N`, gRPC's `produced zero addresses`, ZooKeeper's
`Unable to resolve address`). Each example (runtime and format in its id) yields its failure, the look-alikes yield
nothing or the real name, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import is_placeholder
from tests.unit.parsing.rounds import named_rules, unfired
from tests.unit.parsing.scoring import generic_only

# held-out J's rules, now in proxy_gateways, jvm_clients and sql_clients
HELDOUT_J_RULES = named_rules("grpc-produced-zero-addresses", "zookeeper-unable-to-resolve", "libpq-at-host")

# (id: runtime and format, source, text, {(host, kind, redacted)}); texts from the spent set's rows
EXAMPLES_HELDOUT_J: tuple[tuple[str, str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "php-phpredis-wordpress-diagnostics-wp-redis-host-colon-quoted",
        "https://github.com/rhubarbgroup/redis-cache/issues/152",
        "Status: Not Connected\nClient: PhpRedis (v4.3.0)\nDrop-in: Valid\nConnection Exception: php_network_getadd"
        "resses: getaddrinfo failed: Name or service not known (RedisException)\nRedis Extension: 4.3.0\nPredis "
        'Client: 1.1.1\nPHP Version: 7.3.13\nRedis Version: Unknown\nMultisite: No\nGlobal Prefix: "hia_"\nBlog '
        'Prefix: "hia_"\nWP_REDIS_SCHEME: "tls"\nWP_REDIS_HOST: "private-db-redis-do-user-623918-0.a.db.ondigitalo'
        'cean.com"',
        {("private-db-redis-do-user-623918-0.a.db.ondigitalocean.com", "nxdomain", False)},
    ),
    (
        "python-aiohttp-debug-tuple-above-bare-errno-inside-application",
        "https://github.com/PrefectHQ/prefect/issues/2324",
        "server_1  | 2021-05-03 10:32:02,318 DEBUG    Creating tcp connection to ('redis', 6379)\nserver_1  | "
        "2021-05-03 10:32:02,509 ERROR    Exception inside application: [Errno -2] Name or service not known",
        {("redis", "nxdomain", False)},
    ),
    (
        "java-elasticsearch-publish-address-then-unknown-host",
        "https://github.com/elastic/cloud-on-k8s/issues/5543",
        '    "org.elasticsearch.bootstrap.StartupException: BindTransportException[Failed to resolve publish address];'
        " nested: UnknownHostException[elasticsearch-es-default-0.elasticsearch-es-default.elastic.svc: Name or "
        'service not known];",',
        {("elasticsearch-es-default-0.elasticsearch-es-default.elastic.svc", "nxdomain", False)},
    ),
    (
        "java-zookeeper-static-host-provider-then-kafka-unknown-host",
        "https://github.com/strimzi/strimzi-kafka-operator/issues/11551",
        "ERROR StaticHostProvider - Unable to resolve address: demo-cluster-zookeeper-0.demo-cluster-zookeeper-nodes"
        ".kafka.svc/<unresolved>:2181\nWARN  NetworkClient [...] Error connecting to node demo-cluster-kafka-0.demo-c"
        "luster-kafka-brokers.kafka.svc:9091\njava.net.UnknownHostException: demo-cluster-kafka-0.demo-cluster-kafka"
        "-brokers.kafka.svc",
        {
            ("demo-cluster-zookeeper-0.demo-cluster-zookeeper-nodes.kafka.svc", "other", False),
            ("demo-cluster-kafka-0.demo-cluster-kafka-brokers.kafka.svc", "nxdomain", False),
        },
    ),
    (
        "grpc-go-dapr-produced-zero-addresses-target-above",
        "https://github.com/dapr/dapr/issues/2520",
        "msg | try to connect to placement service: dns:///dapr-placement-server.dapr-system.svc.cluster.local:50005"
        "\nscope | dapr.runtime.actor.internal.placement\ntime | 2020-12-01T16:21:07.089588116Z\ntype | log\nver | "
        "1.0.0-rc.1\n}\n\n--- error connecting ----\n{\n--\napp_id | polling-app\ninstance | polling-588cb67b95-stpx"
        "j\nlevel | debug\nmsg | error connecting to placement service: rpc error: code = Unavailable desc = last re"
        "solver error: produced zero addresses",
        {("dapr-placement-server.dapr-system.svc.cluster.local", "other", False)},
    ),
    (
        "pgbouncer-lookup-failed-result-minus-4-masked",
        "https://github.com/pgbouncer/pgbouncer/issues/1126",
        "2024-07-29 09:15:31.603 2114 WARNING lookup failed: xxxxxx.us-east-1.rds.amazonaws.com: result=-4\n2024-07"
        "-29 09:15:32.283 2114 WARNING C-0xef0ff0: toogo/postgres@127.0.0.1:34148 Pooler Error: pgbouncer cannot c"
        "onnect to server",
        {("xxxxxx.us-east-1.rds.amazonaws.com", "other", True)},
    ),
    (
        "libpq-psycopg2-unexpanded-at-host",
        "https://github.com/dfir-iris/iris-web/issues/322",
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "
        '"@db" to address: Name or service not known',
        {("@db", "nxdomain", False)},
    ),
    (
        "libpq-psycopg2-mask-starting-with-a-dash",
        "https://github.com/tokern/data-lineage/issues/103",
        "tokern-data-lineage    | sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate "
        'host name "-xxxxxxx.amazonaws.com" to address: Temporary failure in name resolution',
        {("-xxxxxxx.amazonaws.com", "temporary", True)},
    ),
    (
        "node-enotfound-stand-in-host-domain",
        "https://github.com/dbcode-ai/dbcode/issues/1091",
        "## Actual Behavior\nCannot connect. Gives error `DNS: getaddrinfo ENOTFOUND mongo.host.com`",
        {("mongo.host.com", "nxdomain", True)},
    ),
)


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_J, ids=[e[0] for e in EXAMPLES_HELDOUT_J])
def test_heldout_j_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert {(f.host, f.kind, f.redacted) for f in parse_failures(text)} == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_J_RULES, (e[2] for e in EXAMPLES_HELDOUT_J)) == set()


def test_pgbouncer_codes_follow_survey3() -> None:
    # issue #17 (held-out S, Y): every code is a number and no reason in words, `other` (S labels `result=-2` so)
    for code, kind in (("-2", "other"), ("-3", "other"), ("0", "other")):
        text = f"2019-01-01 00:00:00.000 1 WARNING lookup failed: pg.db.svc: result={code}"
        assert [(f.host, f.kind) for f in parse_failures(text)] == [("pg.db.svc", kind)], code
    # survey3's `DNS lookup failed:` is read once, by its own rule
    text = "WARNING DNS lookup failed: pg.db.svc: result=-2"
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("pg.db.svc", "other")]


LOOK_ALIKES: tuple[tuple[str, str], ...] = (
    # zero addresses with no `dns:///` target above: no guess
    (
        "grpc-zero-addresses-no-target",
        "rpc error: code = Unavailable desc = last resolver error: produced zero addresses",
    ),
    # a connection tuple past a blank line (another block of the paste): no guess
    (
        "tuple-in-another-block",
        "DEBUG Creating tcp connection to ('redis', 6379)\n\nERROR Exception inside application: [Errno -2] Name or "
        "service not known",
    ),
    # a tuple not on a connection line (a Python value printed in prose)
    ("tuple-not-a-connection", "got ('redis', 6379) from settings\n[Errno -2] Name or service not known"),
    # a host key that names a resolved address, with a connection refused: not a lookup
    ("host-key-connection-refused", 'WP_REDIS_HOST: "redis"\nConnection Exception: Connection refused'),
)


@pytest.mark.parametrize(("case", "text"), LOOK_ALIKES, ids=[c for c, _ in LOOK_ALIKES])
def test_look_alikes_yield_nothing(case: str, text: str) -> None:
    assert parse_failures(text) == [], case


def test_a_word_before_address_is_read_only_when_it_is_a_name() -> None:
    text = "Failed to resolve kafka-0 address: no such host"
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("kafka-0", "nxdomain")]
    text = "BindTransportException[Failed to resolve bind address]; nested: UnknownHostException[es-0.es.svc: Name or "
    text += "service not known];"
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("es-0.es.svc", "nxdomain")]
    # `inside` + a word: the place of the exception; a dotted name after `inside` is still a name
    assert generic_only("Exception inside application: [Errno -2] Name or service not known") == []


def test_yaml_host_key_in_the_same_block() -> None:
    text = "redis:\n  host: cache.shop.svc\n  port: 6379\nError: getaddrinfo failed: Name or service not known"
    assert [(f.host, f.kind) for f in generic_only(text)] == [("cache.shop.svc", "nxdomain")]


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("-xxxxxxx.amazonaws.com", True),
        ("mongo.host.com", True),
        ("db.hostname.net", True),
        # look-alikes: a real name with `host` as a deeper label, a dash-led real label; `host.io` alone, a service's
        # name (held-out LV-MC: `host.com` alone is a stand-in too, LABELS.md clause 2 as LY's row reads it)
        ("host.com", True),
        ("host.io", False),
        ("mongo.host.internal.acme.org", False),
        ("-abc.amazonaws.com", False),
    ],
)
def test_typed_masks(raw: str, masked: bool) -> None:
    assert is_placeholder(raw) is masked, raw


# --- the generic rule, widened by causes that recur across the spent sets ---------------------------------------------


@pytest.mark.parametrize(
    ("case", "text", "want"),
    [
        # CoreDNS's errors plugin: a query name with its root dot and the record type (held-out C, E, H, I, J)
        (
            "coredns-errors-hinfo-loop-probe-all-digits",
            "[ERROR] plugin/errors: 2 7553930501182690030.5295112943253332074. HINFO: read udp 10.200.0.5:48557->"
            "172.23.83.11:53: i/o timeout",
            ("7553930501182690030.5295112943253332074", "timeout", False),
        ),
        (
            "coredns-errors-two-label-name-unreachable-backend",
            "[ERROR] plugin/errors: 2 kubernetes.default. AAAA: unreachable backend: read udp 10.244.0.5:51666->"
            "223.5.5.5:53: i/o timeout",
            ("kubernetes.default", "timeout", False),
        ),
        (
            "coredns-errors-masked-name-dial-port-53",
            " [ERROR] plugin/errors: 2 xxxx.ec2.internal. A: dial tcp 10.0.0.2:53: i/o timeout",
            ("xxxx.ec2.internal", "timeout", True),
        ),
        # Go's `lookup h: device or resource busy` (held-out H's sarama, I's kubectl)
        (
            "go-lookup-device-or-resource-busy",
            "Failed to connect to broker srvd072ebs01:9095: dial tcp: lookup srvd072ebs01: device or resource busy",
            ("srvd072ebs01", "other", False),
        ),
    ],
)
def test_generic_reads_the_recurring_shapes(case: str, text: str, want: tuple[str, str, bool]) -> None:
    assert [(f.host, f.kind, f.redacted) for f in generic_only(text)] == [want], case


@pytest.mark.parametrize(
    "text",
    [
        # EBUSY anywhere but after Go's `lookup NAME: `: a mount, a file, a device
        "umount: /var/lib/kubelet/pods/abc/volumes: device or resource busy",
        "rm: cannot remove '/etc/resolv.conf': Device or resource busy",
        "mount: node-1.cluster.local: device or resource busy",
        # a sentence ending on a dotted word, then `A:` (an answer), and an all-digit version before a type: no name
        "Q: why does it fail on kubernetes.default. A: i/o timeout dialing the API",
        "upgraded to 1.8.3. a: read udp 10.0.0.1:1234->10.0.0.10:53: i/o timeout",
    ],
)
def test_generic_shapes_look_alikes(text: str) -> None:
    assert generic_only(text) == [], text


def test_a_url_query_parameter_named_something_name_is_not_the_host() -> None:
    text = (
        "ConnectionError: HTTPConnectionPool(host='329801-ilinvalery.tmweb.ru', port=5001): Max retries exceeded with "
        "url: /api/2.0/mlflow/experiments/get-by-name?experiment_name=undeepvo (Caused by NewConnectionError('<urllib3"
        ".connection.HTTPConnection object at 0x7f8650e619e8>: Failed to establish a new connection: [Errno -2] Name "
        "or service not known',))"
    )
    assert [(f.host, f.kind) for f in generic_only(text)] == [("329801-ilinvalery.tmweb.ru", "nxdomain")]
    # a DNS-over-HTTPS query's bare `?name=` is the name looked up; so is a `host_name` parameter
    assert [f.host for f in generic_only("GET https://dns.google/resolve?name=api.shop.io: no such host")] == [
        "api.shop.io"
    ]
    assert [f.host for f in generic_only("GET /check?host_name=db-1: no such host")] == ["db-1"]
