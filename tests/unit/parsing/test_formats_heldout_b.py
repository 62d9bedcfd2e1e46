"""The formats the second held-out set missed, and their relatives (rules/more_formats.py and the fixes to the
existing rules): each example yields its failure and fields, the look-alikes yield nothing, every new rule fires on
some example, and dotted class paths are never names."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from checks.parsing import parse_failures
from checks.parsing.hosts import clean_host, is_class_path
from checks.parsing.rules import RULES
from tests.unit.parsing.examples_heldout_b import EXAMPLES_HELDOUT_B, LOOKALIKES_HELDOUT_B, NEW_RULES
from tests.unit.parsing.rounds import reads_nothing, unfired


@pytest.mark.parametrize(
    ("source", "text", "want"),
    [(s, t, w) for _, s, t, w in EXAMPLES_HELDOUT_B],
    ids=[i for i, *_ in EXAMPLES_HELDOUT_B],
)
def test_each_format_yields_the_failure_and_its_fields(source: str, text: str, want: dict[str, Any]) -> None:
    assert source.startswith("https://github.com/")
    failures = parse_failures(text)
    assert failures, f"no failure found in {text!r}"
    got = asdict(failures[0])
    assert {k: got[k] for k in want} == want


test_lookalikes_are_not_dns_failures = reads_nothing(LOOKALIKES_HELDOUT_B, None)


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert {r.name for r in RULES} >= set(NEW_RULES)
    assert unfired([r for r in RULES if r.name in NEW_RULES], (e[2] for e in EXAMPLES_HELDOUT_B)) == set()


@pytest.mark.parametrize(
    "path",
    [
        "java.net.unknownhostexception",
        "system.net.sockets.socketexception",
        "io.netty.resolver.dns.dnsnameresolvertimeoutexception",
        "socket.gaierror",
        "requests.exceptions.connectionerror",
        "java.net.inetaddress",
        "jdk.internal.net.http",
    ],
)
def test_a_class_or_package_path_is_not_a_name(path: str) -> None:
    assert is_class_path(path)
    assert clean_host(path) is None
    assert clean_host(path, exact=True) is None


@pytest.mark.parametrize(
    "name", ["api.example.org", "errors.example.com", "exception-tracker", "kafka", "java-app.svc", "java.sun.com"]
)
def test_names_that_only_look_like_class_paths_stay_names(name: str) -> None:
    assert not is_class_path(name)
    assert clean_host(name) == name


def test_winsock_text_after_a_name_is_left_to_that_names_rule() -> None:
    """Java on Windows: "UnknownHostException: NAME: No such host is known" names it; no other URL is taken."""
    paste = "GET https://other.example.org/x\njava.net.UnknownHostException: db-main: No such host is known"
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("db-main", "nxdomain")]
