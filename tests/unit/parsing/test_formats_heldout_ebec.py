"""Formats held-out EB and EC showed (issue #17, spent: the replication measured at 00:25 UTC 2026-12-05, then read):
each test names the runtime and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import found


def test_libpq_quoted_name_is_read_as_printed_even_a_word() -> None:
    # Python's None handed to libpq as the host: the name it looked up, as printed (LABELS.md; sets label `null`,
    # `undefined`, `none` so)
    text = (
        'unit-postgresql-0: ERROR Failed to list PostgreSQL database users: could not translate host name "None" to '
        "address: Temporary failure in name resolution"
    )
    assert found(text) == {("none", "temporary")}
    assert found('could not translate host name "db" to address: Name or service not known') == {("db", "nxdomain")}


def test_busybox_nc_between_a_wait_loops_own_lines() -> None:
    text = (
        "Connecting to mysql:3306\n"
        "nc: getaddrinfo: Name does not resolve\n"
        "Waiting for mysql:3306...\n"
        "nc: getaddrinfo: Name does not resolve\n"
    )
    assert found(text) == {("mysql", "nxdomain")}
    below_only = "nc: getaddrinfo: Try again\nWaiting for redis:6379..."
    assert found(below_only) == {("redis", "temporary")}
    # a wait loop that reached its host and then failed otherwise names no failed look-up
    refused = "Connecting to mysql:3306\nnc: connect to mysql port 3306 (tcp) failed: Connection refused\n"
    assert parse_failures(refused) == []
