"""The formats added for issue #17 (localized Windows/.NET/wget/glibc messages, librdkafka, Erlang/Elixir, Node's dns
module, Netty, Elasticsearch, the AWS SDK for Java, dnspython, urllib3, rsync, git, host...): each example yields its
failure and fields, their look-alikes yield nothing, every new rule fires on some example, and the kind a message
only implies (wget's, .NET's "remote name could not be resolved") gives way to one a message states."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import pytest

from checks.parsing import parse_failures
from checks.parsing.rules import RULES
from tests.unit.parsing.examples_issue17 import EXAMPLES_ISSUE17, LOOKALIKES_ISSUE17, NEW_RULES
from tests.unit.parsing.rounds import reads_nothing, unfired


@pytest.mark.parametrize(
    ("source", "text", "want"), [(s, t, w) for _, s, t, w in EXAMPLES_ISSUE17], ids=[i for i, *_ in EXAMPLES_ISSUE17]
)
def test_each_issue17_format_yields_the_failure_and_its_fields(source: str, text: str, want: dict[str, Any]) -> None:
    assert source.startswith(("https://github.com/", "catalog:", "code-index:"))
    failures = parse_failures(text)
    assert failures, f"no failure found in {text!r}"
    got = asdict(failures[0])
    assert {k: got[k] for k in want} == want


test_issue17_lookalikes_are_not_dns_failures = reads_nothing(LOOKALIKES_ISSUE17, None)


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert {r.name for r in RULES} >= set(NEW_RULES)
    assert unfired([r for r in RULES if r.name in NEW_RULES], (e[2] for e in EXAMPLES_ISSUE17)) == set()


def test_a_stated_kind_wins_over_one_only_assumed_for_the_same_name() -> None:
    paste = (
        "Resolving mirrors.nju.edu.cn... failed: Temporary failure in name resolution.\n"
        "wget: unable to resolve host address 'mirrors.nju.edu.cn'"
    )
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("mirrors.nju.edu.cn", "temporary")]
    alone = "wget: unable to resolve host address 'mirrors.nju.edu.cn'"
    assert [(f.host, f.kind) for f in parse_failures(alone)] == [("mirrors.nju.edu.cn", "nxdomain")]
