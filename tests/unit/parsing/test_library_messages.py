"""Held-out Y and Z (issue #17): libraries' and agents' resolver messages (`checks/parsing/rules/library_messages.py`),
ZooKeeper's address without `/<unresolved>`, stand-in names (`fqdn`, `xyz` pieces), busybox's "No answer" with the
answer below it, and an SRV query's base name; each with the look-alikes that must not read as a failure."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import is_placeholder

_H = "nebula-graphd-0.nebula-graphd-svc.nebula.svc.cluster.local"


def _found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host.lower(), f.kind, f.redacted) for f in parse_failures(text)}


# (runtime, format, message as printed, host, kind)
FORMATS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "C++ folly",
        "SocketAddress::getAddrInfo `Failed to resolve address for 'h': <gai_strerror> (error=-2)`",
        f"  what():  Failed to resolve address for '{_H}': Name or service not known (error=-2): Unknown error -2",
        _H,
        "nxdomain",
    ),
    (
        "C++ folly",
        "the same with EAI_AGAIN's text",
        f"  what():  Failed to resolve address for '{_H}': Temporary failure in name resolution (error=-3)",
        _H,
        "temporary",
    ),
    (
        "PHP amphp/dns",
        "NoRecordException `No records returned for 'h' (DNAME)`",
        "Fatal error: Uncaught Amp\\Dns\\NoRecordException: No records returned for 'eventstore' (DNAME) in /a.php",
        "eventstore",
        "nxdomain",
    ),
    (
        "Java Hazelcast Kubernetes discovery",
        "DNS lookup mode `DNS lookup for serviceDns 'h' failed: name not found`",
        '{"message":"[10.37.128.4]:5701 [blocs] [3.12.4] DNS lookup for serviceDns '
        "'blocs-service-dns.svc-example.svc.cluster.local' failed: name not found\"}",
        "blocs-service-dns.svc-example.svc.cluster.local",
        "nxdomain",
    ),
    (
        "Python httplib2",
        "ServerNotFoundError `Unable to find the server at h` (no reason)",
        " Unable to find the server at region.goodrain.me ",
        "region.goodrain.me",
        "other",
    ),
    (
        "Zabbix agent",
        "`cannot resolve [h]` (no reason)",
        "  3893:20200328:115244.239 active check configuration update from [zabbix-proxy:10051] started to fail"
        " (cannot resolve [zabbix-proxy])",
        "zabbix-proxy",
        "other",
    ),
    (
        "busybox nslookup",
        "`nslookup: read: Connection refused` under its command",
        "/ # nslookup -type=a www.google.com 10.96.0.10\nnslookup: read: Connection refused\n",
        "www.google.com",
        "refused",
    ),
    (
        "Java ZooKeeper",
        "StaticHostProvider `Unable to resolve address: h:2181` (no `/<unresolved>`, `|`-separated log)",
        "ERROR | StaticHostProvider | Unable to resolve address: zk-1.zk-headless.default.svc.cluster.local:2181",
        "zk-1.zk-headless.default.svc.cluster.local",
        "other",
    ),
)


@pytest.mark.parametrize(("runtime", "fmt", "text", "host", "kind"), FORMATS, ids=[f[1][:40] for f in FORMATS])
def test_format_yields_its_name_and_kind(runtime: str, fmt: str, text: str, host: str, kind: str) -> None:
    assert (host, kind, False) in _found(text), (runtime, fmt)


LOOKALIKES: tuple[tuple[str, str], ...] = (
    ("a folly address resolved then refused", "Failed to connect to '10.0.0.5:9669': Connection refused"),
    ("amphp's records found", "Resolved 2 records for 'eventstore' (A)"),
    ("Hazelcast's lookup that worked", "DNS lookup for serviceDns 'blocs.svc.cluster.local' returned 3 addresses"),
    ("httplib2 reached its server", "Connected to the server at region.goodrain.me"),
    (
        "Zabbix's connection refused",
        "active check configuration update from [zabbix-proxy:10051] started to fail"
        " (cannot connect to [[zabbix-proxy]:10051]: [111] Connection refused)",
    ),
    # review 3: the same words in other programs' messages
    ("amphp's words about a table", "Query: No records returned for 'users' table"),
    ("amphp's words about an LDAP entry", "No records returned for 'john.smith' in LDAP"),
    ("Zabbix's words about a macro", "Cannot resolve [placeholder] in string value"),
    ("httplib2's words with a port and advice", "Unable to find the server at localhost:8080 - is it running?"),
    ("folly's words about a path", "Failed to resolve address for 'fields.name': invalid path"),
    ("an SRV lookup's words without ceph's line", "lookup for service _http._tcp failed for service _http._tcp"),
    ("nslookup answered", "/ # nslookup www.google.com 10.96.0.10\nName:   www.google.com\nAddress: 142.250.1.1\n"),
    (
        "busybox AAAA No answer then the A answer",
        "/ $ nslookup job.racetrack.svc.cluster.local\nServer:  169.254.25.10\n"
        "Address: 169.254.25.10:53\n\n*** Can't find job.racetrack.svc.cluster.local: No answer\n\n"
        "Name:   job.racetrack.svc.cluster.local\nAddress: 10.233.49.210\n",
    ),
)


@pytest.mark.parametrize(("what", "text"), LOOKALIKES, ids=[w for w, _ in LOOKALIKES])
def test_lookalike_yields_nothing(what: str, text: str) -> None:
    assert parse_failures(text) == [], what


def test_busybox_no_answer_for_another_name_below_still_counts() -> None:
    text = (
        "/ $ nslookup job.racetrack.svc.cluster.local\nServer:  169.254.25.10\nAddress: 169.254.25.10:53\n\n"
        "*** Can't find job.racetrack.svc.cluster.local: No answer\n\nName:   other.racetrack.svc.cluster.local\n"
    )
    assert ("job.racetrack.svc.cluster.local", "nxdomain", False) in _found(text)


def test_srv_base_name_is_the_srv_failure_not_a_second_one() -> None:
    text = (
        "2016-11-06 07:43:10,817 ERROR: Can not resolve SRV for etcd.default.svc.cluster.local\n"
        "dns.resolver.NXDOMAIN: None of DNS query names exist: ['_etcd-server._tcp.etcd.default.svc.cluster.local.',"
        " '_etcd-server._tcp.etcd.default.svc.cluster.local.cluster.local.']\n"
    )
    assert _found(text) == {("_etcd-server._tcp.etcd.default.svc.cluster.local", "nxdomain", False)}


def test_srv_base_name_alone_is_still_reported() -> None:
    text = "2016-11-06 07:43:10,817 ERROR: Can not resolve SRV for etcd.default.svc.cluster.local\n"
    assert {h for h, _, _ in _found(text)} == {"etcd.default.svc.cluster.local"}


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("fqdn", True),
        ("FQDN", True),
        ("xyz-user-test.xyz-xyz.westeurope.azurecontainerapps.io", True),
        ("www.xyz.com", True),
        ("pl.mintyriver.xyz", False),  # the `.xyz` top-level domain
        ("xyzzy-api.default.svc", False),  # `xyz` inside a longer piece
        ("fqdn-resolver.default.svc", False),  # the word as part of a real name
        ("host", False),
        ("server", False),
        ("domain", False),
        ("xxl-job-admin", False),
        ("play.yyy.svc", True),  # a whole label of y's (held-out V)
        ("db.zzzz.rds.amazonaws.com", True),
        ("yyy-api.prod.svc", False),  # only a piece of a label
        ("yyyy.example.org", False),  # a first label: held-out L's guard
        ("buzzz.io", False),
    ],
)
def test_stand_in_words_and_pieces(name: str, masked: bool) -> None:
    assert is_placeholder(name) is masked


def test_go_lookup_of_fqdn_is_flagged_masked() -> None:
    text = 'Get "https://fqdn/api": dial tcp: lookup fqdn on 10.100.0.10:53: no such host.'
    assert _found(text) == {("fqdn", "nxdomain", True)}


_KONG = "2024/01/02 08:34:23 [error] 43#0: *1259407 [lua] init.lua:374: execute(): DNS resolution failed: dns client"


def test_kong_tried_list_on_its_own_lines_with_escaped_quotes() -> None:
    text = (
        f"{_KONG} error: 101 empty record received.\nTried: [\n"
        '    \\"(short)backend.prod.example.net:(na) - cache-miss\\",'
        '\\"backend.prod.example.net.kong.svc.cluster.local:1 - cache-miss/scheduled/try 1\n'
    )
    assert _found(text) == {("backend.prod.example.net", "nxdomain", False)}


def test_kong_error_without_its_tried_list_names_nothing() -> None:
    text = f"{_KONG} error: 101 empty record received.\n2024/01/02 08:34:24 [info] 43#0: upstream backend.prod ok\n"
    assert parse_failures(text) == []


def test_nc_under_a_wait_scripts_host_field() -> None:
    text = (
        "[ INFO ] Verifying database connectivity to host: dsmrdb with port: 5432...\n"
        "nc: getaddrinfo: Name does not resolve\nnc: getaddrinfo: Name does not resolve\n"
    )
    assert _found(text) == {("dsmrdb", "nxdomain", False)}


def test_nc_with_the_host_field_only_below_names_nothing() -> None:
    text = "nc: getaddrinfo: Name does not resolve\n[ INFO ] Verifying database connectivity to host: dsmrdb\n"
    assert parse_failures(text) == []


# names as printed (held-out Y, Z): the format's slot holds the string handed over, reported as such
PRINTED: tuple[tuple[str, str, str, tuple[str, str, bool]], ...] = (
    (
        "Go",
        "`lookup a.b,c: no such host` (a comma inside the name handed over)",
        "dial tcp: lookup demo-volume-0.demo-volume-peer,seaweedfs: no such host",
        ("demo-volume-0.demo-volume-peer,seaweedfs", "nxdomain", False),
    ),
    (
        "grpc-js",
        "`Name resolution failed for target dns:h/path:port` (a proxy endpoint with a path)",
        "14 UNAVAILABLE: Name resolution failed for target dns:zeebe.prod.example.com/gateway:26500",
        ("zeebe.prod.example.com/gateway", "other", False),
    ),
    (
        "grpc-js",
        "the same with a masked host part: flagged",
        "14 UNAVAILABLE: Name resolution failed for target dns:zeebe.xxx.com/gateway:26500",
        ("zeebe.xxx.com/gateway", "other", True),
    ),
    (
        "libpq re-printed by pghero",
        "`could not translate host name <DBURL> to address` (quotes gone, a placeholder)",
        '"could not translate host name <DBURL> to address: Name or service not known"',
        ("<dburl>", "nxdomain", True),
    ),
    (
        "ceph",
        "`failed for service _ceph-mon._tcp` glued to the next event's text",
        "DNS SRV with service name: ceph-mon2024-03-12T12:54:59.928+0000 7f33 -1 failed for service "
        "_ceph-mon._tcpmount error",
        ("_ceph-mon._tcp", "other", False),
    ),
)


@pytest.mark.parametrize(("runtime", "fmt", "text", "want"), PRINTED, ids=[p[1][:40] for p in PRINTED])
def test_name_as_printed(runtime: str, fmt: str, text: str, want: tuple[str, str, bool]) -> None:
    assert _found(text) == {want}, (runtime, fmt)


PRINTED_LOOKALIKES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    # a comma AFTER Go's message is prose, not part of the name
    (
        "Go lookup then a comma in prose",
        "lookup db.prod.svc: no such host, retrying",
        {("db.prod.svc", "nxdomain", False)},
    ),
    # grpc-js's plain target keeps its plain name
    (
        "grpc-js plain target",
        "Name resolution failed for target dns:///api.prod.svc:50051",
        {("api.prod.svc", "other", False)},
    ),
    # libpq's usual quoted form is unchanged
    (
        "libpq quoted",
        'could not translate host name "pg" to address: Name or service not known',
        {("pg", "nxdomain", False)},
    ),
    # ceph's monitor that answered
    ("ceph connected", "monclient: found mon.a at _ceph-mon._tcp.rook-ceph.svc", set()),
)


@pytest.mark.parametrize(("what", "text", "want"), PRINTED_LOOKALIKES, ids=[p[0] for p in PRINTED_LOOKALIKES])
def test_printed_lookalikes(what: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert _found(text) == want, what


def test_cephs_srv_name_names_no_service_or_namespace() -> None:
    text = (
        "unable to get monitor info from DNS SRV with service name: ceph-mon\n"
        "2025-03-12T11:17:50.320+0000 ffff85ce4020 -1 failed for service _ceph-mon._tcp"
    )
    (found,) = parse_failures(text)
    assert (found.host, found.kind, found.service, found.namespace) == ("_ceph-mon._tcp", "other", None, None)
