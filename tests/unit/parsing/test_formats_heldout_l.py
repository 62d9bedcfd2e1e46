"""What the twelfth held-out set missed (HELDOUT-l.md): x/y filler labels and a URL whose host is the word `hostname`
(redacted), `--` never a name, a JSON value under a non-host key never a host, and its formats (OpenResty's
comment under its connect call, aiohttp's IP looked up as a name, bash's `/dev/tcp` probe, Npgsql's debug line above
a host-less SocketException). Each example (runtime and format in its id) yields its failure, the look-alikes yield
nothing or the real name, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.generic_json import is_host_key, json_value_of_other_key
from checks.parsing.hosts import clean_host, is_placeholder
from checks.parsing.url_words import url_word_host
from tests.unit.parsing.rounds import named_rules, triples, unfired
from tests.unit.parsing.scoring import generic_only

# held-out L's rules, now in proxy_gateways, python_libs, shell_tools and dotnet_windows
HELDOUT_L_RULES = named_rules(
    "openresty-lua-comment-connect", "aiohttp-ip-as-name", "bash-dev-tcp", "npgsql-opening-connection"
)

# (id: runtime and format, source, text, {(host, kind, redacted)}); texts from the spent set's rows
EXAMPLES_HELDOUT_L: tuple[tuple[str, str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "java-unknownhost-xy-filler-label",
        "https://github.com/MicrosoftDocs/azure-docs-sdk-java/issues/923",
        "java.net.UnknownHostException: No such host is known (XXX-YYYY.redis.cache.windows.net)\n"
        "        at java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method) ~[na:na]",
        {("xxx-yyyy.redis.cache.windows.net", "nxdomain", True)},
    ),
    (
        "php-predis-tls-url-host-word-hostname",
        "https://github.com/predis/predis/issues/789",
        " php_network_getaddresses: getaddrinfo failed: Name or service not known [tls://hostname:6379] "
        '{"Source server":"Prod","exception":"[object] (Predis\\\\Connection\\\\ConnectionException(code: 0): '
        "php_network_getaddresses: getaddrinfo failed: Name or service not known [tls://hostname:6379] at /var/www/v",
        {("hostname", "nxdomain", True)},
    ),
    (
        "openresty-lua-comment-under-socket-connect",
        "https://github.com/openresty/lua-nginx-module/issues/2189",
        'local ok, err = ngx.sokcet.connect("echo.eplat", 80)\nif not ok then\n'
        "     ngx.log(err)  -- could not be resolved (3: Host not found)\nend",
        {("echo.eplat", "nxdomain", False)},
    ),
    (
        "python-aiohttp-ip-looked-up-as-name",
        "https://github.com/aio-libs/aiohttp/issues/5155",
        "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host 0.0.0.0:7000 ssl:default "
        "[Name or service not known]",
        {("0.0.0.0", "nxdomain", False)},
    ),
    (
        "shell-script-bash-dev-tcp-try-again",
        "https://github.com/hexabot-ai/Hexabot/issues/310",
        "Thu Oct 31 14:24:43 UTC 2024 retrying to connect to mongo:27017 (4/10)\n"
        "/docker-entrypoint.sh: line 15: mongo: Try again\n"
        "/docker-entrypoint.sh: line 15: /dev/tcp/mongo/27017: Invalid argument",
        {("mongo", "temporary", False)},
    ),
    (
        "dotnet-npgsql-opening-connection-unknown-error",
        "https://github.com/npgsql/efcore.pg/issues/51",
        "dbug: Npgsql.NpgsqlConnection[3]\n      Opening connection to database 'oms' on server 'tcp://pg-host:5437'.\n"
        "fail: Microsoft.EntityFrameworkCore.Query.Internal.NpgsqlQueryCompilationContextFactory[1]\n"
        "      An exception occurred in the database while iterating the results of a query.\n"
        "      System.Net.Sockets.SocketException: Unknown error -1",
        {("pg-host", "other", False)},
    ),
)


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_L, ids=[e[0] for e in EXAMPLES_HELDOUT_L])
def test_heldout_l_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_L_RULES, (e[2] for e in EXAMPLES_HELDOUT_L)) == set()


# --- guards on look-alikes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["XXX-YYYY.redis.cache.windows.net", "xx-yy.corp.net", "XX_ZZZ.example.org"])
def test_xy_filler_labels_are_masks(name: str) -> None:
    assert is_placeholder(name)


@pytest.mark.parametrize("name", ["yyyy.example.org", "yy-xx.net", "xylophone.io", "xxyy.net"])
def test_y_runs_alone_or_words_are_names(name: str) -> None:
    assert not is_placeholder(name)


@pytest.mark.parametrize("text", ["--", "-"])
def test_comment_markers_are_never_names(text: str) -> None:
    assert clean_host(text, exact=True) is None


def test_a_run_of_dashes_over_labels_stays_a_mask() -> None:
    assert clean_host("---.---.com", exact=True) == "---.---.com"


def test_nginx_comment_without_a_connect_call_reports_nothing() -> None:
    assert triples("if not ok then\n  ngx.log(err)  -- could not be resolved (3: Host not found)\nend") == []


def test_nginx_own_error_still_reads_its_name() -> None:
    text = "2021/05/01 10:00:00 [error] 7#7: *1 redis.svc could not be resolved (3: Host not found), client: 10.0.0.1"
    assert triples(text) == [("redis.svc", "nxdomain", False)]


def test_url_word_host_only_in_a_urls_host_slot() -> None:
    assert url_word_host("[tls://hostname:6379]", 7, 15) == "hostname"
    assert url_word_host("connect to hostname:6379", 11, 19) is None
    assert url_word_host("tls://hostnames:6379", 6, 15) is None


def test_the_word_host_in_a_url_stays_a_name() -> None:
    # pymysql's `host` is a name really looked up (HELDOUT-c.md): only `hostname` in a URL is a stand-in
    got = triples("php_network_getaddresses: getaddrinfo failed: Name or service not known [tcp://redis-0:6379]")
    assert got == [("redis-0", "nxdomain", False)]


def test_aiohttp_ip_with_a_connection_reason_is_not_a_lookup() -> None:
    text = "ClientConnectorError: Cannot connect to host 10.0.0.5:7000 ssl:default [Connection refused]"
    assert triples(text) == []


def test_bash_error_about_another_name_is_not_the_probe() -> None:
    text = "/entrypoint.sh: line 3: other: Try again\n/entrypoint.sh: line 3: /dev/tcp/mongo/27017: Invalid argument"
    assert [t for t in triples(text) if t[0] == "mongo"] == []


def test_bash_probe_refused_is_not_a_lookup() -> None:
    text = (
        "/entrypoint.sh: line 3: connect: Connection refused\n"
        "/entrypoint.sh: line 3: /dev/tcp/mongo/27017: Connection refused"
    )
    assert triples(text) == []


def test_npgsql_connection_refused_below_the_debug_line_is_not_a_lookup() -> None:
    text = (
        "      Opening connection to database 'oms' on server 'tcp://pg-host:5437'.\n"
        "      System.Net.Sockets.SocketException (111): Connection refused"
    )
    assert triples(text) == []


def test_npgsql_resolver_reason_below_the_debug_line_gives_its_kind() -> None:
    text = (
        "      Opening connection to database 'oms' on server 'tcp://pg-host:5437'.\n"
        "      System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable"
    )
    assert ("pg-host", "temporary", False) in triples(text)


@pytest.mark.parametrize(
    ("text", "start", "end", "want"),
    [
        ('{"Source server":"Prod","x":1}', 18, 22, True),
        ('{"env":"staging"}', 8, 15, True),
        ('{"host":"db"}', 9, 11, False),
        ('{"peer.address":"redis"}', 17, 22, False),
        ('{"error":"lookup db on 10.0.0.10:53: no such host"}', 17, 19, False),
    ],
)
def test_json_value_of_other_key(text: str, start: int, end: int, want: bool) -> None:
    assert json_value_of_other_key(text, start, end) is want


def test_generic_never_reads_a_json_value_under_another_key() -> None:
    text = 'getaddrinfo failed: Name or service not known {"Source server":"Prod","channel":"app"}'
    assert all(t[0] != "prod" for t in triples(text))


def test_parse_failures_is_the_entry_point() -> None:
    assert parse_failures("") == []


# --- the generic rule widened by causes that recur in more than one spent set ----------------------------------

# (id: runtime and format, text, (host, kind)); texts from the spent sets' rows
GENERIC_WIDENED: tuple[tuple[str, str, tuple[str, str]], ...] = (
    (
        "dotnet-http-request-exception-scheme-as-host",  # held-out A (radarr)
        "[v4.0.4.5922] System.Net.Http.HttpRequestException: Name or service not known (http:80)",
        ("http", "nxdomain"),
    ),
    (
        "python-aiohttp-scheme-as-host",  # held-out C (homeassistant-satellite)
        "aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host http:80 ssl:default "
        "[Temporary failure in name resolution]",
        ("http", "temporary"),
    ),
    (
        "node-eai-again-https-scheme-as-host",  # held-out C (docker-registry-ui)
        "[9/7/2020] [12:52:05 AM] [Express ] warning   Error: getaddrinfo EAI_AGAIN https https:80",
        ("https", "temporary"),
    ),
    (
        "php-composer-curl6-thread-failed",  # held-out B and K (composer)
        "  curl error 6 while downloading https://repo.packagist.org/packages.json: "
        "getaddrinfo() thread failed to start",
        ("repo.packagist.org", "other"),
    ),
    (
        "dnf-curl6-thread-failed-after-couldnt-resolve",  # collected-2026-12b, held-out F (dnf)
        "  - Curl error (6): Couldn't resolve host name for https://mirrors.fedoraproject.org/metalink?repo=fedora-35"
        "&arch=x86_64 [getaddrinfo() thread failed to start]",
        ("mirrors.fedoraproject.org", "other"),
    ),
    (
        "haproxy-could-not-resolve-address",  # collected-2026-12c, held-out J (HAProxy config parsing)
        "[ALERT] 315/000032 (16) : parsing [/usr/local/etc/haproxy/haproxy.cfg:88] : 'server balena_vpn_1' : "
        "could not resolve address 'vpn'.",
        ("vpn", "other"),
    ),
    (
        "coredns-errors-plugin-one-label-name",  # corpus.jsonl, collected-2026-12, held-out J (CoreDNS errors plugin)
        "[ERROR] plugin/errors: 2 o2o-redis-service. A: read udp 10.244.169.134:47806->132.120.200.52:53: i/o timeout",
        ("o2o-redis-service", "timeout"),
    ),
)


def test_a_sentences_last_word_before_a_record_type_is_no_query_name() -> None:
    assert generic_only("The lookup failed. A: read udp 10.0.0.1:5353->10.0.0.2:53: i/o timeout") == []


def test_curls_could_not_resolve_host_stays_nxdomain() -> None:
    # the verb alone keeps its reading: only HAProxy's `could not resolve address` states no reason
    assert [(f.host, f.kind) for f in generic_only("curl: (6) Could not resolve host: api.foo.com")] == [
        ("api.foo.com", "nxdomain")
    ]


@pytest.mark.parametrize(("case", "text", "want"), GENERIC_WIDENED, ids=[g[0] for g in GENERIC_WIDENED])
def test_generic_rule_reads_it_alone(case: str, text: str, want: tuple[str, str]) -> None:
    assert [(f.host, f.kind) for f in generic_only(text)] == [want], case


def test_a_scheme_with_a_port_loses_to_any_other_name() -> None:
    text = "Listening on http:80 after lookup of db.svc failed: Name or service not known"
    assert [(f.host, f.kind) for f in generic_only(text)] == [("db.svc", "nxdomain")]


@pytest.mark.parametrize(
    "text",
    [
        "dial tcp 10.0.0.1:443: connect: connection refused (https:443)",  # no resolver reason
        "GET http://api.svc:80/x: lookup api.svc on 10.96.0.10:53: no such host",  # `http://` is a URL's scheme
    ],
)
def test_a_scheme_is_not_read_without_a_lookup_or_before_its_slashes(text: str) -> None:
    assert all(f.host not in ("http", "https") for f in generic_only(text))


def test_lua_comment_reads_nginx_codes_as_nginx_own_error_does() -> None:
    # one map of nginx's resolver numbers for both: `111` (the query socket refused) is `refused` in either place
    code = (
        'local ok, err = sock:connect("cache.internal", 6379)\n'
        "ngx.log(err) -- could not be resolved (111: Connection refused)"
    )
    log = "2021/05/01 10:00:00 [error] 7#7: *1 cache.internal could not be resolved (111: Connection refused)"
    assert triples(code) == triples(log) == [("cache.internal", "refused", False)]
    assert triples(code.replace("(111:", "(999:")) == []


@pytest.mark.parametrize(
    "key",
    [
        "host",
        "hostname",
        "host_name",
        "server",
        "servername",
        "server_name",
        "address",
        "addr",
        "url",
        "uri",
        "endpoint",
        "domain",
        "name",
        "target",
        "remote",
        "node",
        "broker",
        "brokers",
        "upstream",
        "peer",
        "dns",
        "query",
        "qname",
        "fqdn",
        "peer.address",
        "net.peer.name",
        "db_host",
    ],
)
def test_one_list_of_host_keys_for_both_json_checks(key: str) -> None:
    # the generic rule's quoted-value check and the JSON-value check read keys with the same is_host_key
    assert is_host_key(key)


@pytest.mark.parametrize("key", ["Source server", "env", "level", "logger", "errno", "message", "service"])
def test_keys_that_name_no_host(key: str) -> None:
    assert not is_host_key(key)
