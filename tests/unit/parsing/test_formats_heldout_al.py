"""Formats and wrappings held-out AL and AM brought (HELDOUT-al.md), each read by a rule for its form."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.cut_phrases import rejoin_cut_phrases


def triples(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Go's message wrapped by a comment box inside its reason, under Markdown quote marks
        (
            '> unexpected error unable to lookup hostname\n> "db.corp.local.": lookup db.corp.local.: Temporary failure'
            " in\n> name resolution",
            ("db.corp.local", "temporary", False),
        ),
        # Kong's reason cut between `dns server` and `error: 2 server failure`
        (
            "[error] 1110#0: *7798 [lua] init.lua:310: execute(): DNS resolution failed: dns server\n error: 2 server"
            ' failure. Tried: ["(short)api.shop:(na) - cache-miss"]',
            ("api.shop", "servfail", False),
        ),
        # mount.nfs's glibc text cut between `Name or` and `service not known`
        (
            "mount.nfs: Failed to resolve server nfs-0.storage: Name or\nservice not known",
            ("nfs-0.storage", "nxdomain", False),
        ),
        # a shell-style continuation
        (
            "Build error: ci.build.dev: Cannot download file: \\\n  [Errno -3] Temporary failure in name resolution",
            ("ci.build.dev", "temporary", False),
        ),
        # APISIX's line cut after `for` and after `server`
        (
            "[error] 37#37: *14632 [lua] init.lua:167: parse_domain(): failed to parse domain for\napi.shop.io, error:"
            "failed to query the DNS server: failed to receive reply from UDP server\n127.0.0.11:53: timeout, client:"
            " 172.21.0.1",
            ("api.shop.io", "timeout", False),
        ),
    ],
    ids=["go-quoted-wrap", "kong-wrap", "mount-nfs-wrap", "continuation", "apisix-wrap"],
)
def test_a_resolver_message_cut_at_any_width_reads_as_one(text: str, want: tuple[str, str, bool]) -> None:
    assert triples(text) == {want}


@pytest.mark.parametrize(
    ("last", "nxt"),
    [
        ("Waiting for the node", "server misbehaving is what it said"),  # `node` + `server misbehaving`: no phrase cut
        ("Retrying in 5s for", "39.45 seconds more"),  # a number, not a name, after `for`
        ("the name or", "the address"),
    ],
)
def test_lines_that_only_look_cut_stay_apart(last: str, nxt: str) -> None:
    assert rejoin_cut_phrases(f"{last}\n{nxt}") == f"{last}\n{nxt}"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # redis-py's message cut after the address: the getaddrinfo code says how
        ("Error: Error -3 connecting to redis-cache:6379", ("redis-cache", "temporary", False)),
        ("Error -2 connecting to redis-0.redis:6379", ("redis-0.redis", "nxdomain", False)),
        # busybox nc's `bad address` without quotes
        (
            "`nc: bad address kube-dns.kube-system.svc.cluster.local`",
            ("kube-dns.kube-system.svc.cluster.local", "nxdomain", False),
        ),
        # ZooKeeper's bind above Java's `Unresolved address`
        (
            "2020-10-06 11:04:08,974 [myid:1] - ERROR [QuorumPeer[myid=1](plain=0.0.0.0:2181)(secure=disabled):"
            "Leader@318] - Couldn't bind to zk-3-0.zk-3-headless.default.svc.cluster.local:2888\n"
            "java.net.SocketException: Unresolved address",
            ("zk-3-0.zk-3-headless.default.svc.cluster.local", "other", False),
        ),
        # cert-manager relaying boulder's `networking error`
        (
            'err="acme: authorization error for a.shop.io: 400 urn:ietf:params:acme:error:dns: DNS problem: networking'
            ' error looking up CAA for shop.io"',
            ("shop.io", "other", False),
        ),
        # urllib3's connection line above the traceback of its gaierror
        (
            "Starting new HTTPS connection (1): pypi.org:443\nCan't get latest version\nTraceback (most recent call"
            ' last):\n  File "/usr/lib/python3/urllib3/connection.py", line 174, in _new_conn\n    conn = connection.'
            'create_connection(\n  File "/usr/lib/python3.10/socket.py", line 955, in getaddrinfo\n    for res in '
            "_socket.getaddrinfo(host, port, family, type, proto, flags):\nsocket.gaierror: [Errno -3] Temporary"
            " failure in name resolution",
            ("pypi.org", "temporary", False),
        ),
        # the word `hostname` where the name stands: LABELS.md's stand-in
        ("dial tcp: lookup Hostname on 192.168.2.1:53: no such host", ("hostname", "nxdomain", True)),
        # `removed` after a slot word
        (
            "lookup domain_name_removed.com on 127.0.0.11:53: no such host",
            ("domain_name_removed.com", "nxdomain", True),
        ),
    ],
    ids=[
        "redis-py-eai-again",
        "redis-py-eai-noname",
        "nc-unquoted",
        "zookeeper-unresolved",
        "acme-networking",
        "urllib3-across-traceback",
        "hostname-slot",
        "removed-stand-in",
    ],
)
def test_each_format_of_held_out_al_and_am(text: str, want: tuple[str, str, bool]) -> None:
    assert triples(text) == {want}


def test_redis_py_refused_and_prose_hostname_read_nothing() -> None:
    assert triples("Error 111 connecting to redis-cache:6379") == set()
    assert triples("ssh: Could not resolve hostname: Name or service not known") == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ERROR 2018-01-26 16:59:36,654 [shard 0] init - Bad configuration: invalid value in 'seeds': "
            "'scylla-0.scylla.default.svc.cluster.local': std::system_error (error C-Ares:4, Not found)",
            {("scylla-0.scylla.default.svc.cluster.local", "nxdomain", False)},
        ),
        (
            "UnknownEndpoint: Inaccessible host: `screenshots.minio'. This service may not be available in the "
            "`us-east-1' region.",
            {("screenshots.minio", "nxdomain", False)},
        ),
        (
            "`error: Couldn't send data to Graphite:Error: getaddrinfo ENOTFOUND for host:boot2docker port:2003`",
            {("boot2docker", "nxdomain", False)},
        ),
        ("Could not connect to Redis at -p:6379: Name does not resolve", {("-p", "nxdomain", False)}),
        (
            "2021-07-14T19:29:39.297+0000 7fef70d7a700 -1 failed for service _ceph-mon._tcp",
            {("_ceph-mon._tcp", "other", False)},
        ),
        (
            "> no resolver defined to resolve http://varnish.docker.internal:80",
            {("varnish.docker.internal", "other", False)},
        ),
        (
            "npm notice Changelog: <https://github.com/npm/cli/releases/tag/v7.5.6>\nnpm ERR! code EAI_AGAIN\n"
            "npm ERR! errno EAI_AGAIN\nnpm ERR! request to https://registry.npmjs.org/x/-/x-1.0.0.tgz failed, reason: "
            "getaddrinfo EAI_AGAIN registry.npmjs.org",
            {("registry.npmjs.org", "temporary", False)},
        ),
    ],
    ids=[
        "scylla-cares-status",
        "aws-sdk-js",
        "graphite-enotfound-for-host",
        "redis-cli-flag",
        "ceph-srv-stamped",
        "nginx-no-resolver-url",
        "npm-fields",
    ],
)
def test_each_format_of_held_out_an_and_ao(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert triples(text) == want


def test_a_cares_status_that_is_no_lookup_failure_and_a_bare_ceph_service_read_nothing() -> None:
    assert triples("'db.corp.io': std::system_error (error C-Ares:16, Cancelled)") == set()
    assert triples("failed for service _ldap._tcp") == set()
