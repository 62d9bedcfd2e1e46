"""What the ninth held-out set missed (HELDOUT-i.md): its formats (a host-less resolver error with the host in a
`*_HOST=` setting: Kong, Laravel's PDO; etcd's, fluent-bit's and Logstash's messages with no reason), Erlang's term
split by a line break, the typed masks (`XXXX` over capitals, `abcdefgh`, `REDACTED.tld`) and Markdown italics after a
name. Each example (runtime and format in its id) yields its failure, the look-alikes yield nothing or the real name,
every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import clean_host, is_placeholder
from tests.unit.parsing.rounds import named_rules, unfired
from tests.unit.parsing.scoring import generic_only

# held-out I's rules, now in setting_named, php_network and unstated_products
HELDOUT_I_RULES = named_rules(
    "hostless-resolver-error-with-setting",
    "pdo-cut-dsn-host",
    "etcd-could-not-resolve",
    "logstash-unknown-error",
)

# (id: runtime and format, source, text, (host, kind, redacted)); texts from the spent set's rows
EXAMPLES_HELDOUT_I: tuple[tuple[str, str, str, tuple[str, str, bool]], ...] = (
    (
        "php-pdo-laravel-sql-statement-db-host-env",
        "https://github.com/neoighodaro/laravel-docker/issues/4",
        "> Illuminate\\Database\\QueryException  : SQLSTATE[HY000] [2002] php_network_getaddresses: g"
        "etaddrinfo failed: Name does not resolve (SQL: select * from information_schema.tables whe"
        "re table_schema = homestead and table_name = migrations)\n\nusing mysql this is my .env:\n```"
        "\nDB_CONNECTION=mysql\nDB_HOST=mysql\nDB_PORT=3306",
        ("mysql", "nxdomain", False),
    ),
    (
        "logstash-host-unknown-error",
        "https://github.com/elastic/logstash/issues/3713",
        "Failed to install template: es00.proxyr.web.use1: unknown error {:level=>:error}\nLogstash "
        "startup completed\nGot error to send bulk of actions to elasticsearch server at es00.proxyr"
        ".web.use1 : es00.proxyr.web.use1 {:level=>:error}",
        ("es00.proxyr.web.use1", "other", False),
    ),
    (
        "erlang-failed-connect-term-split-by-line-break",
        "https://github.com/rabbitmq/rabbitmq-peer-discovery-k8s/issues/55",
        "2019-10-15 07:33:55.000 [debug] <0.238.0> GET https://kubernetes.default.svc.cluster.local"
        ":443/api/v1/namespaces/tazou/endpoints/zt4-crmq\n2019-10-15 07:33:55.015 [debug] <0.238.0> "
        'Response: {error,{failed_connect,[{to_address,{"kubernetes.default.svc.cluster.local",443}'
        "},{inet,[inet]\n,nxdomain}]}}",
        ("kubernetes.default.svc.cluster.local", "nxdomain", False),
    ),
    (
        "kong-libpq-host-or-service-not-known-kong-pg-host",
        "https://github.com/Kong/kong/issues/5836",
        'Command : docker run --rm --network=sphere-net -e "KONG_DATABAE=postgres" -e "KONG_PG_HOST'
        '=kong-db" kong:latest kong migrations bootstrap\n\nError : [PostgreSQL error] failed to retr'
        "ieve PostgreSQL server_version_num: host or service not provided, or not known",
        ("kong-db", "nxdomain", False),
    ),
    (
        "node-enotfound-markdown-italics",
        "https://github.com/godaddy/kubernetes-client/issues/677",
        "I've tried updating protocol=http, and port=80 and get similar _Error: getaddrinfo ENOTFOUND http_",
        ("http", "nxdomain", False),
    ),
    (
        "go-etcd-netutil-could-not-resolve-host",
        "https://github.com/coreos/etcd-operator/issues/115",
        "2016-09-15 00:49:12.196725 I | etcdmain: listening for client requests on 0.0.0.0:2379\n201"
        "6-09-15 00:49:12.213419 E | netutil: could not resolve host etcd-cluster-0000:2380\n2016-09"
        "-15 00:49:12.236475 I | etcdmain: stopping listening for client requests on 0.0.0.0:2379",
        ("etcd-cluster-0000", "other", False),
    ),
    (
        "java-cassandra-seed-provider-couldnt-lookup",
        "https://github.com/jaegertracing/jaeger-kubernetes/issues/33",
        "INFO  [main] 2017-09-13 14:09:33,134 GossipingPropertyFileSnitch.java:64 - Loaded cassandr"
        "a-topology.properties for compatibility\nWARN  [main] 2017-09-13 14:09:33,155 SimpleSeedPro"
        "vider.java:60 - Seed provider couldn't lookup host cassandra-0.cassandra.jaeger.svc.cluste"
        "r.local\nException (org.apache.cassandra.exceptions.ConfigurationException) encountered dur"
        "ing startup: The seed provider lists no seeds.",
        ("cassandra-0.cassandra.jaeger.svc.cluster.local", "other", False),
    ),
    (
        "fluent-bit-getaddrinfo-unknown-error-alphabet-mask",
        "https://github.com/fluent/fluent-bit/issues/3661",
        "fluent-bit-5q5dh fluent-bit [2021/06/17 13:46:55] [ warn] [net] getaddrinfo(host='search-m"
        "y-logssystem-k422oabcdefghij.eu-west-1.es.amazonaws.com'): Unknown error",
        ("search-my-logssystem-k422oabcdefghij.eu-west-1.es.amazonaws.com", "other", True),
    ),
    (
        "go-terraform-xxxx-typed-over-capitals",
        "https://github.com/hashicorp/terraform-provider-kubernetes/issues/2089",
        "Error: cluster-secretstore-sm failed to create kubernetes rest client for update of resour"
        'ce: Get "https://EE7XXXXXXXXXXXXXXXXXXBC22E.gr7.us-west-2.eks.amazonaws.com/api?timeout=32'
        's": dial tcp: lookup EE7XXXXXXXXXXXXXXXXXXBC22E.gr7.us-west-2.eks.amazonaws.com on 172.31.'
        "0.2:53: no such host\n│ \n│   with module.eks_monitoring.module.external_secrets[0].kubectl_"
        "manifest.cluster_secretstore,",
        ("ee7xxxxxxxxxxxxxxxxxxbc22e.gr7.us-west-2.eks.amazonaws.com", "nxdomain", True),
    ),
    (
        "go-redacted-tld",
        "https://github.com/BishopFox/sj/issues/12",
        'Need better handling of the following error `Get "https://REDACTED.tld/api/route": dial tc'
        "p: lookup REDACTED.tld on 10.10.0.X:53: no such host`. It currently returns the error for "
        "every single endpoint; instead it should return the error once and try additional hosts if"
        " any are known.",
        ("redacted.tld", "nxdomain", True),
    ),
    (
        "go-cassandra-k8s-seed-provider-no-reason",
        "https://github.com/k8ssandra/cass-operator/issues/911",
        "WARN  [main] 2026-03-31 13:03:19,720 K8SeedProvider41x.java:47 - Seed provider couldn't lookup host "
        "cassandra-seed-service",
        ("cassandra-seed-service", "other", False),
    ),
    (
        "php-pdo-cut-dsn-host-completed-by-argument",
        "https://github.com/manualdousuario/sintoniza/issues/3",
        "Internal error\nPDOException: PDO::__construct(): php_network_getaddresses: getaddrinfo failed: Temporary "
        "failure in name resolution in /app/inc/DB.php:45\nStack trace:\n#0 /app/inc/DB.php(45): "
        "PDO->__construct('mysql:host=mari...', 'user', 'password', Array)\n#1 /app/index.php(60): "
        "DB->__construct('mariadb', 'database_name', 'user', 'password')\n#2 {main}",
        ("mariadb", "temporary", False),
    ),
    (
        "psql-pgbouncer-host-setting-flag",
        "synthetic: libpq's EAI_NONAME text under a `--host` flag",
        "$ pgbench --host pg-primary.db.svc -U app\n"
        "pgbench: error: connection failed: host or service not provided, or not known",
        ("pg-primary.db.svc", "nxdomain", False),
    ),
)


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_I, ids=[e[0] for e in EXAMPLES_HELDOUT_I])
def test_heldout_i_format(case: str, source: str, text: str, want: tuple[str, str, bool]) -> None:
    found = {(f.host, f.kind, f.redacted) for f in parse_failures(text)}
    assert want in found, (case, source, found)
    assert {f.host for f in parse_failures(text)} == {want[0]}, case


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_I_RULES, (e[2] for e in EXAMPLES_HELDOUT_I)) == set()


LOOK_ALIKES: tuple[tuple[str, str], ...] = (
    # a resolver error with no host and no setting: nothing (no guess from the SQL statement)
    (
        "pdo-sql-statement-no-setting",
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name does not resolve (SQL: select * "
        "from "
        "information_schema.tables where table_name = migrations)",
    ),
    # a connection refused with a `*_HOST` setting: not a lookup
    (
        "kong-pg-refused",
        'docker run -e "KONG_PG_HOST=kong-db" kong:latest kong migrations bootstrap\n'
        "Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: connection refused",
    ),
    # a lower-case setting in prose is no setting
    (
        "prose-host",
        "we set the db_host = mysql in compose\nhost or service not provided, or not known",
    ),
    # a cut DSN with no argument that completes it: no guess
    (
        "pdo-cut-dsn-no-completion",
        "PDOException: PDO::__construct(): php_network_getaddresses: getaddrinfo failed: Name or service not known\n"
        "#0 /app/DB.php(45): PDO->__construct('mysql:host=mari...', 'user', 'password', Array)\n"
        "#1 /app/index.php(60): DB->__construct('database_name', 'user')",
    ),
    # `: unknown error` from a config loader, not Logstash's `{:level=>`
    ("config-unknown-error", "failed to load settings.yaml: unknown error"),
    # fluent-bit's `err=` form keeps its c-ares code (rules/product_messages.py), the new rule only the bare form
    ("etcd-listening", "etcdmain: listening for client requests on 0.0.0.0:2379"),
)


@pytest.mark.parametrize(("case", "text"), LOOK_ALIKES, ids=[c for c, _ in LOOK_ALIKES])
def test_look_alikes_yield_nothing(case: str, text: str) -> None:
    assert parse_failures(text) == [], case


def test_pdo_sql_statement_is_never_a_host() -> None:
    text = LOOK_ALIKES[0][1] + "\n\n.env:\nDB_CONNECTION=mysql\nDB_HOST=mysql-primary\n"
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("mysql-primary", "nxdomain")]


def test_fluent_bit_err_code_still_read() -> None:
    text = "[net] getaddrinfo(host='es.logging.svc', err=4): Domain name not found"
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("es.logging.svc", "nxdomain")]


def test_curl_with_colon_or_quote_still_nxdomain() -> None:
    for text in ("curl: (6) Could not resolve host: api.example.org", "Couldn't resolve host 'mirror.centos.org'"):
        assert [f.kind for f in parse_failures(text)] == ["nxdomain"], text


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("EE7XXXXXXXXXXXXXXXXXXBC22E.gr7.us-west-2.eks.amazonaws.com", True),
        ("REDACTED.tld", True),
        ("search-logs-k422oabcdefghij.eu-west-1.es.amazonaws.com", True),
        # look-alikes: a real upper-case name with a short X run, hex ids (stop at `f`), a real `.tld`-less mask word
        ("TAXI.example.com", False),
        ("BOXXX-01.internal.net", False),
        ("d41d8cd98f00b204e9800998ecf8427e.abcdef.cloudfront.net", False),
        ("hiddenlayer.com", False),
        ("EE7ABCDEF.GR7.US-WEST-2.EKS.AMAZONAWS.COM", False),
    ],
)
def test_typed_masks(raw: str, masked: bool) -> None:
    assert is_placeholder(raw) is masked, raw


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("http_", "http"),
        ("_api.shop.svc_", "api.shop.svc"),
        ("_mongodb._tcp.c0.mongodb.net", "_mongodb._tcp.c0.mongodb.net"),
    ],
)
def test_markdown_italics_closing_after_a_name(raw: str, clean: str) -> None:
    assert clean_host(raw, exact=True) == clean


def test_generic_rule_takes_a_host_setting_for_a_hostless_reason() -> None:
    text = (
        "php_network_getaddresses: getaddrinfo failed: Name does not resolve (SQL: select * from migrations)\n\n"
        "DB_CONNECTION=mysql\nDB_HOST=mysql-primary\nDB_PORT=3306"
    )
    assert [(f.host, f.kind) for f in generic_only(text)] == [("mysql-primary", "nxdomain")]
    # a lower-case word in prose is no setting, and no setting means no guess
    assert generic_only("getaddrinfo failed: Name does not resolve\nthe db_host = mysql") == []


def test_markdown_italics_in_a_paste() -> None:
    text = "and then _getaddrinfo ENOTFOUND api.shop.svc_ again"
    assert [(f.host, f.kind) for f in parse_failures(text)] == [("api.shop.svc", "nxdomain")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # etcd with the reason after it: the reason wins over the no-reason reading (HELDOUT-i.md)
        (
            "2016-09-15 E | netutil: could not resolve host etcd-0:2380: lookup etcd-0 on 10.0.0.10:53: no such host",
            [("etcd-0", "nxdomain")],
        ),
        # Cassandra's seed line with the UnknownHostException's reason below it
        (
            "WARN Seed provider couldn't lookup host cass-0.cass\n"
            "java.net.UnknownHostException: cass-0.cass: Name or service not known",
            [("cass-0.cass", "nxdomain")],
        ),
        # Erlang's term with a connect timeout after the name resolved: no lookup failure
        ('{failed_connect,[{to_address,{"rabbit.svc",443}},{inet,[inet],\netimedout}]}', []),
        (
            '{error,{failed_connect,[{to_address,{"rabbit.svc",443}},{inet6,[inet6]\n,nxdomain}]}}',
            [("rabbit.svc", "nxdomain")],
        ),
    ],
)
def test_a_stated_reason_wins_and_erlang_reads_across_a_break(text: str, want: list[tuple[str, str]]) -> None:
    assert [(f.host, f.kind) for f in parse_failures(text)] == want
