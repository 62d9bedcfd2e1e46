"""What the fourth held-out set missed (generic_guards.py, stated_placeholders.py, the placeholder
words in hosts.py): each example yields its failure and fields, the look-alikes yield nothing, every new rule fires on
some example, and the placeholder readings keep the labels' exceptions (`example.com`, `host`, `SERVER` are names)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import is_placeholder
from checks.parsing.parser import parse_with
from checks.parsing.rules import RULES
from tests.unit.parsing.examples_heldout_d import EXAMPLES_HELDOUT_D, LOOKALIKES_HELDOUT_D, NEW_RULES
from tests.unit.parsing.rounds import unfired


@pytest.mark.parametrize(
    ("source", "text", "want"),
    [(s, t, w) for _, s, t, w in EXAMPLES_HELDOUT_D],
    ids=[i for i, *_ in EXAMPLES_HELDOUT_D],
)
def test_each_format_yields_the_failure_and_its_fields(source: str, text: str, want: dict[str, Any]) -> None:
    assert source.startswith("https://github.com/")
    found = {f.host: asdict(f) for f in parse_failures(text)}
    assert want["host"] in found, f"{want['host']!r} not found in {text!r}: {sorted(found)}"
    got = found[want["host"]]
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text", [t for _, t in LOOKALIKES_HELDOUT_D])
def test_lookalikes_are_not_dns_failures(text: str) -> None:
    assert parse_failures(text) == []
    assert parse_with(text, specific=False) == []  # nor does the generic rule alone take a name there


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert {r.name for r in RULES} >= set(NEW_RULES)
    assert unfired([r for r in RULES if r.name in NEW_RULES], (e[2] for e in EXAMPLES_HELDOUT_D)) == set()


def test_no_false_names_from_the_reason_or_from_prose() -> None:
    # a keyword that is a word of the reason (`no such host`) does not name the JSON key after it
    line = 'lookup api on 10.0.0.10:53: no such host"\t{"grpc_log": true}'
    assert [f.host for f in parse_with(line, specific=False)] == ["api"]
    # `cannot resolved` is someone's sentence; the quoted word before it is not what failed
    assert parse_failures("the service linked to `kubernetes` cannot resolved") == []
    # a URL's userinfo is not its host
    assert [
        f.host
        for f in parse_with(
            "getaddrinfo: Name or service not known\nredis://s3cret@cache.internal:6379", specific=False
        )
    ] == ["cache.internal"]


@pytest.mark.parametrize(
    ("raw", "placeholder"),
    [
        ("URL", True),
        ("EXTERNALURL", True),
        ("your-host", True),
        ("api.yourserver.io", True),
        ("www.someDomain.com", True),
        # the labels read these as names a program really looked up
        ("host", False),
        ("SERVER", False),
        ("www.example.com", False),
        ("curl", False),
        ("urlshortener.internal", False),
    ],
)
def test_placeholder_words(raw: str, placeholder: bool) -> None:
    assert is_placeholder(raw) is placeholder


def test_a_name_is_a_stand_in_only_where_the_paste_says_so() -> None:
    said = "nginx: host not found in upstream app.example.com\n(app.example.com is just an example)"
    plain = "nginx: host not found in upstream app.example.com"
    assert [(f.host, f.redacted) for f in parse_failures(said)] == [("app.example.com", True)]
    assert [(f.host, f.redacted) for f in parse_failures(plain)] == [("app.example.com", False)]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # a JSON value whose key names no host (`"logger": "authentik.lib.config"`)
        (
            '{"event": "Redis Connection failed, retrying... (Error -3 connecting to redis-authentik:6379. Temporary '
            'failure in name resolution.)", "level": "info", "logger": "authentik.lib.config"}',
            "redis-authentik",
        ),
        # Go's `lookup NAME on SERVER:` names what it looked up, even a word
        (
            "Get http://domain:9222/probe?target=watchub.pw: dial tcp: lookup domain on 127.0.0.11:53: no such host",
            "domain",
        ),
        # a quoted class name is not a host
        (
            "exception 'Zend_Http_Client_Adapter_Exception' with message 'Unable to Connect to "
            "ssl://www.google.com:443. Error #0: php_network_getaddresses: getaddrinfo failed: Temporary failure in "
            "name resolution'",
            "www.google.com",
        ),
    ],
)
def test_the_generic_rule_alone_takes_the_name_not_a_word_near_it(text: str, host: str) -> None:
    assert [f.host for f in parse_with(text, specific=False)] == [host]


def test_a_word_of_the_reason_is_not_the_name() -> None:
    # macOS's wording of the reason: `provided` is a word of it, not the (here empty) name
    text = "ssh: Could not resolve hostname : hostname nor servname provided, or not known"
    assert parse_with(text, specific=False) == []


@pytest.mark.parametrize(
    ("text", "host", "kind"),
    [
        # reasons in any runtime's wrapper, the name right after them or quoted or `h:port` next to them
        ("Caused by: java.net.UnknownHostException: postgres", "postgres", "nxdomain"),
        ("[ioredis] Unhandled error event: Error: getaddrinfo EAI_AGAIN redis", "redis", "temporary"),
        (
            "Exception: The remote name could not be resolved: 'packages.chocolatey.org'",
            "packages.chocolatey.org",
            "nxdomain",
        ),
        (
            "W: Failed to fetch http://deb.debian.org/x  Temporary failure resolving 'deb.debian.org'",
            "deb.debian.org",
            "temporary",
        ),
        ("** (DBConnection.ConnectionError) tcp connect (db:5432): non-existing domain - :nxdomain", "db", "nxdomain"),
        (
            "Unable to connect to the server: dial tcp: lookup api.EKS-Test-Cluster: no such host",
            "api.eks-test-cluster",
            "nxdomain",
        ),
        ("lookup ghcr.io on [::1]:53: read udp [::1]:49751->[::1]:53: read: connection refused", "ghcr.io", "refused"),
        ("pymongo: db-0:27017: [Errno -2] Name or service not known,db-1:27017: [Errno -2] Name", "db-0", "nxdomain"),
    ],
)
def test_the_generic_rule_alone_reads_reasons_in_any_wrapper(text: str, host: str, kind: str) -> None:
    assert [(f.host, f.kind) for f in parse_with(text, specific=False)][:1] == [(host, kind)]


def test_connection_refused_counts_only_on_the_dns_port_not_at_a_time_of_day() -> None:
    nginx = (
        "2020/06/01 08:53:59 [error] 32197#32197: *6552 connect() failed (111: Connection refused) while connecting "
        'to upstream, client: 96.75.63.10, host: "www.yuppiejunk.com"'
    )
    assert parse_with(nginx, specific=False) == []


def test_the_generic_rule_alone_reads_every_name_a_line_lists_with_its_reason() -> None:
    # pymongo's replica set: each member `h:port: <reason>`; the server of Go's `lookup h on SERVER:` is not one, nor
    # is the same name typed over (`**`) after the real one
    members = (
        "ServerSelectionTimeoutError: db-0:27017: [Errno -2] Name or service not known,db-1:27017: [Errno -2] Name or "
        "service not known,db-2:27017: [Errno -3] Temporary failure in name resolution"
    )
    got = [(f.host, f.kind) for f in parse_with(members, specific=False)]
    assert got == [("db-0", "nxdomain"), ("db-1", "nxdomain"), ("db-2", "temporary")]
    server = "dial tcp: lookup api.internal on xxxxxx: no such host"
    assert [f.host for f in parse_with(server, specific=False)] == ["api.internal"]


def test_a_name_after_javas_or_nodes_reason_is_the_name_even_when_it_is_a_word() -> None:
    text = "java.net.UnknownHostException: broker: Temporary failure in name resolution"
    assert [(f.host, f.kind) for f in parse_with(text, specific=False)] == [("broker", "temporary")]
