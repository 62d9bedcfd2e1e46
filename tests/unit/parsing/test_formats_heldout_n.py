"""What the fourteenth held-out set missed (HELDOUT-n.md): IP addresses in their formats' own name slots (a reverse
lookup's address, an `ip:port` handed to the resolver, Go's quoted name), a host-less failure under a line that
announced the lookup (announced.py), a name between CJK letters (generic_cjk.py), and the formats held-out N's round
added (Lettuce's `<unresolved>`, npm's ENOENT, wget's stated reason above; now in sql_clients, dns_tool_forms,
jvm_clients, go_lookups and node_getaddrinfo). Each example (runtime and format in its id) yields its
failure, the look-alikes yield nothing or the real name, every new rule fires."""

from __future__ import annotations

import pytest

from tests.unit.parsing.rounds import named_rules, triples, unfired
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

# held-out N's rules, now in the modules named by what they read
HELDOUT_N_RULES = named_rules(
    "dnsproxy-failed-to-exchange",
    "mongo-java-socket-ip",
    "go-lookup-quoted",
    "lettuce-unresolved",
    "npm-getaddrinfo-enoent",
)

_GAIERROR = (
    "WARNING elasticsearch POST http://search:9200/_bulk?refresh=true [status:N/A request:0.002s] [PID:59:MainThread]\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.6/site-packages/urllib3/connection.py", line 141, in _new_conn\n'
    "    (self.host, self.port), self.timeout, **extra_kw)\n"
    '  File "/usr/local/lib/python3.6/site-packages/urllib3/util/connection.py", line 60, in create_connection\n'
    "    for res in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):\n"
    '  File "/usr/local/lib/python3.6/socket.py", line 745, in getaddrinfo\n'
    "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
    "socket.gaierror: [Errno -2] Name or service not known"
)

# (id: runtime and format, source, text, {(host, kind, redacted)}); the first of each from the spent set's rows, the
# siblings in the runtime's own wording
EXAMPLES_HELDOUT_N: tuple[tuple[str, str, str, set[tuple[str, str, bool]]], ...] = (
    (
        "mysqld-ip-address-could-not-be-resolved",
        "https://github.com/CachetHQ/Docker/issues/8",
        "mysql_1  | 2015-07-22 12:27:25 1 [Warning] IP address '172.17.0.11' could not be resolved: Name or service "
        "not known",
        set(),  # a reverse look-up: no failure by LABELS.md (this set, labelled before it, says nxdomain; since HN-HU)
    ),
    (
        "mysqld-ip-address-temporary",
        "https://github.com/mysql/mysql-server/blob/8.0/sql/hostname.cc",
        "[Warning] [MY-010055] [Server] IP address '10.244.1.7' could not be resolved: Temporary failure in name "
        "resolution",
        set(),  # as above
    ),
    (
        "go-dnsproxy-ptr-exchange-timeout",
        "https://github.com/AdguardTeam/AdGuardHome/issues/6490",
        "2024/01/24 10:34:35.773790 [error] dnsproxy: upstream 172.30.32.3:53 failed to exchange "
        ";47.110.30.10.in-addr.arpa.\tIN\t PTR in 2.00135273s: exchanging with 172.30.32.3:53 over udp: read udp "
        "172.30.32.1:56704->172.30.32.3:53: i/o timeout",
        set(),  # a reverse look-up: no failure by LABELS.md (this set, labelled before it, says timeout)
    ),
    (
        "node-ioredis-enotfound-ip-port",
        "https://github.com/redis/ioredis/issues/1333",
        "< [ioredis] Unhandled error event: Error: getaddrinfo ENOTFOUND 127.0.0.1:6379\n"
        "<     at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:60:26)",
        {("127.0.0.1", "nxdomain", False)},
    ),
    (
        "node-eai-again-ip-port",
        "https://github.com/nodejs/node/blob/main/lib/internal/errors.js",
        "Error: getaddrinfo EAI_AGAIN 10.0.0.5:5432",
        {("10.0.0.5", "temporary", False)},
    ),
    (
        "mysql-client-2005-ip-port-no-code",
        "https://github.com/MariaDB/mariadb-docker/issues/240",
        "> ERROR 2005 (HY000): Unknown MySQL server host '127.0.0.1:8003'",
        {("127.0.0.1", "other", False)},
    ),
    (
        "mysql-client-2005-ip-port-eai-noname",
        "https://github.com/mysql/mysql-server/blob/8.0/include/errmsg.h",
        "ERROR 2005 (HY000): Unknown MySQL server host '10.1.2.3:3306' (-2)",
        {("10.1.2.3", "nxdomain", False)},
    ),
    (
        "java-mongodb-socket-exception-ip-unknown-error",
        "https://github.com/extentreports/extentx/issues/84",
        "INFO: Exception in monitor thread while connecting to server 10.10.4.37:27017\n"
        "com.mongodb.MongoSocketException: 10.10.4.37: unknown error\n"
        "\tat com.mongodb.ServerAddress.getSocketAddress(ServerAddress.java:188)",
        {("10.10.4.37", "other", False)},
    ),
    (
        "go-lookup-quoted-ip-no-such-host",
        "https://github.com/appleboy/ssh-action/issues/250",
        "2023/05/16 01:[34](https://github.com/lukewyman/bastions-tunnels-and-keys/actions/runs/4986881720/jobs/"
        '8928113920#step:12:35):44 dial tcp: lookup "54.218.162.46": no such host',
        {('"54.218.162.46"', "nxdomain", False)},
    ),
    (
        "java-lettuce-unresolved-masked",
        "https://github.com/spring-projects/spring-boot/issues/24157",
        "org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis; nested exception "
        "is io.lettuce.core.RedisConnectionException: Unable to connect to xxx/<unresolved>:6379",
        {("xxx", "other", True)},  # LABELS.md: Lettuce's `<unresolved>` address is `other` (held-out AP round)
    ),
    (
        "java-lettuce-unresolved-service",
        "https://github.com/lettuce-io/lettuce-core/wiki/Connection-Events",
        "io.lettuce.core.RedisConnectionException: Unable to connect to redis-master.cache/<unresolved>:6379",
        {("redis-master.cache", "other", False)},
    ),
    (
        "node-npm-getaddrinfo-enoent",
        "https://github.com/npm/npm/issues/21173",
        "npm WARN registry Unexpected warning for https://registry.npmjs.org/: Miscellaneous Warning ENOENT: "
        "request to https://registry.npmjs.org/typescript failed, reason: getaddrinfo ENOENT registry.npmjs.org:443",
        {("registry.npmjs.org", "other", False)},
    ),
    (
        "wget-buildkit-failed-reason-above",
        "https://github.com/ddev/ddev/issues/4319",
        "#14 0.487 --2022-10-21 04:32:02--  https://github.com/wkhtmltopdf/wkhtmltopdf/releases/download/x.deb\n"
        "failed: Temporary failure in name resolution.\n"
        "#14 12.79 wget: unable to resolve host address \u2018github.com\u2019",
        {("github.com", "temporary", False)},
    ),
    (
        "python-elasticsearch-request-line-above-gaierror",
        "https://github.com/saleor/saleor/issues/3335",
        _GAIERROR,
        {("search", "nxdomain", False)},
    ),
    (
        "docker-dockerd-querying-ext-dns-above-timeout",
        "https://github.com/moby/moby/issues/20335",
        'time="2016-03-10T07:16:29.815737752Z" level=debug msg="Querying ext dns udp:180.168.255.118 for yzapi.[28]"\n'
        'time="2016-03-10T07:16:31.816573929Z" level=error msg="external resolution failed, read udp '
        '10.0.2.15:42432->180.168.255.118:53: i/o timeout"',
        {("yzapi", "timeout", False)},
    ),
    (
        "go-istio-attempting-to-lookup-address-above",
        "https://github.com/istio/old_issues_repo/issues/2336",
        "I0125 09:27:04.561422       1 resolve.go:35] Attempting to lookup address: istio-mixer.istio-system\n"
        "I0125 09:27:19.561579       1 resolve.go:42] Finished lookup of address: istio-mixer.istio-system\n"
        "Error: lookup failed for udp address: i/o timeout",
        {("istio-mixer.istio-system", "timeout", False)},
    ),
    (
        "dotnet-newlife-redis-zh-cjk-bound-name",
        "https://github.com/NewLifeX/NewLife.Redis/issues/110",
        "System.AggregateException: One or more errors occurred. (\u89e3\u6790\u4e3b\u673aredis-replicas-0.\u7684\u5730"
        "\u5740\u5931\u8d25\uff01Name does not resolve)",
        {("redis-replicas-0", "nxdomain", False)},
    ),
)


@pytest.mark.parametrize(("case", "source", "text", "want"), EXAMPLES_HELDOUT_N, ids=[e[0] for e in EXAMPLES_HELDOUT_N])
def test_heldout_n_format(case: str, source: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, (case, source)


def test_every_new_rule_fires() -> None:
    assert unfired(HELDOUT_N_RULES, (e[2] for e in EXAMPLES_HELDOUT_N)) == set()


# --- guards on look-alikes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "dial tcp 1.2.3.4:443: i/o timeout",  # a connect to an address: no lookup
        "Get https://10.0.0.1:6443/api: dial tcp 10.0.0.1:6443: i/o timeout",
        "Error: connect ECONNREFUSED 127.0.0.1:6379",  # ioredis' refused connect, not a lookup
        "getaddrinfo ENOTFOUND 127.0.0.1",  # no `:port`: getaddrinfo resolves a bare literal; not this format
        "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)",
        "com.mongodb.MongoSocketException: 10.10.4.37: Connection refused",  # a connect, not a lookup
        "Unable to connect to 10.0.0.3:6379",  # Lettuce's resolved address: no `<unresolved>`
        "npm ERR! enoent ENOENT: no such file or directory, open '/app/package.json'",
    ],
)
def test_ip_and_connect_look_alikes_report_nothing(text: str) -> None:
    assert triples(text) == []


def test_mysqld_reverse_lookup_with_a_name_is_not_this_format() -> None:
    # the mysqld format holds an address; a name there is not read by it (and `resolved` is never a name)
    assert [t for t in triples("IP address 'resolved' could not be resolved: Name or service not known")] == []


def test_resolved_of_could_not_be_resolved_is_never_a_name() -> None:
    # the participle is guarded where it stands (generic_lookalikes.unless_participle), not the word everywhere: a
    # container named `resolved` is still read (test_lookalikes.py)
    text = "2015-07-22 12:27:25 1 [Warning] IP address '172.17.0.11' could not be resolved: Name or service not known"
    assert [t for t in triples(text) if t[0] == "resolved"] == []


def test_quotes_are_kept_only_where_go_looked_them_up() -> None:
    # ncat's `Could not resolve hostname "h"` quotes the name it was given: the name is without them
    assert triples('Ncat: Could not resolve hostname "a.example.com": Name or service not known. QUITTING.') == [
        ("a.example.com", "nxdomain", False)
    ]
    assert triples('lookup "": no such host') == []


def test_go_quoted_lookup_that_succeeded_reports_nothing() -> None:
    assert triples('lookup "db.svc": connection refused') == []


def test_dnsproxy_exchange_refused_connect_reads_refused_kind_only_from_its_reason() -> None:
    text = (
        "dnsproxy: upstream 1.1.1.1:53 failed to exchange ;example.org.\tIN\t A in 1.2s: read udp x: connection refused"
    )
    assert triples(text) == [("example.org", "refused", False)]


def test_wget_failed_line_two_lines_up_does_not_give_the_kind() -> None:
    text = "failed: Temporary failure in name resolution.\nsomething else\nwget: unable to resolve host address 'a.io'"
    assert triples(text) == [("a.io", "nxdomain", False)]


def test_wget_failed_above_that_is_not_a_resolver_reason_keeps_the_convention() -> None:
    text = "failed: Connection refused.\nwget: unable to resolve host address 'a.io'"
    assert triples(text) == [("a.io", "nxdomain", False)]


# --- announced lookups: guards ------------------------------------------------------------------------------------


def test_announcement_across_a_blank_line_is_another_message() -> None:
    text = "Attempting to lookup address: mixer.istio-system\n\nError: lookup failed for udp address: i/o timeout"
    assert triples(text) == []


def test_announcement_too_far_above_is_not_taken() -> None:
    text = "Attempting to lookup address: mixer.istio-system\n" + "log line\n" * 12 + "socket.gaierror: [Errno -2] x"
    assert [t for t in triples(text) if t[0] == "mixer.istio-system"] == []


def test_a_mentioned_name_is_not_an_announcement() -> None:
    text = "connected to mixer.istio-system fine\nError: lookup failed for udp address: i/o timeout"
    assert [t for t in triples(text) if t[0] == "mixer.istio-system"] == []


def test_undotted_announced_name_needs_its_slot() -> None:
    # `resolving dependencies` is no announcement of a host
    text = "Resolving dependencies\nsocket.gaierror: [Errno -2] Name or service not known"
    assert triples(text) == []


def test_request_line_without_port_needs_a_dotted_name() -> None:
    # (a URL on the 4 lines right above is the generic rule's own, older reading; this one is further up)
    text = "POST http://search/_bulk\n" + "  frame\n" * 6 + "socket.gaierror: [Errno -2] Name or service not known"
    assert triples(text) == []


def test_nearest_announcement_wins() -> None:
    text = (
        "Attempting to lookup address: a.istio-system\nAttempting to lookup address: b.istio-system\n"
        "Error: lookup failed for udp address: i/o timeout"
    )
    assert triples(text) == [("b.istio-system", "timeout", False)]


# --- CJK-bound names: guards --------------------------------------------------------------------------------------


def test_cjk_letters_around_an_unnamed_word_do_not_make_it_a_host() -> None:
    # no CJK word for host before it, no dot: a word between CJK letters is not a name
    assert triples("\u9519\u8bef\u4fe1\u606fredis\u7684\u4fe1\u606f Name does not resolve") == []


def test_dotted_name_after_cjk_host_word_is_read() -> None:
    text = "\u89e3\u6790\u4e3b\u673adb.svc.cluster.local\u5931\u8d25: Name or service not known"
    assert triples(text) == [("db.svc.cluster.local", "nxdomain", False)]


# --- hostile pastes: the start of each new format with nothing valid after it, repeated on one 1 MB line, and the
# announced lookup's lines repeated as a 1 MB log -------------------------------------------------------------------

NEAR_MATCHES = (
    "IP address '1.1.1.1' could not be resolved: ",
    "failed to exchange ;a. IN A in 1s: ",
    "getaddrinfo ENOTFOUND 1.1.1.1:1",
    "Unknown MySQL server host '1.1.1.1:1' (",
    "MongoSocketException: 1.1.1.1: ",
    'lookup "a": ',
    "Unable to connect to a/<unresolved>:1",
    "getaddrinfo ENOENT a:1",
    "failed: Temporary failure in name resolution. unable to resolve host address 'a'",
    "\u89e3\u6790\u4e3b\u673aa.\u7684 Name does not resolve ",
    "Attempting to lookup address: a.b\nError: lookup failed for udp address: i/o timeout\n",
    "Querying ext dns udp:1 for a.[1]\nsocket.gaierror: [Errno -2] Name or service not known\n",
)


@pytest.mark.parametrize("piece", NEAR_MATCHES)
def test_a_hostile_megabyte_of_near_matches_parses_quickly(piece: str) -> None:
    text = megabyte_of(piece)
    elapsed = best_of(3, lambda: triples(text))
    assert elapsed < GUARD, f"{piece!r}: {elapsed:.3f} s"


# --- survey 5's misreadings read right (test_survey5.py): guards on look-alikes -----------------------------------

_BB = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n"


def test_busybox_search_path_nxdomains_with_no_answer_are_failures() -> None:
    text = "/ # nslookup nginx\n" + _BB + "** server can't find nginx.svc.cluster.local: NXDOMAIN\n\n"
    # LABELS.md (`host`, set BD): the name the command asked, not the search-path expansion busybox printed
    assert triples(text) == [("nginx", "nxdomain", False)]


def test_busybox_answer_of_another_run_does_not_excuse_an_nxdomain() -> None:
    text = (
        "/ # nslookup nginx.prod\n" + _BB + "** server can't find nginx.prod: NXDOMAIN\n\n"
        "/ # nslookup nginx\n" + _BB + "Name:\tnginx.default.svc.cluster.local\nAddress: 10.96.12.34\n"
    )
    assert triples(text) == [("nginx.prod", "nxdomain", False)]


def test_busybox_answer_for_another_first_label_does_not_excuse_an_nxdomain() -> None:
    text = (
        "/ # nslookup redis\n" + _BB + "** server can't find redis.svc.cluster.local: NXDOMAIN\n\n"
        "Name:\tnginx.default.svc.cluster.local\nAddress: 10.96.12.34\n"
    )
    assert triples(text) == [("redis", "nxdomain", False)]  # LABELS.md: the name asked


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("curl: (6) Could not resolve host: nginx (Some text c-ares never prints)", [("nginx", "nxdomain", False)]),
        ("curl: (6) Could not resolve host: nginx; Connection refused", [("nginx", "nxdomain", False)]),
        ("curl: (6) Could not resolve host: nginx", [("nginx", "nxdomain", False)]),
    ],
)
def test_curl_reason_it_does_not_know_keeps_the_formats_nxdomain(text: str, want: list[tuple[str, str, bool]]) -> None:
    assert triples(text) == want


def test_resolvectl_rcode_it_does_not_know_keeps_apts_reading() -> None:
    text = "Could not resolve 'h.example.com', server or network returned error FORMERR"
    assert triples(text) == [("h.example.com", "nxdomain", False)]


def test_busybox_refused_send_far_above_no_servers_is_not_its_kind() -> None:
    text = (
        "nslookup: read: Connection refused\n" + "x\n" * 12 + "/ # nslookup api.example.com\n"
        ";; connection timed out; no servers could be reached\n"
    )
    assert triples(text) == [("api.example.com", "timeout", False)]
