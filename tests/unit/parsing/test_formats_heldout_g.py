"""What the seventh held-out set missed (HELDOUT-g.md): its formats (Postgrex's and C# gRPC's looked-up
addresses, CoreDNS's 2018 log, U+00D7 masks, redis-py's errno -3, Node's EADDRNOTAVAIL, RabbitMQ's Erlang term, PDO's
split line, kafka-node's host-less ENOTFOUND), capital mask words, libssh's reason, and the two false names (pino's
own `hostname`, Knative's `image`). Each example (runtime and format in its id) yields its failure, the look-alikes
yield nothing, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import is_placeholder
from tests.unit.parsing.rounds import named_rules, reads_nothing, triples, unfired

# held-out G's rules, now in the modules named by what they read
HELDOUT_G_RULES = named_rules(
    "postgrex-nxdomain",
    "grpc-csharp-dns-lookup-error",
    "coredns-2018-log",
    "times-masked-name",
    "redis-py-eai-again",
    "node-eaddrnotavail",
    "erlang-failed-connect",
    "pdo-split-failed",
    "kafka-node-bare-enotfound",
)

# (id: runtime and format, source, text, (host, kind, redacted))
EXAMPLES_HELDOUT_G: tuple[tuple[str, str, str, tuple[str, str, bool]], ...] = (
    (
        "elixir-postgrex-tcp-connect-ip-non-existing-domain",
        "https://github.com/memoetapp/memoet/issues/55",
        "[error] Postgrex.Protocol (#PID<0.2660.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect "
        "(127.0.0.1:5432): non-existing domain - :nxdomain",
        ("127.0.0.1", "nxdomain", False),
    ),
    (
        "elixir-postgrex-tcp-connect-name-nxdomain",
        "https://github.com/memoetapp/memoet/issues/55",
        "** (DBConnection.ConnectionError) tcp connect (db:5432): non-existing domain - :nxdomain",
        ("db", "nxdomain", False),
    ),
    (
        "csharp-grpc-dns-lookup-error-ip-non-existent-domain",
        "https://github.com/grpc/grpc/issues/19559",
        "DNS lookup error for '127.0.0.1'. 'Non-Existent Domain'",
        ("127.0.0.1", "nxdomain", False),
    ),
    (
        "coredns-2018-log-forward-tls-eof",
        "https://github.com/coredns/coredns/issues/2230",
        "2018/09/07 00:11:28 [ERROR] 0 a1441.g4.akamai.net. A: EOF",
        ("a1441.g4.akamai.net", "other", False),
    ),
    (
        "python-celery-redis-py-times-masked-azure-name",
        "https://github.com/celery/celery/issues/5724",
        "[ERROR/MainProcess] consumer: Cannot connect to redis://:\u00d7\u00d7\u00d7@\u00d7\u00d7\u00d7.redis.cache."
        "chinacloudapi.cn:6379/12: Error 11001 connecting to \u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn:6379. "
        "Name or service not known.. Trying again in 2.00 seconds...",
        ("\u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn", "nxdomain", True),
    ),
    (
        "python-celery-redis-py-errno-3-lookup-timed-out",
        "https://github.com/yaptide/yaptide/issues/871",
        "consumer: Cannot connect to redis://redis:6379/0: Error -3 connecting to redis:6379. Lookup timed out..",
        ("redis", "timeout", False),  # the words over the code (LABELS.md, settled after held-out BM)
    ),
    (
        "node-yarn-getaddrinfo-eaddrnotavail",
        "https://github.com/yarnpkg/yarn/issues/6396",
        "Trace:\n  Error: getaddrinfo EADDRNOTAVAIL registry.yarnpkg.com:443",
        ("registry.yarnpkg.com", "other", False),
    ),
    (
        "erlang-rabbitmq-k8s-peer-discovery-failed-connect",
        "https://github.com/bitnami/charts/issues/3003",
        "2020-07-02 11:06:42.011 [error] <0.274.0> Failed to fetch a list of nodes from Kubernetes API: "
        '{failed_connect,[{to_address,{"kubernetes.default.svc.cluster.local.",443}},\n'
        "                 {inet,[inet],nxdomain}]}",
        ("kubernetes.default.svc.cluster.local", "nxdomain", False),
    ),
    (
        "php-pdo-laravel-failed-on-the-next-line",
        "https://github.com/snipe/snipe-it/issues/14629",
        "[2024-04-22 14:55:48] production.ERROR: PDOException: PDO::__construct(): php_network_getaddresses: "
        "getaddrinfo for server.mysql.svc.cluster.local\n failed: Name does not resolve in /var/www/html/x.php:70",
        ("server.mysql.svc.cluster.local", "nxdomain", False),
    ),
    (
        "node-kafka-node-bare-enotfound-container-id-host",
        "https://github.com/SOHU-Co/kafka-node/issues/212",
        "init { '1': \n   { jmx_port: -1,\n     timestamp: '1436866928774',\n     host: '9cb66bae8e70',\n"
        "     version: 1,\n     port: 9092 } }\nProducer ready\nclient error { [Error: getaddrinfo ENOTFOUND] code: "
        "'ENOTFOUND', errno: 'ENOTFOUND', syscall: 'getaddrinfo' }",
        ("9cb66bae8e70", "nxdomain", False),
    ),
    (
        "node-kafkajs-capital-mask-word-in-broker-name",
        "https://github.com/jm18457/kafkajs-msk-iam-authentication-mechanism/issues/14",
        "Caused by: KafkaJSConnectionError: Connection error: getaddrinfo ENOTFOUND b-3.ADDRESS.amazonaws.com",
        ("b-3.address.amazonaws.com", "nxdomain", True),
    ),
    (
        "ansible-pylibssh-failed-to-resolve-hostname-reason",
        "https://github.com/ansible/pylibssh/issues/326",
        '"msg": "ssh connection failed: ssh connect failed: Failed to resolve hostname a-host.parrot.intranet (Name or '
        'service not known)"',
        ("a-host.parrot.intranet", "nxdomain", False),
    ),
    (
        "node-pino-json-hostname-field-is-the-logger",
        "https://github.com/coollabsio/coolify/issues/7711",
        '{"level":"error","time":"2025-12-24T15:59:10.779Z","pid":1,"hostname":"d3dac7a36cb1","reqId":"req-9wd",'
        '"error":{"code":"EAI_AGAIN","message":"getaddrinfo EAI_AGAIN db"}}',
        ("db", "temporary", False),
    ),
    (
        "go-knative-failed-to-resolve-image-to-digest",
        "https://github.com/kserve/kserve/issues/3346",
        'Unable to fetch image "pytorch/torchserve-kfs:0.8.2": failed to resolve image to digest: Get '
        '"https://index.docker.io/v2/": dial tcp: lookup index.docker.io on 169.254.20.10:53: server misbehaving',
        ("index.docker.io", "servfail", False),
    ),
)

LOOKALIKES_HELDOUT_G: tuple[str, ...] = (
    # Postgrex refused after the address: a connect error, the address was never a name
    "** (DBConnection.ConnectionError) tcp connect (127.0.0.1:5432): connection refused - :econnrefused",
    # gRPC's words in prose, no quoted target
    "we get a DNS lookup error for the service when the pod starts",
    # CoreDNS-like bracket lines with no resolver reason
    "[ERROR] 3 retries. A: done",
    # a U+00D7 mask in a refused connection, and U+00D7 between numbers
    "Error 111 connecting to \u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn:6379. Connection refused.",
    "resolution 1920\u00d71080 lookup table",
    # redis-py with a connect errno
    "Error 111 connecting to redis:6379. Connection refused.",
    # Node's EADDRNOTAVAIL from connect(), not getaddrinfo
    "Error: connect EADDRNOTAVAIL 10.0.0.5:443 - Local (0.0.0.0:0)",
    # RabbitMQ's term when the API server refused: the name resolved
    '{failed_connect,[{to_address,{"kubernetes.default.svc.cluster.local",443}},{inet,[inet],econnrefused}]}',
    # PDO's name at the end of a line with no `failed:` after it
    "getaddrinfo for db\n see the log above",
    # kafka-node with no host field near it
    "client error { [Error: getaddrinfo ENOTFOUND] code: 'ENOTFOUND' }",
    # Knative's digest error after an address dial: the name resolved
    'failed to resolve image to digest: Get "https://gcr.io/v2/": dial tcp 142.250.1.82:443: i/o timeout',
)


@pytest.mark.parametrize(
    ("source", "text", "want"), [e[1:] for e in EXAMPLES_HELDOUT_G], ids=[e[0] for e in EXAMPLES_HELDOUT_G]
)
def test_each_format_yields_the_failure(source: str, text: str, want: tuple[str, str, bool]) -> None:
    assert source.startswith("https://github.com/")
    assert triples(text) == [want]


test_lookalikes_are_not_dns_failures = reads_nothing(LOOKALIKES_HELDOUT_G, None)


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert unfired(HELDOUT_G_RULES, (e[2] for e in EXAMPLES_HELDOUT_G)) == set()


def test_redis_py_errno_3_with_a_reason_is_read_once() -> None:
    paste = "Error -3 connecting to redis:6379. Temporary failure in name resolution."
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("redis", "temporary")]


def test_capital_mask_words_are_placeholders_only_among_lower_case_labels() -> None:
    assert is_placeholder("b-3.ADDRESS.amazonaws.com") and is_placeholder("db.HOSTNAME.internal")
    assert not is_placeholder("ADDRESS.CORP.LOCAL")  # a name printed all in capitals
    assert not is_placeholder("DC01.example.com") and not is_placeholder("b-3.kafka.amazonaws.com")
    assert is_placeholder("\u00d7\u00d7\u00d7.redis.cache.chinacloudapi.cn")


def test_a_pino_line_without_a_name_in_its_message_still_reads_the_hostname_field() -> None:
    # node's error object (`hostname: 'x'`) is still the looked-up name when the message does not name one
    paste = "{ Error: getaddrinfo ENOTFOUND\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'mongo' }"
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("mongo", "nxdomain")]
