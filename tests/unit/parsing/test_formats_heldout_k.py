"""What the eleventh held-out set missed (HELDOUT-k.md): a host-less error with the host in the reporter's prose
(`DB_HOST 是 mysql5`, `my DB_HOST is not localhost but mariadb`) or a PHP `print_r` dump (`[host] => h`), the
command or request above it (nc's `nc -z h PORT`, dnu's `GET https://h/...`, Jellyfin's logged `"GET"`), and
its formats' modules (bundler, unbound's maximum sends, linkerd 1, urllib3 cut, MongoDB's PHP driver, ssh's cut
`nodename`, names looked up as printed). Each example (runtime and format in its id) yields its failure, the
look-alikes yield nothing or the real name, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import clean_host, is_placeholder
from checks.parsing.k8s_names import service_and_namespace
from tests.unit.parsing.rounds import named_rules, triples, unfired
from tests.unit.parsing.scoring import generic_only

# held-out K's rules, now in the modules named by what they read
HELDOUT_K_RULES = named_rules(
    "bundler-could-not-reach-host",
    "unbound-maximum-sends",
    "linkerd1-negative",
    "urllib3-name-resolution-cut",
    "mongodb-php-failed-connecting",
    "ssh-nodename-cut",
    "node-enotfound-number",
    "wget-quoted-as-printed",
    "urllib3-pool-word-host",
    "amqp-broker-hostname",
    "nc-getaddrinfo-command",
    "mono-hostless-request",
)

# (id: runtime and format, source, text, {(host, kind, redacted)}); texts from the spent set's rows
EXAMPLES_HELDOUT_K: tuple[tuple[str, str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "node-getaddrinfo-enotfound-port-as-host",
        "https://github.com/AMoreaux/hapi-cli/issues/6",
        "{ Error: getaddrinfo ENOTFOUND 3000\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (dn"
        "s.js:57:26)\n  errno: 'ENOTFOUND',\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostnam"
        "e: '3000' }",
        {("3000", "nxdomain", False)},
    ),
    (
        "linkerd1-name-resolution-is-negative-redacted",
        "https://github.com/linkerd/linkerd/issues/1971",
        "I 0408 01:40:19.690 UTC THREAD4040 TraceId:c72cef050406abeb: $/io.buoyant.rinet/11102/30-d"
        "isableTLS.redact: name resolution is negative (local dtab: Dtab())",
        {("30-disabletls.redact", "nxdomain", True)},
    ),
    (
        "dotnet-dnu-name-resolution-failure-under-get-line",
        "https://github.com/dotnet/aspnetcore/issues/1059",
        "GET https://www.nuget.org/api/v3/FindPackagesById()?Id='Microsoft.AspNet.StaticFiles'.\nWar"
        "ning: FindPackagesById: Microsoft.Aspnet.Mvc\nError: NameResolutionFailure\nWarning: FindPac"
        "kagesById: Microsoft.Aspnet.Server.Kestrel\nError: NameResolutionFailure",
        {("www.nuget.org", "other", False)},
    ),
    (
        "nc-getaddrinfo-under-nc-z-command-in-script",
        "https://github.com/AlexGaspar/docker-fbctf/issues/14",
        '`while ! nc -z mysql 3306; do`\n`echo "Waiting for mysql to start";`\n`sleep 1;`\n`done;`\n\n> '
        "below is console dump\nnc: getaddrinfo: Name or service not known\nWaiting for mysql to star"
        "t\nnc: getaddrinfo: Name or service not known\nWaiting for mysql to start",
        {("mysql", "nxdomain", False)},
    ),
    (
        "ssh-could-not-resolve-hostname-cut-at-nodename",
        "https://github.com/fortrabbit/craft-copy/issues/64",
        "[ERROR] SSH Remote error: ssh: Could not resolve hostname deploy.eu2.frbit.com: nodename",
        {("deploy.eu2.frbit.com", "nxdomain", False)},
    ),
    (
        "php-pdo-db-host-named-in-chinese-prose",
        "https://github.com/garylab/dnmp/issues/384",
        "提示这个\uff0cSQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name does not re"
        "solve\n我配置文件 .env 中填写的 DB_HOST 是 mysql5 容器名"
        "\uff0c应该是没错的才对\uff0c其他都默认\uff0c为啥一直连接不了",
        {("mysql5", "nxdomain", False)},
    ),
    (
        "php-pdo-db-host-not-x-but-y-in-prose",
        "https://github.com/awssat/laravel-sync-migration/issues/11",
        " I'm not sure why but wonder if it's conected to runnning under laravel/sail docker (maria"
        "db) where my DB_HOST is not localhost but mariadb instead?\n\nSQLSTATE[HY000] [2002] php_net"
        "work_getaddresses: getaddrinfo failed: nodename nor servname provided, or not known (SQL: "
        "select * from information_schema.tables where table_schema = mydb and table_name = users a"
        "nd table_type = 'BASE TABLE')",
        {("mariadb", "nxdomain", False)},
    ),
    (
        "nginx-upstream-blabla-filler-word",
        "https://github.com/SteveLTN/https-portal/pull/51",
        "This might just work and if so, will solve the following problem:\n\n`nginx: [emerg] host no"
        't found in upstream "BLABLA" in /etc/nginx/conf.d/BLABLA.ssl.conf:18`',
        {("blabla", "nxdomain", True)},
    ),
    (
        "php-mongodb-failed-connecting-not-the-backticked-option",
        "https://github.com/mongodb/mongo-php-driver/issues/461",
        "PHP Fatal error:  Uncaught MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitabl"
        "e servers found (`serverselectiontryonce` set): [Failed connecting to '88b2ffd96488:27017'"
        ": php_network_getaddresses: getaddrinfo failed: nodename nor servname provided, or not kno"
        "wn] [Failed connecting to 'compose_secondary:27777': Connection refused] in /private/var/w"
        "ww/tt/tmp/compose/mongo.php:9",
        {("88b2ffd96488", "nxdomain", False)},
    ),
    (
        "dotnet-jellyfin-webexception-eagain-under-logged-get",
        "https://github.com/jellyfin/jellyfin/issues/1290",
        '[2019-04-24 00:05:03.117 +00:00] [INF] HttpClientManager "GET": "https://repo.jellyfin.org'
        '/releases/plugin/manifest.json"\n[2019-04-24 00:05:13.200 +00:00] [ERR] Error UnknownError '
        'getting response from "https://repo.jellyfin.org/releases/plugin/manifest.json"\nSystem.Net'
        ".WebException: Resource temporarily unavailable Resource temporarily unavailable ---> Syst"
        "em.Net.Http.HttpRequestException: Resource temporarily unavailable ---> System.Net.Sockets"
        ".SocketException: Resource temporarily unavailable",
        {("repo.jellyfin.org", "temporary", False)},
    ),
    (
        "python-print-r-host-key-above-errno-3",
        "https://github.com/narbehaj/ssl-checker/issues/37",
        "Array\n(\n    [version] => 1.0\n    [app] => ssl-checker-api\n    [host] => sellingtoolz.com\n "
        "   [status] => error\n    [result] => Array\n        (\n            [response] => failed\n    "
        "        [reason] => [Errno -3] Temporary failure in name resolution\n        )\n\n)",
        {("sellingtoolz.com", "temporary", False)},
    ),
    (  # the same host key as a Ruby hash (fluentd's connection line above its host-less SocketError)
        "ruby-fluentd-hash-host-key-above-socketerror",
        "(constructed: fluentd's elasticsearch output, its log lines as the plugin writes them)",
        '[info]: #0 Connection opened to Elasticsearch cluster => {:host=>"elasticsearch-master", :port=>9200, '
        ':scheme=>"http"}\n[warn]: #0 Could not communicate to Elasticsearch, resetting connection and trying again. '
        "getaddrinfo: Name or service not known (SocketError)",
        {("elasticsearch-master", "nxdomain", False)},
    ),
    (
        "ruby-bundler-could-not-reach-host",
        "https://github.com/vmg/redcarpet/issues/587",
        'When running bundle install, I get the error:\n"Could not reach host index.rubygems.org"',
        {("index.rubygems.org", "other", False)},
    ),
    (
        "ruby-bundler-could-not-reach-host-sentence-dot",
        "https://github.com/rubygems/bundler/issues/4588",
        "Unable to reproduce -- `Could not reach host cvms1187.nwie.net. Check your network connection and try again.`",
        {("cvms1187.nwie.net", "other", False)},
    ),
    (
        "wget-query-value-as-printed",
        "https://github.com/meta-llama/llama/issues/1090",
        "wget: unable to resolve host address '=1418351668788372' when i run the download.sh.",
        {("=1418351668788372", "nxdomain", False)},
    ),
    (
        "python-urllib3-name-resolution-error-cut",
        "https://github.com/openzim/zimfarm/issues/968",
        "```\n urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='archive.org', port=443): "
        "Max retries exceeded with url: /download/stackexchange//drupal.stackexchange.com.7z (Cause"
        'd by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f95583fb1d0>: F'
        "ail\n```",
        {("archive.org", "other", False)},
    ),
    (
        "python-urllib3-host-false-as-printed",
        "https://github.com/ppodgorsek/docker-robot-framework/issues/370",
        "Login_with_invalid_credentials | FAIL | Parent suite setup failed: MaxRetryError: HTTPConn"
        "ectionPool(host='false', port=80): Max retries exceeded with url: /session (Caused by NewC"
        "onnectionError('<urllib3.connection.HTTPConnection object at 0x7f83c3948e20>: Failed to es"
        "tablish a new connection: [Errno -2] Name does not resolve'))",
        {("false", "nxdomain", False)},
    ),
    (
        "java-elasticsearch-logger-field-not-a-name",
        "https://github.com/elastic/elasticsearch/issues/12925",
        "[2015-08-17 16:39:08,434][WARN ][common.network           ] failed to resolve local host, "
        "fallback to loopback\njava.net.UnknownHostException: Search: Search: unknown error\n\tat java"
        ".net.InetAddress.getLocalHost(InetAddress.java:1505)",
        {("search", "other", False)},
    ),
    (
        "unbound-maximum-sends-after-query-lines",
        "https://github.com/origamiofficial/docker-pihole-unbound/issues/18",
        "2024-01-13T19:14:43.358713355Z [1705173283] unbound[246:2] info: iterator operate: query o"
        "wen.ns.cloudflare.com. AAAA IN\n\n2024-01-13T19:14:43.358727410Z [1705173283] unbound[246:2]"
        " info: processQueryTargets: owen.ns.cloudflare.com. AAAA IN\n\n2024-01-13T19:14:43.358741539"
        "Z [1705173283] unbound[246:2] debug: request has exceeded the maximum number of sends with"
        " 33\n\n2024-01-13T19:14:43.358755854Z [1705173283] unbound[246:2] debug: return error respon"
        "se SERVFAIL",
        {("owen.ns.cloudflare.com", "servfail", False)},
    ),
    (
        "python-amqp-sarracenia-broker-hostname-kind-from-gaierror-below",
        "https://github.com/MetPX/sarracenia/issues/355",
        "OSError: failed to resolve broker hostname\n2021-12-30 10:56:53,502 [ERROR] sarracenia.moth"
        ".amqp __getSetup AMQP getSetup failed to dd.weather.gc.ca with failed to resolve broker ho"
        "stname\n2021-12-30 10:56:53,502 [ERROR] sarracenia.moth.amqp __getSetup Exception details: "
        '\nTraceback (most recent call last):\n  File "/home/rolf/.local/lib/python3.8/site-packages/'
        'amqp/transport.py", line 172, in _connect\n    entries = socket.getaddrinfo(\n  File "/usr/l'
        'ib/python3.8/socket.py", line 918, in getaddrinfo\n    for res in _socket.getaddrinfo(host,'
        " port, family, type, proto, flags):\nsocket.gaierror: [Errno -2] Name or service not known",
        {("dd.weather.gc.ca", "nxdomain", False)},
    ),
)


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_K, ids=[e[0] for e in EXAMPLES_HELDOUT_K])
def test_heldout_k_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_K_RULES, (e[2] for e in EXAMPLES_HELDOUT_K)) == set()


PDO = "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Name does not resolve (SQL: select 1)"

LOOK_ALIKES: tuple[tuple[str, str], ...] = (
    # the setting named in prose, but with a word, not a name: no guess
    ("prose-host-is-a-word", f"my DB_HOST is correct, I checked\n{PDO}"),
    ("prose-host-is-set", f"DB_HOST is set in .env\n{PDO}"),
    # nc's error with no nc command above, or with one aimed at an IP address
    ("nc-no-command", "nc: getaddrinfo: Name or service not known"),
    ("nc-command-to-an-ip", "nc -z 10.0.0.7 3306\nnc: getaddrinfo: Name or service not known"),
    # bundler's message cut before the host
    ("bundler-no-host", "Could not reach host. Check your network connection and try again."),
    # dnu's failure with no request line above
    ("mono-no-request-above", "Warning: FindPackagesById: Microsoft.Aspnet.Mvc\nError: NameResolutionFailure"),
    # a `[host] => h` dump in another block of the paste (past a blank line)
    ("print-r-host-in-another-block", "    [host] => a.example.org\n\n    [reason] => [Errno -3] Temporary failure in"),
    # Elasticsearch's logger field alone: no name
    ("logger-field-alone", "[2015-08-17 16:39:08,434][WARN ][common.network           ] failed to resolve local host"),
    # unbound's maximum sends with no query line above
    ("unbound-sends-no-query", "unbound[246:2] debug: request has exceeded the maximum number of sends with 33"),
)


@pytest.mark.parametrize(("case", "text"), LOOK_ALIKES, ids=[c for c, _ in LOOK_ALIKES])
def test_look_alikes_yield_nothing(case: str, text: str) -> None:
    assert parse_failures(text) == [], case


def test_amqp_broker_hostname_without_the_gaierror_states_no_reason() -> None:
    text = "AMQP getSetup failed to mq.acme.io with failed to resolve broker hostname"
    assert triples(text) == [("mq.acme.io", "other", False)]


def test_a_setting_in_prose_is_still_read_at_its_usual_shapes() -> None:
    assert triples(f"DB_HOST=mysql\n{PDO}") == [("mysql", "nxdomain", False)]
    assert triples(f"I set DB_HOST is db-1.local\n{PDO}") == [("db-1.local", "nxdomain", False)]


def test_ordinary_names_are_read_once_by_their_own_rules() -> None:
    # wget's ordinary quoted name: read by its usual rule, not again as printed
    assert [f.host for f in parse_failures("wget: unable to resolve host address 'ftp.gnu.org'")] == ["ftp.gnu.org"]
    # urllib3 with its reason: the usual rule's kind, not `other`
    text = (
        "HTTPSConnectionPool(host='archive.org', port=443): Max retries exceeded with url: /x (Caused by "
        "NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to resolve 'archive.org' "
        '([Errno -2] Name or service not known)"))'
    )
    assert triples(text) == [("archive.org", "nxdomain", False)]
    # ssh's full text: one failure, nxdomain
    text = "ssh: Could not resolve hostname a.example.net: nodename nor servname provided, or not known"
    assert triples(text) == [("a.example.net", "nxdomain", False)]


def test_a_number_is_a_name_only_in_the_formats_own_slot() -> None:
    assert generic_only("lookup failed on port 3000: no such host") == []
    assert clean_host("=1418351668788372", exact=True) == "=1418351668788372"
    assert clean_host("=1418351668788372") is None
    assert clean_host("=a=b", exact=True) is None
    # no Service from a name that cannot be one
    assert service_and_namespace("3000") == (None, None)
    assert service_and_namespace("=1418351668788372") == (None, None)
    assert service_and_namespace("mysql") == ("mysql", None)


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("30-disableTLS.redact", True),
        ("BLABLA", True),
        ("db.redacted", True),
        # look-alikes: a real domain with such a word before its top-level label, a real name starting with it
        ("redact.dev", False),
        ("blablacar.com", False),
        ("blabla.example-shop.de", False),
    ],
)
def test_stand_ins(raw: str, masked: bool) -> None:
    assert is_placeholder(raw) is masked, raw


# --- the generic rule, widened by a cause that recurs across the spent sets (12c, 12d, K) -----------------------------


@pytest.mark.parametrize(
    ("case", "text", "want"),
    [
        # collected-12c's static curl: a bare dotted name, then a host-less `Could not resolve host`
        ("curl-bare-name", "curl www.baidu.com \nCould not resolve host", [("www.baidu.com", "nxdomain")]),
        (
            "curl-url-after-flags",
            "$ curl -sS -v https://api.acme.io/v1/x\nName or service not known",
            [("api.acme.io", "nxdomain")],
        ),
        (
            "git-clone-url",
            "git clone https://git.acme.io/a/b.git\nTemporary failure in name resolution",
            [("git.acme.io", "temporary")],
        ),
        (
            "ssh-user-at-host-after-key",
            "$ ssh -i key.pem deploy@bastion-1\nName or service not known",
            [("bastion-1", "nxdomain")],
        ),
        (
            "psql-host-flag",
            "psql -U app -h db.internal appdb\nName or service not known",
            [("db.internal", "nxdomain")],
        ),
    ],
)
def test_a_client_command_names_the_host_of_a_host_less_error(
    case: str, text: str, want: list[tuple[str, str]]
) -> None:
    assert [(f.host, f.kind) for f in generic_only(text)] == want, case


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # a sentence about curl, not a command
        ("curl-in-prose", "I ran curl again and got\nName or service not known"),
        # `curl word`: no scheme, no dot
        ("curl-bare-word", "curl something\nName or service not known"),
        # a command in another block of the paste
        ("command-past-a-blank-line", "ssh deploy@bastion-1\n\nName or service not known"),
        # a command against an IP address names nothing
        ("ssh-to-an-ip", "ssh root@10.0.0.5\nName or service not known"),
        ("psql-to-an-ip", "psql -h 10.0.0.5 -U app\nName or service not known"),
    ],
)
def test_client_command_look_alikes_name_nothing(case: str, text: str) -> None:
    assert generic_only(text) == [], case
