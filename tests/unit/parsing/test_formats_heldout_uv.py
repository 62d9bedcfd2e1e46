"""What held-out U and V missed (HELDOUT-u.md, HELDOUT-v.md): Java's unresolved address after a connect (R2DBC),
ZooKeeper's `Unable to canonicalize address`, librdkafka's `Bad address`, gRPC .NET's `Error getting DNS hosts`,
.NET's WSANO_DATA in Chinese, dig's reason cut mid-word, Go's name with an empty label, MySQL's URL host, mysqld's
masked IP, a host-less reason under the block's one host setting (setting_named.py, host_settings.py), and the
URLs that name no failure (a status line, a command that worked: not_failing_lines.py). Each example (runtime and
format in its id) yields its failure, the look-alikes yield nothing or the real name, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing.normalize import normalize
from checks.parsing.parser import parse_failures
from tests.unit.parsing.rounds import named_rules, triples, unfired
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

# held-out U and V's rules, now in the modules named by what they read
HELDOUT_UV_RULES = named_rules(
    "java-connect-unresolved",
    "zookeeper-canonicalize",
    "librdkafka-bad-address",
    "grpc-dotnet-dns-hosts",
    "dotnet-winsock-localized",
    "dig-no-servers-cut",
    "go-lookup-empty-label",
    "libpq-keyword-as-host",
    "mysql-url-host",
    "tcp-connect-nxdomain-setting",
    "rust-lookup-setting",
)

_R2DBC = (
    "org.springframework.dao.DataAccessResourceFailureException: Failed to obtain R2DBC Connection; nested exception "
    "is io.r2dbc.postgresql.PostgresqlConnectionFactory$PostgresConnectionException: Cannot connect to "
    "localhost/<unresolved>:5432"
)
_ZOOKEEPER = (
    "08:28:20.955 [main-SendThread(pulsar-zookeeper:2181)] WARN  org.apache.zookeeper.ClientCnxn - Session 0x0\n"
    "java.lang.IllegalArgumentException: Unable to canonicalize address pulsar-zookeeper:2181 because it's not "
    "resolvable"
)
_RDKAFKA = (
    "Failed to resolve 'aa-kafka-0.aakafka-kafka-brokers.kafka.svc.cluster.local:9092': Bad address (after 0ms in "
    "state CONNECT, 4 identical error(s) suppressed)"
)
_GRPC_DOTNET = (
    "'Status(StatusCode=\"Unavailable\", Detail=\"Error getting DNS hosts for address 'grpc.example.be'. "
    'SocketException: The requested name is valid, but no data of the requested type was found."'
)
_DOTNET_ZH = (
    "[2017-10-10 11:09:30] connect to info.pinyin.sogou.com:80\n"
    "[2017-10-10 11:09:32] System.Net.Sockets.SocketException (0x80004005): "
    "请求的名称有效\uff0c但是找不到请求的类型的数据。\n"
    "   at Shadowsocks.Util.Sockets.WrappedSocket.EndConnect(IAsyncResult asyncResult)"
)
_DIG_CUT = (
    "# strace -t -f -o /tmp/dig.txt dig opensuse.org\n\n; <<>> DiG 9.9.6-P1 <<>> opensuse.org\n"
    ";; global options: +cmd\n;; connection timed out; no servers could be reache\n"
)
_GO_EMPTY_LABEL = (
    'request send failed, Post "https://sts..amazonaws.com/": dial tcp: lookup sts..amazonaws.com: no such host'
)
_TDS = (
    '** (CaseClauseError) no case clause matching: {:error, %Tds.Error{message: "tcp connect: nxdomain", '
    "mssql: nil}}\n    (tds 2.3.1) lib/tds/protocol.ex:483: Tds.Protocol.decode/2\n...\n"
    '      hostname: "****.database.windows.net",\n      ssl: :required,\n      port: 1433'
)
_LETTRE = (
    "      - SMTP_HOST=smtp.mail.me.com\n      - SMTP_FROM=xxxx@zzz.com\n      - SMTP_PORT=587\n...\n"
    "When I try to send a test e-mail I get: `[2024-07-28 22:02:53.489][vaultwarden::mail][ERROR] SMTP error: "
    "Connection error: failed to lookup address information: Name or service not known`"
)
_NODE_STATUS_LINE = (
    "Server up: http://localhost:3300\n{ [Error: getaddrinfo ENOTFOUND 1234 1234:465]\n  code: 'ENOTFOUND',\n"
    "  errno: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: '1234',\n  host: '1234',\n  port: 465 }"
)
_CURL_WORKED = (
    "1. Run once: `docker run --rm python:latest python main.py`\n"
    "got a `<urlopen error [Errno -3] Temporary failure in name resolution>`\n"
    "Ran again `docker run --rm python:latest curl https://www.docker.com` It worked.\n"
    "3. Ran again step1 `docker run python:latest python main.py` stopped again `<urlopen error [Errno -3] Temporary "
    "failure in name resolution>`\n3. Ran again step 2 `docker run --rm python:latest curl https://www.docker.com`\n"
)

EXAMPLES_HELDOUT_UV = (
    # `other` since held-out GN (LABELS.md reads Java's `<unresolved>` in R2DBC's connect as Lettuce's)
    ("java-r2dbc-cannot-connect-unresolved", "spring-projects-experimental/spring-native#1626", _R2DBC,
     {("localhost", "other", False)}),
    ("java-zookeeper-canonicalize", "apache/pulsar-helm-chart#70", _ZOOKEEPER,
     {("pulsar-zookeeper", "nxdomain", False)}),
    ("librdkafka-bad-address", "confluentinc/confluent-kafka-go#593", _RDKAFKA,
     {("aa-kafka-0.aakafka-kafka-brokers.kafka.svc.cluster.local", "nxdomain", False)}),
    ("dotnet-grpc-dns-hosts-nodata", "grpc/grpc-dotnet#1758", _GRPC_DOTNET, {("grpc.example.be", "nxdomain", False)}),
    ("dotnet-socketexception-zh-connect-above", "shadowsocks/shadowsocks-windows#1433", _DOTNET_ZH,
     {("info.pinyin.sogou.com", "nxdomain", False)}),
    ("dig-no-servers-cut-mid-word", "moby/moby#22185", _DIG_CUT, {("opensuse.org", "timeout", False)}),
    ("go-lookup-empty-label", "crossplane-contrib/provider-upjet-aws#2006", _GO_EMPTY_LABEL,
     {("sts..amazonaws.com", "nxdomain", False)}),
    ("mysql-client-url-host", "drone/docs#299", "ERROR 2005 (HY000): Unknown MySQL server host 'tcp://database:3306'",
     {("tcp://database", "other", False)}),
    ("mysqld-masked-ip", "kafka-connect-jdbc#1209",
     "2022-06-24 00:24:17 4911 [Warning] IP address '***.**.**.***' could not be resolved: Name or service not known",
     set()),  # a reverse look-up: no failure by LABELS.md (this set, labelled before it, said so; since HN-HU)
    ("libpq-keyword-as-host", "vrana/adminer#1304",
     "Unable to connect to PostgreSQL server: could not translate host name \"user='<username>'\" to address: Name or "
     "service not known",
     {("user='<username>'", "nxdomain", True)}),
    ("elixir-tds-nxdomain-hostname-setting", "elixir-ecto/tds#140", _TDS,
     {("****.database.windows.net", "nxdomain", True)}),
    ("rust-lettre-smtp-host-setting", "dani-garcia/vaultwarden#4796", _LETTRE,
     {("smtp.mail.me.com", "nxdomain", False)}),
    ("node-enotfound-under-status-line", "eleith/emailjs#149", _NODE_STATUS_LINE, {("1234", "nxdomain", False)}),
    ("python-errno3-curl-worked", "docker/for-mac#3634", _CURL_WORKED, set()),
)  # fmt: skip


@pytest.mark.parametrize(
    ("case", "source", "text", "want"), EXAMPLES_HELDOUT_UV, ids=[e[0] for e in EXAMPLES_HELDOUT_UV]
)
def test_heldout_uv_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_UV_RULES, (e[2] for e in EXAMPLES_HELDOUT_UV)) == set()


def test_bold_markup_never_inside_a_masked_ip() -> None:
    assert normalize("IP address '***.**.**.***' could not") == "IP address '***.**.**.***' could not"
    assert normalize("status: **SERVFAIL** for **db.internal**") == "status: SERVFAIL for db.internal"


# --- guards on look-alikes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an unresolved address in a connect that is no failure's (a toString in a debug line)
        "DEBUG connecting, endpoint=localhost/<unresolved>:5432 (lazy)",
        # ZooKeeper canonicalizing without the unresolvable clause
        # dig's cut reason with more of the paste after it: a line that ends there, not a cut
        "; <<>> DiG 9.18 <<>> example.org\n;; connection timed out; no servers could be reache\nand then it worked",
        "Unable to canonicalize address zk-0:2181 for logging",
        # LWP's `(Bad address)` after a connect (no librdkafka shape)
        "500 Can't connect to gwendragon.de:443 (Bad address)",
        # WSANO_DATA in Chinese with no connect line above
        "System.Net.Sockets.SocketException (0x80004005): 请求的名称有效\uff0c但是找不到请求的类型的数据。",
        # dig's cut reason with no question or command anywhere
        ";; connection timed out; no servers could be reache",
        # `tcp connect: nxdomain` with two host settings in its block: which one is unknown
        'hostname: "db.one.example"\n{:error, %Tds.Error{message: "tcp connect: nxdomain"}}\n'
        'hostname: "db.two.example"',
        # `tcp connect: nxdomain` with no setting at all
        '{:error, %Tds.Error{message: "tcp connect: nxdomain", mssql: nil}}',
    ],
)
def test_look_alikes_report_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # libpq's plain name stays libpq's rule's
        (
            'could not translate host name "db" to address: Name or service not known',
            [("db", "nxdomain", False)],
        ),
        # MySQL's plain host with a code stays the MySQL rule's
        ("ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)", [("db", "nxdomain", False)]),
        # a real IP mysqld could not resolve back: a reverse look-up, no failure (LABELS.md; since HN-HU)
        ("[Warning] IP address '10.0.0.7' could not be resolved: Name or service not known", []),
        # a URL on a line that does not say it worked still names a host-less error below it
        (
            "curl https://api.example.org/v1\ncurl: (6) Could not resolve host",
            [("api.example.org", "nxdomain", False)],
        ),
        # Lettuce's `Unable to connect to` keeps its rule's NXDOMAIN (the majority of the labels)
        ("RedisConnectionException: Unable to connect to redis/<unresolved>:6379", [("redis", "other", False)]),
        # review 2, finding 15: any of WinSock's localized texts, the connect line up to three lines above
        (
            "[11:09:30] connect to db.internal:5432\n[11:09:31] retrying\n"
            "[11:09:32] System.Net.Sockets.SocketException (0x80004005): Der angegebene Host ist unbekannt.",
            [("db.internal", "nxdomain", False)],
        ),
        # ... and dig's reason cut at any point of its last word where the paste ends (a fence closing it)
        (
            "; <<>> DiG 9.18 <<>> example.org\n;; global options: +cmd\n;; connection timed out; no servers could be r"
            "\n```\n",
            [("example.org", "timeout", False)],
        ),
    ],
)
def test_look_alikes_read_the_real_name(text: str, want: list[tuple[str, str, bool]]) -> None:
    assert triples(text) == want


# The start of each new format with nothing valid after it.
NEAR_MATCHES_UV = (
    "Cannot connect to a/<unresolved>:x ",
    "Unable to canonicalize address a:1 because ",
    "Failed to resolve 'a:1': Bad ",
    "Error getting DNS hosts for address 'a'. x ",
    "SocketException: 请求的名称有效 ",
    "no servers could be reache x ",
    "no servers could be r\n",
    "connect to a:1\nSocketException: der angegebene host ist unbekannt ",
    "lookup a..b: x ",
    "Unknown MySQL server host 'tcp://a:1' (",
    "IP address '*.1.1.1' could not be resolved: ",
    "tcp connect: nxdomain ",
    "could not translate host name \"a='b'\" to address: ",
    "Connection error: failed to lookup address information: ",
    "Server up: http://a.b ",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES_UV, ids=range(len(NEAR_MATCHES_UV)))
def test_a_hostile_megabyte_of_each_new_format_parses_quickly(piece: str) -> None:
    line = megabyte_of(piece)
    parse_failures(line[:10_000])
    assert best_of(3, lambda: parse_failures(line)) < GUARD
