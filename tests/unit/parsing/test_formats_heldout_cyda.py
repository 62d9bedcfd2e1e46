"""Formats held-out sets CY, CZ and DA (issue #17) met that no rule read, each by program and format, with the
look-alikes that must stay unread (the sets' own rows are scored in test_heldout.py)."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import reads
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of, parses_quickly

ROUND = [
    (  # Go's *net.DNSError as a JSON viewer copies it: one `Key<TAB>"value"` per line, Err first
        'Err\t"read udp 127.0.0.1:53295->127.0.0.11:53: read: connection refused"\nName\t"registry.corp.test"\n'
        'Server\t"127.0.0.11:53"\nIsTimeout\tfalse\nIsTemporary\tfalse',
        {("registry.corp.test", "refused")},
    ),
    (  # the same printed with %#v
        'err: &net.DNSError{Err:"no such host", Name:"db.corp.test", Server:"10.96.0.10:53", IsTimeout:false, '
        "IsTemporary:false, IsNotFound:true}",
        {("db.corp.test", "nxdomain")},
    ),
    (  # with %+v: IsTimeout says the kind
        "&{Err:i/o timeout Name:db.corp.test Server:10.96.0.10:53 IsTimeout:true IsTemporary:true IsNotFound:false}",
        {("db.corp.test", "timeout")},
    ),
    (  # in a JSON log
        '{"level":"error","error":{"Err":"server misbehaving","Name":"db.corp.test","Server":"10.96.0.10:53",'
        '"IsTimeout":false,"IsTemporary":true,"IsNotFound":false}}',
        {("db.corp.test", "servfail")},
    ),
    (  # an Err with no resolver words: IsNotFound says it, else no reason
        "&{Err:lookup failed Name:db.corp.test Server: IsTimeout:false IsTemporary:false IsNotFound:true}",
        {("db.corp.test", "nxdomain")},
    ),
    (
        "&{Err:lookup failed Name:db.corp.test Server: IsTimeout:false IsTemporary:false IsNotFound:false}",
        {("db.corp.test", "other")},
    ),
    (  # minikube's registry check: curl's host-less timeout, then the URL it was checking
        "stderr:\ncurl: (28) Resolving timed out after 2000 milliseconds\n"
        "W1102 18:49:25.369557   47284 out.go:239] ❗  This container is having trouble accessing "
        "https://registry.corp.test/google_containers",
        {("registry.corp.test", "timeout")},
    ),
]


test_the_rounds_formats_are_read = reads(ROUND, "")


@pytest.mark.parametrize(
    "text",
    [
        '{"Name":"my-app","Server":"prod","IsTimeout":false}',  # the fields without Err: no DNSError
        "This container is having trouble accessing https://registry.corp.test",  # no resolver's text above it
    ],
)
def test_their_look_alikes_name_nothing(text: str) -> None:
    assert parse_failures(text) == []


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Err:a Name:b Server: IsTimeout:false ",
        "IsTimeout:true IsNotFound:true ",
        "Resolving timed out after 1 milliseconds\nThis VM is having trouble accessing https://a\n",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "&{Err:<nil> Name:db.corp.test Server:10.0.0.2:53 IsTimeout:false IsTemporary:false}",
        '{"Err":null,"Name":"web-01.corp.test","Server":"x","IsTimeout":false}',
        '{"Err":"","Name":"worker-3","Server":"scheduler-0","IsTimeout":false}',
        "job{Err: Name:nightly-backup Server:backup01.corp.local IsTimeout:false}",
    ],
)
def test_a_dns_error_shaped_value_without_an_error_is_no_failure(text: str) -> None:
    assert parse_failures(text) == []


def test_a_hostile_megabyte_of_error_words_before_is_timeout_parses_quickly() -> None:
    line = "err " * 100 + "IsTimeout false "
    text = megabyte_of(line * 6 + "\n")
    elapsed = best_of(2, lambda: parse_failures(text))
    assert elapsed < GUARD, f"{elapsed:.3f}s for a 1 MB paste of error words before IsTimeout"
