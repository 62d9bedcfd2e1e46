"""Formats held-out sets BF to BI (issue #17) met that no rule read, each by runtime and format, with the look-alikes
that must stay as they were (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.speed import parses_quickly


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(f.host, f.kind, f.redacted) for f in parse_failures(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # HBase: a ServerName (host, port, start code), not the word `can`
            "org.apache.hadoop.hbase.MasterNotRunningException: java.net.UnknownHostException: can not resolve "
            "hbase-master,16000,1592488743309",
            {("hbase-master", "nxdomain", False)},
        ),
        (  # libpq and mydumper given an option where the host goes: the option as printed
            'psql: error: could not translate host name "-p" to address: Name or service not known',
            {("-p", "nxdomain", False)},
        ),
        (
            "** (mydumper:18): CRITICAL **: Error connecting to database: Unknown MySQL server host '-P' (13)",
            {("-p", "other", False)},
        ),
        (  # lua-resty's balancer
            "[lua] balancer_by_lua:4: failed to lookup address for domain1: no hosts available while connecting to "
            "upstream",
            {("domain1", "other", False)},
        ),
        (
            "same here, https://packages.fluentbit.io/ = ERR_NAME_NOT_RESOLVED",
            {("packages.fluentbit.io", "nxdomain", False)},
        ),
        ('Fatal error: No IPv4 address for "example.com" available', {("example.com", "other", False)}),
        (  # Kong's newer Tried list: the dns client's error in each pair
            "[cosocket] DNS resolution failed: DNS server error: failed to receive reply from UDP server 10.0.0.10:53: "
            'timeout, took 276 ms. Tried: [["psql.example.org:A","DNS server error: failed to receive reply from UDP '
            'server 10.0.0.10:53: timeout, took 276 ms"]]',
            {("psql.example.org", "timeout", False)},
        ),
    ],
)
def test_formats_of_held_out_bf_to_bi(text: str, want: set[tuple[str, str, bool]]) -> None:
    assert found(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "I can not resolve this by myself, any help?",
        "Exception: cannot resolve the conflict",
        "pg_dump: option requires an argument -- 'p'",
    ],
)
def test_their_lookalikes_name_nothing(text: str) -> None:
    assert found(text) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "can not resolve a,1,1234567890123 ",
        "https://a/ = ERR_NAME_NOT_RESOLVED ",
        'Tried: [["a:A","DNS server error: x"]] ',
        "failed to lookup address for a: b ",
        'could not translate host name "-p" to address: x\n',
    ]
)
