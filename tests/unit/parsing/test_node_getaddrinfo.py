"""Node's `getaddrinfo <CODE> <name>` in the forms the `node` rule does not read (rules/node_getaddrinfo.py, gathered
from the round modules of held-out G, K, N, P, R): each rule reads its form, and each fires on one of these examples."""

from __future__ import annotations

import pytest

from checks.parsing.rules.node_getaddrinfo import RULES as NODE_GETADDRINFO_RULES
from tests.unit.parsing.rounds import rules_that_fire, triples, unfired

EXAMPLES: tuple[tuple[str, str, set[tuple[str, str, bool]]], ...] = (
    ("node-eaddrnotavail", "Trace:\n  Error: getaddrinfo EADDRNOTAVAIL registry.yarnpkg.com:443",
     {("registry.yarnpkg.com", "other", False)}),
    ("kafka-node-bare-enotfound",
     "  { '1001': { nodeId: 1001,\n     host: 'broker-1',\n     port: 9092 } }\n"
     "client error { [Error: getaddrinfo ENOTFOUND] code: 'ENOTFOUND' }",
     {("broker-1", "nxdomain", False)}),
    ("node-enotfound-number", "{ Error: getaddrinfo ENOTFOUND 3000\n    at GetAddrInfoReqWrap.onlookup",
     {("3000", "nxdomain", False)}),
    ("npm-getaddrinfo-enoent",
     "request to https://registry.npmjs.org/typescript failed, reason: getaddrinfo ENOENT registry.npmjs.org:443",
     {("registry.npmjs.org", "other", False)}),
    ("node-printed-host", 'Error: getaddrinfo EAI_AGAIN "localhost"', {('"localhost"', "temporary", False)}),
    ("node-printed-url", "Error: getaddrinfo ENOTFOUND redis://redis:6379",
     {("redis", "nxdomain", False)}),
)  # fmt: skip


@pytest.mark.parametrize(("case", "text", "want"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_node_getaddrinfo_form(case: str, text: str, want: set[tuple[str, str, bool]]) -> None:
    assert set(triples(text)) == want, case
    assert case in rules_that_fire(text)


def test_every_node_getaddrinfo_rule_fires() -> None:
    assert unfired(NODE_GETADDRINFO_RULES, (e[1] for e in EXAMPLES)) == set()
